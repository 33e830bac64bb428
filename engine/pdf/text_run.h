// A glyph run as one TJ operator (stack-notes §2, option 1): the codes in hex strings, and
// between them the difference between libharu's nominal width and the advance layout asked
// for (kerning, justification, the truncation of libharu's integer widths). Word spaces
// are written as glyphs so that text extraction keeps word boundaries.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "display/display.h"

namespace koers::pdf {

// widths: 1/1000 em per code (FontProgram::widths, what the /W array says). Appends "[<…> adj <…>]
// TJ\n".
void append_tj(std::string& out, const display::GlyphRun& run, const std::vector<float>& widths);

}  // namespace koers::pdf

// The fonts a house style names, registered and checked when the style is loaded. Private to
// engine/engine.
#pragma once

#include <string>

#include "core/diagnostic.h"
#include "style/style.h"
#include "text/font.h"

namespace koers {

// Registers each @font folder of the style with fonts and checks that it exists, that its
// .ttf files are fonts, and that it holds the family it is declared for; then that every
// family the styles use can be found. Each problem is an error at the style's own line (the
// @font's src, or where the family is named), not at the document that needed the font;
// at file (the document) only for a family no style file names (the built-in Lato).
void register_style_fonts(const style::StyleSheet& sheet, text::FontLibrary& fonts,
                          const std::string& file, Diagnostics& diags);

}  // namespace koers

// What the PDF needs of one embedded font, worked out before libharu is involved (so the
// fonts of a document can be prepared on several threads): the hb-subset font file, its
// glyph for every code and width in the /W units, and the FontDescriptor's metrics, all
// read from the subset that is embedded.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "pdf/font_subset.h"

namespace koers::pdf {

struct FontProgram {
  std::string base_font;              // "ABCDEF+Lato-Regular": a subset tag and the PostScript name
  std::string file;                   // the subset TrueType file (FontFile2)
  std::vector<char32_t> code_points;  // sorted, distinct; the codes (= CIDs) the text uses
  std::vector<std::uint16_t> glyphs;  // glyph in `file` per code point, same order
  // Advance per code in 1/1000 em (the /W array), indexed by code; 0 for unused codes.
  // Not rounded: rounded widths would need a TJ adjustment after nearly every glyph.
  std::vector<float> widths;
  // FontDescriptor values in 1/1000 em (PDF 1.7 §9.8).
  int ascent = 0, descent = 0, cap_height = 0, stem_v = 0, flags = 0;
  double italic_angle = 0;
  std::array<int, 4> bbox{};  // xMin yMin xMax yMax
};

// code_points: sorted, distinct, already passed through pdf_code_point. Throws PdfError.
FontProgram make_font_program(const TrueTypeFile& font, const std::vector<char32_t>& code_points);

}  // namespace koers::pdf

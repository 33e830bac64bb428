// One embedded font as PDF objects: a Type0 font with Identity-H encoding whose codes are
// the characters' UCS-2 values, a CIDFontType2 descendant with /W for the codes used, a
// CIDToGIDMap from code to the subset's glyph, a FontDescriptor with the subset as
// FontFile2, and a ToUnicode map (PDF 1.7 §9.7, §9.10.3). koers writes these itself through
// libharu's object layer: libharu's own TrueType loader re-parses the file, walks all 65,536
// codes per font and writes a ToUnicode map poppler rejects (stack-notes §1).
#pragma once

#include <hpdf.h>

#include <string>
#include <vector>

#include "pdf/font_program.h"
#include "pdf/haru_document.h"

namespace koers::pdf {

// The code a character gets in the content stream: Identity-H codes here are UCS-2, so
// anything outside the BMP (and lone surrogates) becomes U+FFFD.
inline char32_t pdf_code_point(char32_t c) {
  if (c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  return c;
}

// A font ready to be added to a document: its program and its three streams, compressed
// when the document is (made on a worker thread; no libharu involved).
struct PreparedFont {
  FontProgram program;
  std::string font_file, to_unicode, cid_to_gid;
  bool compressed = false;
};

PreparedFont prepare_font(const TrueTypeFile& file, const std::vector<char32_t>& code_points,
                          bool compress);

// Adds the font's objects to the document; returns the Type0 font dictionary.
HPDF_Dict add_font(const HaruDocument& doc, const PreparedFont& font);

}  // namespace koers::pdf

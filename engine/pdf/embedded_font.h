// One display::FontFace as a libharu Type0/CIDFontType2 font: subset TTF loaded from the
// temporary directory, UTF-8 encoder (codes = UCS-2 code points, stack-notes §1), with the
// ToUnicode CMap and CIDSystemInfo that libharu 2.3.0 writes wrongly replaced.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pdf/haru_document.h"
#include "pdf/temp_dir.h"

namespace koers::pdf {

// The code a character gets in the content stream: libharu's Identity-H codes are UCS-2,
// so anything outside the BMP (and lone surrogates) becomes U+FFFD.
inline char32_t pdf_code_point(char32_t c) {
  if (c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  return c;
}

struct EmbeddedFont {
  HPDF_Font font = nullptr;
  // libharu's width in 1/1000 em per code point: what the /W array tells the viewer.
  std::vector<std::int16_t> widths = std::vector<std::int16_t>(0x10000, 0);
};

// code_points: sorted, distinct, already passed through pdf_code_point.
EmbeddedFont embed_font(const HaruDocument& doc, const std::string& subset_file,
                        const std::vector<char32_t>& code_points, bool compress);

}  // namespace koers::pdf

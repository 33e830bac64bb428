// The trailer /ID (PDF 1.7 §14.4): an MD5 digest of everything that determines the file,
// so identical input gives an identical ID, and no clock or random value is involved.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "display/display.h"

namespace koers::pdf {

using Digest = std::array<std::uint8_t, 16>;

// font_bytes: the embedded (subset) font files, in face order.
Digest document_id(const display::Document& document, const std::vector<std::string>& font_bytes);

// MD5 of one image's pixels (or JPEG bytes), to share identical images between pages.
Digest image_digest(const display::Image& image);

}  // namespace koers::pdf

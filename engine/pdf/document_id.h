// The trailer /ID (PDF 1.7 §14.4): an MD5 digest of everything that determines the file,
// so identical input gives an identical ID, and no clock or random value is involved.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "display/display.h"

namespace koers::pdf {

using Digest = std::array<std::uint8_t, 16>;

// font_bytes: the embedded (subset) font files, in face order; page_contents: the digest of
// each page's content stream (bytes_digest of its operators), which stands for everything
// the page draws.
Digest document_id(const display::Document& document, const std::vector<std::string>& font_bytes,
                   const std::vector<Digest>& page_contents);

// MD5 of bytes.
Digest bytes_digest(std::string_view bytes);

// MD5 of one image's pixels (or JPEG bytes), to share identical images between pages.
Digest image_digest(const display::Image& image);

}  // namespace koers::pdf

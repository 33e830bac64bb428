// PNG through libpng's simplified API: it converts every colour type, bit depth and
// interlacing to 8-bit RGBA and reports errors through png_image::message instead of
// aborting (it sets up its own longjmp internally).
#include <png.h>

#include <algorithm>
#include <string_view>

#include "image/image.h"
#include "image/size_check.h"

namespace koers::image {
namespace {

// libpng's message (English, "IDAT: CRC error") in words a reader understands; empty for
// one that says nothing more than "damaged".
std::string detail_of(std::string_view message) {
  auto has = [&](std::string_view part) { return message.find(part) != std::string_view::npos; };
  if (has("CRC")) return "een controlegetal klopt niet";
  if (has("end of data") || has("Not enough image data") || has("Read Error") || has("truncated") ||
      has("too short"))
    return "het bestand houdt te vroeg op";
  if (has("IDAT") || has("invalid") || has("incorrect") || has("bad ") || has("too far back"))
    return "de beeldgegevens zijn verminkt";
  return {};
}

std::string damaged(const png_image& png) {
  const std::string detail = detail_of(png.message);
  return "het PNG-bestand is beschadigd of onvolledig" +
         (detail.empty() ? std::string() : " (" + detail + ")");
}

}  // namespace

Loaded decode_png(std::string_view bytes, const Limits& limits) {
  Loaded out;
  png_image png{};
  png.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&png, bytes.data(), bytes.size())) {
    out.error = damaged(png);
    out.problem = Problem::damaged;
    png_image_free(&png);
    return out;
  }
  if (std::string too_big = size_error(png.width, png.height, limits); !too_big.empty()) {
    out.error = std::move(too_big);
    out.problem = Problem::too_big;
    png_image_free(&png);
    return out;
  }
  png.format = PNG_FORMAT_RGBA;
  // Without this, 16-bit files lacking gAMA/sRGB are taken as linear light and come out far
  // too bright; such files are sRGB-encoded in practice, as 8-bit ones are (png.h).
  png.flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
  std::vector<std::uint8_t> rgba(PNG_IMAGE_SIZE(png));
  if (!png_image_finish_read(&png, nullptr, rgba.data(), 0, nullptr)) {
    out.error = damaged(png);
    out.problem = Problem::damaged;
    png_image_free(&png);
    return out;
  }

  Picture& p = out.picture;
  p.format = Format::png;
  p.width = static_cast<int>(png.width);
  p.height = static_cast<int>(png.height);
  const std::size_t pixels = static_cast<std::size_t>(png.width) * png.height;
  p.rgb.resize(pixels * 3);
  p.alpha.resize(pixels);
  bool opaque = true;
  for (std::size_t i = 0; i < pixels; ++i) {
    const std::uint8_t* px = &rgba[i * 4];
    std::copy(px, px + 3, &p.rgb[i * 3]);
    p.alpha[i] = px[3];
    opaque = opaque && px[3] == 255;
  }
  if (opaque) p.alpha.clear();
  png_image_free(&png);
  return out;
}

}  // namespace koers::image

#include "image/image.h"

#include <cstring>

#include "image/size_check.h"

namespace koers::image {
namespace {

bool starts_with(std::string_view bytes, std::string_view signature) {
  return bytes.size() >= signature.size() &&
         std::memcmp(bytes.data(), signature.data(), signature.size()) == 0;
}

// What a file that is neither PNG nor JPEG seems to be, for the message.
std::string other_format(std::string_view bytes) {
  if (starts_with(bytes, "GIF8")) return "een GIF-bestand";
  if (starts_with(bytes, "BM")) return "een BMP-bestand";
  if (starts_with(bytes, std::string_view("II*\0", 4)) ||
      starts_with(bytes, std::string_view("MM\0*", 4)))
    return "een TIFF-bestand";
  if (starts_with(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP")
    return "een WebP-bestand";
  if (starts_with(bytes, "%PDF")) return "een PDF-bestand";
  if (bytes.substr(0, 512).find("<svg") != std::string_view::npos) return "een SVG-tekening";
  return "geen afbeelding die koers kent";
}

}  // namespace

std::string size_error(long long width, long long height, const Limits& limits) {
  if (width <= 0 || height <= 0) return "de afbeelding heeft geen beeldpunten";
  if (width > limits.max_width || height > limits.max_height ||
      width * height > limits.max_pixels) {
    return "de afbeelding is te groot (" + std::to_string(width) + " × " + std::to_string(height) +
           " beeldpunten; het maximum is " + std::to_string(limits.max_width) + " × " +
           std::to_string(limits.max_height) + " en " +
           std::to_string(limits.max_pixels / 1'000'000) + " miljoen beeldpunten)";
  }
  return {};
}

Format detect_format(std::string_view bytes) {
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) return Format::png;
  if (starts_with(bytes, "\xff\xd8\xff")) return Format::jpeg;
  return Format::unknown;
}

Loaded load(std::string_view bytes, const Limits& limits) {
  switch (detect_format(bytes)) {
    case Format::png:
      return decode_png(bytes, limits);
    case Format::jpeg:
      return validate_jpeg(bytes, limits);
    case Format::unknown:
      break;
  }
  Loaded out;
  if (bytes.empty()) {  // a copy or download that went wrong, not another format
    out.problem = Problem::damaged;
    out.error = "het bestand is leeg";
    return out;
  }
  out.problem = Problem::format;
  out.error = "het bestand is " + other_format(bytes) + "; koers leest alleen PNG en JPEG";
  return out;
}

display::Image placed(const Picture& picture, double x, double y, double w, double h,
                      std::string alt) {
  display::Image image;
  image.x = x, image.y = y, image.w = w, image.h = h;
  image.pixel_width = picture.width;
  image.pixel_height = picture.height;
  if (picture.format == Format::jpeg) {
    image.jpeg = picture.jpeg;
    image.components = picture.components;
  } else {
    image.rgb = picture.rgb;
    image.alpha = picture.alpha;
  }
  image.alt = std::move(alt);
  return image;
}

}  // namespace koers::image

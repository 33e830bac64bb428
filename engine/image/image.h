// Images from files: decoded (PNG) or validated (JPEG) by the engine, never by libharu's own
// loaders (its PNG loader aborts the process on damaged files; it accepts truncated JPEGs).
// stack-notes.md §4 has the measurements behind this.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "display/display.h"

namespace koers::image {

enum class Format { unknown, png, jpeg };

// The format by the file's first bytes (its signature), never by its name.
Format detect_format(std::string_view bytes);

// Larger pictures are refused: they cost hundreds of megabytes to decode, and no printed
// document needs them (10,000 px is 85 cm at 300 dpi).
struct Limits {
  int max_width = 10'000;
  int max_height = 10'000;
  std::int64_t max_pixels = 100'000'000;
};

struct Picture {
  Format format = Format::unknown;
  int width = 0, height = 0;  // pixels
  // PNG: decoded to 8-bit sRGB.
  std::vector<std::uint8_t> rgb;    // width * height * 3
  std::vector<std::uint8_t> alpha;  // width * height, or empty when fully opaque
  // JPEG: the file itself, embedded unchanged (DCTDecode) once libjpeg has read all of it.
  std::string jpeg;
  int components = 0;  // JPEG: 1 grey, 3 colour, 4 CMYK
};

// Why a file cannot be used, so the caller can say what to do about it.
enum class Problem { none, format, damaged, too_big };

struct Loaded {
  Picture picture;
  std::string error;  // in Dutch, for a diagnostic; empty when the picture is usable
  Problem problem = Problem::none;
  bool ok() const { return error.empty(); }
};

// Decodes any PNG (grey, palette with transparency, 16-bit, interlaced) to RGB + alpha.
// A damaged or truncated file gives an error, never an abort.
Loaded decode_png(std::string_view bytes, const Limits& limits = {});
// Reads a JPEG to its end with libjpeg, so truncated or corrupt data is rejected, and keeps
// its bytes for pass-through. Grey, colour and CMYK are accepted.
Loaded validate_jpeg(std::string_view bytes, const Limits& limits = {});
// decode_png or validate_jpeg by the signature; other formats are an error that names them.
Loaded load(std::string_view bytes, const Limits& limits = {});

// The picture drawn at (x, y), w × h points, as a display-list item.
display::Image placed(const Picture& picture, double x, double y, double w, double h,
                      std::string alt);

}  // namespace koers::image

// Small PNG and JPEG files made in memory with libpng and libjpeg, for the image, layout and
// engine tests (the test executables link both libraries through koers_image).
#pragma once

#include <png.h>

#include <cstddef>
#include <cstdio>

#include <jpeglib.h>

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace koers::image::testing {

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
};
using PixelFunction = std::function<Rgba(int x, int y)>;

// A diagonal gradient with a transparent left column.
inline Rgba gradient(int x, int y) {
  return {static_cast<std::uint8_t>(x * 16), static_cast<std::uint8_t>(y * 16), 200,
          static_cast<std::uint8_t>(x == 0 ? 0 : 255)};
}

// 8-bit RGBA, or RGB when opaque is set, through libpng's simplified writer.
inline std::string png_rgba(int width, int height, const PixelFunction& pixel,
                            bool opaque = false) {
  png_image png{};
  png.version = PNG_IMAGE_VERSION;
  png.width = static_cast<png_uint_32>(width);
  png.height = static_cast<png_uint_32>(height);
  png.format = opaque ? PNG_FORMAT_RGB : PNG_FORMAT_RGBA;
  const int channels = opaque ? 3 : 4;
  std::vector<std::uint8_t> buffer;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      Rgba p = pixel(x, y);
      buffer.insert(buffer.end(), {p.r, p.g, p.b});
      if (!opaque) buffer.push_back(p.a);
    }
  png_alloc_size_t size = 0;
  if (!png_image_write_get_memory_size(png, size, 0, buffer.data(), width * channels, nullptr))
    throw std::runtime_error(png.message);
  std::string out(size, '\0');
  if (!png_image_write_to_memory(&png, out.data(), &size, 0, buffer.data(), width * channels,
                                 nullptr))
    throw std::runtime_error(png.message);
  out.resize(size);
  return out;
}

// Any colour type, bit depth and interlacing through libpng's full writer. rows hold the
// packed samples as libpng expects them (16-bit samples big-endian).
struct PngSpec {
  int width = 0, height = 0;
  int color_type = PNG_COLOR_TYPE_RGB;
  int bit_depth = 8;
  bool interlaced = false;
  std::vector<std::vector<std::uint8_t>> rows;
  std::vector<png_color> palette;
  std::vector<std::uint8_t> palette_alpha;  // tRNS
};

inline std::string png_file(const PngSpec& spec) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  std::string out;
  png_set_write_fn(
      png, &out,
      [](png_structp p, png_bytep data, png_size_t size) {
        static_cast<std::string*>(png_get_io_ptr(p))->append(reinterpret_cast<char*>(data), size);
      },
      nullptr);
  png_set_IHDR(png, info, static_cast<png_uint_32>(spec.width),
               static_cast<png_uint_32>(spec.height), spec.bit_depth, spec.color_type,
               spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (!spec.palette.empty())
    png_set_PLTE(png, info, spec.palette.data(), static_cast<int>(spec.palette.size()));
  if (!spec.palette_alpha.empty())
    png_set_tRNS(png, info, spec.palette_alpha.data(), static_cast<int>(spec.palette_alpha.size()),
                 nullptr);
  png_write_info(png, info);
  std::vector<png_bytep> rows;
  for (const auto& row : spec.rows) rows.push_back(const_cast<png_bytep>(row.data()));
  png_write_image(png, rows.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

// A JPEG of 1 (grey), 3 (RGB) or 4 (CMYK) components with a smooth pattern.
inline std::string jpeg_file(int width, int height, int components, bool progressive = false) {
  jpeg_compress_struct cinfo;
  jpeg_error_mgr errors;
  cinfo.err = jpeg_std_error(&errors);
  jpeg_create_compress(&cinfo);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&cinfo, &buffer, &size);
  cinfo.image_width = static_cast<JDIMENSION>(width);
  cinfo.image_height = static_cast<JDIMENSION>(height);
  cinfo.input_components = components;
  cinfo.in_color_space = components == 1 ? JCS_GRAYSCALE : components == 3 ? JCS_RGB : JCS_CMYK;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, 85, TRUE);
  if (progressive) jpeg_simple_progression(&cinfo);
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<JSAMPLE> row(static_cast<std::size_t>(width * components));
  while (cinfo.next_scanline < cinfo.image_height) {
    const int y = static_cast<int>(cinfo.next_scanline);
    for (int x = 0; x < width; ++x)
      for (int c = 0; c < components; ++c)
        row[static_cast<std::size_t>(x * components + c)] =
            static_cast<JSAMPLE>((x * 255 / width + y * 255 / height + c * 60) % 256);
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::string out(reinterpret_cast<char*>(buffer), size);
  std::free(buffer);
  return out;
}

}  // namespace koers::image::testing

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "jpeg_samples.h"
#include "pdf/pdf.h"
#include "pdf_test_support.h"

namespace koers::pdf {
namespace {

using testing::run;
using testing::ScratchDir;

display::Image jpeg_image(const std::string& bytes, int width, int height, int components) {
  display::Image image;
  image.pixel_width = width;
  image.pixel_height = height;
  image.jpeg = bytes;
  image.components = components;
  image.x = 72, image.y = 100, image.w = 160, image.h = 80;
  image.alt = "Foto";
  return image;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

TEST(PdfJpeg, PassedThroughAsDctAndEmbeddedOnce) {
  ScratchDir dir;
  display::Document document;
  display::Page page;
  page.items.push_back(jpeg_image(testing::kJpegRgb16x8, 16, 8, 3));
  display::Image again = jpeg_image(testing::kJpegRgb16x8, 16, 8, 3);
  again.y = 300;
  page.items.push_back(again);
  page.items.push_back(jpeg_image(testing::kJpegCmyk8x8, 8, 8, 4));
  document.pages = {page, page};
  const std::string file = dir.write("jpeg.pdf", write_pdf(document));

  testing::Command list = run(dir, "pdfimages -list '" + file + "'");
  ASSERT_EQ(list.status, 0) << list.err;
  EXPECT_TRUE(std::regex_search(list.out, std::regex(R"(image\s+16\s+8\s+rgb\s+3\s+8\s+jpeg)")))
      << list.out;
  EXPECT_TRUE(std::regex_search(list.out, std::regex(R"(image\s+8\s+8\s+cmyk\s+4\s+8\s+jpeg)")))
      << list.out;
  testing::Command check = run(dir, "qpdf --check '" + file + "'");
  EXPECT_EQ(check.status, 0) << check.out << check.err;

  // Two XObjects for six drawings, and the JPEG's bytes unchanged inside the file.
  testing::Command raw = run(dir, "qpdf --qdf --object-streams=disable '" + file + "' -");
  EXPECT_EQ(count(raw.out, "/Subtype /Image"), 2u);
  EXPECT_EQ(count(raw.out, "/DCTDecode"), 2u);
  EXPECT_NE(testing::read_file(file).find(testing::kJpegRgb16x8), std::string::npos);
}

TEST(PdfJpeg, JpegAndPixelsOfTheSameSizeAreDifferentImages) {
  ScratchDir dir;
  display::Document document;
  display::Page page;
  page.items.push_back(jpeg_image(testing::kJpegRgb16x8, 16, 8, 3));
  display::Image pixels = jpeg_image("", 16, 8, 0);
  pixels.rgb.assign(16 * 8 * 3, 100);
  page.items.push_back(pixels);
  document.pages = {page};
  const std::string file = dir.write("mixed.pdf", write_pdf(document));
  testing::Command list = run(dir, "pdfimages -list '" + file + "'");
  EXPECT_EQ(count(list.out, "\n   1 "), 2u) << list.out;  // two rows, on page 1
  EXPECT_EQ(count(list.out, " jpeg "), 1u) << list.out;
}

}  // namespace
}  // namespace koers::pdf

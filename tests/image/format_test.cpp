#include <gtest/gtest.h>

#include "image/image.h"
#include "image/image_test_support.h"

namespace koers::image {
namespace {

TEST(Format, DetectedBySignatureNotByName) {
  EXPECT_EQ(detect_format(testing::png_rgba(2, 2, testing::gradient)), Format::png);
  EXPECT_EQ(detect_format(testing::jpeg_file(8, 8, 3)), Format::jpeg);
  EXPECT_EQ(detect_format("GIF89a"), Format::unknown);
  EXPECT_EQ(detect_format(""), Format::unknown);
  EXPECT_EQ(detect_format("\x89PN"), Format::unknown);
}

TEST(Format, LoadChoosesTheReader) {
  const Loaded png = load(testing::png_rgba(2, 3, testing::gradient));
  ASSERT_TRUE(png.ok()) << png.error;
  EXPECT_EQ(png.picture.format, Format::png);
  const Loaded jpeg = load(testing::jpeg_file(8, 8, 1));
  ASSERT_TRUE(jpeg.ok()) << jpeg.error;
  EXPECT_EQ(jpeg.picture.format, Format::jpeg);
}

TEST(Format, OtherFormatsAreNamedInTheMessage) {
  EXPECT_EQ(load("GIF89a\x01\x00").error,
            "het bestand is een GIF-bestand; koers leest alleen PNG en JPEG");
  EXPECT_NE(load("<?xml version=\"1.0\"?><svg xmlns=\"…\"/>").error.find("SVG"), std::string::npos);
  EXPECT_NE(load("%PDF-1.7").error.find("PDF-bestand"), std::string::npos);
  EXPECT_EQ(load("").error, "het bestand is leeg");
  EXPECT_EQ(load("").problem, Problem::damaged);
  EXPECT_EQ(load("GIF89a").problem, Problem::format);
  EXPECT_EQ(load(testing::png_rgba(4, 4, testing::gradient).substr(0, 60)).problem,
            Problem::damaged);
  EXPECT_EQ(load(testing::jpeg_file(8, 8, 3), Limits{.max_width = 4}).problem, Problem::too_big);
  EXPECT_EQ(load(testing::jpeg_file(8, 8, 3)).problem, Problem::none);
  EXPECT_NE(load("hallo").error.find("geen afbeelding"), std::string::npos);
}

TEST(Placed, CarriesPixelsOrJpegBytes) {
  const Picture png = load(testing::png_rgba(2, 3, testing::gradient)).picture;
  const display::Image a = placed(png, 10, 20, 30, 45, "Kaart");
  EXPECT_EQ(a.pixel_width, 2);
  EXPECT_EQ(a.pixel_height, 3);
  EXPECT_EQ(a.rgb.size(), 18u);
  EXPECT_EQ(a.alpha.size(), 6u);
  EXPECT_TRUE(a.jpeg.empty());
  EXPECT_EQ(a.alt, "Kaart");
  EXPECT_DOUBLE_EQ(a.h, 45);

  const Picture jpeg = load(testing::jpeg_file(8, 4, 4)).picture;
  const display::Image b = placed(jpeg, 0, 0, 80, 40, "");
  EXPECT_EQ(b.jpeg, jpeg.jpeg);
  EXPECT_EQ(b.components, 4);
  EXPECT_TRUE(b.rgb.empty());
}

}  // namespace
}  // namespace koers::image

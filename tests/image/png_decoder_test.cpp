#include <gtest/gtest.h>

#include "image/image.h"
#include "image/image_test_support.h"

namespace koers::image {
namespace {

using testing::gradient;
using testing::PngSpec;

std::vector<std::uint8_t> row_of(std::initializer_list<int> samples) {
  std::vector<std::uint8_t> row;
  for (int s : samples) row.push_back(static_cast<std::uint8_t>(s));
  return row;
}

TEST(DecodePng, RgbaKeepsColoursAndAlpha) {
  const Loaded loaded = decode_png(testing::png_rgba(5, 4, gradient));
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  const Picture& p = loaded.picture;
  EXPECT_EQ(p.format, Format::png);
  EXPECT_EQ(p.width, 5);
  EXPECT_EQ(p.height, 4);
  ASSERT_EQ(p.rgb.size(), 5u * 4 * 3);
  ASSERT_EQ(p.alpha.size(), 5u * 4);
  // Pixel (3, 2): r = 48, g = 32, b = 200, opaque; pixel (0, 1) is transparent.
  const std::size_t i = 2 * 5 + 3;
  EXPECT_EQ(p.rgb[i * 3], 48);
  EXPECT_EQ(p.rgb[i * 3 + 1], 32);
  EXPECT_EQ(p.rgb[i * 3 + 2], 200);
  EXPECT_EQ(p.alpha[i], 255);
  EXPECT_EQ(p.alpha[5], 0);
}

TEST(DecodePng, FullyOpaquePictureHasNoAlpha) {
  const Loaded rgb = decode_png(testing::png_rgba(3, 3, gradient, /*opaque=*/true));
  ASSERT_TRUE(rgb.ok()) << rgb.error;
  EXPECT_TRUE(rgb.picture.alpha.empty());
  // An alpha channel that is 255 everywhere is dropped too.
  const Loaded rgba = decode_png(testing::png_rgba(3, 3, [](int x, int y) {
    return testing::Rgba{static_cast<std::uint8_t>(x), static_cast<std::uint8_t>(y), 0, 255};
  }));
  ASSERT_TRUE(rgba.ok()) << rgba.error;
  EXPECT_TRUE(rgba.picture.alpha.empty());
  EXPECT_EQ(rgba.picture.rgb.size(), 27u);
}

TEST(DecodePng, GreyBecomesEqualRgb) {
  PngSpec spec{.width = 3, .height = 1, .color_type = PNG_COLOR_TYPE_GRAY};
  spec.rows = {row_of({0, 128, 255})};
  const Loaded loaded = decode_png(testing::png_file(spec));
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  const auto& rgb = loaded.picture.rgb;
  ASSERT_EQ(rgb.size(), 9u);
  EXPECT_EQ((std::vector<std::uint8_t>(rgb.begin() + 3, rgb.begin() + 6)),
            (std::vector<std::uint8_t>{128, 128, 128}));
  EXPECT_EQ(rgb[8], 255);
  EXPECT_TRUE(loaded.picture.alpha.empty());
}

TEST(DecodePng, SixteenBitIsReducedToEightBit) {
  PngSpec spec{.width = 2, .height = 1, .color_type = PNG_COLOR_TYPE_RGB, .bit_depth = 16};
  spec.rows = {row_of({0xFF, 0xFF, 0x00, 0x00, 0x80, 0x80, /**/ 0x00, 0x00, 0xFF, 0xFF, 0, 0})};
  const Loaded loaded = decode_png(testing::png_file(spec));
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  const auto& rgb = loaded.picture.rgb;
  ASSERT_EQ(rgb.size(), 6u);
  EXPECT_EQ(rgb[0], 255);
  EXPECT_EQ(rgb[1], 0);
  EXPECT_NEAR(rgb[2], 128, 1);
  EXPECT_EQ(rgb[4], 255);
}

TEST(DecodePng, InterlacedGivesTheSamePixels) {
  PngSpec spec{.width = 9, .height = 7, .color_type = PNG_COLOR_TYPE_RGB_ALPHA};
  for (int y = 0; y < spec.height; ++y) {
    std::vector<std::uint8_t> row;
    for (int x = 0; x < spec.width; ++x)
      row.insert(row.end(), {static_cast<std::uint8_t>(x * 20), static_cast<std::uint8_t>(y * 30),
                             static_cast<std::uint8_t>(x * y), static_cast<std::uint8_t>(x * 25)});
    spec.rows.push_back(row);
  }
  const Loaded plain = decode_png(testing::png_file(spec));
  spec.interlaced = true;
  const std::string interlaced_file = testing::png_file(spec);
  const Loaded interlaced = decode_png(interlaced_file);
  ASSERT_TRUE(plain.ok()) << plain.error;
  ASSERT_TRUE(interlaced.ok()) << interlaced.error;
  EXPECT_EQ(interlaced_file[28], 1);  // IHDR interlace method: Adam7
  EXPECT_EQ(interlaced.picture.rgb, plain.picture.rgb);
  EXPECT_EQ(interlaced.picture.alpha, plain.picture.alpha);
  EXPECT_EQ(interlaced.picture.rgb[(6 * 9 + 8) * 3 + 1], 180);
}

TEST(DecodePng, PaletteWithTransparency) {
  PngSpec spec{.width = 3, .height = 2, .color_type = PNG_COLOR_TYPE_PALETTE};
  spec.palette = {{255, 0, 0}, {0, 128, 0}, {0, 0, 255}};
  spec.palette_alpha = {0, 128};  // the third entry stays opaque
  spec.rows = {row_of({0, 1, 2}), row_of({2, 2, 1})};
  const Loaded loaded = decode_png(testing::png_file(spec));
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  const Picture& p = loaded.picture;
  ASSERT_EQ(p.alpha.size(), 6u);
  EXPECT_EQ(p.alpha, (std::vector<std::uint8_t>{0, 128, 255, 255, 255, 128}));
  EXPECT_EQ(p.rgb[3 * 2 + 2], 255);  // pixel (2, 0) is blue
  EXPECT_EQ(p.rgb[3 * 1 + 1], 128);  // pixel (1, 0) is green
}

TEST(DecodePng, TruncatedFileIsAnErrorNotAnAbort) {
  const std::string file = testing::png_rgba(40, 40, gradient);
  for (std::size_t keep : {file.size() - 20, file.size() / 2, std::size_t{40}, std::size_t{10}}) {
    const Loaded loaded = decode_png(file.substr(0, keep));
    EXPECT_FALSE(loaded.ok()) << "kept " << keep << " bytes";
    EXPECT_NE(loaded.error.find("PNG-bestand is beschadigd of onvolledig"), std::string::npos)
        << loaded.error;
  }
}

TEST(DecodePng, CorruptedDataIsAnError) {
  std::string file = testing::png_rgba(40, 40, gradient);
  const std::size_t idat = file.find("IDAT");
  ASSERT_NE(idat, std::string::npos);
  for (std::size_t i = idat + 10; i < idat + 30; ++i) file[i] = static_cast<char>(file[i] ^ 0x5A);
  const Loaded loaded = decode_png(file);
  EXPECT_FALSE(loaded.ok());
  // libpng's own words are English: the detail is said in Dutch.
  EXPECT_EQ(loaded.error.find("libpng"), std::string::npos) << loaded.error;
  EXPECT_NE(loaded.error.find("PNG-bestand is beschadigd of onvolledig ("), std::string::npos)
      << loaded.error;
}

TEST(DecodePng, PicturesOverTheLimitsAreRefused) {
  const std::string file = testing::png_rgba(300, 2, gradient);
  EXPECT_TRUE(decode_png(file).ok());
  const Loaded wide = decode_png(file, Limits{.max_width = 200});
  ASSERT_FALSE(wide.ok());
  EXPECT_NE(wide.error.find("te groot (300 × 2 beeldpunten"), std::string::npos) << wide.error;
  EXPECT_FALSE(decode_png(file, Limits{.max_pixels = 500}).ok());
  // The default: at most 10,000 pixels a side, whatever the file's size.
  EXPECT_FALSE(decode_png(testing::png_rgba(10'001, 1, gradient, true)).ok());
}

}  // namespace
}  // namespace koers::image

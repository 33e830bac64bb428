#include <gtest/gtest.h>

#include "image/image.h"
#include "image/image_test_support.h"

namespace koers::image {
namespace {

TEST(ValidateJpeg, ColourGreyAndCmykArePassedThrough) {
  for (int components : {1, 3, 4}) {
    const std::string file = testing::jpeg_file(33, 17, components);
    const Loaded loaded = validate_jpeg(file);
    ASSERT_TRUE(loaded.ok()) << components << ": " << loaded.error;
    EXPECT_EQ(loaded.picture.format, Format::jpeg);
    EXPECT_EQ(loaded.picture.width, 33);
    EXPECT_EQ(loaded.picture.height, 17);
    EXPECT_EQ(loaded.picture.components, components);
    EXPECT_EQ(loaded.picture.jpeg, file);  // unchanged, byte for byte
    EXPECT_TRUE(loaded.picture.rgb.empty());
  }
}

TEST(ValidateJpeg, ProgressiveIsAccepted) {
  const Loaded loaded = validate_jpeg(testing::jpeg_file(64, 48, 3, /*progressive=*/true));
  EXPECT_TRUE(loaded.ok()) << loaded.error;
}

TEST(ValidateJpeg, TruncatedFileIsRejected) {
  const std::string file = testing::jpeg_file(120, 90, 3);
  // 300 bytes is only the header: libharu would embed it without complaint (stack-notes §4).
  for (std::size_t keep : {file.size() - 10, file.size() / 2, std::size_t{300}, std::size_t{3}}) {
    const Loaded loaded = validate_jpeg(file.substr(0, keep));
    ASSERT_FALSE(loaded.ok()) << "kept " << keep << " bytes";
    EXPECT_EQ(loaded.error,
              "het JPEG-bestand is beschadigd of onvolledig (het bestand houdt te vroeg op)");
  }
}

TEST(ValidateJpeg, DamagedScanDataIsRejected) {
  std::string file = testing::jpeg_file(120, 90, 3);
  const std::size_t scan = file.find("\xff\xda");  // start of scan
  ASSERT_NE(scan, std::string::npos);
  // A marker in the middle of the entropy-coded data.
  file[scan + 200] = '\xff';
  file[scan + 201] = '\xd3';
  const Loaded loaded = validate_jpeg(file);
  EXPECT_FALSE(loaded.ok());
  // libjpeg's own words are English: the detail is said in Dutch.
  EXPECT_EQ(loaded.error,
            "het JPEG-bestand is beschadigd of onvolledig (de beeldgegevens zijn "
            "verminkt)");
}

TEST(ValidateJpeg, OversizedPictureIsRefusedBeforeDecoding) {
  const Loaded loaded = validate_jpeg(testing::jpeg_file(64, 48, 3), Limits{.max_height = 40});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error.find("te groot (64 × 48"), std::string::npos) << loaded.error;
}

TEST(ValidateJpeg, EmptyAndForeignBytesAreRejected) {
  EXPECT_FALSE(validate_jpeg("").ok());
  EXPECT_FALSE(validate_jpeg("dit is geen JPEG").ok());
}

}  // namespace
}  // namespace koers::image

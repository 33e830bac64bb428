#include "text/slug.h"

#include <gtest/gtest.h>

namespace koers::text {
namespace {

TEST(FileSlug, NamesBecomeFileNames) {
  EXPECT_EQ(file_slug("Lindeveld"), "lindeveld");
  EXPECT_EQ(file_slug("'s-Hertogenbosch"), "s-hertogenbosch");
  EXPECT_EQ(file_slug("\u2019s-Gravenhage"), "s-gravenhage");
  EXPECT_EQ(file_slug("Súdwest-Fryslân"), "sudwest-fryslan");
  EXPECT_EQ(file_slug("Bergen (NH)"), "bergen-nh");
  EXPECT_EQ(file_slug("Noardeast-Fryslân"), "noardeast-fryslan");
  EXPECT_EQ(file_slug("  Wijk bij  Duurstede "), "wijk-bij-duurstede");
  EXPECT_EQ(file_slug("IJsselstein"), "ijsselstein");
  EXPECT_EQ(file_slug("Gemeente Ærø"), "gemeente-r");  // Æ and ø do not decompose
  EXPECT_EQ(file_slug("—"), "");
}

}  // namespace
}  // namespace koers::text

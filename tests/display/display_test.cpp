#include <gtest/gtest.h>

#include "display/display.h"

using namespace koers::display;

TEST(DisplayDocument, FontIndexAddsEachFaceOnce) {
  Document doc;
  FontFace regular{"/f/Lato-Regular.ttf", "Lato", false, false};
  FontFace bold{"/f/Lato-Bold.ttf", "Lato", true, false};
  EXPECT_EQ(doc.font_index(regular), 0);
  EXPECT_EQ(doc.font_index(bold), 1);
  EXPECT_EQ(doc.font_index(regular), 0);
  EXPECT_EQ(doc.fonts.size(), 2u);
}

TEST(DisplayDocument, GlyphRunWidthIsTheSumOfAdvances) {
  GlyphRun run;
  run.text = U"ab c";
  run.advances = {5.5, 5.0, 2.5, 5.0};
  EXPECT_DOUBLE_EQ(run.width(), 18.0);
}

// The gallery drawn with the base style's typeface (Lato) measured by HarfBuzz: the frame
// and the no-overlap checks hold with real widths too.
#include <gtest/gtest.h>

#include <memory>

#include "chart_test_support.h"
#include "font_chart_text.h"
#include "gallery.h"

namespace koers::charts {
namespace {

TEST(ChartsWithRealFont, GalleryStaysInFrameWithoutOverlaps) {
  text::FontLibrary fonts;
  const text::Font& regular = fonts.get("Lato", false, false);
  const text::Font& bold = fonts.get("Lato", true, false);
  testing::FontChartText measure(regular, bold);
  const text::Formatter format("nl-NL");
  const Theme theme;
  const Labels labels;
  for (const double width : {440.0, 220.0}) {
    for (const testing::GalleryChart& g : testing::gallery()) {
      SCOPED_TRACE(g.name + " at " + std::to_string(width));
      const Drawing d = draw(g.chart, theme, labels, measure, format, width);
      EXPECT_GT(d.height, 0);
      EXPECT_EQ(testing::outside_frame(d, measure.ascent_ratio(), measure.descent_ratio()), "");
      EXPECT_EQ(testing::overlapping_texts(d, measure.ascent_ratio(), measure.descent_ratio()), "");
      EXPECT_TRUE(testing::has_text(d, g.chart.title));
    }
  }
}

}  // namespace
}  // namespace koers::charts

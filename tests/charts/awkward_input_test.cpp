// Input no chart should get, which must still give a drawing inside its frame.
#include <gtest/gtest.h>

#include <limits>

#include "chart_test_support.h"
#include "gallery.h"

namespace koers::charts {
namespace {

using testing::ChartTest;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

class AwkwardInput : public ChartTest {};

TEST_F(AwkwardInput, ValuesThatAreNoNumbersAreLeftOut) {
  for (const ChartType type :
       {ChartType::bar, ChartType::column, ChartType::line, ChartType::radar}) {
    Chart c;
    c.type = type;
    c.stacked = type == ChartType::column;
    c.categories = {"a", "b", "c"};
    c.series.push_back({"s",
                        SeriesKind::measured,
                        {{"a", 2020, kNan}, {"b", kInf, 3}, {"c", 2022, 1e300}, {"c", 2023, 5}}});
    c.series.push_back({"t", SeriesKind::measured, {{"a", 2020, 1e300}, {"b", 2021, -kInf}}});
    c.min = kNan;
    c.max = kInf;
    render(c);
  }
}

TEST_F(AwkwardInput, ReversedOwnRangeIsIgnored) {
  Chart c;
  c.type = ChartType::column;
  c.min = 100;
  c.max = 0;
  c.series.push_back({"", SeriesKind::measured, {{"a", 0, 40}, {"b", 0, 60}}});
  EXPECT_TRUE(testing::has_text(render(c), "60"));
}

TEST_F(AwkwardInput, ImpossibleHeightsAndWidths) {
  for (const testing::GalleryChart& g : testing::gallery()) {
    SCOPED_TRACE(g.name);
    Chart c = g.chart;
    c.height = kInf;
    render(c);
    c.height = -5;
    render(c);
    c.height = 1;
    render(c);
    const Drawing none = draw(g.chart, theme, labels, measure, format, 0);
    EXPECT_TRUE(none.items.empty());
    EXPECT_TRUE(draw(g.chart, theme, labels, measure, format, kNan).items.empty());
  }
}

TEST_F(AwkwardInput, NarrowFrames) {
  for (const testing::GalleryChart& g : testing::gallery()) {
    for (const double width : {120.0, 160.0}) {
      SCOPED_TRACE(g.name + " at " + std::to_string(width));
      render(g.chart, width);
    }
  }
}

TEST_F(AwkwardInput, TinyAndHugeFontSizes) {
  for (const double size : {0.0, 3.0, 14.0}) {
    theme.font_size = size;
    theme.title_size = size * 1.2;
    for (const testing::GalleryChart& g : testing::gallery()) {
      SCOPED_TRACE(g.name + " at size " + std::to_string(size));
      render(g.chart, 440);
    }
  }
}

TEST_F(AwkwardInput, PaletteOfOneColour) {
  theme.palette = {{0.2, 0.3, 0.4}};
  for (const testing::GalleryChart& g : testing::gallery()) render(g.chart);
}

}  // namespace
}  // namespace koers::charts

// Provisional values in bar and column charts: a light bar with an outline in the series
// colour, and "(voorlopig)" in the legend — never colour alone.
#include <gtest/gtest.h>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::has_text;

Chart emissions(ChartType type) {
  Chart c;
  c.type = type;
  c.categories = {"Wonen", "Verkeer", "Landbouw"};
  c.series.push_back({"2019",
                      SeriesKind::measured,
                      {{"Wonen", 0, 48}, {"Verkeer", 0, 36}, {"Landbouw", 0, 17.5}}});
  c.series.push_back({"2024",
                      SeriesKind::measured,
                      {{"Wonen", 0, 41}, {"Verkeer", 0, 33}, {"Landbouw", 0, 16.9, true}}});
  return c;
}

struct Bars {
  int filled = 0, outlined = 0;
  const display::Rect* outlined_bar = nullptr;
};

Bars bars(const Drawing& d) {
  Bars b;
  for (const display::Item& item : d.items) {
    const auto* r = std::get_if<display::Rect>(&item);
    if (!r) continue;
    if (r->stroke) {
      ++b.outlined;
      if (!b.outlined_bar) b.outlined_bar = r;
    } else {
      ++b.filled;
    }
  }
  return b;
}

class ProvisionalBars : public ChartTest {};

TEST_F(ProvisionalBars, LightOutlinedBarAndALegendEntry) {
  for (ChartType type : {ChartType::bar, ChartType::column}) {
    for (bool stacked : {false, true}) {
      Chart c = emissions(type);
      c.stacked = stacked;
      const Drawing d = render(c);
      const Bars b = bars(d);
      EXPECT_EQ(b.outlined, 2);    // the provisional bar and its legend swatch
      EXPECT_EQ(b.filled, 5 + 2);  // final bars and the two series swatches
      ASSERT_NE(b.outlined_bar, nullptr);
      const Color colour = fallback_palette()[1];  // the second series
      EXPECT_EQ(b.outlined_bar->stroke_color, colour);
      EXPECT_NE(b.outlined_bar->fill_color, colour);
      EXPECT_GT(b.outlined_bar->fill_color.r + b.outlined_bar->fill_color.g +
                    b.outlined_bar->fill_color.b,
                colour.r + colour.g + colour.b);  // lighter
      EXPECT_TRUE(has_text(d, "2024 (voorlopig)"));
      EXPECT_TRUE(has_text(d, "2024"));
    }
  }
}

TEST_F(ProvisionalBars, NoProvisionalValuesNoEntry) {
  Chart c = emissions(ChartType::column);
  c.series[1].points[2].provisional = false;
  const Drawing d = render(c);
  EXPECT_EQ(bars(d).outlined, 0);
  EXPECT_FALSE(has_text(d, "2024 (voorlopig)"));
}

TEST_F(ProvisionalBars, TheWordComesFromTheLabels) {
  labels.provisional = "provisional";
  const Drawing d = render(emissions(ChartType::bar));
  EXPECT_TRUE(has_text(d, "2024 (provisional)"));
}

}  // namespace
}  // namespace koers::charts

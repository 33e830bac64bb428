// Which series the legend names: every named series of line charts, and a single series of
// a bar or column chart unless the title already names it.
#include <gtest/gtest.h>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::has_text;

Chart single(ChartType type, std::string title, std::string name) {
  Chart c;
  c.type = type;
  c.title = std::move(title);
  if (type == ChartType::line) {
    c.series.push_back({std::move(name), SeriesKind::measured, {{{}, 2020, 3}, {{}, 2024, 5}}});
  } else {
    c.series.push_back({std::move(name), SeriesKind::measured, {{"Zon", 0, 3}, {"Wind", 0, 5}}});
  }
  return c;
}

class Legend : public ChartTest {};

TEST_F(Legend, SingleNamedSeriesIsNamed) {
  for (ChartType type : {ChartType::bar, ChartType::column, ChartType::line}) {
    const Drawing d = render(single(type, "Opwek per bron", "Heideveen"));
    EXPECT_TRUE(has_text(d, "Heideveen")) << static_cast<int>(type);
  }
}

TEST_F(Legend, NotWhenTheTitleAlreadySaysIt) {
  for (ChartType type : {ChartType::bar, ChartType::column}) {
    const Drawing d = render(single(type, "Opwek in heideveen per bron", "Heideveen"));
    EXPECT_FALSE(has_text(d, "Heideveen")) << static_cast<int>(type);
  }
  // Line charts always name their series: measured, target and projection look different.
  EXPECT_TRUE(has_text(render(single(ChartType::line, "Heideveen", "Heideveen")), "Heideveen"));
}

TEST_F(Legend, UnnamedSingleSeriesHasNone) {
  const Drawing d = render(single(ChartType::column, "Opwek", ""));
  EXPECT_EQ(testing::count_items<display::Rect>(d), 2);  // the two bars, no swatch
}

}  // namespace
}  // namespace koers::charts

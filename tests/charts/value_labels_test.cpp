// Values written on charts: data labels with the decimals each value needs, and the unit
// above the value axis clear of the tick labels.
#include <gtest/gtest.h>

#include <limits>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::has_text;

DataPoint value(std::string category, double y) {
  return {std::move(category), 0, y};
}

Chart shares(ChartType type, int decimals) {
  Chart c;
  c.type = type;
  c.format = ValueFormat::percent;
  c.data_labels = true;
  c.decimals = decimals;
  c.categories = {"Zon", "Wind", "Warmte"};
  c.series.push_back(
      {"", SeriesKind::measured, {value("Zon", 30), value("Wind", 12.5), value("Warmte", 7.125)}});
  return c;
}

class ValueLabels : public ChartTest {};

TEST_F(ValueLabels, EachValueWithTheDecimalsItNeedsUpToTheChartsDecimals) {
  for (const ChartType type : {ChartType::bar, ChartType::column}) {
    SCOPED_TRACE(type == ChartType::bar ? "bar" : "column");
    const Drawing one = render(shares(type, 1));
    EXPECT_TRUE(has_text(one, format.percent(30, 0)));  // as the table beside it: 30%
    EXPECT_FALSE(has_text(one, format.percent(30, 1)));
    EXPECT_TRUE(has_text(one, format.percent(12.5, 1)));
    EXPECT_TRUE(has_text(one, format.percent(7.125, 1)));

    const Drawing none = render(shares(type, 0));
    EXPECT_TRUE(has_text(none, format.percent(12.5, 0)));

    const Drawing unset = render(shares(type, -1));  // at most two
    EXPECT_TRUE(has_text(unset, format.percent(30, 0)));
    EXPECT_TRUE(has_text(unset, format.percent(12.5, 1)));
    EXPECT_TRUE(has_text(unset, format.percent(7.125, 2)));
  }
}

TEST_F(ValueLabels, RoundingToTheDecimalsDropsTrailingZeros) {
  Chart c = shares(ChartType::bar, 2);
  c.format = ValueFormat::number;
  c.series[0].points = {value("Zon", 7.999), value("Wind", 0.1 + 0.2), value("Warmte", -2.5)};
  const Drawing d = render(c);
  EXPECT_FALSE(has_text(d, "8,00"));  // 7,999 rounds to 8 (which may also be a tick)
  EXPECT_FALSE(has_text(d, "7,99"));
  EXPECT_TRUE(has_text(d, "0,3"));
  EXPECT_FALSE(has_text(d, "0,30"));
  EXPECT_FALSE(has_text(d, "-2,50"));
}

// The unit line and the nearest text under it that shares some of its width.
double gap_under_unit(const Drawing& d, const std::string& unit) {
  const std::vector<testing::TextBox> boxes = testing::text_boxes(d);
  const auto found = std::find_if(boxes.begin(), boxes.end(),
                                  [&](const testing::TextBox& b) { return b.text == unit; });
  if (found == boxes.end()) {
    ADD_FAILURE() << "no unit";
    return 0;
  }
  double gap = std::numeric_limits<double>::infinity();
  for (const testing::TextBox& b : boxes) {
    if (&b == &*found || b.x0 >= found->x1 || found->x0 >= b.x1 || b.y0 < found->y0) continue;
    gap = std::min(gap, b.y0 - found->y1);
  }
  return gap;
}

TEST_F(ValueLabels, UnitStandsClearAboveTheTopTickLabel) {
  for (const ChartType type : {ChartType::line, ChartType::column}) {
    for (const double size : {8.0, 11.0}) {
      SCOPED_TRACE(std::string(type == ChartType::line ? "line" : "column") + " at size " +
                   std::to_string(size));
      theme.font_size = size;
      Chart c;
      c.type = type;
      c.unit = "kg per inwoner";
      c.series.push_back({"", SeriesKind::measured, {}});
      for (int i = 0; i < 5; ++i) {
        c.series[0].points.push_back({std::to_string(2020 + i), 2020.0 + i, 480.0 - i * 40});
      }
      EXPECT_GE(gap_under_unit(render(c), c.unit), 0.6 * size - 1e-9);
    }
  }
}

}  // namespace
}  // namespace koers::charts

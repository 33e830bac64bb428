#include <gtest/gtest.h>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::count_items;
using testing::has_text;
using testing::kLongLabel;
using testing::text_boxes;

DataPoint value(std::string category, double y) {
  return {std::move(category), 0, y};
}

Chart budget_per_year() {
  Chart c;
  c.type = ChartType::column;
  c.title = "Budget per jaar";
  c.unit = "mln. euro";
  c.categories = {"2026", "2027", "2028", "2029"};
  c.series.push_back(
      {"Gemeente",
       SeriesKind::measured,
       {value("2026", 1.2), value("2027", 2.5), value("2028", 3.1), value("2029", 0.8)}});
  c.series.push_back({"Subsidie",
                      SeriesKind::measured,
                      {value("2026", 0.4), value("2027", 1.1), value("2029", 2.0)}});
  return c;
}

class ColumnChart : public ChartTest {};

TEST_F(ColumnChart, Grouped) {
  Chart c = budget_per_year();
  c.data_labels = true;
  const Drawing d = render(c);
  EXPECT_EQ(count_items<display::Rect>(d), 7 + 2);
  EXPECT_TRUE(has_text(d, "mln. euro"));
  EXPECT_TRUE(has_text(d, "2028"));
  EXPECT_TRUE(has_text(d, "3,1"));
  EXPECT_TRUE(has_text(d, "Subsidie"));
  // The unit sits at the top of the value axis, above the plot.
  for (const testing::TextBox& b : text_boxes(d)) {
    if (b.text == "mln. euro") {
      EXPECT_NEAR(b.x0, 0, 1e-9);
    }
  }
}

TEST_F(ColumnChart, StackedWithNegativeParts) {
  Chart c = budget_per_year();
  c.stacked = true;
  c.data_labels = true;
  c.series[1].points[1].y = -1.5;
  const Drawing d = render(c);
  EXPECT_EQ(count_items<display::Rect>(d), 7 + 2);
}

TEST_F(ColumnChart, ManyLongCategoriesAreWrappedAndThinned) {
  Chart c;
  c.type = ChartType::column;
  for (int i = 0; i < 30; ++i) {
    c.categories.push_back("Wijk " + std::to_string(i + 1) + " Noordoostpolder-Zuid");
  }
  c.series.push_back({"Woningen", SeriesKind::measured, {}});
  for (int i = 0; i < 30; ++i) c.series[0].points.push_back(value(c.categories[i], i * 3 - 20));
  const Drawing d = render(c);
  EXPECT_TRUE(has_text(d, "Wijk 1"));
}

TEST_F(ColumnChart, OneVeryLongLabel) {
  Chart c = budget_per_year();
  c.categories[2] = kLongLabel;
  c.series[0].points[2].category = kLongLabel;
  render(c);
}

TEST_F(ColumnChart, OwnRangeAndTinyValues) {
  Chart c;
  c.type = ChartType::column;
  c.format = ValueFormat::percent;
  c.min = 0;
  c.max = 100;
  c.series.push_back({"", SeriesKind::measured, {value("Zon", 49), value("Wind", 120)}});
  const Drawing d = render(c);
  EXPECT_TRUE(has_text(d, format.percent(100, 0)));
  Chart tiny;
  tiny.type = ChartType::column;
  tiny.data_labels = true;
  tiny.series.push_back({"", SeriesKind::measured, {value("a", 0.0001), value("b", 0.0003)}});
  const Drawing t = render(tiny);
  EXPECT_TRUE(has_text(t, format.number(0.0002, 5)));
}

TEST_F(ColumnChart, EmptyAndSingleValues) {
  Chart none;
  none.type = ChartType::column;
  render(none);
  Chart one;
  one.type = ChartType::column;
  one.categories = {"Alleen"};
  one.series.push_back({"", SeriesKind::measured, {value("Alleen", 5)}});
  EXPECT_EQ(count_items<display::Rect>(render(one)), 1);
  Chart given;
  given.type = ChartType::column;
  given.height = 180;
  given.series = budget_per_year().series;
  given.categories = budget_per_year().categories;
  EXPECT_DOUBLE_EQ(render(given).height, 180);
}

}  // namespace
}  // namespace koers::charts

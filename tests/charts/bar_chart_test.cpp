#include <gtest/gtest.h>

#include <algorithm>

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

Chart emissions_by_sector() {
  Chart c;
  c.type = ChartType::bar;
  c.title = "CO\u2082-uitstoot per sector";
  c.source = "Klimaatmonitor, peildatum 15 september 2026";
  c.unit = "kt CO\u2082";
  c.categories = {"Gebouwde omgeving", "Verkeer", "Industrie", "Landbouw", "Afval"};
  c.series.push_back({"2019",
                      SeriesKind::measured,
                      {value("Gebouwde omgeving", 120.5), value("Verkeer", 88),
                       value("Industrie", 240), value("Landbouw", 35), value("Afval", -12)}});
  c.series.push_back({"2024",
                      SeriesKind::measured,
                      {value("Gebouwde omgeving", 101), value("Verkeer", 80),
                       value("Industrie", 198), value("Afval", -20.25)}});
  return c;
}

// The vertical zero line: the one drawn in the axis colour across the rows.
double zero_x(const Drawing& d, const Theme& theme) {
  for (const display::Item& item : d.items) {
    if (const auto* l = std::get_if<display::Line>(&item)) {
      if (l->color == theme.axis && l->x1 == l->x2) return l->x1;
    }
  }
  ADD_FAILURE() << "no zero line";
  return 0;
}

class BarChart : public ChartTest {};

TEST_F(BarChart, GroupedWithNegativeValues) {
  Chart c = emissions_by_sector();
  c.data_labels = true;
  const Drawing d = render(c);
  EXPECT_EQ(count_items<display::Rect>(d), 9 + 2);  // nine bars, two legend swatches
  EXPECT_TRUE(has_text(d, "CO\u2082-uitstoot per sector"));
  EXPECT_TRUE(has_text(d, "Bron: Klimaatmonitor, peildatum 15 september 2026"));
  EXPECT_TRUE(has_text(d, "Gebouwde omgeving"));
  EXPECT_TRUE(has_text(d, "kt CO\u2082"));
  // Data labels in Dutch notation, each with the decimals it needs (at most two).
  EXPECT_TRUE(has_text(d, "120,5"));
  EXPECT_TRUE(has_text(d, "88"));
  EXPECT_TRUE(has_text(d, "-20,25"));
  EXPECT_TRUE(has_text(d, "2024"));  // legend

  const double zero = zero_x(d, theme);
  int left = 0, right = 0;
  for (const display::Item& item : d.items) {
    const auto* r = std::get_if<display::Rect>(&item);
    if (!r) continue;
    if (std::abs(r->x + r->w - zero) < 1e-6 && r->x < zero) ++left;
    if (std::abs(r->x - zero) < 1e-6) ++right;
  }
  EXPECT_EQ(left, 2);   // the two negative bars end at the zero line
  EXPECT_EQ(right, 7);  // the positive ones start there
}

TEST_F(BarChart, StackedPositiveAndNegativePartsStackApart) {
  Chart c;
  c.type = ChartType::bar;
  c.stacked = true;
  c.data_labels = true;
  c.categories = {"Wind", "Zon", "Biomassa"};
  c.series.push_back({"Gerealiseerd",
                      SeriesKind::measured,
                      {value("Wind", 40), value("Zon", 25), value("Biomassa", -5)}});
  c.series.push_back({"Gepland",
                      SeriesKind::measured,
                      {value("Wind", 30), value("Zon", -10), value("Biomassa", 15)}});
  const Drawing d = render(c);
  const double zero = zero_x(d, theme);
  // Wind: 0..40 and 40..70 side by side; Zon's negative part starts at zero, not at 25.
  std::vector<display::Rect> bars;
  for (const display::Item& item : d.items) {
    if (const auto* r = std::get_if<display::Rect>(&item); r && r->w > 0 && r->y < d.height - 30) {
      bars.push_back(*r);
    }
  }
  ASSERT_GE(bars.size(), 6u);
  EXPECT_NEAR(bars[0].x, zero, 1e-6);
  EXPECT_NEAR(bars[1].x, bars[0].x + bars[0].w, 1e-6);  // Wind's second part on the first
  EXPECT_NEAR(bars[3].x + bars[3].w, zero, 1e-6);       // Zon −10 left of zero
  EXPECT_NEAR(bars[4].x + bars[4].w, zero, 1e-6);       // Biomassa −5 left of zero
  EXPECT_NEAR(bars[5].x, zero, 1e-6);                   // Biomassa +15 from zero
}

TEST_F(BarChart, OneVeryLongLabelIsWrappedAndShortened) {
  Chart c = emissions_by_sector();
  c.categories[1] = kLongLabel;
  c.series[0].points[1].category = kLongLabel;
  c.series[1].points[1].category = kLongLabel;
  const Drawing d = render(c);
  int ellipsised = 0;
  for (const testing::TextBox& b : text_boxes(d)) {
    if (b.text.find("\u2026") != std::string::npos) {
      ++ellipsised;
      EXPECT_LE(b.x1, d.width * 0.35 + 0.01);
    }
  }
  EXPECT_EQ(ellipsised, 1);
  EXPECT_TRUE(has_text(d, "Verduurzaming van het maatschappelijk"))
      << ::testing::PrintToString(testing::texts(d));
}

TEST_F(BarChart, OnlyNegativeValues) {
  Chart c;
  c.type = ChartType::bar;
  c.categories = {"A", "B"};
  c.series.push_back({"", SeriesKind::measured, {value("A", -3), value("B", -0.5)}});
  c.data_labels = true;
  const Drawing d = render(c);
  EXPECT_TRUE(has_text(d, "-3"));  // no decimals it does not need
  EXPECT_TRUE(has_text(d, "-0,5"));
}

TEST_F(BarChart, EmptyAndSingleValues) {
  Chart none;
  none.type = ChartType::bar;
  render(none);
  Chart empty_series = emissions_by_sector();
  empty_series.series = {{"leeg", SeriesKind::measured, {}}};
  render(empty_series);
  Chart one;
  one.type = ChartType::bar;
  one.series.push_back({"", SeriesKind::measured, {value("Enige", 7)}});  // category from data
  const Drawing d = render(one);
  EXPECT_TRUE(has_text(d, "Enige"));
  EXPECT_EQ(count_items<display::Rect>(d), 1);
}

TEST_F(BarChart, AmountsInMillionsOnTheAxisInFullAtTheBars) {
  Chart c;
  c.type = ChartType::bar;
  c.format = ValueFormat::amount;
  c.data_labels = true;
  c.categories = {"Isolatie", "Warmtenet"};
  c.series.push_back(
      {"", SeriesKind::measured, {value("Isolatie", 1250000), value("Warmtenet", 3400000)}});
  const Drawing d = render(c);
  EXPECT_TRUE(has_text(d, format.amount(1250000)));
  // The ticks in millions ("€ 2,0 mln.", more in amount_axis_test.cpp), never in full.
  int millions = 0;
  for (const std::string& t : testing::texts(d)) {
    millions += t.find("mln.") != std::string::npos ? 1 : 0;
  }
  EXPECT_GE(millions, 3);
  EXPECT_FALSE(has_text(d, format.amount(2000000)));
  EXPECT_FALSE(has_text(d, format.amount(1000000)));
}

TEST_F(BarChart, HeightIsHonouredOrGrownForTheLabels) {
  Chart c = emissions_by_sector();
  c.height = 300;
  EXPECT_DOUBLE_EQ(render(c).height, 300);
  c.height = 40;  // five rows do not fit in 40 points
  EXPECT_GT(render(c).height, 40);
}

TEST_F(BarChart, NarrowFrame) {
  Chart c = emissions_by_sector();
  c.data_labels = true;
  render(c, 160);
}

}  // namespace
}  // namespace koers::charts

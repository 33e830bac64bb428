#include <gtest/gtest.h>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::has_text;
using testing::kLongLabel;

Chart overview() {
  Chart c;
  c.type = ChartType::status;
  c.title = "Voortgang doelen";
  c.items = {{"CO\u2082-uitstoot", Status::on_track, "\u221212% t.o.v. 2019"},
             {"Aardgasvrije woningen", Status::attention, "1.250 van 4.000"},
             {"Duurzame energie", Status::off_track, "18% (doel 35%)"},
             {"Groen per inwoner", Status::unknown, ""}};
  return c;
}

class StatusChart : public ChartTest {};

TEST_F(StatusChart, ShapeAndWordsCarryTheStatus) {
  const Drawing d = render(overview());
  for (const char* words : {"op koers", "aandacht nodig", "niet op koers", "onbekend"}) {
    EXPECT_TRUE(has_text(d, words)) << words;
  }
  EXPECT_TRUE(has_text(d, "1.250 van 4.000"));
  // circle (filled), triangle, square with a cross, circle (hollow): four different marks
  int filled_circles = 0, hollow_circles = 0, triangles = 0, squares = 0;
  for (const display::Item& item : d.items) {
    if (const auto* p = std::get_if<display::Path>(&item)) {
      if (p->segments.size() == 6)
        ++(p->fill_color == Color{1, 1, 1} ? hollow_circles : filled_circles);
      if (p->segments.size() == 4) ++triangles;
    }
    if (const auto* r = std::get_if<display::Rect>(&item))
      squares += r->fill_color == theme.off_track;
  }
  EXPECT_EQ(filled_circles, 1);
  EXPECT_EQ(hollow_circles, 1);
  EXPECT_EQ(triangles, 1);
  EXPECT_EQ(squares, 1);
}

TEST_F(StatusChart, LongLabelsAndDetailsWrap) {
  Chart c = overview();
  c.items[1].label = kLongLabel;
  c.items[2].detail = kLongLabel;
  render(c);
  render(c, 200);
}

TEST_F(StatusChart, OtherLanguageAndEmpty) {
  labels.on_track = "on track";
  const Drawing d = render(overview());
  EXPECT_TRUE(has_text(d, "on track"));
  Chart none;
  none.type = ChartType::status;
  render(none);
}

}  // namespace
}  // namespace koers::charts

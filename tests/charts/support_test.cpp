// The checks the chart tests rely on must themselves catch what they look for.
#include <gtest/gtest.h>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

TEST(ChartTestSupport, FindsOverlappingTextAndItemsOutsideTheFrame) {
  testing::FakeText t;
  Drawing d;
  d.width = 100;
  d.height = 50;
  d.items.push_back(t.run("Wonen", 8, false, 10, 20, {}));    // 10..30 × 14..22
  d.items.push_back(t.run("Energie", 8, false, 28, 21, {}));  // 28..56 × 15..23
  d.items.push_back(t.run("Zorg", 8, false, 30, 40, {}));     // touches nothing
  EXPECT_NE(testing::overlapping_texts(d), "");
  EXPECT_EQ(testing::outside_frame(d), "");

  d.items.erase(d.items.begin() + 1);
  EXPECT_EQ(testing::overlapping_texts(d), "");
  d.items.push_back(t.run("Mobiliteit", 8, false, 70, 30, {}));  // ends at 110
  EXPECT_NE(testing::outside_frame(d), "");
  d.items.pop_back();
  d.items.push_back(display::Line{0, 0, 100, 50.5});
  EXPECT_NE(testing::outside_frame(d), "");
  d.items.pop_back();
  display::Path p;
  p.segments.push_back({display::PathSegment::move, 50, -1});
  d.items.push_back(p);
  EXPECT_NE(testing::outside_frame(d), "");
}

}  // namespace
}  // namespace koers::charts

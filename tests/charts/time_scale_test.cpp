#include <gtest/gtest.h>

#include "charts/charts.h"

namespace koers::charts {
namespace {

TEST(TimeScale, WholeYears) {
  const TimeScale s({2026, 0}, {2029, 0}, 100, 500);  // 16 quarters of 25 points
  EXPECT_EQ(s.first_quarter(), 2026 * 4);
  EXPECT_EQ(s.last_quarter(), 2029 * 4 + 3);
  EXPECT_DOUBLE_EQ(s.x_start({2026, 0}), 100);
  EXPECT_DOUBLE_EQ(s.x_end({2029, 0}), 500);
  EXPECT_DOUBLE_EQ(s.x_start({2027, 0}), 200);
  EXPECT_DOUBLE_EQ(s.x_end({2027, 0}), 300);
}

TEST(TimeScale, Quarters) {
  const TimeScale s({2026, 3}, {2027, 2}, 0, 400);  // 2026 K3 .. 2027 K2: four quarters
  EXPECT_EQ(s.last_quarter() - s.first_quarter() + 1, 4);
  EXPECT_DOUBLE_EQ(s.x_start({2026, 3}), 0);
  EXPECT_DOUBLE_EQ(s.x_end({2026, 3}), 100);
  EXPECT_DOUBLE_EQ(s.x_start({2026, 4}), 100);
  EXPECT_DOUBLE_EQ(s.x_end({2027, 1}), 300);
  EXPECT_DOUBLE_EQ(s.x_end({2027, 2}), 400);
  // A whole year runs from its first to its last quarter, here partly outside the scale.
  EXPECT_DOUBLE_EQ(s.x_start({2027, 0}), 200);
  EXPECT_DOUBLE_EQ(s.x_end({2027, 0}), 600);
}

TEST(TimeScale, OneYear) {
  const TimeScale s({2028, 0}, {2028, 0}, 10, 90);
  EXPECT_EQ(s.last_quarter() - s.first_quarter() + 1, 4);
  EXPECT_DOUBLE_EQ(s.x_start({2028, 1}), 10);
  EXPECT_DOUBLE_EQ(s.x_end({2028, 1}), 30);
  EXPECT_DOUBLE_EQ(s.x_end({2028, 4}), 90);
}

TEST(TimeScale, ReversedRangeIsTurnedRound) {
  const TimeScale s({2030, 0}, {2027, 0}, 0, 160);
  EXPECT_EQ(s.first_quarter(), 2027 * 4);
  EXPECT_EQ(s.last_quarter(), 2030 * 4 + 3);
  EXPECT_DOUBLE_EQ(s.x_end({2030, 0}), 160);
}

}  // namespace
}  // namespace koers::charts

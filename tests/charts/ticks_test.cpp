#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "charts/charts.h"

namespace koers::charts {
namespace {

bool nice_step(double step) {
  const double power = std::pow(10.0, std::floor(std::log10(step)));
  const double m = step / power;
  for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (std::fabs(m - nice) < 1e-9) return true;
  }
  return false;
}

void expect_covers(const Ticks& t, double lo, double hi, int max_ticks) {
  EXPECT_LE(t.first, lo);
  EXPECT_GE(t.last, hi);
  EXPECT_TRUE(nice_step(t.step)) << t.step;
  const std::vector<double> v = t.values();
  EXPECT_LE(static_cast<int>(v.size()), max_ticks);
  EXPECT_GE(v.size(), 2u);
  EXPECT_DOUBLE_EQ(v.front(), t.first);
  EXPECT_NEAR(v.back(), t.last, t.step * 1e-9);
}

TEST(NiceTicks, PlainRange) {
  const Ticks t = nice_ticks(0, 97);
  expect_covers(t, 0, 97, 6);
  EXPECT_DOUBLE_EQ(t.first, 0);
  EXPECT_DOUBLE_EQ(t.step, 20);
  EXPECT_DOUBLE_EQ(t.last, 100);
  EXPECT_EQ(t.decimals, 0);
}

TEST(NiceTicks, CrossingZeroHasATickAtZero) {
  const Ticks t = nice_ticks(-37, 112);
  expect_covers(t, -37, 112, 6);
  const std::vector<double> v = t.values();
  EXPECT_NE(std::find(v.begin(), v.end(), 0.0), v.end());
  EXPECT_DOUBLE_EQ(t.first, -50);
  EXPECT_DOUBLE_EQ(t.last, 150);
}

TEST(NiceTicks, NegativeOnly) {
  const Ticks t = nice_ticks(-830, -420);
  expect_covers(t, -830, -420, 6);
  EXPECT_LT(t.last, 0);
}

TEST(NiceTicks, Tiny) {
  const Ticks t = nice_ticks(0.0001, 0.0003);
  expect_covers(t, 0.0001, 0.0003, 6);
  EXPECT_NEAR(t.step, 0.00005, 1e-15);
  EXPECT_EQ(t.decimals, 5);
  for (double v : t.values()) EXPECT_LT(v, 0.00036);
}

TEST(NiceTicks, Huge) {
  const Ticks t = nice_ticks(0, 1e9);
  expect_covers(t, 0, 1e9, 6);
  EXPECT_DOUBLE_EQ(t.step, 2e8);
  EXPECT_EQ(t.decimals, 0);
}

TEST(NiceTicks, QuarterSteps) {
  const Ticks t = nice_ticks(0, 1, 5);
  EXPECT_DOUBLE_EQ(t.step, 0.25);
  EXPECT_EQ(t.decimals, 2);
  EXPECT_EQ(t.values().size(), 5u);
}

TEST(NiceTicks, OneValueGivesARangeWithZero) {
  const Ticks up = nice_ticks(42, 42);
  expect_covers(up, 0, 42, 6);
  EXPECT_DOUBLE_EQ(up.first, 0);
  const Ticks down = nice_ticks(-3, -3);
  expect_covers(down, -3, 0, 6);
  EXPECT_DOUBLE_EQ(down.last, 0);
  const Ticks zero = nice_ticks(0, 0);
  EXPECT_DOUBLE_EQ(zero.first, 0);
  EXPECT_GT(zero.last, 0);
}

TEST(NiceTicks, SwappedBounds) {
  const Ticks t = nice_ticks(80, -15);
  expect_covers(t, -15, 80, 6);
}

TEST(NiceTicks, NotANumberIsIgnored) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const Ticks both = nice_ticks(nan, inf);
  EXPECT_TRUE(std::isfinite(both.first) && std::isfinite(both.last));
  EXPECT_LT(both.first, both.last);
  const Ticks one = nice_ticks(nan, 7);
  expect_covers(one, 0, 7, 6);
  const Ticks minus = nice_ticks(-inf, 5);
  expect_covers(minus, 0, 5, 6);
}

TEST(NiceTicks, RespectsMaxTicks) {
  for (int max_ticks = 3; max_ticks <= 10; ++max_ticks) {
    for (double hi : {1.0, 3.3, 7.0, 11.0, 99.0, 101.0, 1234.0}) {
      const Ticks t = nice_ticks(-hi / 3, hi, max_ticks);
      expect_covers(t, -hi / 3, hi, max_ticks);
    }
  }
  EXPECT_LE(nice_ticks(0, 100, 0).values().size(), 2u);  // fewer than two is two
  expect_covers(nice_ticks(3, 97, 2), 3, 97, 2);
  // Across zero there are at least three: below, at and above zero.
  const Ticks across = nice_ticks(-0.4, 1.3, 2);
  expect_covers(across, -0.4, 1.3, 3);
}

TEST(NiceTicks, ValuesHaveNoNegativeZero) {
  for (double v : nice_ticks(-0.3, 0.7).values()) {
    if (v == 0) {
      EXPECT_FALSE(std::signbit(v));
    }
  }
}

}  // namespace
}  // namespace koers::charts

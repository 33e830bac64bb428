#include <gtest/gtest.h>

#include "analysis/framework_path.h"

namespace koers::analysis {
namespace {

// Klimaatwet: 0 % in 1990 (reference year), −55 % in 2030, −100 % in 2050.
const std::vector<PathPoint> kKlimaatwet{{1990, 0}, {2030, -55}, {2050, -100}};

TEST(FrameworkPath, InterpolatesBetweenKnownPoints) {
  // −55 + 5/20 × (−45) = −66.25
  EXPECT_DOUBLE_EQ(*value_on_path(kKlimaatwet, 2035), -66.25);
  EXPECT_DOUBLE_EQ(*value_on_path(kKlimaatwet, 2040), -77.5);
}

TEST(FrameworkPath, InterpolatesFromTheReferenceYearBeforeTheFirstTarget) {
  // 35/40 × −55 = −48.125
  EXPECT_DOUBLE_EQ(*value_on_path(kKlimaatwet, 2025), -48.125);
  EXPECT_DOUBLE_EQ(*value_on_path(kKlimaatwet, 1990), 0);
}

TEST(FrameworkPath, GivesTheKnownValueInATargetYear) {
  EXPECT_DOUBLE_EQ(*value_on_path(kKlimaatwet, 2030), -55);
  EXPECT_DOUBLE_EQ(*value_on_path(kKlimaatwet, 2050), -100);
}

TEST(FrameworkPath, KeepsTheLastLevelAfterTheLastTarget) {
  EXPECT_DOUBLE_EQ(*value_on_path(kKlimaatwet, 2060), -100);
}

TEST(FrameworkPath, HasNoValueBeforeTheFirstPoint) {
  EXPECT_FALSE(value_on_path(kKlimaatwet, 1989));
  EXPECT_FALSE(value_on_path({}, 2030));
}

TEST(FrameworkPath, AcceptsPointsInAnyOrder) {
  EXPECT_DOUBLE_EQ(*value_on_path({{2050, -100}, {1990, 0}, {2030, -55}}, 2035), -66.25);
}

TEST(FrameworkPath, ToleratesTwoPointsInTheSameYear) {
  std::vector<PathPoint> points{{2020, 10}, {2020, 10}, {2030, 30}};
  EXPECT_DOUBLE_EQ(*value_on_path(points, 2025), 20);
  EXPECT_DOUBLE_EQ(*value_on_path(points, 2020), 10);
}

}  // namespace
}  // namespace koers::analysis

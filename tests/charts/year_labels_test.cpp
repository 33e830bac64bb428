#include <gtest/gtest.h>

#include "charts/charts.h"

namespace koers::charts {
namespace {

using Years = std::vector<int>;

// Labels 20 points wide, at least 6 apart: a step fits when step × pitch >= 26.
YearLabels years(int first, int last, double pitch) {
  return year_labels(first, last, pitch, 20, 6);
}

Years range(int first, int last, int step) {
  Years out;
  for (int y = first; y <= last; y += step) out.push_back(y);
  return out;
}

TEST(YearLabels, From1990To2030) {
  EXPECT_EQ(years(1990, 2030, 9.75).years, range(1990, 2030, 5));  // not 1990, 1993, …
  EXPECT_EQ(years(1990, 2030, 9.75).step, 5);
  EXPECT_EQ(years(1990, 2030, 5).years, range(1990, 2030, 10));
  EXPECT_EQ(years(1990, 2030, 2).years, (Years{2000, 2020}));  // 1990 and 2030 too close
}

TEST(YearLabels, From1990To2045) {
  EXPECT_EQ(years(1990, 2045, 7).years, range(1990, 2045, 5));  // not 1994, … 2038, 2045
  // Every ten years; 2045 would crowd 2040, so the sequence ends there.
  EXPECT_EQ(years(1990, 2045, 4).years, range(1990, 2040, 10));
  EXPECT_EQ(years(1990, 2045, 4).step, 10);
  // Every twenty: the data's first year is labelled only when far enough from 2000.
  EXPECT_EQ(years(1990, 2045, 2).years, (Years{2000, 2020, 2040}));
  EXPECT_EQ(years(1985, 2045, 2).years, (Years{1985, 2000, 2020, 2040}));
}

TEST(YearLabels, From2019To2030) {
  EXPECT_EQ(years(2019, 2030, 32).years, range(2019, 2030, 1));
  EXPECT_EQ(years(2019, 2030, 14).years, range(2020, 2030, 2));  // 2019 would touch 2020
  EXPECT_EQ(years(2019, 2030, 12).years, (Years{2020, 2025, 2030}));
  EXPECT_EQ(years(2019, 2030, 27).years,
            (Years{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030}));
}

TEST(YearLabels, From2024To2025) {
  EXPECT_EQ(years(2024, 2025, 300).years, (Years{2024, 2025}));
  EXPECT_EQ(years(2024, 2025, 10).years, (Years{2024}));  // the two would touch
  EXPECT_EQ(years(2021, 2023, 8).years, (Years{2022}));
  // No multiple of five in the range: the first year, and the last where it fits.
  EXPECT_EQ(years(2026, 2029, 8).years, (Years{2026}));
  EXPECT_EQ(years(2026, 2029, 10).years, (Years{2026, 2029}));
}

TEST(YearLabels, OneYearAndNoYears) {
  EXPECT_EQ(years(2024, 2024, 0).years, (Years{2024}));
  EXPECT_EQ(years(2024, 2024, 100).years, (Years{2024}));
  EXPECT_TRUE(years(2025, 2024, 10).years.empty());
  EXPECT_EQ(years(2019, 2030, 0).years, (Years{2019}));  // no room at all
}

TEST(YearLabels, LongRangesTakeLargerRoundSteps) {
  EXPECT_EQ(years(1900, 2100, 0.5).years, range(1900, 2100, 100));
  EXPECT_EQ(years(1900, 2100, 1.1).years, range(1900, 2100, 25));
  EXPECT_EQ(years(-500, 500, 0.1).years, range(-500, 500, 500));
}

}  // namespace
}  // namespace koers::charts

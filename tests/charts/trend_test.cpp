#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "charts/charts.h"

namespace koers::charts {
namespace {

DataPoint at(double year, double y) {
  return {{}, year, y};
}

TEST(TrendAt, HandComputed) {
  // x 2019 2020 2021 2022, y 100 96 90 86: mean x 2020.5, mean y 93,
  // Sxy = (-1.5)(7) + (-0.5)(3) + (0.5)(-3) + (1.5)(-7) = -24, Sxx = 5, slope -4.8.
  const std::vector<DataPoint> points{at(2019, 100), at(2020, 96), at(2021, 90), at(2022, 86)};
  EXPECT_NEAR(*trend_at(points, 2020.5), 93, 1e-9);
  EXPECT_NEAR(*trend_at(points, 2030), 93 - 4.8 * 9.5, 1e-9);
  EXPECT_NEAR(*trend_at(points, 2019), 100.2, 1e-9);
}

TEST(TrendAt, ExactLine) {
  const std::vector<DataPoint> points{at(2020, 10), at(2025, 0)};
  EXPECT_NEAR(*trend_at(points, 2030), -10, 1e-9);
}

TEST(TrendAt, NeedsTwoDistinctYears) {
  EXPECT_FALSE(trend_at({}, 2030));
  EXPECT_FALSE(trend_at({at(2020, 5)}, 2030));
  EXPECT_FALSE(trend_at({at(2020, 5), at(2020, 7)}, 2030));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_FALSE(trend_at({at(2020, 5), at(2021, nan)}, 2030));
}

TEST(LinePath, MeasuredInYearOrderWithGaps) {
  Chart c;
  c.type = ChartType::line;
  c.series.push_back({"Gemeten", SeriesKind::measured, {at(2022, 3), at(2019, 1), at(2020, 2)}});
  const std::vector<DataPoint> path = line_path(c, 0);
  ASSERT_EQ(path.size(), 3u);
  EXPECT_EQ(path[0].x, 2019);
  EXPECT_EQ(path[2].x, 2022);
  EXPECT_TRUE(line_path(c, 5).empty());
}

TEST(LinePath, ProjectionStartsAtTheLastMeasuredPoint) {
  Chart c;
  c.type = ChartType::line;
  c.series.push_back({"Gemeten", SeriesKind::measured, {at(2019, 100), at(2022, 88)}});
  c.series.push_back({"Doel", SeriesKind::target, {at(2019, 100), at(2030, 45)}});
  c.series.push_back(
      {"Prognose", SeriesKind::projection, {at(2021, 1), at(2026, 70), at(2030, 60)}});
  const std::vector<DataPoint> path = line_path(c, 2);
  ASSERT_EQ(path.size(), 3u);  // the 2021 point lies before the last measurement
  EXPECT_EQ(path[0].x, 2022);
  EXPECT_EQ(path[0].y, 88);
  EXPECT_EQ(path[1].x, 2026);
  EXPECT_EQ(path[2].y, 60);
}

TEST(LinePath, ProjectionWithoutPointsFollowsTheTrend) {
  Chart c;
  c.type = ChartType::line;
  c.series.push_back(
      {"Gemeten", SeriesKind::measured, {at(2019, 100), at(2020, 96), at(2021, 90), at(2022, 86)}});
  c.series.push_back({"Doel", SeriesKind::target, {at(2019, 100), at(2030, 45)}});
  c.series.push_back({"Prognose", SeriesKind::projection, {}});
  const std::vector<DataPoint> path = line_path(c, 2);
  ASSERT_EQ(path.size(), 2u);
  EXPECT_EQ(path[0].x, 2022);
  EXPECT_EQ(path[0].y, 86);
  EXPECT_EQ(path[1].x, 2030);
  EXPECT_NEAR(path[1].y, 86 - 4.8 * 8, 1e-9);  // slope -4.8 per year from the last point
}

TEST(LinePath, ProjectionWithoutMeasurementsIsItsOwnPoints) {
  Chart c;
  c.type = ChartType::line;
  c.series.push_back({"Prognose", SeriesKind::projection, {at(2026, 70), at(2030, 60)}});
  EXPECT_EQ(line_path(c, 0).size(), 2u);
  c.series.push_back({"Gemeten", SeriesKind::measured, {at(2020, 90)}});
  const std::vector<DataPoint> path = line_path(c, 0);  // the first measured series, later on
  ASSERT_EQ(path.size(), 3u);
  EXPECT_EQ(path[0].y, 90);
}

}  // namespace
}  // namespace koers::charts

// Monitoring status at the band edges, both directions, interim targets, trend and
// projection; every expectation worked out by hand (docs/analysis.md).
#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "model_builders.h"

namespace koers::analysis {
namespace {

using fixture::target;
using fixture::year_value;

model::Municipality with_series(const std::string& indicator,
                                std::vector<std::pair<int, double>> values, double green = 5,
                                double amber = 15) {
  model::Municipality m = fixture::municipality();
  m.monitoring.emplace();
  m.monitoring->tolerance_green = green;
  m.monitoring->tolerance_amber = amber;
  model::Series s;
  s.indicator = indicator;
  for (auto [year, value] : values) s.measurements.push_back({.year = year, .value = value});
  m.monitoring->series.push_back(s);
  return m;
}

// CO2 (lower is better) from 100 kton in 2020 to 50 in 2030: the path is 80 in 2024 and the
// planned change 50, so 2,5 kton above the path is 5 %.
TargetMonitoring co2_in_2024(double measured, double green = 5, double amber = 15) {
  const model::Target t = target("d-co2", "co2", year_value(2020, 100), year_value(2030, 50), "");
  return monitor_target(t, with_series("co2", {{2024, measured}}, green, amber));
}

TEST(Monitoring, DeviationIsPercentOfThePlannedChange) {
  const TargetMonitoring r = co2_in_2024(82.5);
  EXPECT_NEAR(*r.planned, 80, 1e-9);
  EXPECT_NEAR(*r.deviation, 5, 1e-9);
  EXPECT_EQ(r.last->year, 2024);
  EXPECT_EQ(r.path.size(), 2u);
}

TEST(Monitoring, GreenBandEdgeIsOnCourse) {
  EXPECT_EQ(co2_in_2024(82.5).status, Status::on_track);   // 5 %
  EXPECT_EQ(co2_in_2024(82.6).status, Status::attention);  // 5,2 %
}

TEST(Monitoring, AmberBandEdgeNeedsAttention) {
  EXPECT_EQ(co2_in_2024(87.5).status, Status::attention);  // 15 %
  EXPECT_EQ(co2_in_2024(87.6).status, Status::off_track);  // 15,2 %
}

TEST(Monitoring, AheadOfThePathIsOnCourse) {
  const TargetMonitoring r = co2_in_2024(75);
  EXPECT_NEAR(*r.deviation, -10, 1e-9);
  EXPECT_EQ(r.status, Status::on_track);
}

TEST(Monitoring, DecimalBandsFromTheFile) {
  EXPECT_EQ(co2_in_2024(81.25, 2.5, 7.5).status, Status::on_track);   // 2,5 %
  EXPECT_EQ(co2_in_2024(81.3, 2.5, 7.5).status, Status::attention);   // 2,6 %
  EXPECT_EQ(co2_in_2024(83.75, 2.5, 7.5).status, Status::attention);  // 7,5 %
  EXPECT_EQ(co2_in_2024(83.8, 2.5, 7.5).status, Status::off_track);   // 7,6 %
}

TEST(Monitoring, HigherIsBetterCountsAShortfall) {
  // Opwek from 10 (2020) to 60 (2030): 35 on the path in 2025, planned change 50.
  const model::Target t =
      target("d-opwek", "opwek", year_value(2020, 10), year_value(2030, 60), "");
  auto at = [&](double v) { return monitor_target(t, with_series("opwek", {{2025, v}})); };
  EXPECT_NEAR(*at(32.5).deviation, 5, 1e-9);
  EXPECT_EQ(at(32.5).status, Status::on_track);
  EXPECT_EQ(at(30).status, Status::attention);  // 10 %
  EXPECT_EQ(at(27).status, Status::off_track);  // 16 %
  EXPECT_NEAR(*at(40).deviation, -10, 1e-9);
  EXPECT_EQ(at(40).status, Status::on_track);
}

TEST(Monitoring, PathRunsThroughInterimTargets) {
  // 100 (2020) → 60 (2025) → 50 (2030): 76 in 2023; 80 measured is 4 / 50 = 8 % behind.
  model::Target t = target("d-co2", "co2", year_value(2020, 100), year_value(2030, 50), "");
  t.interim.push_back(year_value(2025, 60));
  const TargetMonitoring r = monitor_target(t, with_series("co2", {{2023, 80}}));
  ASSERT_EQ(r.path.size(), 3u);
  EXPECT_EQ(r.path[1].year, 2025);
  EXPECT_NEAR(*r.planned, 76, 1e-9);
  EXPECT_NEAR(*r.deviation, 8, 1e-9);
  EXPECT_EQ(r.status, Status::attention);
}

TEST(Monitoring, AfterTheTargetYearThePathKeepsTheTarget) {
  const model::Target t = target("d-co2", "co2", year_value(2020, 100), year_value(2030, 50), "");
  const TargetMonitoring r = monitor_target(t, with_series("co2", {{2032, 52}}));
  EXPECT_NEAR(*r.planned, 50, 1e-9);
  EXPECT_NEAR(*r.deviation, 4, 1e-9);
}

TEST(Monitoring, UnknownWithoutDataOrPath) {
  const model::Target t = target("d-co2", "co2", year_value(2020, 100), year_value(2030, 50), "");
  const TargetMonitoring none = monitor_target(t, fixture::municipality());
  EXPECT_EQ(none.status, Status::unknown);
  EXPECT_EQ(none.reason, "er zijn geen metingen van de indicator");
  const TargetMonitoring early = monitor_target(t, with_series("co2", {{2019, 101}}));
  EXPECT_EQ(early.status, Status::unknown);
  EXPECT_EQ(early.reason, "de laatste meting ligt vóór het basisjaar");
  const model::Target loose = target("d-co2", "co2", std::nullopt, year_value(2030, 50), "");
  EXPECT_EQ(monitor_target(loose, with_series("co2", {{2024, 80}})).reason,
            "het doel heeft geen basis en streef met jaar en waarde");
  const model::Target flat = target("d-co2", "co2", year_value(2020, 50), year_value(2030, 50), "");
  EXPECT_EQ(monitor_target(flat, with_series("co2", {{2024, 50}})).status, Status::unknown);
}

TEST(Monitoring, FinalFigureWinsOverProvisionalAndTheLastIsMarked) {
  model::Municipality m = with_series("co2", {{2023, 90}});
  model::Series& s = m.monitoring->series[0];
  s.measurements.push_back({.year = 2024, .status = model::DataStatus::provisional, .value = 85});
  s.measurements.push_back({.year = 2023, .status = model::DataStatus::provisional, .value = 95});
  const std::vector<SeriesPoint> points = measurements("co2", m);
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[0].value, 90);
  EXPECT_FALSE(points[0].provisional);
  EXPECT_TRUE(points[1].provisional);
  const model::Target t = target("d-co2", "co2", year_value(2020, 100), year_value(2030, 50), "");
  EXPECT_TRUE(monitor_target(t, m).last->provisional);
}

TEST(Monitoring, QuickscanValuesFillMissingYears) {
  model::Municipality m = with_series("co2", {{2023, 90}});
  m.quickscan.emplace();
  model::Assessment a;
  a.values.push_back({.indicator = "co2", .year = 2022, .value = 92});
  a.values.push_back({.indicator = "co2", .year = 2023, .value = 99});
  m.quickscan->assessments.push_back(a);
  const std::vector<SeriesPoint> points = measurements("co2", m);
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[0].value, 92);
  EXPECT_EQ(points[1].value, 90);
}

TEST(Trend, LeastSquaresThroughThreePoints) {
  // Mean year 2021, mean value 37/3; Sxx = 2, Sxy = 4: slope 2.
  const auto t = linear_trend({{2020, 10}, {2021, 13}, {2022, 14}});
  ASSERT_TRUE(t);
  EXPECT_NEAR(t->slope, 2, 1e-9);
  EXPECT_NEAR(t->at(2030), 37.0 / 3 + 18, 1e-9);
}

TEST(Trend, NeedsTwoDistinctYears) {
  EXPECT_FALSE(linear_trend({{2020, 10}}));
  EXPECT_FALSE(linear_trend({{2020, 10}, {2020, 12}}));
  EXPECT_FALSE(linear_trend({}));
}

TEST(Monitoring, ProjectsTheTrendToTheTargetYear) {
  const model::Target t = target("d-co2", "co2", year_value(2020, 100), year_value(2030, 50), "");
  // −4 a year from 100 in 2020: 60 in 2030, short of 50.
  const TargetMonitoring slow = monitor_target(t, with_series("co2", {{2020, 100}, {2022, 92}}));
  EXPECT_NEAR(*slow.projection, 60, 1e-9);
  EXPECT_FALSE(*slow.projection_reaches);
  // −5 a year: exactly 50.
  const TargetMonitoring exact = monitor_target(t, with_series("co2", {{2021, 95}, {2023, 85}}));
  EXPECT_NEAR(*exact.projection, 50, 1e-9);
  EXPECT_TRUE(*exact.projection_reaches);
  EXPECT_FALSE(monitor_target(t, with_series("co2", {{2023, 85}})).projection);
}

TEST(Monitoring, StatusForDeviationIsInclusiveAtBothEdges) {
  EXPECT_EQ(status_for_deviation(5, 5, 15), Status::on_track);
  EXPECT_EQ(status_for_deviation(15, 5, 15), Status::attention);
  EXPECT_EQ(status_for_deviation(15.0001, 5, 15), Status::off_track);
  EXPECT_EQ(status_for_deviation(-40, 5, 15), Status::on_track);
  EXPECT_EQ(status_name(Status::attention), "aandacht nodig");
}

}  // namespace
}  // namespace koers::analysis

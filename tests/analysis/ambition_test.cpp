// Ambition against the framework line, with the expected changes computed by hand.
#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "model_builders.h"

namespace koers::analysis {
namespace {

using fixture::catalogue;
using fixture::framework;
using fixture::framework_target;
using fixture::municipality;
using fixture::target;
using fixture::year_value;

// CO2 520 kton in 1990; `goal` kton in `year`, compared with the Klimaatwet.
AmbitionFinding co2_target(int year, double goal,
                           const std::string& kaderdoel = "klimaatwet-2030") {
  model::Municipality m = municipality();
  model::Target t =
      target("d-co2", "co2", year_value(1990, 520), year_value(year, goal), kaderdoel);
  return assess_ambition(t, m, catalogue());
}

TEST(Ambition, SixtyPercentLessIn2030IsAboveTheKlimaatwet) {
  AmbitionFinding f = co2_target(2030, 208);  // (208 − 520) / 520 = −60 %
  EXPECT_EQ(f.ambition, Ambition::higher);
  EXPECT_EQ(f.target, "d-co2");
  EXPECT_EQ(f.framework_target, "klimaatwet-2030");
  EXPECT_EQ(f.framework, "klimaatwet");
  EXPECT_NEAR(*f.local_change, -60, 1e-9);
  EXPECT_NEAR(*f.framework_change, -55, 1e-9);
  EXPECT_EQ(f.year, 2030);
  EXPECT_EQ(f.reference_year, 1990);
  EXPECT_EQ(f.reference_value, 520);
  EXPECT_FALSE(f.absolute);
  EXPECT_EQ(f.reason, "");
}

TEST(Ambition, FiftyPercentLessIn2030IsBelowTheKlimaatwet) {
  AmbitionFinding f = co2_target(2030, 260);  // −50 % against −55 %
  EXPECT_EQ(f.ambition, Ambition::lower);
  EXPECT_NEAR(*f.local_change, -50, 1e-9);
}

TEST(Ambition, InterpolatesTheFrameworkPathBetween2030And2050) {
  // The path runs through −55 % (2030) and −100 % (2050): −66.25 % in 2035.
  AmbitionFinding seventy = co2_target(2035, 156);  // −70 %
  EXPECT_NEAR(*seventy.framework_change, -66.25, 1e-9);
  EXPECT_EQ(seventy.ambition, Ambition::higher);
  EXPECT_EQ(co2_target(2035, 176.8).ambition, Ambition::equal);  // −66 %
  EXPECT_EQ(co2_target(2035, 208).ambition, Ambition::lower);    // −60 %
  // Naming the 2050 target gives the same path.
  EXPECT_NEAR(*co2_target(2035, 156, "klimaatwet-2050").framework_change, -66.25, 1e-9);
}

TEST(Ambition, InterpolatesFromNoChangeInTheReferenceYearBeforeTheFirstTarget) {
  AmbitionFinding f = co2_target(2025, 234);  // −55 % in 2025; the path: 35/40 × −55 = −48.125
  EXPECT_NEAR(*f.framework_change, -48.125, 1e-9);
  EXPECT_EQ(f.ambition, Ambition::higher);
  EXPECT_EQ(co2_target(2025, 260).ambition, Ambition::equal);  // −50 %: 1.875 points apart
}

TEST(Ambition, KeepsClimateNeutralityAfter2050) {
  AmbitionFinding f = co2_target(2055, 0);
  EXPECT_NEAR(*f.framework_change, -100, 1e-9);
  EXPECT_EQ(f.ambition, Ambition::equal);
}

TEST(Ambition, IsEqualWithinTwoPercentagePoints) {
  EXPECT_EQ(co2_target(2030, 224.12).ambition, Ambition::equal);  // −56.9 %
  EXPECT_EQ(co2_target(2030, 223.6).ambition, Ambition::equal);   // −57 %: exactly 2 points
  EXPECT_EQ(co2_target(2030, 221).ambition, Ambition::higher);    // −57.5 %
  EXPECT_EQ(co2_target(2030, 241.8).ambition, Ambition::equal);   // −53.5 %
  EXPECT_EQ(co2_target(2030, 247).ambition, Ambition::lower);     // −52.5 %
  EXPECT_EQ(co2_target(2030, 234).ambition, Ambition::equal);     // −55 %
}

TEST(Ambition, ReadsProcentAsPercent) {
  // NPCE: −50 % primary raw materials in 2030 vs 2016, unit "procent".
  model::Municipality m = municipality();
  model::Target t =
      target("d-grond", "co2", year_value(2016, 1000), year_value(2030, 400), "npce-2030");
  AmbitionFinding f = assess_ambition(t, m, catalogue());
  EXPECT_EQ(f.ambition, Ambition::higher);
  EXPECT_NEAR(*f.local_change, -60, 1e-9);
  EXPECT_NEAR(*f.framework_change, -50, 1e-9);
  EXPECT_EQ(f.reference_year, 2016);
}

// A regional heat framework that wants 50 % more renewable heat in 2030 than in 2016,
// where higher is better.
model::Municipality with_heat_framework() {
  model::Municipality m = municipality();
  m.frameworks.push_back(
      framework("warmteplan", model::Level::regional,
                {framework_target("warmte-2030", "warmte-tj", 2030, 50, "%", 2016)}));
  return m;
}

TEST(Ambition, MoreIsMoreAmbitiousWhenHigherIsBetter) {
  model::Municipality m = with_heat_framework();
  auto heat = [&](double goal) {
    return assess_ambition(target("d-warmte", "warmte-tj", year_value(2016, 100),
                                  year_value(2030, goal), "warmte-2030"),
                           m, catalogue());
  };
  AmbitionFinding more = heat(180);  // +80 % against +50 %
  EXPECT_EQ(more.ambition, Ambition::higher);
  EXPECT_NEAR(*more.local_change, 80, 1e-9);
  EXPECT_NEAR(*more.framework_change, 50, 1e-9);
  EXPECT_EQ(more.framework, "warmteplan");
  EXPECT_EQ(heat(140).ambition, Ambition::lower);  // +40 %
  EXPECT_EQ(heat(151).ambition, Ambition::equal);  // +51 %
}

TEST(Ambition, UsesAMeasurementInTheReferenceYearWhenTheBaselineYearDiffers) {
  model::Municipality m = municipality();
  m.monitoring.emplace();
  model::Series series;
  series.indicator = "co2";
  model::Measurement provisional{
      .year = 1990, .status = model::DataStatus::provisional, .value = 480};
  model::Measurement final_value{.year = 1990, .status = model::DataStatus::final, .value = 500};
  series.measurements = {provisional, final_value};
  m.monitoring->series.push_back(series);
  model::Target t =
      target("d-co2", "co2", year_value(2019, 455), year_value(2030, 200), "klimaatwet-2030");
  AmbitionFinding f = assess_ambition(t, m, catalogue());
  EXPECT_EQ(f.ambition, Ambition::higher);
  EXPECT_EQ(f.reference_value, 500);  // the final figure, not the provisional one
  EXPECT_NEAR(*f.local_change, -60, 1e-9);
}

TEST(Ambition, UsesAQuickscanValueInTheReferenceYear) {
  model::Municipality m = municipality();
  m.quickscan.emplace();
  model::Assessment a;
  a.theme = "energie";
  model::Value v;
  v.indicator = "co2";
  v.year = 1990;
  v.status = model::DataStatus::provisional;
  v.value = 400;
  a.values.push_back(v);
  m.quickscan->assessments.push_back(a);
  model::Target t = target("d-co2", "co2", std::nullopt, year_value(2030, 200), "klimaatwet-2030");
  AmbitionFinding f = assess_ambition(t, m, catalogue());
  EXPECT_EQ(f.reference_value, 400);
  EXPECT_NEAR(*f.local_change, -50, 1e-9);
  EXPECT_EQ(f.ambition, Ambition::lower);
}

// A province that wants 40 % renewable electricity in 2030 and 60 % in 2040: a share,
// compared as a level in percentage points.
model::Municipality with_share_framework() {
  model::Municipality m = municipality();
  m.frameworks.push_back(
      framework("provincie-energie", model::Level::provincial,
                {framework_target("hernieuwbaar-2030", "hernieuwbaar", 2030, 40, "%"),
                 framework_target("hernieuwbaar-2040", "hernieuwbaar", 2040, 60, "procent")}));
  return m;
}

TEST(Ambition, ComparesASharePointForPoint) {
  model::Municipality m = with_share_framework();
  auto share = [&](int year, double goal) {
    return assess_ambition(target("d-hern", "hernieuwbaar", year_value(2020, 10),
                                  year_value(year, goal), "hernieuwbaar-2030"),
                           m, catalogue());
  };
  AmbitionFinding fifty = share(2030, 50);
  EXPECT_EQ(fifty.ambition, Ambition::higher);
  EXPECT_TRUE(fifty.absolute);
  EXPECT_EQ(fifty.local_value, 50);
  EXPECT_EQ(fifty.framework_value, 40);
  EXPECT_EQ(fifty.unit, "%");
  EXPECT_NEAR(*fifty.local_change, 400, 1e-9);      // 10 % → 50 %
  EXPECT_NEAR(*fifty.framework_change, 300, 1e-9);  // 10 % → 40 %
  EXPECT_EQ(fifty.reference_year, 2020);
  EXPECT_EQ(share(2030, 41).ambition, Ambition::equal);  // one point above
  EXPECT_EQ(share(2030, 30).ambition, Ambition::lower);
  // 2035 lies halfway between 40 % and 60 %.
  AmbitionFinding halfway = share(2035, 49);
  EXPECT_NEAR(*halfway.framework_value, 50, 1e-9);
  EXPECT_EQ(halfway.ambition, Ambition::equal);
}

TEST(Ambition, ComparesWastePerInhabitantAsALevel) {
  // VANG: at most 100 kg residual waste per inhabitant (from 2020); lower is better.
  model::Municipality m = municipality();
  auto waste = [&](int year, double goal) {
    return assess_ambition(target("d-afval", "restafval", year_value(2022, 160),
                                  year_value(year, goal), "vang-restafval"),
                           m, catalogue());
  };
  AmbitionFinding ninety = waste(2030, 90);  // 10 % below the ceiling
  EXPECT_EQ(ninety.ambition, Ambition::higher);
  EXPECT_EQ(ninety.framework_value, 100);
  EXPECT_NEAR(*ninety.local_change, -43.75, 1e-9);     // 160 → 90
  EXPECT_NEAR(*ninety.framework_change, -37.5, 1e-9);  // 160 → 100
  EXPECT_EQ(waste(2030, 101).ambition, Ambition::equal);
  EXPECT_EQ(waste(2030, 130).ambition, Ambition::lower);
}

TEST(Ambition, ComparesALevelWithoutABaseline) {
  model::Municipality m = municipality();
  AmbitionFinding f = assess_ambition(
      target("d-afval", "restafval", std::nullopt, year_value(2030, 80), "vang-restafval"), m,
      catalogue());
  EXPECT_EQ(f.ambition, Ambition::higher);
  EXPECT_FALSE(f.local_change);
  EXPECT_FALSE(f.framework_change);
}

TEST(Ambition, ComparesAnInlineRegionalShareInOtherUnits) {
  // The municipality's RES contribution: 0.062 TWh = 62 GWh; the indicator is in GWh.
  model::Municipality m = municipality();
  m.indicators[1].unit = "GWh";
  m.frameworks.push_back(framework("res-drenthe", model::Level::regional,
                                   {framework_target("res-bod", "opwek", 2030, 0.062, "TWh")}));
  auto power = [&](double goal) {
    return assess_ambition(
        target("d-opwek", "opwek", year_value(2019, 8.2), year_value(2030, goal), "res-bod"), m,
        catalogue());
  };
  AmbitionFinding seventy = power(70);
  EXPECT_EQ(seventy.ambition, Ambition::higher);
  EXPECT_NEAR(*seventy.framework_value, 62, 1e-9);
  EXPECT_EQ(seventy.unit, "GWh");
  EXPECT_EQ(power(62.5).ambition, Ambition::equal);
  EXPECT_EQ(power(50).ambition, Ambition::lower);
}

}  // namespace
}  // namespace koers::analysis

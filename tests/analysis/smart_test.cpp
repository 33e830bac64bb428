// SMART check per letter, with the expected reasons worked out by hand (docs/analysis.md).
#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "model_builders.h"

namespace koers::analysis {
namespace {

using fixture::target;
using fixture::year_value;

// Lindeveld with theme energie, sourced indicators, and one action serving d-co2.
model::Municipality lindeveld() {
  model::Municipality m = fixture::municipality();
  model::Theme energie;
  energie.id = "energie";
  m.themes.push_back(energie);
  for (auto& ind : m.indicators) ind.source = "klimaatmonitor";
  model::Action a;
  a.id = "E-01";
  a.theme = "energie";
  a.targets = {"d-co2"};
  m.actions.push_back(a);
  return m;
}

// CO2 from 520 kton (1990) to 208 kton (2030) with an interim target in 2027: SMART.
model::Target co2() {
  model::Target t =
      target("d-co2", "co2", year_value(1990, 520), year_value(2030, 208), "klimaatwet-2030");
  t.formulation = "In 2030 is de CO2-uitstoot 60% lager dan in 1990.";
  t.owner = "w-jansen";
  t.interim.push_back(year_value(2027, 300));
  return t;
}

SmartFinding smart(const model::Target& t, const model::Municipality& m, int now = 2026) {
  return assess_smart(t, m, assess_ambition(t, m, fixture::catalogue()), now);
}

TEST(Smart, AWellFormedTargetMeetsEveryLetter) {
  const SmartFinding f = smart(co2(), lindeveld());
  EXPECT_TRUE(f.smart());
  EXPECT_EQ(f.target, "d-co2");
  // Required 312 / 40 = 7,8 kton a year = 1,5 % of 520; the Klimaatwet: 55 / 40 = 1,375 %.
  EXPECT_EQ(f[SmartLetter::realistic].reason,
            "benodigd 1,5% per jaar, landelijk pad 1,4% per jaar");
  EXPECT_EQ(f[SmartLetter::acceptable].reason, "een eigenaar en 1 bijdragende actie");
  EXPECT_EQ(f[SmartLetter::time_bound].reason, "streefjaar 2030 met tussendoel");
}

TEST(Smart, SpecificNeedsAnIndicatorAndAFormulation) {
  model::Target t = co2();
  t.formulation.clear();
  EXPECT_FALSE(smart(t, lindeveld())[SmartLetter::specific].met);
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::specific].reason,
            "geen formulering van wat er verandert");
  t = co2();
  t.indicator.clear();
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::specific].reason, "geen indicator");
  t = co2();
  t.theme = "warmte";  // not a theme of the file
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::specific].reason, "geen thema");
}

TEST(Smart, MeasurableNeedsABaselineValue) {
  model::Target t = co2();
  t.baseline.reset();
  const SmartLetterResult m = smart(t, lindeveld())[SmartLetter::measurable];
  EXPECT_FALSE(m.met);
  EXPECT_EQ(m.reason, "geen basiswaarde");
}

TEST(Smart, MeasurableNeedsABaselineYearAGoalValueAUnitAndASource) {
  model::Target t = co2();
  t.baseline->year.reset();
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::measurable].reason, "geen basisjaar");
  t = co2();
  t.goal->value.reset();
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::measurable].reason, "geen streefwaarde");
  model::Municipality m = lindeveld();
  m.indicators[0].unit.clear();
  EXPECT_EQ(smart(co2(), m)[SmartLetter::measurable].reason, "de indicator heeft geen eenheid");
  m = lindeveld();
  m.indicators[0].source.clear();
  EXPECT_EQ(smart(co2(), m)[SmartLetter::measurable].reason,
            "geen bron voor de metingen van de indicator");
}

TEST(Smart, AcceptableNeedsAnOwner) {
  model::Target t = co2();
  t.owner.clear();
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::acceptable].reason,
            "geen eigenaar (portefeuillehouder)");
}

TEST(Smart, AcceptableNeedsAnActionThatIsNotCancelled) {
  model::Municipality m = lindeveld();
  m.actions[0].status = model::ActionStatus::cancelled;
  EXPECT_EQ(smart(co2(), m)[SmartLetter::acceptable].reason,
            "geen actie die aan het doel bijdraagt");
  m.actions.push_back(lindeveld().actions[0]);
  m.actions.push_back(lindeveld().actions[0]);
  EXPECT_EQ(smart(co2(), m)[SmartLetter::acceptable].reason,
            "een eigenaar en 2 bijdragende acties");
}

TEST(Smart, RealisticFailsAboveTwiceTheNationalPath) {
  // To 0 in 2025: 520 / 35 = 14,86 a year = 2,857 % of 520; the path −48,125 % by 2025 is
  // 1,375 % a year, twice that 2,75 %.
  model::Target t = co2();
  t.goal = year_value(2025, 0);
  t.interim.clear();
  const SmartLetterResult r = smart(t, lindeveld())[SmartLetter::realistic];
  EXPECT_FALSE(r.met);
  EXPECT_EQ(r.reason,
            "benodigd 2,9% per jaar, meer dan twee keer het landelijk pad (1,4% per jaar)");
  t.goal = year_value(2025, 20);  // 500 / 35 / 520 = 2,747 % a year: just within
  EXPECT_TRUE(smart(t, lindeveld())[SmartLetter::realistic].met);
}

// CO2 100 → 50 kton from 2020 to 2030 (5 a year), without a national comparison.
model::Target local_co2() {
  model::Target t = co2();
  t.baseline = year_value(2020, 100);
  t.goal = year_value(2030, 50);
  t.compare_with.clear();
  return t;
}

model::Municipality with_series(std::vector<std::pair<int, double>> values) {
  model::Municipality m = lindeveld();
  m.monitoring.emplace();
  model::Series s;
  s.indicator = "co2";
  for (auto [year, value] : values) s.measurements.push_back({.year = year, .value = value});
  m.monitoring->series.push_back(s);
  return m;
}

TEST(Smart, RealisticAgainstTheMeasuredTrend) {
  // Measured −5 a year (100 → 90 in two years): exactly what is needed.
  const SmartLetterResult ok =
      smart(local_co2(), with_series({{2020, 100}, {2022, 90}}))[SmartLetter::realistic];
  EXPECT_TRUE(ok.met);
  EXPECT_EQ(ok.reason, "benodigd 5 kton per jaar, gemeten trend 5 kton per jaar");
  // Measured −2,5 a year: twice that is exactly what is needed (the edge counts as met).
  const SmartLetterResult edge =
      smart(local_co2(), with_series({{2020, 100}, {2022, 95}}))[SmartLetter::realistic];
  EXPECT_TRUE(edge.met);
  EXPECT_EQ(edge.reason, "benodigd 5 kton per jaar, gemeten trend 2,5 kton per jaar");
  const SmartLetterResult slow =
      smart(local_co2(), with_series({{2020, 100}, {2022, 96}}))[SmartLetter::realistic];
  EXPECT_FALSE(slow.met);
  EXPECT_EQ(slow.reason,
            "benodigd 5 kton per jaar, meer dan twee keer de gemeten trend (2 kton per jaar)");
}

TEST(Smart, RealisticNeedsSomethingToCompareWith) {
  const SmartLetterResult r = smart(local_co2(), lindeveld())[SmartLetter::realistic];
  EXPECT_FALSE(r.met);
  EXPECT_EQ(r.reason,
            "geen meetreeks en geen landelijk pad om de benodigde verandering aan te toetsen");
}

TEST(Smart, TimeBoundNeedsATargetYearInTheFuture) {
  model::Target t = co2();
  t.goal->year.reset();
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::time_bound].reason, "geen streefjaar");
  EXPECT_EQ(smart(co2(), lindeveld(), 2031)[SmartLetter::time_bound].reason,
            "het streefjaar 2030 is voorbij");
  EXPECT_TRUE(smart(co2(), lindeveld(), 2030)[SmartLetter::time_bound].met);
}

TEST(Smart, TimeBoundNeedsAnInterimTargetBeyondFiveYears) {
  model::Target t = co2();
  t.interim.clear();
  EXPECT_TRUE(smart(t, lindeveld(), 2025)[SmartLetter::time_bound].met);  // 5 years ahead
  const SmartLetterResult far = smart(t, lindeveld(), 2024)[SmartLetter::time_bound];
  EXPECT_FALSE(far.met);
  EXPECT_EQ(far.reason, "streefjaar 2030 ligt meer dan 5 jaar vooruit zonder tussendoel");
  // An interim target already passed does not count.
  t.interim.push_back(year_value(2023, 400));
  EXPECT_FALSE(smart(t, lindeveld(), 2024)[SmartLetter::time_bound].met);
}

TEST(Smart, TimeBoundNeedsTheTargetYearAfterTheBaseline) {
  model::Target t = co2();
  t.baseline = year_value(2030, 520);
  EXPECT_EQ(smart(t, lindeveld())[SmartLetter::time_bound].reason,
            "het streefjaar ligt niet na het basisjaar");
}

}  // namespace
}  // namespace koers::analysis

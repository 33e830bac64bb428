// Every reason a target cannot be held against its framework target, each in Dutch.
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

AmbitionFinding assess(const model::Target& t, const model::Municipality& m = municipality()) {
  return assess_ambition(t, m, catalogue());
}

void expect_not_comparable(const AmbitionFinding& f, const std::string& reason_part) {
  EXPECT_EQ(f.ambition, Ambition::not_comparable);
  EXPECT_NE(f.reason.find(reason_part), std::string::npos) << f.reason;
  EXPECT_FALSE(f.local_change);
  EXPECT_FALSE(f.framework_change);
}

TEST(AmbitionNotComparable, WithoutAFrameworkTarget) {
  AmbitionFinding f = assess(target("d", "co2", year_value(1990, 520), year_value(2030, 208), ""));
  expect_not_comparable(f, "geen kaderdoel genoemd");
  EXPECT_EQ(f.target, "d");
}

TEST(AmbitionNotComparable, WithAnUnknownFrameworkTarget) {
  expect_not_comparable(
      assess(target("d", "co2", year_value(1990, 520), year_value(2030, 208), "bestaat-niet")),
      "‘bestaat-niet’ komt niet voor");
}

TEST(AmbitionNotComparable, WhenTheFrameworkTargetHasNoNumber) {
  AmbitionFinding f =
      assess(target("d", "co2", year_value(2020, 1), year_value(2050, 0), "deltaplan-ra-2050"));
  expect_not_comparable(f, "noemt geen getal");
  EXPECT_EQ(f.framework, "deltaplan-ra");
}

TEST(AmbitionNotComparable, WhenTheFrameworkTargetHasNoYear) {
  model::Municipality m = municipality();
  m.frameworks.push_back(
      framework("regio", model::Level::regional,
                {framework_target("regio-x", "co2", std::nullopt, -40, "%", 1990)}));
  expect_not_comparable(
      assess(target("d", "co2", year_value(1990, 520), year_value(2030, 208), "regio-x"), m),
      "geen jaartal");
}

TEST(AmbitionNotComparable, WhenAPercentageChangeHasNoReferenceYear) {
  model::Municipality m = municipality();
  m.frameworks.push_back(framework("regio", model::Level::regional,
                                   {framework_target("regio-x", "co2", 2030, -40, "procent")}));
  expect_not_comparable(
      assess(target("d", "co2", year_value(1990, 520), year_value(2030, 208), "regio-x"), m),
      "geen referentiejaar");
}

TEST(AmbitionNotComparable, WhenANationalTotalMeetsALocalTotal) {
  // Klimaatakkoord: 35 TWh on land for the whole country.
  AmbitionFinding f =
      assess(target("d-opwek", "opwek", year_value(2020, 0.1), year_value(2030, 0.3), "res-35twh"));
  EXPECT_EQ(f.ambition, Ambition::not_comparable);
  EXPECT_EQ(f.reason, "het landelijk doel is een absolute hoeveelheid voor heel Nederland");
}

TEST(AmbitionNotComparable, WhenARegionalTotalFromTheCatalogueMeetsALocalTotal) {
  model::Catalogue c = catalogue();
  c.frameworks.push_back(framework("res-u16", model::Level::regional,
                                   {framework_target("res-u16-2030", "opwek", 2030, 1.8, "TWh")}));
  AmbitionFinding f = assess_ambition(
      target("d", "opwek", year_value(2020, 0.1), year_value(2030, 0.3), "res-u16-2030"),
      municipality(), c);
  expect_not_comparable(f, "het regionale doel is een absolute hoeveelheid voor de hele regio");
}

TEST(AmbitionNotComparable, WhenATotalMeetsATotalOfAnotherKind) {
  model::Municipality m = municipality();
  m.frameworks.push_back(framework("res-u16", model::Level::regional,
                                   {framework_target("res-u16-2030", "opwek", 2030, 1.8, "kton")}));
  expect_not_comparable(
      assess(target("d", "opwek", year_value(2020, 0.1), year_value(2030, 0.3), "res-u16-2030"), m),
      "het doel is uitgedrukt in TWh, het kaderdoel in kton");
}

TEST(AmbitionNotComparable, WhenTheUnitsDiffer) {
  AmbitionFinding f = assess(target("d", "restafval-totaal", year_value(2022, 8e6),
                                    year_value(2030, 5e6), "vang-restafval"));
  expect_not_comparable(f, "het doel is uitgedrukt in kg, het kaderdoel in kg per inwoner");
}

TEST(AmbitionNotComparable, WhenAShareMeetsAPercentageChange) {
  expect_not_comparable(assess(target("d", "hernieuwbaar", year_value(1990, 1),
                                      year_value(2030, 40), "klimaatwet-2030")),
                        "aandeel in procenten");
}

TEST(AmbitionNotComparable, WhenTheBaselineYearDiffersAndNoValueForTheReferenceYearIsKnown) {
  AmbitionFinding f =
      assess(target("d", "co2", year_value(2019, 455), year_value(2030, 200), "klimaatwet-2030"));
  expect_not_comparable(f, "basisjaar (2019)");
  EXPECT_NE(f.reason.find("referentiejaar van het kaderdoel (1990)"), std::string::npos);
  EXPECT_EQ(f.reference_year, 1990);
}

TEST(AmbitionNotComparable, WithoutABaseline) {
  expect_not_comparable(
      assess(target("d", "co2", std::nullopt, year_value(2030, 200), "klimaatwet-2030")),
      "geen basisjaar en basiswaarde");
  expect_not_comparable(assess(target("d", "co2", year_value(1990, std::nullopt),
                                      year_value(2030, 200), "klimaatwet-2030")),
                        "geen basisjaar en basiswaarde");
}

TEST(AmbitionNotComparable, WithABaselineOfZero) {
  expect_not_comparable(
      assess(target("d", "co2", year_value(1990, 0), year_value(2030, 200), "klimaatwet-2030")),
      "is 0");
}

TEST(AmbitionNotComparable, WithoutAGoal) {
  expect_not_comparable(
      assess(target("d", "co2", year_value(1990, 520), std::nullopt, "klimaatwet-2030")),
      "geen streefwaarde");
  expect_not_comparable(assess(target("d", "co2", year_value(1990, 520),
                                      year_value(2030, std::nullopt), "klimaatwet-2030")),
                        "geen streefwaarde");
  AmbitionFinding f = assess(
      target("d", "co2", year_value(1990, 520), year_value(std::nullopt, 208), "klimaatwet-2030"));
  expect_not_comparable(f, "geen streefjaar");
  EXPECT_FALSE(f.year);
}

TEST(AmbitionNotComparable, WhenTheGoalYearIsNotAfterTheReferenceYear) {
  expect_not_comparable(
      assess(target("d", "co2", year_value(1990, 520), year_value(1990, 500), "klimaatwet-2030")),
      "streefjaar (1990)");
}

TEST(AmbitionNotComparable, WhenALevelIsAimedForBeforeTheFrameworkSetsIt) {
  expect_not_comparable(assess(target("d", "restafval", year_value(2015, 200),
                                      year_value(2018, 150), "vang-restafval")),
                        "geldt pas vanaf 2020");
}

}  // namespace
}  // namespace koers::analysis

#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "model_builders.h"

namespace koers::analysis {
namespace {

using fixture::target;
using fixture::year_value;

TEST(Analyse, GathersEveryFinding) {
  model::Municipality m = fixture::municipality();
  model::Theme energie;
  energie.id = "energie";
  m.themes.push_back(energie);
  m.targets = {
      target("d-co2", "co2", year_value(1990, 520), year_value(2030, 208), "klimaatwet-2030"),
      target("d-opwek", "opwek", year_value(2020, 0.1), year_value(2030, 0.3), "res-35twh"),
      target("d-vrij", "co2", std::nullopt, std::nullopt, "")};
  m.quickscan.emplace();
  model::Assessment a;
  a.theme = "energie";
  a.score = 3;
  m.quickscan->assessments.push_back(a);
  model::Action action;
  action.theme = "energie";
  action.budgets.push_back({.year = 2027, .amount = 1000});
  m.actions.push_back(action);

  Facts facts = analyse(m, fixture::catalogue());

  ASSERT_EQ(facts.ambitions.size(), 3u);
  EXPECT_EQ(facts.ambitions[0].target, "d-co2");
  EXPECT_EQ(facts.ambitions[0].ambition, Ambition::higher);
  EXPECT_EQ(facts.ambitions[1].target, "d-opwek");
  EXPECT_EQ(facts.ambitions[1].ambition, Ambition::not_comparable);
  EXPECT_EQ(facts.ambitions[2].target, "d-vrij");
  ASSERT_EQ(facts.scores.size(), 1u);
  EXPECT_EQ(facts.scores[0].score, 3);
  EXPECT_EQ(facts.strongest_themes, std::vector<std::string>{"energie"});
  EXPECT_EQ(facts.opportunity_themes, std::vector<std::string>{"energie"});
  EXPECT_EQ(facts.budget.total, 1000);
  EXPECT_EQ(facts.budget.per_year.at(2027), 1000);
}

TEST(Analyse, NowComesFromTheFilesDocuments) {
  model::Municipality m;
  EXPECT_EQ(analysis_year(m), std::nullopt);
  m.documents.council_letter.emplace();
  m.documents.council_letter->date = text::Date{2026, 12, 8};
  EXPECT_EQ(analysis_year(m), 2026);  // a file with only a letter
  m.documents.programme.emplace();
  m.documents.programme->date = text::Date{2027, 1, 15};
  EXPECT_EQ(analysis_year(m), 2027);  // the programme's date goes before the letter's
  m.documents.monitor.emplace();
  m.documents.monitor->year = 2025;
  EXPECT_EQ(analysis_year(m), 2025);  // the monitor's year goes first
}

TEST(Analyse, OfAnEmptyMunicipalityFindsNothing) {
  Facts facts = analyse(model::Municipality{}, model::Catalogue{});
  EXPECT_TRUE(facts.ambitions.empty());
  EXPECT_TRUE(facts.scores.empty());
  EXPECT_TRUE(facts.strongest_themes.empty());
  EXPECT_EQ(facts.budget.total, 0);
}

}  // namespace
}  // namespace koers::analysis

#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "model_builders.h"

namespace koers::analysis {
namespace {

model::Action action(std::string id, std::vector<std::string> targets, int start_year,
                     int end_year) {
  model::Action a;
  a.id = std::move(id);
  a.theme = "energie";
  a.targets = std::move(targets);
  a.start = model::Date{start_year, 1, 0};
  a.end = model::Date{end_year, 12, 0};
  a.loc = {40, 5};
  return a;
}

model::Budget budget(int year, int line) {
  model::Budget b;
  b.year = year;
  b.amount = 1000;
  b.loc = {line, 7};
  return b;
}

model::Municipality programme() {
  model::Municipality m = fixture::municipality();
  m.file = "lindeveld.xml";
  m.documents.programme.emplace();
  m.documents.programme->period_from = 2027;
  m.documents.programme->period_to = 2030;
  model::Target co2 = fixture::target("d-co2", "co2", {}, {}, "");
  co2.loc = {12, 5};
  model::Target opwek = fixture::target("d-opwek", "opwek", {}, {}, "");
  opwek.loc = {20, 5};
  m.targets = {co2, opwek};
  m.actions = {action("E-01", {"d-co2", "d-opwek"}, 2027, 2028)};
  m.actions[0].budgets = {budget(2027, 41), budget(2028, 42)};
  return m;
}

TEST(Consistency, FindsNothingInAConsistentProgramme) {
  EXPECT_TRUE(check_consistency(programme()).empty());
}

TEST(Consistency, WarnsAboutATargetWithoutActions) {
  model::Municipality m = programme();
  m.actions[0].targets = {"d-co2"};
  std::vector<Diagnostic> found = check_consistency(m);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].file, "lindeveld.xml");
  EXPECT_EQ(found[0].line, 20);
  EXPECT_EQ(found[0].column, 5);
  EXPECT_EQ(found[0].message, "doel ‘d-opwek’ heeft geen actie die eraan bijdraagt");
}

TEST(Consistency, WarnsAboutAnActionOutsideTheProgrammePeriod) {
  model::Municipality m = programme();
  m.actions[0].end = model::Date{2031, 6, 0};
  std::vector<Diagnostic> found = check_consistency(m);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 40);
  EXPECT_EQ(found[0].message,
            "actie ‘E-01’ loopt (2027–2031) buiten de periode van het uitvoeringsprogramma "
            "(2027–2030)");
}

TEST(Consistency, WarnsAboutABudgetOutsideTheActionPeriod) {
  model::Municipality m = programme();
  m.actions[0].budgets.push_back(budget(2029, 43));
  std::vector<Diagnostic> found = check_consistency(m);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 43);
  EXPECT_EQ(found[0].message,
            "budget voor 2029 van actie ‘E-01’ valt buiten de looptijd van de actie (2027–2028)");
}

TEST(Consistency, SkipsPeriodChecksWhenPeriodsAreUnknown) {
  model::Municipality m = programme();
  m.documents.programme.reset();
  m.actions[0].start.reset();
  m.actions[0].budgets.push_back(budget(2035, 43));
  EXPECT_TRUE(check_consistency(m).empty());
}

}  // namespace
}  // namespace koers::analysis

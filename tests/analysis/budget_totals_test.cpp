#include <gtest/gtest.h>

#include "analysis/analysis.h"

namespace koers::analysis {
namespace {

model::Budget budget(int year, model::BudgetKind kind, double amount) {
  model::Budget b;
  b.year = year;
  b.kind = kind;
  b.amount = amount;
  return b;
}

model::Action action(std::string id, std::string theme, std::vector<model::Budget> budgets) {
  model::Action a;
  a.id = std::move(id);
  a.theme = std::move(theme);
  a.budgets = std::move(budgets);
  return a;
}

using model::BudgetKind;

std::vector<model::Action> programme() {
  return {action("E-01", "energie",
                 {budget(2027, BudgetKind::incidental, 125000),
                  budget(2028, BudgetKind::structural, 50000)}),
          action("W-01", "warmte",
                 {budget(2027, BudgetKind::structural, 20000.5),
                  budget(2029, BudgetKind::incidental, 10000)}),
          action("E-02", "energie", {budget(2027, BudgetKind::incidental, 5000)}),
          action("K-01", "klimaat", {})};
}

TEST(BudgetTotals, SumPerYear) {
  BudgetTotals t = budget_totals(programme());
  EXPECT_EQ(t.per_year, (std::map<int, double>{{2027, 150000.5}, {2028, 50000}, {2029, 10000}}));
}

TEST(BudgetTotals, SumPerThemeAndPerThemeYear) {
  BudgetTotals t = budget_totals(programme());
  EXPECT_EQ(t.per_theme, (std::map<std::string, double>{{"energie", 180000}, {"warmte", 30000.5}}));
  EXPECT_EQ(t.per_theme_year.at("energie"), (std::map<int, double>{{2027, 130000}, {2028, 50000}}));
  EXPECT_EQ(t.per_theme_year.at("warmte"), (std::map<int, double>{{2027, 20000.5}, {2029, 10000}}));
  EXPECT_FALSE(t.per_theme_year.contains("klimaat"));  // an action without budget adds nothing
}

TEST(BudgetTotals, SplitIncidentalFromStructural) {
  BudgetTotals t = budget_totals(programme());
  EXPECT_EQ(t.incidental, 140000);
  EXPECT_EQ(t.structural, 70000.5);
  EXPECT_EQ(t.total, 210000.5);
  EXPECT_EQ(t.incidental + t.structural, t.total);
}

TEST(BudgetTotals, AreZeroWithoutActions) {
  BudgetTotals t = budget_totals({});
  EXPECT_TRUE(t.per_year.empty());
  EXPECT_TRUE(t.per_theme.empty());
  EXPECT_EQ(t.total, 0);
}

}  // namespace
}  // namespace koers::analysis

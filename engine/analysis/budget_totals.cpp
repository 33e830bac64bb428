// Budget sums for the execution programme's overview and the council memo's financial
// paragraph, so both print the same figures.
#include "analysis/analysis.h"

namespace koers::analysis {

BudgetTotals budget_totals(const std::vector<model::Action>& actions) {
  BudgetTotals totals;
  for (const model::Action& action : actions) {
    for (const model::Budget& b : action.budgets) {
      totals.per_year[b.year] += b.amount;
      totals.per_theme[action.theme] += b.amount;
      totals.per_theme_year[action.theme][b.year] += b.amount;
      (b.kind == model::BudgetKind::incidental ? totals.incidental : totals.structural) += b.amount;
      totals.total += b.amount;
    }
  }
  return totals;
}

}  // namespace koers::analysis

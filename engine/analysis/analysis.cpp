#include "analysis/analysis.h"

namespace koers::analysis {

Facts analyse(const model::Municipality& m, const model::Catalogue& catalogue) {
  Facts facts;
  for (const model::Target& target : m.targets) {
    facts.ambitions.push_back(assess_ambition(target, m, catalogue));
  }
  facts.scores = theme_scores(m);
  facts.strongest_themes = strongest_themes(facts.scores);
  facts.opportunity_themes = opportunity_themes(facts.scores);
  facts.budget = budget_totals(m.actions);
  return facts;
}

}  // namespace koers::analysis

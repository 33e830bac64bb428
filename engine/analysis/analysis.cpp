#include "analysis/analysis.h"

namespace koers::analysis {

std::optional<int> analysis_year(const model::Municipality& m) {
  const model::Documents& d = m.documents;
  if (d.monitor && d.monitor->year) return d.monitor->year;
  for (const auto* info : {&d.monitor, &d.vision, &d.programme})
    if (*info && (*info)->date) return (*info)->date->year;
  // A file with only council documents: the date of the proposal or letter.
  if (d.council_proposal && d.council_proposal->date) return d.council_proposal->date->year;
  if (d.college_proposal && d.college_proposal->date) return d.college_proposal->date->year;
  if (d.council_letter && d.council_letter->date) return d.council_letter->date->year;
  return std::nullopt;
}

Facts analyse(const model::Municipality& m, const model::Catalogue& catalogue) {
  Facts facts;
  facts.now = analysis_year(m);
  for (const model::Target& target : m.targets) {
    facts.ambitions.push_back(assess_ambition(target, m, catalogue));
    facts.smart.push_back(assess_smart(target, m, facts.ambitions.back(), facts.now));
    facts.monitoring.push_back(monitor_target(target, m));
  }
  for (const model::Action& action : m.actions)
    facts.action_progress.push_back(action_progress(action, facts.now));
  facts.scores = theme_scores(m);
  facts.strongest_themes = strongest_themes(facts.scores);
  facts.opportunity_themes = opportunity_themes(facts.scores);
  facts.budget = budget_totals(m.actions);
  return facts;
}

}  // namespace koers::analysis

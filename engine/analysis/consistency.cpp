// Consistency between the vision's targets and the execution programme, for `koers check`.
#include <algorithm>

#include "analysis/analysis.h"
#include "analysis/finding.h"

namespace koers::analysis {
namespace {

std::string years(int from, int to) {
  return from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to);
}

void check_targets_have_actions(const model::Municipality& m, std::vector<Diagnostic>& out) {
  for (const model::Target& t : m.targets) {
    bool served = std::any_of(m.actions.begin(), m.actions.end(), [&](const model::Action& a) {
      return std::find(a.targets.begin(), a.targets.end(), t.id) != a.targets.end();
    });
    if (!served) {
      out.push_back(finding(m, t.loc, "doel ‘" + t.id + "’ heeft geen actie die eraan bijdraagt",
                            "noem het doel in het attribuut doelen van een actie"));
    }
  }
}

void check_action_periods(const model::Municipality& m, std::vector<Diagnostic>& out) {
  const std::optional<model::DocumentInfo>& programme = m.documents.programme;
  bool has_period = programme && programme->period_from && programme->period_to;
  for (const model::Action& a : m.actions) {
    if (has_period && (a.start || a.end)) {
      int from = a.start ? a.start->year : a.end->year;
      int to = a.end ? a.end->year : a.start->year;
      if (from < *programme->period_from || to > *programme->period_to) {
        out.push_back(
            finding(m, a.loc,
                    "actie ‘" + a.id + "’ loopt (" + years(from, to) +
                        ") buiten de periode van het uitvoeringsprogramma (" +
                        years(*programme->period_from, *programme->period_to) + ")",
                    "pas start en eind van de actie of de periode van het programma aan"));
      }
    }
    if (!a.start || !a.end) continue;
    for (const model::Budget& b : a.budgets) {
      if (b.year < a.start->year || b.year > a.end->year) {
        out.push_back(finding(m, b.loc,
                              "budget voor " + std::to_string(b.year) + " van actie ‘" + a.id +
                                  "’ valt buiten de looptijd van de actie (" +
                                  years(a.start->year, a.end->year) + ")",
                              "pas het jaar van het budget of de looptijd van de actie aan"));
      }
    }
  }
}

}  // namespace

std::vector<Diagnostic> check_consistency(const model::Municipality& m) {
  std::vector<Diagnostic> out;
  check_targets_have_actions(m, out);
  check_action_periods(m, out);
  return out;
}

}  // namespace koers::analysis

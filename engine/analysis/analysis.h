// Analysis: pure functions over the model that turn data into the findings the documents
// carry. No I/O and no formatting here. Issue 6 deepens each of these.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace koers::analysis {

enum class Ambition { higher, equal, lower, not_comparable };

struct AmbitionFinding {
  std::string target;    // doel id
  std::string framework_target;  // kaderdoel id
  Ambition ambition = Ambition::not_comparable;
  std::optional<double> local_change;      // relative change, percent (−60 = 60 % lower)
  std::optional<double> framework_change;  // framework's change at the local target year
  std::string reason;  // why not comparable (Dutch, for the reader)
};

struct ThemeScore {
  std::string theme;
  int score = 0;
  int scale = 5;
};

struct BudgetTotals {
  std::map<int, double> per_year;
  std::map<std::string, double> per_theme;
  std::map<std::string, std::map<int, double>> per_theme_year;
  double incidental = 0, structural = 0, total = 0;
};

struct Facts {
  std::vector<AmbitionFinding> ambitions;  // one per target, in input order
  std::vector<ThemeScore> scores;          // in theme order
  std::vector<std::string> strongest_themes;  // highest scores first
  std::vector<std::string> opportunity_themes;  // lowest scores first
  BudgetTotals budget;
};

Facts analyse(const model::Municipality& m, const model::Catalogue& catalogue);

AmbitionFinding assess_ambition(const model::Target& target, const model::Municipality& m,
                                const model::Catalogue& catalogue);
BudgetTotals budget_totals(const std::vector<model::Action>& actions);

}  // namespace koers::analysis

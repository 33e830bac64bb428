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

// Two changes (or levels) closer than this, in percentage points, count as "gelijk".
inline constexpr double kAmbitionTolerance = 2.0;

struct AmbitionFinding {
  std::string target;            // doel id
  std::string framework_target;  // kaderdoel id
  Ambition ambition = Ambition::not_comparable;
  std::optional<double> local_change;      // relative change, percent (−60 = 60 % lower)
  std::optional<double> framework_change;  // framework's change at the local target year
  // Why not comparable (Dutch, for the reader): a lowercase clause without a final full
  // stop, e.g. "het landelijk doel is een absolute hoeveelheid voor heel Nederland", so a
  // view can write "Niet vergelijkbaar: …" or put it in brackets.
  std::string reason;

  // Added for the view: the context of the comparison.
  std::string framework;                  // kader id holding framework_target
  std::optional<int> year;                // the local target year (streefjaar)
  std::optional<int> reference_year;      // year both changes are relative to
  std::optional<double> reference_value;  // local value in reference_year (basis or measured)
  // Comparison of levels instead of changes (kg restafval per inwoner, a share in %): both
  // values in `unit`, equal within kAmbitionTolerance percentage points for a share and
  // percent of the framework level otherwise; local_change/framework_change are then the
  // changes from the baseline (reference_year), when it is known.
  bool absolute = false;
  std::optional<double> local_value, framework_value;
  std::string unit;
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
  std::vector<AmbitionFinding> ambitions;       // one per target, in input order
  std::vector<ThemeScore> scores;               // in theme order
  std::vector<std::string> strongest_themes;    // highest scores first
  std::vector<std::string> opportunity_themes;  // lowest scores first
  BudgetTotals budget;
};

Facts analyse(const model::Municipality& m, const model::Catalogue& catalogue);

AmbitionFinding assess_ambition(const model::Target& target, const model::Municipality& m,
                                const model::Catalogue& catalogue);
BudgetTotals budget_totals(const std::vector<model::Action>& actions);

// One score per quickscan assessment, ordered as the themes are listed (assessments of
// themes that are not listed follow in input order). Empty without a quickscan.
std::vector<ThemeScore> theme_scores(const model::Municipality& m);
// Theme ids by score, highest first / lowest first; equal scores keep the order of
// `scores` (theme order).
std::vector<std::string> strongest_themes(const std::vector<ThemeScore>& scores);
std::vector<std::string> opportunity_themes(const std::vector<ThemeScore>& scores);

// Cross-checks between targets, actions and the programme (domain.md, "Consistency"), as
// warnings against the input file (m.file): targets without actions, actions outside the
// programme period, budget years outside an action's period. Unknown references are
// already errors of the model reader.
std::vector<Diagnostic> check_consistency(const model::Municipality& m);

}  // namespace koers::analysis

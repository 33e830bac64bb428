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

// SMART check (docs/analysis.md has the rules). Each letter is met or not, with a reason:
// a lowercase Dutch clause without a final full stop ("geen basiswaarde").
enum class SmartLetter { specific, measurable, acceptable, realistic, time_bound };
inline constexpr SmartLetter kSmartLetters[] = {SmartLetter::specific, SmartLetter::measurable,
                                                SmartLetter::acceptable, SmartLetter::realistic,
                                                SmartLetter::time_bound};

struct SmartLetterResult {
  bool met = false;
  std::string reason;
};

struct SmartFinding {
  std::string target;
  SmartLetterResult letters[5];  // indexed by SmartLetter
  const SmartLetterResult& operator[](SmartLetter l) const { return letters[int(l)]; }
  SmartLetterResult& operator[](SmartLetter l) { return letters[int(l)]; }
  bool smart() const;
};

// Realistisch: the required yearly change may be at most this many times the national
// path's yearly change (both relative to the baseline level)…
inline constexpr double kRealisticNationalFactor = 2.0;
inline constexpr double kRealisticTrendFactor = 2.0;  // × the measured trend

// Monitoring status of a target, and the signal of an action.
enum class Status { on_track, attention, off_track, unknown };

struct SeriesPoint {
  int year = 0;
  double value = 0;
  bool provisional = false;
};

// y = intercept + slope × year, by least squares.
struct Trend {
  double slope = 0, intercept = 0;
  double at(int year) const { return intercept + slope * year; }
};

struct TargetMonitoring {
  std::string target, indicator;
  std::vector<SeriesPoint> path;      // baseline, interim targets and target, by year
  std::vector<SeriesPoint> measured;  // the indicator's measurements, by year
  Status status = Status::unknown;
  std::string reason;                      // why unknown (a clause, as SmartLetterResult)
  std::optional<SeriesPoint> last;         // the latest measurement
  std::optional<double> planned;           // the path's value in last->year
  std::optional<double> deviation;         // % of |streef − basis|; > 0 unfavourable
  std::optional<Trend> trend;              // over all measurements (two years or more)
  std::optional<double> projection;        // trend value in the target year
  std::optional<bool> projection_reaches;  // projection at or beyond the target value
};

struct ActionProgress {
  std::string action;
  Status status = Status::unknown;
  std::string reason;  // a clause: "gereed", "had volgens de planning in 2027 moeten starten"
};

struct Facts {
  std::vector<AmbitionFinding> ambitions;       // one per target, in input order
  std::vector<ThemeScore> scores;               // in theme order
  std::vector<std::string> strongest_themes;    // highest scores first
  std::vector<std::string> opportunity_themes;  // lowest scores first
  BudgetTotals budget;
  std::optional<int> now;                       // the analysis year (analysis_year)
  std::vector<SmartFinding> smart;              // one per target, in input order
  std::vector<TargetMonitoring> monitoring;     // one per target, in input order
  std::vector<ActionProgress> action_progress;  // one per action, in input order
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

// "Now" for the SMART check and the monitoring, from the file so output stays reproducible:
// the monitor's jaar, else the year of the monitor's, the vision's or the programme's date,
// else of the raadsvoorstel's, collegevoorstel's or raadsinformatiebrief's date.
std::optional<int> analysis_year(const model::Municipality& m);

// SMART check of one target; `ambition` is the target's ambition finding (for R).
SmartFinding assess_smart(const model::Target& target, const model::Municipality& m,
                          const AmbitionFinding& ambition, std::optional<int> now);
// The indicator's measurements by year: the monitoring series, completed with quickscan
// values for years it lacks; a final figure wins over a provisional one of the same year.
std::vector<SeriesPoint> measurements(const std::string& indicator, const model::Municipality& m);
// Least squares over points of two or more distinct years; nullopt otherwise.
std::optional<Trend> linear_trend(const std::vector<SeriesPoint>& points);
TargetMonitoring monitor_target(const model::Target& target, const model::Municipality& m);
// Status from a deviation (% of the planned change, > 0 unfavourable) and the bands.
Status status_for_deviation(double deviation, double green, double amber);
ActionProgress action_progress(const model::Action& action, std::optional<int> now);

// For `koers check`: a warning at the target's line per failing SMART letter
// ("doel 'd-co2' is niet Meetbaar: geen basiswaarde").
std::vector<Diagnostic> smart_diagnostics(const model::Municipality& m, const Facts& facts);
// For `koers check`: per document type (Engine::document_types() names) what the file
// lacks for it ("monitor: geen meetreeksen"), as warnings; nothing for a complete one.
std::vector<Diagnostic> document_gaps(const model::Municipality& m,
                                      const std::vector<std::string>& document_types);

// Names used in diagnostics: "Specifiek", …; "op koers", …
std::string smart_letter_name(SmartLetter letter);
std::string status_name(Status status);

}  // namespace koers::analysis

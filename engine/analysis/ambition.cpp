// Ambition of a local target against the framework target it names (domain.md, "SMART,
// ambition and status"): both become a change relative to the framework's reference year,
// or, for quantities per inhabitant and shares, the same level; then the indicator's
// direction decides which is more ambitious.
#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/analysis.h"
#include "analysis/framework_path.h"
#include "analysis/units.h"

namespace koers::analysis {
namespace {

using model::Direction;
using model::Framework;
using model::FrameworkTarget;

struct FoundTarget {
  const Framework* framework = nullptr;
  const FrameworkTarget* target = nullptr;
  bool in_file = false;  // an inline kader of the municipality file, not the catalogue
};

// Inline kaders in the municipality file first, then the shipped catalogue.
FoundTarget find_framework_target(const std::string& id, const model::Municipality& m,
                                  const model::Catalogue& catalogue) {
  for (const auto* frameworks : {&m.frameworks, &catalogue.frameworks}) {
    for (const Framework& f : *frameworks) {
      for (const FrameworkTarget& t : f.targets) {
        if (t.id == id) return {&f, &t, frameworks == &m.frameworks};
      }
    }
  }
  return {};
}

std::string year_text(int year) {
  return std::to_string(year);
}

// A framework target is a relative change when it is a percentage against a reference
// year (−55 % vs 1990); a negative percentage without one is a change with the year missing.
bool is_relative(const FrameworkTarget& t) {
  return is_percent(normalised_unit(t.unit)) &&
         (t.reference_year.has_value() || (t.value && *t.value < 0));
}

// The local value in `year`: the baseline, else a measurement in the monitoring series or a
// quickscan value for the same indicator (a final figure before a provisional one).
std::optional<double> local_value_in(const model::Target& target, const model::Municipality& m,
                                     int year) {
  if (target.baseline && target.baseline->year == year && target.baseline->value) {
    return target.baseline->value;
  }
  std::optional<double> provisional;
  if (m.monitoring) {
    for (const model::Series& s : m.monitoring->series) {
      if (s.indicator != target.indicator) continue;
      for (const model::Measurement& x : s.measurements) {
        if (x.year != year) continue;
        if (x.status == model::DataStatus::final) return x.value;
        if (!provisional) provisional = x.value;
      }
    }
  }
  if (m.quickscan) {
    for (const model::Assessment& a : m.quickscan->assessments) {
      for (const model::Value& v : a.values) {
        if (v.indicator != target.indicator || v.year != year) continue;
        if (v.status == model::DataStatus::final) return v.value;
        if (!provisional) provisional = v.value;
      }
    }
  }
  return provisional;
}

// `gap` is local minus framework, in percentage points (or percent of the framework level).
Ambition classify(double gap, Direction direction, double tolerance) {
  if (std::abs(gap) <= tolerance + 1e-9) return Ambition::equal;
  bool local_is_lower = gap < 0;
  return local_is_lower == (direction == Direction::lower) ? Ambition::higher : Ambition::lower;
}

Direction direction_of(const model::Target& target, const model::Municipality& m,
                       const FrameworkTarget& ft) {
  if (const model::Indicator* i = m.indicator(target.indicator)) return i->direction;
  // Unknown indicator (reported by the reader): a relative target's sign says which way the
  // framework wants to go; a level is taken as a ceiling.
  return is_relative(ft) && ft.value && *ft.value > 0 ? Direction::higher : Direction::lower;
}

std::string whole_area(model::Level level) {
  switch (level) {
    case model::Level::global:
      return "het mondiale doel is een absolute hoeveelheid voor de hele wereld";
    case model::Level::eu:
      return "het Europese doel is een absolute hoeveelheid voor de hele Europese Unie";
    case model::Level::national:
      return "het landelijk doel is een absolute hoeveelheid voor heel Nederland";
    case model::Level::provincial:
      return "het provinciale doel is een absolute hoeveelheid voor de hele provincie";
    case model::Level::regional:
      return "het regionale doel is een absolute hoeveelheid voor de hele regio";
  }
  return {};
}

// All targets of the same framework on the same indicator and of the same kind form the
// path (klimaatwet: −55 % in 2030 and −100 % in 2050).
std::vector<PathPoint> relative_path(const Framework& f, const FrameworkTarget& named) {
  int reference = *named.reference_year;
  std::vector<PathPoint> points{{reference, 0.0}};  // no change yet in the reference year
  for (const FrameworkTarget& t : f.targets) {
    if (t.indicator != named.indicator || !is_relative(t) || !t.year || !t.value) continue;
    if (t.reference_year.value_or(reference) != reference) continue;
    points.push_back({*t.year, *t.value});
  }
  return points;
}

std::vector<PathPoint> level_path(const Framework& f, const FrameworkTarget& named) {
  std::string unit = normalised_unit(named.unit);
  std::vector<PathPoint> points;
  for (const FrameworkTarget& t : f.targets) {
    if (t.indicator != named.indicator || is_relative(t) || !t.year || !t.value) continue;
    if (normalised_unit(t.unit) != unit) continue;
    points.push_back({*t.year, *t.value});
  }
  return points;
}

AmbitionFinding not_comparable(AmbitionFinding f, std::string reason) {
  f.ambition = Ambition::not_comparable;
  f.reason = std::move(reason);
  return f;
}

AmbitionFinding assess_relative(AmbitionFinding f, const model::Target& target,
                                const model::Municipality& m, const FoundTarget& found,
                                const model::Indicator* indicator) {
  const FrameworkTarget& ft = *found.target;
  if (!ft.reference_year) {
    return not_comparable(f, "het kaderdoel noemt geen referentiejaar voor de verandering");
  }
  int reference = *ft.reference_year;
  f.reference_year = reference;
  if (indicator && is_percent(normalised_unit(indicator->unit))) {
    return not_comparable(f,
                          "het doel is een aandeel in procenten, het kaderdoel een verandering "
                          "ten opzichte van " +
                              year_text(reference));
  }
  int year = *target.goal->year;
  if (year <= reference) {
    return not_comparable(f, "het streefjaar (" + year_text(year) +
                                 ") ligt niet na het referentiejaar van het kaderdoel (" +
                                 year_text(reference) + ")");
  }
  std::optional<double> base = local_value_in(target, m, reference);
  if (!base) {
    if (!target.baseline || !target.baseline->year || !target.baseline->value) {
      return not_comparable(f,
                            "het doel heeft geen basisjaar en basiswaarde, en er is geen "
                            "waarde voor " +
                                year_text(reference) + " bekend");
    }
    return not_comparable(f, "het basisjaar (" + year_text(*target.baseline->year) +
                                 ") wijkt af van het referentiejaar van het kaderdoel (" +
                                 year_text(reference) + ") en er is geen waarde voor " +
                                 year_text(reference) + " bekend");
  }
  if (*base == 0) {
    return not_comparable(f, "de waarde in " + year_text(reference) +
                                 " is 0, dus een procentuele verandering is niet te berekenen");
  }
  f.reference_value = base;
  f.local_change = (*target.goal->value - *base) / *base * 100.0;
  f.framework_change = value_on_path(relative_path(*found.framework, ft), year);
  f.ambition = classify(*f.local_change - *f.framework_change, direction_of(target, m, ft),
                        kAmbitionTolerance);
  return f;
}

AmbitionFinding assess_level(AmbitionFinding f, const model::Target& target,
                             const model::Municipality& m, const FoundTarget& found,
                             const model::Indicator* indicator) {
  const FrameworkTarget& ft = *found.target;
  std::string unit = normalised_unit(ft.unit);
  // A catalogue total (35 TWh) is for the whole country; an inline kader's doel is written
  // in the file's own indicators, so a total there is the municipality's share (RES bod).
  if (!found.in_file && !is_intensive(unit)) {
    return not_comparable(f, whole_area(found.framework->level));
  }
  std::string local_unit = indicator ? normalised_unit(indicator->unit) : unit;
  std::optional<double> factor = conversion_factor(unit, local_unit);
  if (!factor) {
    return not_comparable(
        f, "het doel is uitgedrukt in " + indicator->unit + ", het kaderdoel in " + ft.unit);
  }
  f.absolute = true;
  f.unit = indicator ? indicator->unit : ft.unit;
  int year = *target.goal->year;
  std::vector<PathPoint> path = level_path(*found.framework, ft);
  std::optional<double> level = value_on_path(path, year);
  if (!level) {
    int first = std::min_element(path.begin(), path.end(), [](auto& a, auto& b) {
                  return a.year < b.year;
                })->year;
    return not_comparable(f, "het kaderdoel geldt pas vanaf " + year_text(first) +
                                 " en het streefjaar van het doel is " + year_text(year));
  }
  *level *= *factor;
  double goal = *target.goal->value;
  f.local_value = goal;
  f.framework_value = level;
  const std::optional<model::YearValue>& b = target.baseline;
  if (b && b->year && b->value && *b->value != 0) {
    f.reference_year = b->year;
    f.reference_value = b->value;
    f.local_change = (goal - *b->value) / *b->value * 100.0;
    f.framework_change = (*level - *b->value) / *b->value * 100.0;
  }
  // Levels differ by percentage points for a share, else by percent of the framework level.
  Direction direction = direction_of(target, m, ft);
  if (is_percent(local_unit)) {
    f.ambition = classify(goal - *level, direction, kAmbitionTolerance);
  } else if (*level != 0) {
    f.ambition =
        classify((goal - *level) / std::abs(*level) * 100.0, direction, kAmbitionTolerance);
  } else {
    f.ambition = classify(goal, direction, 0.0);
  }
  return f;
}

}  // namespace

AmbitionFinding assess_ambition(const model::Target& target, const model::Municipality& m,
                                const model::Catalogue& catalogue) {
  AmbitionFinding f;
  f.target = target.id;
  f.framework_target = target.compare_with;
  if (target.goal) f.year = target.goal->year;
  if (target.compare_with.empty()) {
    return not_comparable(f, "er is geen kaderdoel genoemd om het doel mee te vergelijken");
  }
  FoundTarget found = find_framework_target(target.compare_with, m, catalogue);
  if (!found.target) {
    return not_comparable(
        f, "het kaderdoel ‘" + target.compare_with + "’ komt niet voor in de beleidskaders");
  }
  f.framework = found.framework->id;
  const FrameworkTarget& ft = *found.target;
  if (!ft.value) {
    return not_comparable(f, "het kaderdoel noemt geen getal, alleen een beschrijving");
  }
  if (!ft.year) return not_comparable(f, "het kaderdoel noemt geen jaartal");
  if (!target.goal || !target.goal->value) {
    return not_comparable(f, "het doel heeft geen streefwaarde");
  }
  if (!target.goal->year) return not_comparable(f, "het doel heeft geen streefjaar");
  const model::Indicator* indicator = m.indicator(target.indicator);
  if (is_relative(ft)) return assess_relative(f, target, m, found, indicator);
  return assess_level(f, target, m, found, indicator);
}

}  // namespace koers::analysis

// SMART check per target (docs/analysis.md, "SMART-toets"): each letter met or not, with
// the reason in words a consultant can pass on.
#include <algorithm>
#include <cmath>

#include "analysis/analysis.h"

namespace koers::analysis {
namespace {

std::string one_decimal(double v) {
  const long long tenths = std::llround(v * 10);
  std::string s = std::to_string(std::llabs(tenths) / 10);
  if (tenths % 10 != 0) s += "," + std::to_string(std::llabs(tenths) % 10);
  return (tenths < 0 ? "−" : "") + s;
}

SmartLetterResult met(std::string reason) {
  return {true, std::move(reason)};
}
SmartLetterResult failed(std::string reason) {
  return {false, std::move(reason)};
}

bool known(const std::optional<model::YearValue>& yv) {
  return yv && yv->year && yv->value;
}

SmartLetterResult specific(const model::Target& t, const model::Municipality& m) {
  if (t.indicator.empty()) return failed("geen indicator");
  if (t.theme.empty() || !m.theme(t.theme)) return failed("geen thema");
  if (t.formulation.empty()) return failed("geen formulering van wat er verandert");
  return met("één indicator binnen een thema, met een formulering");
}

SmartLetterResult measurable(const model::Target& t, const model::Municipality& m) {
  const model::Indicator* ind = m.indicator(t.indicator);
  if (!ind) return failed("geen indicator");
  if (ind->unit.empty()) return failed("de indicator heeft geen eenheid");
  if (!t.baseline || !t.baseline->value) return failed("geen basiswaarde");
  if (!t.baseline->year) return failed("geen basisjaar");
  if (!t.goal || !t.goal->value) return failed("geen streefwaarde");
  if (ind->source.empty()) return failed("geen bron voor de metingen van de indicator");
  return met("eenheid, basiswaarde en -jaar, streefwaarde en bron bekend");
}

SmartLetterResult acceptable(const model::Target& t, const model::Municipality& m) {
  if (t.owner.empty()) return failed("geen eigenaar (portefeuillehouder)");
  const auto contributes = std::count_if(m.actions.begin(), m.actions.end(), [&](auto& a) {
    return a.status != model::ActionStatus::cancelled &&
           std::find(a.targets.begin(), a.targets.end(), t.id) != a.targets.end();
  });
  if (contributes == 0) return failed("geen actie die aan het doel bijdraagt");
  return met(contributes == 1
                 ? "een eigenaar en 1 bijdragende actie"
                 : "een eigenaar en " + std::to_string(contributes) + " bijdragende acties");
}

// The required yearly change against the national path and the measured trend.
SmartLetterResult realistic(const model::Target& t, const model::Municipality& m,
                            const AmbitionFinding& ambition) {
  if (!known(t.baseline) || !known(t.goal) || *t.goal->year <= *t.baseline->year)
    return failed("zonder basis en streef (jaar en waarde) is de benodigde verandering onbekend");
  const model::Indicator* ind = m.indicator(t.indicator);
  const bool lower = ind && ind->direction == model::Direction::lower;
  const double base = *t.baseline->value;
  const int years = *t.goal->year - *t.baseline->year;
  // Favourable change per year in the indicator's unit.
  const double required = (lower ? base - *t.goal->value : *t.goal->value - base) / years;
  if (required <= 0) return met("het doel vraagt geen verbetering ten opzichte van de basis");

  std::optional<double> national_rate;  // % of the baseline per year
  if (ambition.ambition != Ambition::not_comparable && !ambition.absolute &&
      ambition.framework_change && ambition.reference_year && ambition.year &&
      *ambition.year > *ambition.reference_year)
    national_rate =
        std::abs(*ambition.framework_change) / (*ambition.year - *ambition.reference_year);
  const std::optional<Trend> trend = linear_trend(measurements(t.indicator, m));
  const std::optional<double> measured =
      trend ? std::optional<double>(lower ? -trend->slope : trend->slope) : std::nullopt;
  if (!national_rate && !measured)
    return failed(
        "geen meetreeks en geen landelijk pad om de benodigde verandering aan te toetsen");

  if (base != 0 && national_rate) {
    const double required_rate = required / std::abs(base) * 100;
    if (required_rate <= kRealisticNationalFactor * *national_rate + 1e-9)
      return met("benodigd " + one_decimal(required_rate) + "% per jaar, landelijk pad " +
                 one_decimal(*national_rate) + "% per jaar");
    if (!measured || required > kRealisticTrendFactor * *measured + 1e-9)
      return failed("benodigd " + one_decimal(required_rate) + "% per jaar, meer dan twee keer " +
                    "het landelijk pad (" + one_decimal(*national_rate) + "% per jaar)" +
                    (measured ? " en meer dan twee keer de gemeten trend" : ""));
  }
  if (!measured) return failed("geen meetreeks om de benodigde verandering aan te toetsen");
  // Policy exists to speed things up: up to twice the pace measured so far is within reach.
  const std::string unit = ind && !ind->unit.empty() ? " " + ind->unit : "";
  const std::string needed = "benodigd " + one_decimal(required) + unit + " per jaar";
  if (required <= kRealisticTrendFactor * *measured + 1e-9)
    return met(needed + ", gemeten trend " + one_decimal(*measured) + unit + " per jaar");
  return failed(needed + ", meer dan twee keer de gemeten trend (" + one_decimal(*measured) + unit +
                " per jaar)");
}

SmartLetterResult time_bound(const model::Target& t, std::optional<int> now) {
  if (!t.goal || !t.goal->year) return failed("geen streefjaar");
  const int goal = *t.goal->year;
  if (t.baseline && t.baseline->year && goal <= *t.baseline->year)
    return failed("het streefjaar ligt niet na het basisjaar");
  if (now && goal < *now) return failed("het streefjaar " + std::to_string(goal) + " is voorbij");
  const int from = now ? *now : (t.baseline && t.baseline->year ? *t.baseline->year : goal);
  const bool interim = std::any_of(t.interim.begin(), t.interim.end(), [&](auto& yv) {
    return yv.year && yv.value && *yv.year > from && *yv.year < goal;
  });
  if (goal - from > 5 && !interim)
    return failed("streefjaar " + std::to_string(goal) + " ligt meer dan 5 jaar vooruit " +
                  "zonder tussendoel");
  return met(interim ? "streefjaar " + std::to_string(goal) + " met tussendoel"
                     : "streefjaar " + std::to_string(goal));
}

}  // namespace

bool SmartFinding::smart() const {
  return std::all_of(std::begin(letters), std::end(letters), [](auto& l) { return l.met; });
}

SmartFinding assess_smart(const model::Target& t, const model::Municipality& m,
                          const AmbitionFinding& ambition, std::optional<int> now) {
  SmartFinding f;
  f.target = t.id;
  f[SmartLetter::specific] = specific(t, m);
  f[SmartLetter::measurable] = measurable(t, m);
  f[SmartLetter::acceptable] = acceptable(t, m);
  f[SmartLetter::realistic] = realistic(t, m, ambition);
  f[SmartLetter::time_bound] = time_bound(t, now);
  return f;
}

std::string smart_letter_name(SmartLetter letter) {
  switch (letter) {
    case SmartLetter::specific:
      return "Specifiek";
    case SmartLetter::measurable:
      return "Meetbaar";
    case SmartLetter::acceptable:
      return "Acceptabel";
    case SmartLetter::realistic:
      return "Realistisch";
    case SmartLetter::time_bound:
      return "Tijdgebonden";
  }
  return "";
}

}  // namespace koers::analysis

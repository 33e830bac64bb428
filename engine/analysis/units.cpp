#include "analysis/units.h"

#include <array>
#include <utility>

#include "core/whitespace.h"

namespace koers::analysis {
namespace {

enum class Quantity { energy, mass };

struct Scale {
  std::string_view unit;
  Quantity quantity;
  double factor;  // in GJ or kg
};

constexpr std::array kScales{
    Scale{"gj", Quantity::energy, 1},      Scale{"tj", Quantity::energy, 1e3},
    Scale{"pj", Quantity::energy, 1e6},    Scale{"kwh", Quantity::energy, 0.0036},
    Scale{"mwh", Quantity::energy, 3.6},   Scale{"gwh", Quantity::energy, 3.6e3},
    Scale{"twh", Quantity::energy, 3.6e6}, Scale{"kg", Quantity::mass, 1},
    Scale{"ton", Quantity::mass, 1e3},     Scale{"kton", Quantity::mass, 1e6},
    Scale{"kiloton", Quantity::mass, 1e6}, Scale{"mton", Quantity::mass, 1e9},
    Scale{"megaton", Quantity::mass, 1e9},
};

const Scale* scale_of(std::string_view unit) {
  for (const Scale& s : kScales) {
    if (s.unit == unit) return &s;
  }
  return nullptr;
}

// "kg per inwoner" → {"kg", " per inwoner"}
std::pair<std::string_view, std::string_view> split_per(std::string_view unit) {
  std::size_t at = unit.find(" per ");
  if (at == std::string_view::npos) return {unit, {}};
  return {unit.substr(0, at), unit.substr(at)};
}

}  // namespace

std::string normalised_unit(std::string_view unit) {
  std::string spaced;
  for (char c : unit) {
    if (c == '/') {
      spaced += " per ";
    } else if (c >= 'A' && c <= 'Z') {
      spaced += char(c - 'A' + 'a');
    } else {
      spaced += c;
    }
  }
  std::string out = collapse_xml_whitespace(spaced);
  if (out == "procent" || out == "percent" || out == "pct") return "%";
  return out;
}

bool is_percent(std::string_view normalised) {
  return normalised == "%";
}

bool is_intensive(std::string_view normalised) {
  return is_percent(normalised) || normalised.find(" per ") != std::string_view::npos;
}

std::optional<double> conversion_factor(std::string_view from, std::string_view to) {
  if (from == to) return 1.0;
  auto [from_amount, from_per] = split_per(from);
  auto [to_amount, to_per] = split_per(to);
  if (from_per != to_per) return std::nullopt;
  const Scale* a = scale_of(from_amount);
  const Scale* b = scale_of(to_amount);
  if (!a || !b || a->quantity != b->quantity) return std::nullopt;
  return a->factor / b->factor;
}

}  // namespace koers::analysis

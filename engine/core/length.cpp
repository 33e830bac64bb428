#include "core/length.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <utility>

namespace koers {

std::optional<double> parse_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::string_view digits = text;
  if (digits.front() == '+') digits.remove_prefix(1);
  // from_chars rejects ".5"; CSS and designers write it.
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size()) {
    if (!digits.empty() && digits.front() == '.') {
      std::string padded = "0";
      padded.append(digits);
      return parse_number(padded);
    }
    if (digits.size() > 1 && digits[0] == '-' && digits[1] == '.') {
      std::string padded = "-0";
      padded.append(digits.substr(1));
      return parse_number(padded);
    }
    return std::nullopt;
  }
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<double> parse_length(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, double>, 5> kUnits{{
      {"pt", 1.0},
      {"mm", kPointsPerMillimetre},
      {"cm", 10 * kPointsPerMillimetre},
      {"in", 72.0},
      {"px", 0.75},
  }};
  if (text == "0" || text == "-0" || text == "+0") return 0.0;
  if (text.size() < 3) return std::nullopt;
  std::string_view unit = text.substr(text.size() - 2);
  for (const auto& [name, factor] : kUnits) {
    if (unit != name) continue;
    auto number = parse_number(text.substr(0, text.size() - 2));
    if (!number) return std::nullopt;
    return *number * factor;
  }
  return std::nullopt;
}

}  // namespace koers

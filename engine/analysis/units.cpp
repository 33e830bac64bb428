#include "analysis/units.h"

namespace koers::analysis {

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
  std::string out;
  bool pending_space = false;
  for (char c : spaced) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  if (out == "procent" || out == "percent" || out == "pct") return "%";
  return out;
}

bool is_percent(std::string_view normalised) { return normalised == "%"; }

bool is_intensive(std::string_view normalised) {
  return is_percent(normalised) || normalised.find(" per ") != std::string_view::npos;
}

}  // namespace koers::analysis

// Helpers shared by the style tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "style/style.h"

namespace koers::style::testing {

inline StyleSheet sheet_from(const std::string& css, Diagnostics& diags) {
  StyleSheet sheet;
  apply_style_text(css, "style.css", sheet, diags);
  return sheet;
}

// The errors only (contrast warnings aside).
inline std::vector<Diagnostic> errors_of(const Diagnostics& diags) {
  std::vector<Diagnostic> errors;
  for (const Diagnostic& d : diags.items())
    if (d.severity == Severity::error) errors.push_back(d);
  return errors;
}

// The one error the text gives, as "line:col: message".
inline std::string only_error(const std::string& css) {
  Diagnostics diags;
  sheet_from(css, diags);
  const auto errors = errors_of(diags);
  if (errors.size() != 1) return "expected one error:\n" + diags.to_string();
  const Diagnostic& d = errors[0];
  return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
}

inline std::string only_hint(const std::string& css) {
  Diagnostics diags;
  sheet_from(css, diags);
  const auto errors = errors_of(diags);
  if (errors.size() != 1) return "expected one error:\n" + diags.to_string();
  return errors[0].hint;
}

constexpr double kMm = 72.0 / 25.4;

}  // namespace koers::style::testing

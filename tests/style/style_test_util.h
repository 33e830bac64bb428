// Helpers shared by the style tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "style/style.h"

namespace koers::style::testing {

inline StyleSheet sheet_from(const std::string& css, Diagnostics& diags) {
  StyleSheet sheet;
  apply_style_text(css, "style.css", sheet, diags);
  return sheet;
}

// The one error the text gives, as "line:col: message".
inline std::string only_error(const std::string& css) {
  Diagnostics diags;
  sheet_from(css, diags);
  if (diags.items().size() != 1) return "expected one diagnostic:\n" + diags.to_string();
  const Diagnostic& d = diags.items()[0];
  return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
}

inline std::string only_hint(const std::string& css) {
  Diagnostics diags;
  sheet_from(css, diags);
  if (diags.items().size() != 1) return "expected one diagnostic:\n" + diags.to_string();
  return diags.items()[0].hint;
}

constexpr double kMm = 72.0 / 25.4;

}  // namespace koers::style::testing

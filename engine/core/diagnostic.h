// Diagnostics: every problem found in input, templates, styles or markup, with the place
// it was found. Stages that read input return all of them instead of stopping at the first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace koers {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;  // as given by the user (not made absolute)
  int line = 0;      // 1-based; 0 when the problem has no position (e.g. a missing file)
  int column = 0;    // 1-based, counted in Unicode characters
  std::string message;
  std::string hint;  // optional: what to do about it
};

// "file:line:col: error: message" (line/col left out when unknown), hint on its own line.
std::string to_string(const Diagnostic& d);

class Diagnostics {
 public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void error(std::string file, int line, int column, std::string message, std::string hint = {});
  void warning(std::string file, int line, int column, std::string message, std::string hint = {});
  void append(const Diagnostics& other);

  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }

  // All diagnostics, one per line, in the order found.
  std::string to_string() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace koers

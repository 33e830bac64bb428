#include "core/diagnostic.h"

#include <algorithm>

namespace koers {

std::string to_string(const Diagnostic& d) {
  std::string s = d.file;
  if (d.line > 0) {
    s += ':' + std::to_string(d.line);
    if (d.column > 0) s += ':' + std::to_string(d.column);
  }
  s += d.severity == Severity::error ? ": error: " : ": warning: ";
  s += d.message;
  if (!d.hint.empty()) s += "\n  hint: " + d.hint;
  return s;
}

void Diagnostics::error(std::string file, int line, int column, std::string message,
                        std::string hint) {
  items_.push_back(
      {Severity::error, std::move(file), line, column, std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string file, int line, int column, std::string message,
                          std::string hint) {
  items_.push_back(
      {Severity::warning, std::move(file), line, column, std::move(message), std::move(hint)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::warning_count() const {
  return items_.size() - error_count();
}

std::string Diagnostics::to_string() const {
  std::string s;
  for (const auto& d : items_) s += koers::to_string(d) + '\n';
  return s;
}

}  // namespace koers

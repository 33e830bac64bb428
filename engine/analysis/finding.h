// A finding of the analysis for `koers check`: a warning at a place in the input file.
#pragma once

#include <string>

#include "core/diagnostic.h"
#include "model/model.h"

namespace koers::analysis {

inline Diagnostic finding(const model::Municipality& m, const model::Location& at,
                          std::string message, std::string hint) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.file = m.file;
  d.line = at.line;
  d.column = at.column;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

}  // namespace koers::analysis

// The limits of layout::Options at work: the table rows checked before layout, the page count
// and time checked while it runs. Each reports the limit reached as an error.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "core/diagnostic.h"
#include "document/document.h"
#include "layout/layout.h"

namespace koers::layout {

// The time and page limits of one layout: the first one reached is reported, and from then
// on the layout stops.
class LayoutBudget {
 public:
  LayoutBudget(const Options& options, Diagnostics& diags);

  bool exceeded() const { return exceeded_; }
  // False once the time is up (checked between sections and between passes).
  bool time_left();
  // False once the document has more pages than the limit.
  bool pages_fit(std::size_t pages);

 private:
  void stop(std::string message, std::string hint);

  const Options& options_;
  Diagnostics& diags_;
  std::chrono::steady_clock::time_point deadline_;
  bool exceeded_ = false;
};

// Reports every table with more rows (header, body and footer) than the limit, at the
// table's place in the markup; true when all fit.
bool tables_fit(const doc::Document& document, const Options& options, Diagnostics& diags);

}  // namespace koers::layout

// The parts of the monitor's view (monitor_*.cpp).
#pragma once

#include "view/chart_view.h"

namespace koers::view {

// "on-track", "attention", "off-track", "unknown": the status chart's status attribute.
std::string status_code(analysis::Status s);
// "op koers", … in the document's language.
std::string status_words(const text::Messages& msg, analysis::Status s);

// One target in the monitor: status in words, the deviation and projection explained, the
// line chart (measured, path, projection) and the numbers table (docs/templates.md).
Data monitored_target(const model::Target& t, const analysis::TargetMonitoring& r,
                      const ViewInput& in);

}  // namespace koers::view

namespace koers::view {

// The vision's SMART-toets appendix (templates/visie/visie-smart.mustache): smart.doelen[]
// with {id, doel_naam, letters[{letter, naam, oordeel, voldoet, reden, eerste}]}, has_doelen.
Data smart_table(const ViewInput& in);

}  // namespace koers::view

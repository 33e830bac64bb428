// The parts of the uitvoeringsprogramma's view (programme_*.cpp) and the document metadata
// that the programme and the quickscan report share.
#pragma once

#include <string>

#include "view/chart_view.h"

namespace koers::view {

// The years an execution programme covers: its periode, else the years of its actions.
struct ProgrammePeriod {
  int from = 0, to = 0;
  bool known() const { return from != 0 && to != 0; }
};
ProgrammePeriod programme_period(const model::Municipality& m);

// "2027-Q1" for the start of an action, "2028-Q4" for its end (chart markup periods).
std::string quarter_period(const text::Date& d);

// planningen[]: the Gantt charts of the actions, one for the whole programme or, when
// that would hold too many actions to read, one per theme.
Data planning_charts(const ProgrammePeriod& period, const ViewInput& in);

// Adds to `budget` (the object add_actions made): soorten[] (incidental / structural per
// year), dekkingen[] (per source of funding per year), grafiek (stacked columns per year and
// theme). All amounts come from analysis::budget_totals.
void add_budget_breakdown(Data& budget, const ViewInput& in);

}  // namespace koers::view

// Charts as the templates see them: one object per chart that the partial
// templates/partials/grafiek.mustache turns into a <chart> element (docs/markup.md). Numbers
// in chart markup are raw (a plain decimal point, no thousands separators); the formatted
// numbers of the same data stand in the tables next to the charts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "view/view_parts.h"

namespace koers::view {

struct ChartPointSpec {
  std::string x;  // a category (bar, radar) or a year (line)
  double y = 0;
  bool provisional = false;
};

struct ChartSeriesSpec {
  std::string name;
  std::string kind = "measured";  // measured, target, projection, reference
  std::vector<ChartPointSpec> points;
};

struct ChartSpec {
  std::string type;               // bar, column, line, radar
  std::string format = "number";  // number, percent, amount
  std::string unit;               // value axis label; empty for percentages
  std::optional<int> decimals;
  std::optional<double> min, max;
  std::string height;  // a length ("120pt"); empty: the chart's own choice
  bool labels = false;
  std::string source, alt, caption;
  std::vector<std::string> categories;
  std::vector<ChartSeriesSpec> series;
};

// Keys: type, opmaak, eenheid, decimalen, min, max, hoogte (each with has_), labels, bron
// (has_bron), alt, bijschrift, categorieen [{naam}], reeksen [{naam, soort (line charts
// only, with has_soort), punten [{x, y, voorlopig}]}].
Data chart_view(const ChartSpec& spec);

// "380.5", "0.45", "-12": the value with a plain decimal point, at most six decimals, no
// trailing zeros (the number format of chart markup).
std::string raw_number(double value);

// "Klimaatmonitor, peildatum 15 september 2026" for an indicator's source; "" without one.
std::string source_line(const model::Source& source, const ViewInput& in);
std::string indicator_source(const model::Indicator* indicator, const ViewInput& in);

// Whether an indicator's unit is a percentage ("%", "procent"): such charts use format
// percent and no unit label.
bool is_percent_unit(const std::string& unit);

// The quickscan's theme scores as a radar chart (a bar chart with fewer than three themes);
// has_grafiek false without scores.
Data scores_chart(const ViewInput& in);
// Per quickscan theme: one bar chart per unit among the indicators that have a national or
// size-class comparison, so units never mix on one axis. A list.
Data indicator_charts(const model::Assessment& a, const ViewInput& in);
// A target's chart needs a baseline and a goal, each with year and value, the goal later.
bool has_target_chart(const model::Target& t);
// A target's path from baseline to target year, its measurements and the national line;
// also the rows of its numbers table (cijfers). has_grafiek false without baseline and goal.
Data target_chart(const model::Target& t, const ViewInput& in);

}  // namespace koers::view

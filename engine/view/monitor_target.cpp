// One target in the monitor: its measured series against the path, the status with the
// deviation in words, the trend's projection to the target year, and the numbers.
#include <cmath>
#include <set>

#include "view/monitor_parts.h"

namespace koers::view {

namespace {

using analysis::SeriesPoint;
using analysis::Status;

const SeriesPoint* at_year(const std::vector<SeriesPoint>& points, int year) {
  for (const auto& p : points)
    if (p.year == year) return &p;
  return nullptr;
}

// The path's value in a year between its first and last point (interpolated).
std::optional<double> path_value(const std::vector<SeriesPoint>& path, int year) {
  if (path.empty() || year < path.front().year || year > path.back().year) return std::nullopt;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    const SeriesPoint &p = path[i], &q = path[i + 1];
    if (year >= p.year && year <= q.year)
      return q.year == p.year ? q.value
                              : p.value + (q.value - p.value) * (year - p.year) / (q.year - p.year);
  }
  return path.back().value;
}

ChartSeriesSpec series(std::string name, std::string kind, const std::vector<SeriesPoint>& points) {
  ChartSeriesSpec s{std::move(name), std::move(kind), {}};
  for (const auto& p : points) s.points.push_back({std::to_string(p.year), p.value, p.provisional});
  return s;
}

std::string percent(const ViewInput& in, double value) {
  return in.fmt.with_percent_sign(in.fmt.number(value, 1));
}

// "De meting van 2024 (157,1 kton, voorlopig) ligt 2,1% van de geplande verandering achter
// op het doelpad (150,3 kton)."
std::string deviation_words(const analysis::TargetMonitoring& r, const model::Indicator* ind,
                            const ViewInput& in) {
  if (r.status == Status::unknown)
    return in.msg.format("monitor.doel.onbekend", {{"reden", r.reason}});
  const double dev = *r.deviation;
  const std::string id = std::abs(dev) < 0.05 ? "monitor.doel.op_pad"
                         : dev > 0            ? "monitor.doel.achter"
                                              : "monitor.doel.voor";
  text::Arguments args{{"jaar", std::to_string(r.last->year)},
                       {"waarde", format_value(in.fmt, r.last->value, ind)},
                       {"procent", percent(in, std::abs(dev))},
                       {"pad", format_value(in.fmt, *r.planned, ind)}};
  // "op het doelpad" needs neither the gap nor the planned value.
  std::erase_if(args, [&](const auto& arg) { return !in.msg.arguments(id).contains(arg.first); });
  std::string text = in.msg.format(id, args);
  if (r.last->provisional) text += " " + in.msg.format("monitor.doel.voorlopig");
  return text;
}

std::string projection_words(const model::Target& t, const analysis::TargetMonitoring& r,
                             const model::Indicator* ind, const ViewInput& in) {
  if (!r.projection || !r.last || *t.goal->year <= r.last->year) return "";
  return in.msg.format(
      *r.projection_reaches ? "monitor.doel.verwachting_haalt" : "monitor.doel.verwachting_mist",
      {{"jaar", std::to_string(*t.goal->year)},
       {"waarde", format_value(in.fmt, *r.projection, ind)},
       {"streef", format_value(in.fmt, *t.goal->value, ind)}});
}

Data number_rows(const analysis::TargetMonitoring& r, int decimals, const ViewInput& in) {
  std::set<int> years;
  for (const auto& p : r.path) years.insert(p.year);
  for (const auto& p : r.measured)
    if (!r.path.empty() && p.year >= r.path.front().year) years.insert(p.year);
  Data rows = list();
  for (int year : years) {
    Data row;
    row.set("jaar", std::to_string(year));
    const std::optional<double> planned = path_value(r.path, year);
    set_text(row, "doelpad", planned ? in.fmt.number(*planned, decimals) : "");
    const SeriesPoint* m = at_year(r.measured, year);
    std::string measured = m ? in.fmt.number(m->value, decimals) : "";
    if (m && m->provisional)
      measured += " (" + data_status_name(in.msg, model::DataStatus::provisional) + ")";
    set_text(row, "gemeten", measured);
    rows << row;
  }
  return rows;
}

}  // namespace

std::string status_code(Status s) {
  switch (s) {
    case Status::on_track:
      return "on-track";
    case Status::attention:
      return "attention";
    case Status::off_track:
      return "off-track";
    case Status::unknown:
      return "unknown";
  }
  return "unknown";
}

std::string status_words(const text::Messages& msg, Status s) {
  switch (s) {
    case Status::on_track:
      return msg.format("grafiek.status.op-koers");
    case Status::attention:
      return msg.format("grafiek.status.aandacht");
    case Status::off_track:
      return msg.format("grafiek.status.niet-op-koers");
    case Status::unknown:
      return msg.format("grafiek.status.onbekend");
  }
  return "";
}

Data monitored_target(const model::Target& t, const analysis::TargetMonitoring& r,
                      const ViewInput& in) {
  const model::Indicator* ind = in.m.indicator(t.indicator);
  const std::string name = ind ? ind->name : t.indicator;
  const std::string unit = ind ? ind->unit : "";
  Data d;
  d.set("id", t.id);
  set_text(d, "indicator", name);
  set_text(d, "formulering", t.formulation);
  const model::Alderman* owner = in.m.alderman(t.owner);
  set_text(d, "eigenaar", owner ? owner->name : "");
  d.set("status", status_words(in.msg, r.status));
  d.set("status_code", status_code(r.status));
  d.set("toelichting", deviation_words(r, ind, in));
  set_text(d, "verwachting", projection_words(t, r, ind, in));

  const bool chart = r.path.size() >= 2;
  d.set("has_grafiek", chart);
  ChartSpec spec;
  if (chart) {
    spec.type = "line";
    spec.format = is_percent_unit(unit) ? "percent" : "number";
    spec.unit = spec.format == "percent" || unit == "aantal" ? "" : unit;
    spec.height = "120pt";
    spec.source = indicator_source(ind, in);
    std::vector<SeriesPoint> shown;  // measurements from the baseline year on
    for (const auto& p : r.measured)
      if (p.year >= r.path.front().year - 5) shown.push_back(p);
    if (!shown.empty())
      spec.series.push_back(series(in.msg.format("figuur.reeks.gemeten"), "measured", shown));
    spec.series.push_back(series(in.msg.format("figuur.reeks.doelpad"), "target", r.path));
    if (r.projection && r.last && r.path.back().year > r.last->year)
      spec.series.push_back(series(in.msg.format("monitor.reeks.verwachting"), "projection",
                                   {{r.path.back().year, *r.projection, false}}));
    const std::string period = in.fmt.year_range(r.path.front().year, r.path.back().year);
    spec.caption = in.msg.format("figuur.doel", {{"indicator", name}, {"periode", period}});
    spec.alt = in.msg.format("monitor.grafiek.alt",
                             {{"indicator", name}, {"status", status_words(in.msg, r.status)}}) +
               " " + deviation_words(r, ind, in);
  }
  d.set("grafiek", chart_view(spec));
  set_list(d, "cijfers", chart ? number_rows(r, ind ? ind->decimals : 0, in) : list());
  const bool counted = unit.empty() || unit == "aantal";
  text::Arguments caption{{"indicator", name}};
  if (!counted) caption["eenheid"] = unit;
  d.set("tabel_bijschrift",
        in.msg.format(counted ? "monitor.tabel.cijfers_aantal" : "monitor.tabel.cijfers", caption));
  return d;
}

}  // namespace koers::view

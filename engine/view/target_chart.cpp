// A target's chart: its path from the baseline through the interim targets to the target
// year, the measured values of its indicator, and the national line: the framework path the
// ambition analysis compared the target with, in the indicator's unit.
#include <algorithm>
#include <set>

#include "analysis/framework_path.h"
#include "analysis/units.h"
#include "view/chart_view.h"

namespace koers::view {

namespace {

using analysis::PathPoint;

using YearPoint = analysis::SeriesPoint;

std::vector<YearPoint> target_path(const model::Target& t) {
  std::vector<YearPoint> points;
  auto add = [&](const std::optional<model::YearValue>& yv) {
    if (yv && yv->year && yv->value) points.push_back({*yv->year, *yv->value});
  };
  add(t.baseline);
  for (const auto& yv : t.interim) add(yv);
  add(t.goal);
  std::stable_sort(points.begin(), points.end(),
                   [](const YearPoint& a, const YearPoint& b) { return a.year < b.year; });
  return points;
}

// As the ambition analysis reads a framework target: a percentage against a reference year.
bool is_relative(const model::FrameworkTarget& t) {
  return analysis::is_percent(analysis::normalised_unit(t.unit)) &&
         (t.reference_year.has_value() || (t.value && *t.value < 0));
}

// The framework's path in the indicator's unit: a relative path (−55% in 2030 and −100% in
// 2050 against 1990) applied to the local value of the reference year, or the framework's
// levels converted to the indicator's unit, reached from the baseline.
std::vector<PathPoint> framework_path(const model::Target& t, const analysis::AmbitionFinding& f,
                                      const ViewInput& in) {
  const model::Framework* framework = nullptr;
  const model::FrameworkTarget* named =
      find_framework_target(in.m, in.catalogue, f.framework_target, &framework);
  if (!named || !framework) return {};
  std::vector<PathPoint> path;
  if (!f.absolute) {
    if (!f.reference_year || !f.reference_value) return {};
    const int reference = *f.reference_year;
    const double base = *f.reference_value;
    path.push_back({reference, base});
    for (const auto& ft : framework->targets) {
      if (ft.indicator != named->indicator || !is_relative(ft) || !ft.year || !ft.value) continue;
      if (ft.reference_year.value_or(reference) != reference) continue;
      path.push_back({*ft.year, base * (1 + *ft.value / 100)});
    }
    return path;
  }
  const model::Indicator* ind = in.m.indicator(t.indicator);
  const std::string unit = analysis::normalised_unit(named->unit);
  const auto factor =
      analysis::conversion_factor(unit, ind ? analysis::normalised_unit(ind->unit) : unit);
  if (!factor) return {};
  for (const auto& ft : framework->targets) {
    if (ft.indicator != named->indicator || is_relative(ft) || !ft.year || !ft.value) continue;
    if (analysis::normalised_unit(ft.unit) != unit) continue;
    path.push_back({*ft.year, *ft.value * *factor});
  }
  if (path.empty()) return path;
  const int first = std::min_element(path.begin(), path.end(), [](auto& a, auto& b) {
                      return a.year < b.year;
                    })->year;
  const auto& b = t.baseline;
  if (b && b->year && b->value && *b->year < first) path.push_back({*b->year, *b->value});
  return path;
}

// The national line from its start (the reference year, or the baseline for a level) to the
// target year: the path's own years in between, where the line bends.
std::vector<YearPoint> national_line(const model::Target& t, const ViewInput& in) {
  const analysis::AmbitionFinding* f = nullptr;
  for (const auto& finding : in.facts.ambitions)
    if (finding.target == t.id) f = &finding;
  if (!f || f->ambition == analysis::Ambition::not_comparable || !t.goal || !t.goal->year)
    return {};
  const std::vector<PathPoint> path = framework_path(t, *f, in);
  if (path.empty()) return {};
  const int to = *t.goal->year;
  int from = std::min_element(path.begin(), path.end(), [](auto& a, auto& b) {
               return a.year < b.year;
             })->year;
  if (f->absolute && t.baseline && t.baseline->year) from = *t.baseline->year;
  std::set<int> years{from, to};
  for (const auto& p : path)
    if (p.year > from && p.year < to) years.insert(p.year);
  std::vector<YearPoint> line;
  if (from >= to) return line;
  for (int year : years)
    if (auto v = analysis::value_on_path(path, year)) line.push_back({year, *v});
  return line.size() >= 2 ? line : std::vector<YearPoint>{};
}

ChartSeriesSpec series(std::string name, std::string kind, const std::vector<YearPoint>& points) {
  ChartSeriesSpec s{std::move(name), std::move(kind), {}};
  for (const auto& p : points) s.points.push_back({std::to_string(p.year), p.value, p.provisional});
  return s;
}

const YearPoint* at_year(const std::vector<YearPoint>& points, int year) {
  for (const auto& p : points)
    if (p.year == year) return &p;
  return nullptr;
}

// One row per year of any series: the numbers behind the chart, for its table.
Data number_rows(const std::vector<YearPoint>& path, const std::vector<YearPoint>& measured,
                 const std::vector<YearPoint>& national, int decimals, const ViewInput& in) {
  std::set<int> years;
  for (const auto* points : {&path, &measured, &national})
    for (const auto& p : *points) years.insert(p.year);
  auto cell = [&](Data& row, const std::string& key, const YearPoint* p) {
    std::string text = p ? in.fmt.number(p->value, decimals) : "";
    if (p && p->provisional)
      text += " (" + data_status_name(in.msg, model::DataStatus::provisional) + ")";
    set_text(row, key, text);
  };
  Data rows = list();
  for (int year : years) {
    Data row;
    row.set("jaar", std::to_string(year));
    cell(row, "doelpad", at_year(path, year));
    cell(row, "gemeten", at_year(measured, year));
    cell(row, "landelijk", at_year(national, year));
    rows << row;
  }
  return rows;
}

std::string alt_text(const model::Target& t, const model::Indicator* ind,
                     const std::vector<YearPoint>& measured, const std::vector<YearPoint>& national,
                     const ViewInput& in) {
  const std::string name = ind ? ind->name : t.indicator;
  std::string alt =
      in.msg.format("figuur.doel.alt", {{"indicator", name},
                                        {"basis", format_value(in.fmt, *t.baseline->value, ind)},
                                        {"basisjaar", std::to_string(*t.baseline->year)},
                                        {"streef", format_value(in.fmt, *t.goal->value, ind)},
                                        {"streefjaar", std::to_string(*t.goal->year)}});
  if (!measured.empty()) {
    const YearPoint& last = measured.back();
    alt += " " + in.msg.format(last.provisional ? "figuur.doel.alt_meting_voorlopig"
                                                : "figuur.doel.alt_meting",
                               {{"waarde", format_value(in.fmt, last.value, ind)},
                                {"jaar", std::to_string(last.year)}});
  }
  if (!national.empty())
    alt += " " + in.msg.format("figuur.doel.alt_landelijk",
                               {{"waarde", format_value(in.fmt, national.back().value, ind)},
                                {"jaar", std::to_string(national.back().year)}});
  return alt;
}

}  // namespace

bool has_target_chart(const model::Target& t) {
  return t.baseline && t.baseline->year && t.baseline->value && t.goal && t.goal->year &&
         t.goal->value && *t.goal->year > *t.baseline->year;
}

Data target_chart(const model::Target& t, const ViewInput& in) {
  if (!has_target_chart(t)) {
    Data d = chart_view(ChartSpec{});
    d.set("has_grafiek", false);
    set_list(d, "cijfers", list());
    d.set("toon_gemeten", false);
    d.set("toon_landelijk", false);
    d.set("tabel_bijschrift", "");
    return d;
  }
  const model::Indicator* ind = in.m.indicator(t.indicator);
  const std::string unit = ind ? ind->unit : "";
  const std::string name = ind ? ind->name : t.indicator;
  const std::vector<YearPoint> path = target_path(t);
  const std::vector<YearPoint> measured = analysis::measurements(t.indicator, in.m);
  const std::vector<YearPoint> national = national_line(t, in);

  ChartSpec spec;
  spec.type = "line";
  spec.format = is_percent_unit(unit) ? "percent" : "number";
  spec.unit = spec.format == "percent" || unit == "aantal" ? "" : unit;
  spec.height = "120pt";
  spec.source = indicator_source(ind, in);
  spec.series.push_back(series(in.msg.format("figuur.reeks.doelpad"), "target", path));
  if (!measured.empty())
    spec.series.push_back(series(in.msg.format("figuur.reeks.gemeten"), "measured", measured));
  if (!national.empty())
    spec.series.push_back(series(in.msg.format("figuur.reeks.landelijk"), "reference", national));
  spec.alt = alt_text(t, ind, measured, national, in);
  const std::string period = in.fmt.year_range(*t.baseline->year, *t.goal->year);
  spec.caption = in.msg.format("figuur.doel", {{"indicator", name}, {"periode", period}});

  Data d = chart_view(spec);
  d.set("has_grafiek", true);
  set_list(d, "cijfers", number_rows(path, measured, national, ind ? ind->decimals : 0, in));
  d.set("toon_gemeten", !measured.empty());
  d.set("toon_landelijk", !national.empty());
  text::Arguments caption{{"indicator", name}, {"periode", period}};
  const bool counted = unit.empty() || unit == "aantal";
  if (!counted) caption["eenheid"] = unit;
  d.set("tabel_bijschrift",
        in.msg.format(counted ? "tabel.cijfers_doel_aantal" : "tabel.cijfers_doel", caption));
  return d;
}

}  // namespace koers::view

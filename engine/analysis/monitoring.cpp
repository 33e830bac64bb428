// Monitoring (docs/analysis.md, "Monitoring"): each target's path, its latest measurement
// against the path within the file's tolerance bands, and the linear trend projected to
// the target year.
#include <algorithm>
#include <cmath>
#include <map>

#include "analysis/analysis.h"
#include "analysis/framework_path.h"

namespace koers::analysis {
namespace {

// Band edges count as the better status; this absorbs rounding in the deviation.
constexpr double kEdge = 1e-9;

std::vector<SeriesPoint> target_path(const model::Target& t) {
  std::vector<SeriesPoint> points;
  auto add = [&](const std::optional<model::YearValue>& yv) {
    if (yv && yv->year && yv->value) points.push_back({*yv->year, *yv->value, false});
  };
  add(t.baseline);
  for (const auto& yv : t.interim) add(yv);
  add(t.goal);
  std::stable_sort(points.begin(), points.end(), [](auto& a, auto& b) { return a.year < b.year; });
  return points;
}

}  // namespace

std::vector<SeriesPoint> measurements(const std::string& indicator, const model::Municipality& m) {
  std::map<int, SeriesPoint> by_year;
  auto add = [&](int year, double value, model::DataStatus status) {
    const bool provisional = status == model::DataStatus::provisional;
    auto it = by_year.find(year);
    if (it == by_year.end() || (it->second.provisional && !provisional))
      by_year[year] = {year, value, provisional};
  };
  if (m.monitoring)
    for (const auto& series : m.monitoring->series)
      if (series.indicator == indicator)
        for (const auto& x : series.measurements) add(x.year, x.value, x.status);
  if (m.quickscan)
    for (const auto& a : m.quickscan->assessments)
      for (const auto& v : a.values)
        if (v.indicator == indicator) add(v.year, v.value, v.status);
  std::vector<SeriesPoint> points;
  for (const auto& [year, point] : by_year) points.push_back(point);
  return points;
}

std::optional<Trend> linear_trend(const std::vector<SeriesPoint>& points) {
  if (points.size() < 2) return std::nullopt;
  double mx = 0, my = 0;
  for (const auto& p : points) mx += p.year, my += p.value;
  mx /= double(points.size());
  my /= double(points.size());
  double sxx = 0, sxy = 0;
  for (const auto& p : points) {
    sxx += (p.year - mx) * (p.year - mx);
    sxy += (p.year - mx) * (p.value - my);
  }
  if (sxx == 0) return std::nullopt;  // every point in one year
  Trend t;
  t.slope = sxy / sxx;
  t.intercept = my - t.slope * mx;
  return t;
}

Status status_for_deviation(double deviation, double green, double amber) {
  if (deviation <= green + kEdge) return Status::on_track;
  if (deviation <= amber + kEdge) return Status::attention;
  return Status::off_track;
}

TargetMonitoring monitor_target(const model::Target& t, const model::Municipality& m) {
  TargetMonitoring r;
  r.target = t.id;
  r.indicator = t.indicator;
  r.path = target_path(t);
  r.measured = measurements(t.indicator, m);
  if (!r.measured.empty()) r.last = r.measured.back();
  r.trend = linear_trend(r.measured);

  const bool has_path = t.baseline && t.baseline->year && t.baseline->value && t.goal &&
                        t.goal->year && t.goal->value && *t.goal->year > *t.baseline->year;
  const model::Indicator* ind = m.indicator(t.indicator);
  const bool lower = !ind || ind->direction == model::Direction::lower;
  if (has_path && r.trend) {
    r.projection = r.trend->at(*t.goal->year);
    r.projection_reaches =
        lower ? *r.projection <= *t.goal->value + kEdge : *r.projection >= *t.goal->value - kEdge;
  }

  if (!has_path) {
    r.reason = "het doel heeft geen basis en streef met jaar en waarde";
    return r;
  }
  if (!r.last) {
    r.reason = "er zijn geen metingen van de indicator";
    return r;
  }
  if (r.last->year < *t.baseline->year) {
    r.reason = "de laatste meting ligt vóór het basisjaar";
    return r;
  }
  const double planned_change = std::abs(*t.goal->value - *t.baseline->value);
  if (planned_change == 0) {
    r.reason = "basis en streef zijn gelijk: er is geen geplande verandering";
    return r;
  }
  std::vector<PathPoint> path;
  for (const auto& p : r.path) path.push_back({p.year, p.value});
  r.planned = value_on_path(path, r.last->year);
  const double behind = lower ? r.last->value - *r.planned : *r.planned - r.last->value;
  r.deviation = behind / planned_change * 100;
  const model::Monitoring defaults;
  const model::Monitoring& bands = m.monitoring ? *m.monitoring : defaults;
  r.status = status_for_deviation(*r.deviation, bands.tolerance_green, bands.tolerance_amber);
  return r;
}

std::string status_name(Status status) {
  switch (status) {
    case Status::on_track:
      return "op koers";
    case Status::attention:
      return "aandacht nodig";
    case Status::off_track:
      return "niet op koers";
    case Status::unknown:
      return "onbekend";
  }
  return "";
}

}  // namespace koers::analysis

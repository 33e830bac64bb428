#include <algorithm>
#include <cmath>

#include "charts/chart_parts.h"

namespace koers::charts {

std::optional<double> trend_at(const std::vector<DataPoint>& points, double year) {
  double n = 0, sum_x = 0, sum_y = 0;
  for (const DataPoint& p : points) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
    n += 1;
    sum_x += p.x;
    sum_y += p.y;
  }
  if (n < 2) return std::nullopt;
  const double mean_x = sum_x / n, mean_y = sum_y / n;
  double sxx = 0, sxy = 0;
  for (const DataPoint& p : points) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
    sxx += (p.x - mean_x) * (p.x - mean_x);
    sxy += (p.x - mean_x) * (p.y - mean_y);
  }
  if (!(sxx > 0)) return std::nullopt;  // all points in one year
  return mean_y + sxy / sxx * (year - mean_x);
}

namespace {

std::vector<DataPoint> in_year_order(const Series& s) {
  std::vector<DataPoint> out;
  for (const DataPoint& p : s.points) {
    if (std::isfinite(p.x) && std::isfinite(p.y)) out.push_back(p);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const DataPoint& a, const DataPoint& b) { return a.x < b.x; });
  return out;
}

}  // namespace

std::vector<DataPoint> line_path(const Chart& chart, std::size_t series) {
  if (series >= chart.series.size()) return {};
  std::vector<DataPoint> own = in_year_order(chart.series[series]);
  if (chart.series[series].kind != SeriesKind::projection) return own;
  const int source = detail::measured_source_of(chart, static_cast<int>(series));
  if (source < 0) return own;
  const std::vector<DataPoint> measured = in_year_order(chart.series[source]);
  if (measured.empty()) return own;

  DataPoint start = measured.back();
  start.provisional = false;
  std::vector<DataPoint> path{start};
  for (const DataPoint& p : own) {
    if (p.x > start.x) path.push_back(p);
  }
  if (own.empty()) {
    double last_year = start.x;
    for (const Series& s : chart.series) {
      for (const DataPoint& p : s.points) {
        if (std::isfinite(p.x) && std::isfinite(p.y)) last_year = std::max(last_year, p.x);
      }
    }
    const std::optional<double> from = trend_at(measured, start.x);
    const std::optional<double> to = trend_at(measured, last_year);
    if (last_year > start.x && from && to) path.push_back({{}, last_year, start.y + *to - *from});
  }
  return path.size() >= 2 ? path : own;
}

}  // namespace koers::charts

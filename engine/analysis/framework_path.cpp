#include "analysis/framework_path.h"

#include <algorithm>

namespace koers::analysis {

std::optional<double> value_on_path(std::vector<PathPoint> points, int year) {
  if (points.empty()) return std::nullopt;
  std::stable_sort(points.begin(), points.end(),
                   [](const PathPoint& a, const PathPoint& b) { return a.year < b.year; });
  if (year < points.front().year) return std::nullopt;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const PathPoint& p = points[i];
    if (year == p.year) return p.value;
    if (i + 1 < points.size() && year < points[i + 1].year) {
      const PathPoint& q = points[i + 1];
      double fraction = double(year - p.year) / double(q.year - p.year);
      return p.value + fraction * (q.value - p.value);
    }
  }
  return points.back().value;
}

}  // namespace koers::analysis

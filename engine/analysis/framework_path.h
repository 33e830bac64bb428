// The path a framework sets out over the years, built from its known points, so a local
// target year between them can be compared (private to the analysis stage).
#pragma once

#include <optional>
#include <vector>

namespace koers::analysis {

struct PathPoint {
  int year = 0;
  double value = 0;
};

// The value on the straight lines between the points (in any order) in `year`. Before the
// first point: nullopt. After the last point: the last value, because a framework target
// is a level to reach by its year and to keep afterwards.
std::optional<double> value_on_path(std::vector<PathPoint> points, int year);

}  // namespace koers::analysis

// The years labelled on the axis of line charts: a regular sequence of round years.
#include <cmath>
#include <cstdlib>

#include "charts/charts.h"

namespace koers::charts {

namespace {

// 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, …: round steps of years, in order.
long long round_step(int k) {
  if (k < 3) return k == 0 ? 1 : k == 1 ? 2 : 5;
  static constexpr long long kTimesTen[] = {10, 20, 25, 50};  // in tens, then on
  long long power = 1;
  for (int i = 0; i < (k - 3) / 4; ++i) power *= 10;
  return kTimesTen[(k - 3) % 4] * power;
}

// The first multiple of step at or after year.
long long first_multiple(long long year, long long step) {
  const long long rest = year % step;
  if (rest == 0) return year;
  return rest > 0 ? year - rest + step : year - rest;
}

}  // namespace

YearLabels year_labels(int first, int last, double pitch, double label_width, double gap) {
  YearLabels out;
  std::vector<int>& years = out.years;
  if (last < first) return out;
  if (first == last || !(pitch > 0) || !std::isfinite(pitch)) {
    years.push_back(first);
    return out;
  }
  const double room = label_width + gap;
  auto clear = [&](long long a, long long b) { return std::llabs(a - b) * pitch >= room; };

  // The smallest step whose labels keep apart (one label or none always does).
  long long step = 1;
  for (int k = 0;; ++k) {
    step = round_step(k);
    const long long start = first_multiple(first, step);
    if (start + step > last || step * pitch >= room) break;
  }
  for (long long y = first_multiple(first, step); y <= last; y += step) {
    years.push_back(static_cast<int>(y));
  }
  // The data's first and last year where they keep apart from the regular labels.
  if (years.empty()) {
    years.push_back(first);
  } else if (years.front() != first && clear(first, years.front())) {
    years.insert(years.begin(), first);
  }
  if (years.back() != last && clear(years.back(), last)) years.push_back(last);
  out.step = static_cast<int>(step);
  return out;
}

}  // namespace koers::charts

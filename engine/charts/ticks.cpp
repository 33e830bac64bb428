#include <algorithm>
#include <cmath>

#include "charts/charts.h"

namespace koers::charts {

namespace {

// Tolerance for floating-point quotients that should be whole (0.0003 / 0.00005).
constexpr double kSlack = 1e-9;

int decimals_of(double step) {
  for (int d = 0; d < 15; ++d) {
    const double scaled = step * std::pow(10.0, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
  }
  return 15;
}

int tick_count(double lo, double hi, double step) {
  const double first = std::floor(lo / step + kSlack);
  const double last = std::ceil(hi / step - kSlack);
  return static_cast<int>(last - first) + 1;
}

}  // namespace

std::vector<double> Ticks::values() const {
  if (!(step > 0) || !std::isfinite(step) || !std::isfinite(first) || !std::isfinite(last)) {
    return {first};
  }
  const int n = std::clamp(static_cast<int>(std::lround((last - first) / step)), 0, 1000);
  std::vector<double> out;
  out.reserve(n + 1);
  for (int i = 0; i <= n; ++i) {
    double v = first + i * step;
    if (std::fabs(v) < step * 1e-9) v = 0;  // no "-0" from rounding
    out.push_back(v);
  }
  return out;
}

Ticks nice_ticks(double lo, double hi, int max_ticks) {
  // Values that are not numbers carry no range; the finite one (if any) stands alone.
  if (!std::isfinite(lo) && !std::isfinite(hi)) return {0, 0.2, 1, 1};
  if (!std::isfinite(lo)) lo = hi;
  if (!std::isfinite(hi)) hi = lo;
  if (lo > hi) std::swap(lo, hi);
  if (lo == hi) {
    if (lo == 0) {
      hi = 1;
    } else if (lo > 0) {
      lo = 0;
    } else {
      hi = 0;
    }
  }
  // Across zero there is a tick below, at and above it.
  max_ticks = std::max(max_ticks, lo < 0 && hi > 0 ? 3 : 2);
  // A span beyond the doubles' range is halved so that the steps stay finite.
  while (!std::isfinite(hi - lo)) {
    lo /= 2;
    hi /= 2;
  }

  const double raw = (hi - lo) / (max_ticks - 1);
  if (!(raw > 1e-290)) {  // denormal ranges: powers of ten would underflow to zero
    return {lo < 0 ? -1.0 : 0.0, 0.5, hi > 0 || lo >= 0 ? 1.0 : 0.0, 1};
  }
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 1);
  static constexpr double kMultiples[] = {1, 2, 2.5, 5};
  double step = raw;
  for (int k = 0; k < 8; ++k) {
    const double power = magnitude * std::pow(10.0, k);
    bool found = false;
    for (double m : kMultiples) {
      if (tick_count(lo, hi, m * power) <= max_ticks) {
        step = m * power;
        found = true;
        break;
      }
    }
    if (found) break;
  }

  Ticks t;
  t.step = step;
  t.first = std::floor(lo / step + kSlack) * step;
  t.last = std::ceil(hi / step - kSlack) * step;
  if (std::fabs(t.first) < step * 1e-9) t.first = 0;
  if (std::fabs(t.last) < step * 1e-9) t.last = 0;
  t.decimals = decimals_of(step);
  return t;
}

}  // namespace koers::charts

#include "charts/charts.h"

namespace koers::charts {

namespace {

int first_quarter_of(Period p) {
  return p.year * 4 + (p.quarter >= 1 ? p.quarter - 1 : 0);
}
int last_quarter_of(Period p) {
  return p.year * 4 + (p.quarter >= 1 ? p.quarter - 1 : 3);
}

}  // namespace

TimeScale::TimeScale(Period from, Period to, double x0, double x1)
    : first_(first_quarter_of(from)), last_(last_quarter_of(to)), x0_(x0), x1_(x1) {
  if (last_ < first_) {  // given the wrong way round
    first_ = first_quarter_of(to);
    last_ = last_quarter_of(from);
  }
}

double TimeScale::x_start(Period p) const {
  const double quarters = last_ - first_ + 1;
  return x0_ + (first_quarter_of(p) - first_) / quarters * (x1_ - x0_);
}

double TimeScale::x_end(Period p) const {
  const double quarters = last_ - first_ + 1;
  return x0_ + (last_quarter_of(p) + 1 - first_) / quarters * (x1_ - x0_);
}

}  // namespace koers::charts

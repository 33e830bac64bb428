#include <algorithm>
#include <cmath>
#include <limits>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

constexpr int kDataDecimals = 2;  // data labels of a chart that sets no decimals: at most

// The fewest decimals (at most `most`) that write v as it reads rounded to `most` decimals:
// 30 and 12,5 rather than 30,0 and 12,5.
int decimals_needed(double v, int most) {
  if (!std::isfinite(v)) return 0;
  most = std::clamp(most, 0, 15);
  const double rounded = std::round(v * std::pow(10.0, most));
  for (int d = 0; d < most; ++d) {
    const double scaled = rounded / std::pow(10.0, most - d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::fabs(scaled))) return d;
  }
  return most;
}

std::string formatted(const Context& ctx, double v, int decimals) {
  switch (ctx.chart.format) {
    case ValueFormat::percent:
      return ctx.format.percent(v, decimals);
    case ValueFormat::amount:
      return ctx.format.amount(v);
    case ValueFormat::number:
      break;
  }
  return ctx.format.number(v, decimals);
}

}  // namespace

double ValueAxis::at(double v, double p_lo, double p_hi) const {
  if (!(hi > lo)) return p_lo;
  const double t = std::clamp((v - lo) / (hi - lo), 0.0, 1.0);
  return p_lo + t * (p_hi - p_lo);
}

ValueAxis value_axis(const Context& ctx, double data_lo, double data_hi, int max_ticks) {
  double lo = data_lo, hi = data_hi;
  const std::optional<double>& min = ctx.chart.min;
  const std::optional<double>& max = ctx.chart.max;
  const bool usable = !(min && max && !(*min < *max));  // a reversed range is ignored
  if (usable && min && std::isfinite(*min)) lo = *min;
  if (usable && max && std::isfinite(*max)) hi = *max;
  hi = std::max(hi, lo);
  ValueAxis axis;
  axis.ticks = nice_ticks(lo, hi, max_ticks);
  axis.lo = axis.ticks.first;
  axis.hi = axis.ticks.last;
  axis.decimals = axis.ticks.decimals;
  axis.data_decimals =
      ctx.chart.decimals >= 0 ? ctx.chart.decimals : std::max(kDataDecimals, axis.ticks.decimals);
  return axis;
}

std::vector<double> category_values(const Context& ctx, const Series& s) {
  std::vector<double> values(ctx.categories.size(), kMissing);
  for (const DataPoint& p : s.points) {
    const int i = ctx.category_index(p.category);
    if (i >= 0 && std::isnan(values[i]) && std::isfinite(p.y)) values[i] = p.y;
  }
  return values;
}

std::vector<bool> category_provisional(const Context& ctx, const Series& s) {
  std::vector<bool> provisional(ctx.categories.size(), false);
  std::vector<bool> taken(ctx.categories.size(), false);
  for (const DataPoint& p : s.points) {
    const int i = ctx.category_index(p.category);
    if (i < 0 || taken[i] || !std::isfinite(p.y)) continue;  // the point category_values took
    taken[i] = true;
    provisional[i] = p.provisional;
  }
  return provisional;
}

std::pair<double, double> bar_value_range(const Context& ctx) {
  double lo = 0, hi = 0;
  std::vector<StackTotals> totals(ctx.categories.size());
  for (const Series& s : ctx.chart.series) {
    const std::vector<double> values = category_values(ctx, s);
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (std::isnan(values[i])) continue;
      const BarExtent bar = totals[i].place(values[i], ctx.chart.stacked);
      lo = std::min(lo, bar.to);
      hi = std::max(hi, bar.to);
    }
  }
  return {lo, hi};
}

namespace {

// The power of a thousand that amount ticks are written in: millions or more when the
// largest tick reaches a million (ICU writes the short forms up to trillions), else 1.
double amount_scale(const std::vector<double>& ticks) {
  double largest = 0;
  for (double v : ticks) {
    if (std::isfinite(v)) largest = std::max(largest, std::fabs(v));
  }
  double scale = 1;
  for (double s : {1e6, 1e9, 1e12}) {
    if (largest >= s) scale = s;
  }
  return scale;
}

// The locale's short form around a number ("€ {n} mln."), learned from a probe amount of
// two units of the scale: what comes before and after the "2".
struct ShortForm {
  std::string before, after;
  bool found = false;
};
ShortForm short_form(const Context& ctx, double scale, bool negative) {
  const std::string probe = ctx.format.compact_amount(negative ? -2 * scale : 2 * scale);
  const std::size_t at = probe.find('2');
  if (at == std::string::npos || probe.find('2', at + 1) != std::string::npos) return {};
  return {probe.substr(0, at), probe.substr(at + 1), true};
}

// Amount ticks of one axis in one form: all in millions (or billions, …) with the same
// decimals, or all in full when every tick is below a million.
std::vector<std::string> amount_ticks(const Context& ctx, const std::vector<double>& ticks,
                                      double step) {
  std::vector<std::string> labels;
  const double scale = amount_scale(ticks);
  const ShortForm plus = short_form(ctx, scale, false), minus = short_form(ctx, scale, true);
  if (scale == 1 || !plus.found || !minus.found) {
    for (double v : ticks) labels.push_back(ctx.format.amount(v));
    return labels;
  }
  const int decimals = decimals_needed(step / scale, 3);
  for (double v : ticks) {
    const ShortForm& form = v < 0 ? minus : plus;
    labels.push_back(form.before + ctx.format.number(std::fabs(v) / scale, decimals) + form.after);
  }
  return labels;
}

}  // namespace

std::vector<std::string> tick_labels(const Context& ctx, const ValueAxis& axis) {
  const std::vector<double> ticks = axis.ticks.values();
  if (ctx.chart.format == ValueFormat::amount) return amount_ticks(ctx, ticks, axis.ticks.step);
  std::vector<std::string> labels;
  labels.reserve(ticks.size());
  for (double v : ticks) labels.push_back(formatted(ctx, v, axis.decimals));
  return labels;
}

void fit_labels(std::vector<std::string>& labels, double width, const Context& ctx) {
  for (std::string& label : labels) {
    if (ctx.text.width(label, ctx.font_size(), false) <= width) continue;
    const std::vector<std::string> lines =
        wrap_label(label, width, 1, ctx.font_size(), false, ctx.text);
    label = lines.empty() ? std::string() : lines.front();
  }
}

std::string data_label(const Context& ctx, double v, const ValueAxis& axis) {
  return formatted(ctx, v, decimals_needed(v, axis.data_decimals));
}

}  // namespace koers::charts::detail

// Horizontal bars: a row per category with its label on the left, the value axis below.
#include <algorithm>
#include <cmath>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kLabelGap = 6;  // category label column to the plot

struct BarLayout {
  std::vector<std::vector<std::string>> labels;  // per category, at most two lines
  double label_w = 0;                            // the label column
  double bar = 0;                                // thickness of one bar
  std::vector<double> row_h;                     // natural height per category row
  double axis_h = 0;                             // tick labels (and unit) under the plot
  double data_room = 0;                          // beside bar ends for data labels
};

std::size_t bars_per_row(const Context& ctx) {
  return ctx.chart.stacked ? 1 : std::max<std::size_t>(ctx.chart.series.size(), 1);
}

BarLayout lay_out(const Context& ctx, const Canvas& canvas, double width) {
  const double size = ctx.font_size();
  BarLayout l;
  double natural = 0;
  for (const std::string& c : ctx.categories) {
    natural = std::max(natural, canvas.text_width(c, size, false));
  }
  const double column = std::min(natural, width * 0.35);
  for (const std::string& c : ctx.categories) {
    l.labels.push_back(wrap_label(c, column, 2, size, false, ctx.text));
    for (const std::string& line : l.labels.back()) {
      l.label_w = std::max(l.label_w, canvas.text_width(line, size, false));
    }
  }
  l.bar = std::max(size * 1.25, canvas.text_height(size) + 1.5);
  const double group = l.bar * bars_per_row(ctx);
  for (const auto& lines : l.labels) {
    const double label_h =
        lines.empty() ? 0 : (lines.size() - 1) * canvas.line_pitch(size) + canvas.text_height(size);
    l.row_h.push_back(std::max(group, label_h) + size * 0.7);
  }
  l.axis_h = canvas.text_height(size) + 4;
  if (!ctx.chart.unit.empty()) l.axis_h += canvas.line_pitch(size);
  return l;
}

double plot_left(const BarLayout& l) {
  return l.label_w > 0 ? l.label_w + kLabelGap : 0;
}

}  // namespace

PlotHeight bar_plot_height(const Context& ctx, const Canvas& canvas, double width) {
  const BarLayout l = lay_out(ctx, canvas, width);
  double rows = 0;
  for (double h : l.row_h) rows += h;
  if (rows == 0) rows = ctx.font_size() * 3;  // no categories: an empty plot with its axis
  return {rows + l.axis_h, rows + l.axis_h};
}

void draw_bar_plot(const Context& ctx, Canvas& canvas, Box area) {
  const Chart& chart = ctx.chart;
  const double size = ctx.font_size();
  BarLayout l = lay_out(ctx, canvas, area.w);
  const std::vector<SeriesStyle> styles = series_styles(ctx);
  std::vector<std::vector<double>> values;
  std::vector<std::vector<bool>> provisional;
  for (const Series& s : chart.series) {
    values.push_back(category_values(ctx, s));
    provisional.push_back(category_provisional(ctx, s));
  }

  // Rows share out any height beyond their natural one.
  double natural = 0;
  for (double h : l.row_h) natural += h;
  const double rows_h = area.h - l.axis_h;
  const double stretch = natural > 0 ? std::max(rows_h / natural, 1.0) : 1.0;
  l.bar *= std::min(stretch, 1.5);

  const auto [data_lo, data_hi] = bar_value_range(ctx);
  const double x0 = area.x + plot_left(l);
  const double x1 = area.right() - 2;
  // As many ticks as their labels allow: measured on a first try of the axis.
  const ValueAxis trial = value_axis(ctx, data_lo, data_hi, 6);
  double label_w = size * 2;
  for (const std::string& t : tick_labels(ctx, trial)) {
    label_w = std::max(label_w, canvas.text_width(t, size, false));
  }
  const int max_ticks = std::clamp(static_cast<int>((x1 - x0) / (label_w + size * 2.5)) + 1, 2, 8);
  ValueAxis axis = value_axis(ctx, data_lo, data_hi, max_ticks);
  if (chart.data_labels) {
    // Room for the widest value beside the longest bars.
    double room = 0;
    for (const std::vector<double>& series_values : values) {
      for (double v : series_values) {
        if (!std::isnan(v))
          room = std::max(room, canvas.text_width(data_label(ctx, v, axis), size, false));
      }
    }
    l.data_room = std::min(room + 3, (x1 - x0) / 4);  // wider labels are not placed
  }
  const double value_x0 = x0 + (axis.lo < 0 && chart.data_labels ? l.data_room : 0);
  const double value_x1 = x1 - (axis.hi > 0 && chart.data_labels ? l.data_room : 0);
  auto x_of = [&](double v) { return axis.at(v, value_x0, value_x1); };
  const double top = area.y, bottom = area.y + std::max(rows_h, 0.0);

  // Gridlines at the ticks, the zero line over the bars.
  const std::vector<double> ticks = axis.ticks.values();
  for (double t : ticks) {
    if (t != 0) canvas.line(x_of(t), top, x_of(t), bottom, 0.4, ctx.theme.grid);
  }

  double y = top;
  for (std::size_t c = 0; c < ctx.categories.size(); ++c) {
    const double row = l.row_h[c] * stretch;
    const double group = l.bar * bars_per_row(ctx);
    const double label_h =
        l.labels[c].empty()
            ? 0
            : (l.labels[c].size() - 1) * canvas.line_pitch(size) + canvas.text_height(size);
    canvas.lines(l.labels[c], size, false, area.x, Align::left, y + (row - label_h) / 2,
                 ctx.theme.text);
    double group_top = y + (row - group) / 2;
    StackTotals totals;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const double v = values[s][c];
      if (std::isnan(v)) continue;
      const double bar_top = chart.stacked ? group_top : group_top + s * l.bar;
      const auto [from, to] = totals.place(v, chart.stacked);
      const double a = x_of(std::min(from, to)), b = x_of(std::max(from, to));
      const double thickness = l.bar - (chart.stacked ? 0 : 0.5);
      const bool light = provisional[s][c];
      bar_rect(canvas, {a, bar_top, b - a, thickness}, styles[s].color, light);
      if (!chart.data_labels) continue;
      const std::string text = data_label(ctx, v, axis);
      const double text_top = bar_top + (thickness - canvas.text_height(size)) / 2;
      if (chart.stacked) {
        if (canvas.text_width(text, size, false) + 4 <= b - a) {
          canvas.text_if_free(text, size, false, (a + b) / 2, Align::centre, text_top,
                              text_on(bar_fill(styles[s].color, light), ctx.theme), 0);
        }
      } else if (v >= 0) {
        canvas.text_if_free(text, size, false, b + 2, Align::left, text_top, ctx.theme.text, 0);
      } else {
        canvas.text_if_free(text, size, false, a - 2, Align::right, text_top, ctx.theme.text, 0);
      }
    }
    y += row;
  }
  if (axis.lo <= 0 && axis.hi >= 0) canvas.line(x_of(0), top, x_of(0), bottom, 0.6, ctx.theme.axis);

  // Tick labels under the plot, kept inside the frame and thinned when they would touch.
  std::vector<std::string> texts = tick_labels(ctx, axis);
  fit_labels(texts, area.w / 2, ctx);
  std::vector<AxisLabel> placed;
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    const double w = canvas.text_width(texts[i], size, false);
    const double centre = std::clamp(x_of(ticks[i]), area.x + w / 2, area.right() - w / 2);
    placed.push_back({centre, w});
  }
  const std::vector<bool> shown = visible_labels(placed, size * 0.8);
  const double labels_top = bottom + 4;
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    if (shown[i]) {
      canvas.text(texts[i], size, false, placed[i].centre, Align::centre, labels_top,
                  ctx.theme.text);
    }
  }
  if (!chart.unit.empty()) {
    const std::vector<std::string> unit = wrap_label(chart.unit, area.w, 1, size, false, ctx.text);
    if (!unit.empty()) {
      canvas.text(unit.front(), size, false, area.right(), Align::right,
                  labels_top + canvas.line_pitch(size), ctx.theme.text);
    }
  }
}

}  // namespace koers::charts::detail

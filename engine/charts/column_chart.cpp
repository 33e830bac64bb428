// Vertical bars: a column (or group of columns) per category, labels under them.
#include <algorithm>
#include <cmath>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr int kMaxLabelLines = 3;

struct CategoryLabels {
  std::vector<std::vector<std::string>> lines;
  std::vector<AxisLabel> placed;
  std::vector<bool> shown;
  std::size_t most_lines = 0;
};

// Labels wrapped within the column pitch (but not narrower than a short word), thinned
// when they still touch.
CategoryLabels category_labels(const Context& ctx, const Canvas& canvas, Box area, double x0,
                               double plot_w, int max_lines) {
  const double size = ctx.font_size();
  CategoryLabels out;
  const std::size_t n = ctx.categories.size();
  if (n == 0) return out;
  const double pitch = plot_w / n;
  const double wrap_w = std::max(pitch - 4, size * 4);
  for (std::size_t i = 0; i < n; ++i) {
    out.lines.push_back(wrap_label(ctx.categories[i], wrap_w, max_lines, size, false, ctx.text));
    double w = 0;
    for (const std::string& l : out.lines.back()) {
      w = std::max(w, canvas.text_width(l, size, false));
    }
    // Wider than the pitch at the ends: moved inwards to stay in the frame.
    const double centre = std::clamp(x0 + pitch * (i + 0.5), area.x + w / 2, area.right() - w / 2);
    out.placed.push_back({centre, w});
    out.most_lines = std::max(out.most_lines, out.lines.back().size());
  }
  out.shown = visible_labels(out.placed, size * 0.5);
  return out;
}

double lines_height(const Canvas& canvas, std::size_t lines, double size) {
  return lines == 0 ? 0 : (lines - 1) * canvas.line_pitch(size) + canvas.text_height(size);
}

struct ColumnLayout {
  VerticalFrame frame;
  CategoryLabels labels;
};

ColumnLayout lay_out(const Context& ctx, const Canvas& canvas, Box area) {
  const double size = ctx.font_size();
  const auto [lo, hi] = bar_value_range(ctx);
  const double gap = gap_below_plot(ctx, canvas);
  // First a frame without labels to learn the plot's width, then the labels at that width.
  const VerticalFrame first = vertical_frame(ctx, canvas, area, lo, hi, 0, 2);
  const CategoryLabels trial =
      category_labels(ctx, canvas, area, first.plot.x, first.plot.w, kMaxLabelLines);
  const double below = gap + lines_height(canvas, trial.most_lines, size);
  ColumnLayout l{vertical_frame(ctx, canvas, area, lo, hi, below, 2), {}};
  l.labels = category_labels(ctx, canvas, area, l.frame.plot.x, l.frame.plot.w,
                             std::max<int>(trial.most_lines, 1));
  return l;
}

}  // namespace

PlotHeight column_plot_height(const Context& ctx, const Canvas& canvas, double width) {
  const double size = ctx.font_size();
  const ColumnLayout l = lay_out(ctx, canvas, {0, 0, width, 1000});
  const double below =
      gap_below_plot(ctx, canvas) + lines_height(canvas, l.labels.most_lines, size);
  const double unit_h = unit_height(ctx, canvas);
  const double fixed = unit_h + canvas.text_height(size) / 2 + below;
  const double minimum = fixed + canvas.text_height(size) * 4;
  return {std::clamp(width * 0.55, minimum, std::max(minimum, 320.0)), minimum};
}

void draw_column_plot(const Context& ctx, Canvas& canvas, Box area) {
  const Chart& chart = ctx.chart;
  const double size = ctx.font_size();
  const ColumnLayout l = lay_out(ctx, canvas, area);
  const VerticalFrame& f = l.frame;
  draw_value_grid(ctx, canvas, f, area);

  const std::vector<SeriesStyle> styles = series_styles(ctx);
  const std::size_t n = ctx.categories.size();
  const double pitch = n ? f.plot.w / n : f.plot.w;
  const std::size_t bars = chart.stacked ? 1 : std::max<std::size_t>(chart.series.size(), 1);
  const double group = std::min(pitch * (bars == 1 ? 0.6 : 0.78), bars * size * 4.5);
  const double bar_w = group / bars;
  std::vector<std::vector<double>> values;
  std::vector<std::vector<bool>> provisional;
  for (const Series& s : chart.series) {
    values.push_back(category_values(ctx, s));
    provisional.push_back(category_provisional(ctx, s));
  }

  // Labels first, so that data labels are only placed where they are free.
  const double labels_top = f.plot.bottom() + gap_below_plot(ctx, canvas);
  for (std::size_t c = 0; c < n; ++c) {
    if (!l.labels.shown[c]) continue;
    canvas.lines(l.labels.lines[c], size, false, l.labels.placed[c].centre, Align::centre,
                 labels_top, ctx.theme.text);
  }

  for (std::size_t c = 0; c < n; ++c) {
    const double group_x = f.plot.x + pitch * c + (pitch - group) / 2;
    StackTotals totals;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const double v = values[s][c];
      if (std::isnan(v)) continue;
      const auto [from, to] = totals.place(v, chart.stacked);
      const double x = chart.stacked ? group_x : group_x + s * bar_w;
      const double w = bar_w - (chart.stacked || bars == 1 ? 0 : 0.5);
      const double top = f.y_of(std::max(from, to)), bottom = f.y_of(std::min(from, to));
      const bool light = provisional[s][c];
      bar_rect(canvas, {x, top, w, bottom - top}, styles[s].color, light);
      if (!chart.data_labels) continue;
      const std::string text = data_label(ctx, v, f.axis);
      const double text_h = canvas.text_height(size);
      if (chart.stacked) {
        if (bottom - top >= text_h + 2 && canvas.text_width(text, size, false) + 2 <= w) {
          canvas.text_if_free(text, size, false, x + w / 2, Align::centre,
                              (top + bottom - text_h) / 2,
                              text_on(bar_fill(styles[s].color, light), ctx.theme), 0);
        }
      } else {
        const double text_top = v >= 0 ? top - 2 - text_h : bottom + 2;
        canvas.text_if_free(text, size, false, x + w / 2, Align::centre, text_top, ctx.theme.text);
      }
    }
  }
  draw_zero_line(ctx, canvas, f);
}

}  // namespace koers::charts::detail

// The value axis on the left of column and line charts.
#include <algorithm>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kTickGap = 4;         // tick labels to the plot
constexpr double kUnitGapShare = 0.6;  // unit line to the top tick label, × font size

}  // namespace

double unit_height(const Context& ctx, const Canvas& canvas) {
  if (ctx.chart.unit.empty()) return 0;
  return canvas.text_height(ctx.font_size()) + ctx.font_size() * kUnitGapShare;
}

double gap_below_plot(const Context& ctx, const Canvas& canvas) {
  return canvas.text_height(ctx.font_size()) / 2 + 2;
}

VerticalFrame vertical_frame(const Context& ctx, const Canvas& canvas, Box area, double lo,
                             double hi, double below, double right_pad) {
  const double size = ctx.font_size();
  const double text_h = canvas.text_height(size);
  const double top = area.y + unit_height(ctx, canvas) + text_h / 2;
  // The lowest tick label hangs half a line below the plot.
  const double plot_h = std::max(area.bottom() - std::max(below, text_h / 2) - top, 1.0);
  const int max_ticks = std::clamp(static_cast<int>(plot_h / (text_h * 2.2)) + 1, 2, 8);

  VerticalFrame f;
  f.axis = value_axis(ctx, lo, hi, max_ticks);
  f.tick_texts = tick_labels(ctx, f.axis);
  fit_labels(f.tick_texts, area.w * 0.4, ctx);
  double axis_w = 0;
  for (const std::string& t : f.tick_texts) {
    axis_w = std::max(axis_w, canvas.text_width(t, size, false));
  }
  axis_w += kTickGap;
  f.plot = {area.x + axis_w, top, std::max(area.w - axis_w - right_pad, 1.0), plot_h};
  return f;
}

void draw_value_grid(const Context& ctx, Canvas& canvas, const VerticalFrame& f, Box area) {
  const double size = ctx.font_size();
  const std::vector<double> ticks = f.axis.ticks.values();
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    const double y = f.y_of(ticks[i]);
    if (ticks[i] != 0) canvas.line(f.plot.x, y, f.plot.right(), y, 0.4, ctx.theme.grid);
    canvas.text(f.tick_texts[i], size, false, f.plot.x - kTickGap, Align::right,
                y - canvas.text_height(size) / 2, ctx.theme.text);
  }
  if (!ctx.chart.unit.empty()) {
    const std::vector<std::string> unit =
        wrap_label(ctx.chart.unit, area.w, 1, size, false, ctx.text);
    if (!unit.empty())
      canvas.text(unit.front(), size, false, area.x, Align::left, area.y, ctx.theme.text);
  }
}

void draw_zero_line(const Context& ctx, Canvas& canvas, const VerticalFrame& f) {
  const double zero = std::clamp(0.0, f.axis.lo, f.axis.hi);
  const double y = f.y_of(zero);
  canvas.line(f.plot.x, y, f.plot.right(), y, 0.6, ctx.theme.axis);
}

}  // namespace koers::charts::detail

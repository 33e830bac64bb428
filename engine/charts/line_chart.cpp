// Series over years: measured values, the target path, a projection and the national line.
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

struct YearRange {
  double lo = 0, hi = 0;
  bool empty = true;
};

struct LineData {
  std::vector<std::vector<DataPoint>> paths;  // per series
  YearRange years;
  double lo = 0, hi = 0;  // values, with zero
};

LineData line_data(const Chart& chart) {
  LineData d;
  double x_lo = std::numeric_limits<double>::infinity(), x_hi = -x_lo;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    d.paths.push_back(line_path(chart, i));
    for (const DataPoint& p : d.paths.back()) {
      x_lo = std::min(x_lo, p.x);
      x_hi = std::max(x_hi, p.x);
      d.lo = std::min(d.lo, p.y);
      d.hi = std::max(d.hi, p.y);
    }
  }
  if (x_lo <= x_hi) {
    d.years.empty = false;
    // One year alone sits in the middle of the plot.
    d.years.lo = x_lo == x_hi ? x_lo - 0.5 : x_lo;
    d.years.hi = x_lo == x_hi ? x_hi + 0.5 : x_hi;
  }
  return d;
}

std::vector<int> whole_years(const YearRange& r) {
  std::vector<int> years;
  if (r.empty) return years;
  if (!(std::fabs(r.lo) < 1e6 && std::fabs(r.hi) < 1e6 && r.hi - r.lo <= 1000)) return years;
  const int first = static_cast<int>(std::ceil(r.lo)), last = static_cast<int>(std::floor(r.hi));
  for (int y = first; y <= last; ++y) years.push_back(y);
  return years;
}

double marker_radius(const Context& ctx, Marker shape = Marker::circle) {
  return detail::marker_radius(ctx.font_size(), shape);
}

struct LineLayout {
  LineData data;
  VerticalFrame frame;
  double x0 = 0, x1 = 0;  // where the first and last year sit
  double x_of(double year) const {
    if (!(data.years.hi > data.years.lo)) return (x0 + x1) / 2;
    return x0 + (year - data.years.lo) / (data.years.hi - data.years.lo) * (x1 - x0);
  }
};

LineLayout lay_out(const Context& ctx, const Canvas& canvas, Box area) {
  const double size = ctx.font_size();
  LineLayout l{line_data(ctx.chart), {}};
  const std::vector<int> years = whole_years(l.data.years);
  const double half_last =
      years.empty() ? 0 : canvas.text_width(std::to_string(years.back()), size, false) / 2;
  const double pad = marker_radius(ctx, Marker::open_diamond) + 2;  // the largest marker
  const double below = years.empty() ? 0 : gap_below_plot(ctx, canvas) + canvas.text_height(size);
  l.frame = vertical_frame(ctx, canvas, area, l.data.lo, l.data.hi, below,
                           std::max(half_last - pad, 1.0));
  l.x0 = l.frame.plot.x + pad;
  l.x1 = l.frame.plot.right() - pad;
  return l;
}

display::Path polyline(const std::vector<std::pair<double, double>>& points,
                       const SeriesStyle& style) {
  display::Path p;
  for (std::size_t i = 0; i < points.size(); ++i) {
    p.segments.push_back({i == 0 ? display::PathSegment::move : display::PathSegment::line,
                          points[i].first, points[i].second});
  }
  p.stroke = true;
  p.stroke_color = style.color;
  p.stroke_width = style.line_width;
  p.dash = style.dash;
  return p;
}

// Lines further back first: the national reference, targets, projections, then measured.
int depth(SeriesKind kind) {
  switch (kind) {
    case SeriesKind::reference:
      return 0;
    case SeriesKind::target:
      return 1;
    case SeriesKind::projection:
      return 2;
    case SeriesKind::measured:
      return 3;
  }
  return 3;
}

// Unlabelled ticks between the labelled ones: at a round part of the step, when those stay
// a few points apart.
int minor_step(int step, double pitch) {
  for (int minor : {1, 2, 5, 10, 25, 50, 100}) {
    if (minor >= step) break;
    if (step % minor == 0 && minor * pitch >= 3) return minor;
  }
  return 0;
}

void draw_year_axis(const Context& ctx, Canvas& canvas, const LineLayout& l) {
  const double size = ctx.font_size();
  const std::vector<int> years = whole_years(l.data.years);
  if (years.empty()) return;
  double label_w = 0;
  for (int year : years) {
    label_w = std::max(label_w, canvas.text_width(std::to_string(year), size, false));
  }
  const double pitch = years.size() > 1 ? l.x_of(years[1]) - l.x_of(years[0]) : 0;
  const YearLabels labelled = year_labels(years.front(), years.back(), pitch, label_w, size * 0.8);
  const double bottom = l.frame.plot.bottom();

  const int minor = minor_step(labelled.step, pitch);
  for (int year = years.front(); minor > 0 && year <= years.back(); ++year) {
    if (year % minor == 0) {
      canvas.line(l.x_of(year), bottom, l.x_of(year), bottom + 1.5, 0.5, ctx.theme.axis);
    }
  }
  for (int year : labelled.years) {
    const double x = l.x_of(year);
    canvas.line(x, bottom, x, bottom + 3, 0.5, ctx.theme.axis);
    canvas.text(std::to_string(year), size, false, x, Align::centre,
                bottom + gap_below_plot(ctx, canvas), ctx.theme.text);
  }
}

}  // namespace

PlotHeight line_plot_height(const Context& ctx, const Canvas& canvas, double width) {
  const double size = ctx.font_size();
  const double unit_h = unit_height(ctx, canvas);
  const double fixed = unit_h + canvas.text_height(size) * 1.5 + gap_below_plot(ctx, canvas);
  const double minimum = fixed + canvas.text_height(size) * 4;
  return {std::clamp(width * 0.55, minimum, std::max(minimum, 320.0)), minimum};
}

void draw_line_plot(const Context& ctx, Canvas& canvas, Box area) {
  const Chart& chart = ctx.chart;
  const LineLayout l = lay_out(ctx, canvas, area);
  const VerticalFrame& f = l.frame;
  draw_value_grid(ctx, canvas, f, area);
  draw_year_axis(ctx, canvas, l);
  draw_zero_line(ctx, canvas, f);

  const std::vector<SeriesStyle> styles = series_styles(ctx);
  std::vector<std::size_t> order(chart.series.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return depth(chart.series[a].kind) < depth(chart.series[b].kind);
  });

  const double r = marker_radius(ctx);
  LabelObstacles obstacles;
  obstacles.left_limit = f.plot.x + 2;  // clear of the tick labels left of the plot
  for (std::size_t i : order) {
    const std::vector<DataPoint>& path = l.data.paths[i];
    std::vector<std::pair<double, double>> points;
    for (const DataPoint& p : path) points.push_back({l.x_of(p.x), f.y_of(p.y)});
    if (points.size() >= 2) canvas.path(polyline(points, styles[i]));
    for (std::size_t k = 1; k < points.size(); ++k) {
      obstacles.lines.push_back(
          {points[k - 1].first, points[k - 1].second, points[k].first, points[k].second});
    }
    // Markers where there is data (a single point needs one to be seen at all).
    const bool markers = styles[i].marker != Marker::none || points.size() == 1;
    if (!markers || chart.series[i].kind == SeriesKind::projection) continue;
    const Marker shape = styles[i].marker == Marker::none ? Marker::circle : styles[i].marker;
    const double shape_r = marker_radius(ctx, shape);
    for (std::size_t k = 0; k < path.size(); ++k) {
      marker(canvas, points[k].first, points[k].second, shape_r, styles[i].color,
             path[k].provisional, shape);
      obstacles.markers.push_back(
          {points[k].first - shape_r, points[k].second - shape_r, 2 * shape_r, 2 * shape_r});
    }
  }

  if (!chart.data_labels) return;
  std::vector<PointLabel> labels;
  for (std::size_t i : order) {
    if (chart.series[i].kind != SeriesKind::measured) continue;
    const std::vector<DataPoint>& path = l.data.paths[i];
    for (std::size_t k = 0; k < path.size(); ++k) {
      // Peaks get their value above, valleys below, so the line does not cross it.
      double around = 0;
      int neighbours = 0;
      if (k > 0) around += path[k - 1].y, ++neighbours;
      if (k + 1 < path.size()) around += path[k + 1].y, ++neighbours;
      const bool above = neighbours == 0 || path[k].y >= around / neighbours;
      labels.push_back(
          {data_label(ctx, path[k].y, f.axis), l.x_of(path[k].x), f.y_of(path[k].y), above});
    }
  }
  draw_point_labels(ctx, canvas, labels, obstacles, r);
}

}  // namespace koers::charts::detail

// Radar: a spoke per category (quickscan theme scores), a closed polygon per series.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kLabelGap = 5;         // ring to category label
constexpr double kRingLabelLift = 0.3;  // ring to the bottom of its value's box
constexpr double kRingLabelSide = 1.5;  // marker on the upward spoke to a ring value

double marker_r(const Context& ctx) {
  return ctx.font_size() * 0.25;
}

struct Point {
  double x = 0, y = 0;
};

// What the series drew, which the ring values keep clear of: the markers (with their
// outline) and the polygons' edges (with half their line width).
struct DataMarks {
  std::vector<Box> markers;
  std::vector<LineSegment> edges;
  double edge_reach = 0;

  bool touch(const Box& box) const {
    for (const Box& m : markers) {
      if (m.overlaps(box, 0.5)) return true;
    }
    const Box wide{box.x - edge_reach, box.y - edge_reach, box.w + 2 * edge_reach,
                   box.h + 2 * edge_reach};
    for (const LineSegment& edge : edges) {
      if (crosses(wide, edge)) return true;
    }
    return false;
  }
};

// Ring values beside the upward spoke, each sitting on its ring: off the spokes, so clear of
// every polygon vertex and of the markers on that spoke. Left of the spoke, else right of it;
// left out where both sides would touch the data (a neighbouring spoke's marker or a
// polygon's edge near the centre).
void draw_ring_values(const Context& ctx, Canvas& canvas, const DataMarks& marks, Point centre,
                      const std::vector<double>& radii, const std::vector<std::string>& texts) {
  const double small = ctx.small_size();
  const double side = marker_r(ctx) + 0.25 + kRingLabelSide;
  for (std::size_t k = 0; k < radii.size(); ++k) {
    if (radii[k] <= 0) continue;
    const double top = centre.y - radii[k] - kRingLabelLift - canvas.text_height(small);
    for (const Align align : {Align::right, Align::left}) {
      const double x = align == Align::right ? centre.x - side : centre.x + side;
      if (marks.touch(canvas.text_box(texts[k], small, false, x, align, top))) continue;
      if (canvas.text_if_free(texts[k], small, false, x, align, top, ctx.theme.axis, 0.5)) break;
    }
  }
}

struct SpokeLabel {
  std::vector<std::string> lines;
  Box box;  // relative to the centre
  Align align = Align::centre;
};

struct RadarLayout {
  double radius = 0;
  std::vector<double> angles;
  std::vector<SpokeLabel> labels;
  Box bounds;  // circle and labels, relative to the centre
};

double block_height(const Canvas& canvas, std::size_t lines, double size) {
  return lines == 0 ? 0 : (lines - 1) * canvas.line_pitch(size) + canvas.text_height(size);
}

// Labels beside the plot move down past each other (and past the top and bottom labels).
void separate(std::vector<SpokeLabel>& labels) {
  std::vector<std::size_t> order(labels.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return labels[a].box.y < labels[b].box.y; });
  for (std::size_t k = 0; k < order.size(); ++k) {
    SpokeLabel& label = labels[order[k]];
    if (label.align == Align::centre) continue;
    for (bool moved = true; moved;) {
      moved = false;
      for (std::size_t j = 0; j < order.size(); ++j) {
        const SpokeLabel& other = labels[order[j]];
        if (j == k || (other.align != Align::centre && j > k)) continue;
        if (label.box.overlaps(other.box, 1)) {
          label.box.y = other.box.bottom() + 1.01;
          moved = true;
        }
      }
    }
  }
}

RadarLayout lay_out(const Context& ctx, const Canvas& canvas, double width, double radius) {
  const double size = ctx.font_size();
  const std::size_t n = ctx.categories.size();
  RadarLayout l;
  l.radius = radius;
  l.bounds = {-radius, -radius, 2 * radius, 2 * radius};
  for (std::size_t i = 0; i < n; ++i) {
    const double a = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / n;
    l.angles.push_back(a);
    const double dx = std::cos(a), dy = std::sin(a);
    // Above the upward spoke the outer ring's value sits under the category label.
    const double gap =
        i == 0 ? std::max(kLabelGap, canvas.text_height(ctx.small_size()) + kRingLabelLift + 1.5)
               : kLabelGap;
    const double ax = (radius + gap) * dx, ay = (radius + gap) * dy;
    SpokeLabel label;
    double budget = 0;
    if (std::fabs(dx) < 0.25) {
      label.align = Align::centre;
      budget = std::max(radius * 1.2, size * 8);
    } else if (dx > 0) {
      label.align = Align::left;
      budget = width / 2 - ax;
    } else {
      label.align = Align::right;
      budget = width / 2 + ax;
    }
    label.lines =
        wrap_label(ctx.categories[i], std::max(budget, size * 4), 3, size, false, ctx.text);
    double w = 0;
    for (const std::string& line : label.lines)
      w = std::max(w, canvas.text_width(line, size, false));
    const double h = block_height(canvas, label.lines.size(), size);
    double x = ax;
    if (label.align == Align::centre) x -= w / 2;
    if (label.align == Align::right) x -= w;
    // Above the plot the label sits on its anchor, below it hangs from it, beside it centres.
    label.box = {x, ay - h / 2 + dy * h / 2, w, h};
    l.labels.push_back(label);
  }
  separate(l.labels);
  for (const SpokeLabel& label : l.labels) {
    const double x0 = std::min(l.bounds.x, label.box.x), y0 = std::min(l.bounds.y, label.box.y);
    const double x1 = std::max(l.bounds.right(), label.box.right());
    const double y1 = std::max(l.bounds.bottom(), label.box.bottom());
    l.bounds = {x0, y0, x1 - x0, y1 - y0};
  }
  return l;
}

double widest_label(const Context& ctx, const Canvas& canvas) {
  double w = 0;
  for (const std::string& c : ctx.categories) {
    w = std::max(w, canvas.text_width(c, ctx.font_size(), false));
  }
  return w;
}

// The largest radius (up to `cap`) whose labels stay within the width.
RadarLayout fitting(const Context& ctx, const Canvas& canvas, double width, double cap,
                    double max_height) {
  const double side = std::min(widest_label(ctx, canvas), width * 0.25);
  double radius = std::clamp((width - 2 * (side + kLabelGap)) / 2, 10.0, cap);
  RadarLayout l = lay_out(ctx, canvas, width, radius);
  while (radius > 10 && (l.bounds.w > width + 0.01 || l.bounds.h > max_height + 0.01)) {
    radius = std::max(radius * 0.9, 10.0);
    l = lay_out(ctx, canvas, width, radius);
  }
  return l;
}

}  // namespace

PlotHeight radar_plot_height(const Context& ctx, const Canvas& canvas, double width) {
  const double huge = 1e9;
  const RadarLayout natural = fitting(ctx, canvas, width, 140, huge);
  const RadarLayout smallest = fitting(ctx, canvas, width, 40, huge);
  return {natural.bounds.h, smallest.bounds.h};
}

void draw_radar_plot(const Context& ctx, Canvas& canvas, Box area) {
  const Chart& chart = ctx.chart;
  const double size = ctx.font_size();
  const std::size_t n = ctx.categories.size();
  const RadarLayout l = fitting(ctx, canvas, area.w, 140, area.h);
  // The drawing centred in the area.
  const double cx = area.x + (area.w - l.bounds.w) / 2 - l.bounds.x;
  const double cy = area.y + (area.h - l.bounds.h) / 2 - l.bounds.y;
  const double radius = l.radius;

  for (const SpokeLabel& label : l.labels) {
    const double anchor = label.align == Align::left    ? label.box.x
                          : label.align == Align::right ? label.box.right()
                                                        : label.box.x + label.box.w / 2;
    canvas.lines(label.lines, size, false, cx + anchor, label.align, cy + label.box.y,
                 ctx.theme.text);
  }
  if (n == 0) return;

  double data_lo = 0, data_hi = 0;
  std::vector<std::vector<double>> values;
  for (const Series& s : chart.series) {
    values.push_back(category_values(ctx, s));
    for (double v : values.back()) {
      if (std::isnan(v)) continue;
      data_lo = std::min(data_lo, v);
      data_hi = std::max(data_hi, v);
    }
  }
  const double text_h = canvas.text_height(ctx.small_size());
  const int max_ticks = std::clamp(static_cast<int>(radius / (text_h * 1.6)) + 1, 2, 6);
  const ValueAxis axis = value_axis(ctx, data_lo, data_hi, max_ticks);
  auto point = [&](std::size_t spoke, double v) {
    const double r = axis.at(v, 0, radius);
    return std::pair{cx + r * std::cos(l.angles[spoke]), cy + r * std::sin(l.angles[spoke])};
  };

  // Rings at the ticks (polygons with three spokes or more), then the spokes.
  const std::vector<double> ticks = axis.ticks.values();
  const std::vector<std::string> tick_texts = tick_labels(ctx, axis);
  for (double t : ticks) {
    const double r = axis.at(t, 0, radius);
    if (r <= 0) continue;
    display::Path ring;
    if (n >= 3) {
      for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, t);
        ring.segments.push_back(
            {i == 0 ? display::PathSegment::move : display::PathSegment::line, x, y});
      }
      ring.segments.push_back({display::PathSegment::close});
    } else {
      ring = circle_path(cx, cy, r);
    }
    ring.stroke_color = ctx.theme.grid;
    ring.stroke_width = 0.4;
    canvas.path(std::move(ring));
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto [x, y] = point(i, axis.hi);
    canvas.line(cx, cy, x, y, 0.4, ctx.theme.grid);
  }

  const std::vector<SeriesStyle> styles = series_styles(ctx);
  DataMarks marks;
  auto outline = [&](std::size_t s) {
    display::Path p;
    for (std::size_t i = 0; i < n; ++i) {
      if (std::isnan(values[s][i])) continue;  // a missing score: its spoke is skipped
      const auto [x, y] = point(i, values[s][i]);
      p.segments.push_back(
          {p.segments.empty() ? display::PathSegment::move : display::PathSegment::line, x, y});
    }
    if (p.segments.size() >= 2) p.segments.push_back({display::PathSegment::close});
    return p;
  };
  // All fills before any outline, so that no series hides another's line.
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    display::Path fill = outline(s);
    if (fill.segments.size() < 4) continue;
    fill.fill = true;
    fill.fill_color = mix_with_white(styles[s].color, 0.8);
    fill.stroke = false;
    canvas.path(std::move(fill));
  }
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    display::Path line = outline(s);
    if (line.segments.size() >= 2) {
      line.stroke_color = styles[s].color;
      line.stroke_width = styles[s].line_width;
      marks.edge_reach = std::max(marks.edge_reach, line.stroke_width / 2);
      for (std::size_t k = 0; k + 1 < line.segments.size(); ++k) {
        const display::PathSegment& a = line.segments[k];
        const display::PathSegment& b = line.segments[k + 1].kind == display::PathSegment::close
                                            ? line.segments.front()
                                            : line.segments[k + 1];
        marks.edges.push_back({a.x, a.y, b.x, b.y});
      }
      canvas.path(std::move(line));
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (std::isnan(values[s][i])) continue;
      const auto [x, y] = point(i, values[s][i]);
      marker(canvas, x, y, marker_r(ctx), styles[s].color, false);
      const double reach = marker_r(ctx) + 0.25;  // with half the outline
      marks.markers.push_back({x - reach, y - reach, 2 * reach, 2 * reach});
    }
  }
  std::vector<double> radii;
  for (double t : ticks) radii.push_back(axis.at(t, 0, radius));
  draw_ring_values(ctx, canvas, marks, {cx, cy}, radii, tick_texts);
  if (!chart.data_labels) return;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    for (std::size_t i = 0; i < n; ++i) {
      if (std::isnan(values[s][i])) continue;
      const auto [x, y] = point(i, values[s][i]);
      canvas.text_if_free(data_label(ctx, values[s][i], axis), ctx.small_size(), false, x + 3,
                          Align::left, y - text_h - 1, ctx.theme.text);
    }
  }
}

}  // namespace koers::charts::detail

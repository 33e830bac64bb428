#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

using Segment = display::PathSegment;

Segment move_to(double x, double y) {
  return {Segment::move, x, y};
}
Segment line_to(double x, double y) {
  return {Segment::line, x, y};
}
Segment close_path() {
  return {Segment::close};
}

}  // namespace

display::Path circle_path(double cx, double cy, double r) {
  // Four cubic arcs; 0.5523 puts the control points where the arc best matches a circle.
  const double k = 0.5523 * r;
  display::Path p;
  p.segments.push_back(move_to(cx + r, cy));
  p.segments.push_back({Segment::cubic, cx, cy + r, cx + r, cy + k, cx + k, cy + r});
  p.segments.push_back({Segment::cubic, cx - r, cy, cx - k, cy + r, cx - r, cy + k});
  p.segments.push_back({Segment::cubic, cx, cy - r, cx - r, cy - k, cx - k, cy - r});
  p.segments.push_back({Segment::cubic, cx + r, cy, cx + k, cy - r, cx + r, cy - k});
  p.segments.push_back(close_path());
  return p;
}

display::Path diamond_path(double cx, double cy, double r) {
  display::Path p;
  p.segments = {move_to(cx, cy - r), line_to(cx + r, cy), line_to(cx, cy + r), line_to(cx - r, cy),
                close_path()};
  return p;
}

display::Path triangle_path(double cx, double cy, double r) {
  display::Path p;
  p.segments = {move_to(cx, cy - r), line_to(cx + r, cy + r * 0.8), line_to(cx - r, cy + r * 0.8),
                close_path()};
  return p;
}

double marker_radius(double font_size, Marker shape) {
  const double circle = font_size * 0.28;
  return shape == Marker::open_diamond ? circle * 1.3 : circle;
}

void marker(Canvas& canvas, double cx, double cy, double r, Color color, bool hollow,
            Marker shape) {
  hollow = hollow || shape == Marker::open_diamond;
  display::Path p =
      shape == Marker::open_diamond ? diamond_path(cx, cy, r) : circle_path(cx, cy, r);
  p.fill = true;
  p.fill_color = hollow ? Color{1, 1, 1} : color;
  p.stroke = true;
  p.stroke_color = color;
  p.stroke_width = hollow ? 0.9 : 0.5;
  canvas.path(std::move(p));
}

Color bar_fill(Color color, bool provisional) {
  return provisional ? mix_with_white(color, 0.5) : color;
}

void bar_rect(Canvas& canvas, Box box, Color color, bool provisional) {
  constexpr double kOutline = 0.8;
  if (box.w <= 0 || box.h <= 0) return;
  if (!provisional || box.w <= kOutline || box.h <= kOutline) {
    canvas.rect(box.x, box.y, box.w, box.h, bar_fill(color, provisional));
    return;
  }
  // The outline inside the bar's box, so that bars keep their length and the frame.
  display::Rect r;
  r.x = box.x + kOutline / 2;
  r.y = box.y + kOutline / 2;
  r.w = box.w - kOutline;
  r.h = box.h - kOutline;
  r.fill_color = bar_fill(color, true);
  r.stroke = true;
  r.stroke_color = color;
  r.stroke_width = kOutline;
  canvas.add(r);
}

}  // namespace koers::charts::detail

// Data labels of line charts, kept off markers, lines, tick labels and other text.
#include <algorithm>
#include <cmath>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kGap = 2;  // label to its marker

bool clear_of(const Box& box, const std::vector<Box>& boxes) {
  return std::none_of(boxes.begin(), boxes.end(),
                      [&](const Box& b) { return box.overlaps(b, 0.5); });
}

bool off_lines(const Box& box, const std::vector<LineSegment>& lines) {
  return std::none_of(lines.begin(), lines.end(),
                      [&](const LineSegment& s) { return crosses(box, s); });
}

}  // namespace

bool crosses(const Box& box, const LineSegment& s) {
  // Liang–Barsky: clip the segment's parameter range to the box's four sides.
  const double dx = s.x2 - s.x1, dy = s.y2 - s.y1;
  double t0 = 0, t1 = 1;
  const double p[] = {-dx, dx, -dy, dy};
  const double q[] = {s.x1 - box.x, box.right() - s.x1, s.y1 - box.y, box.bottom() - s.y1};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;  // parallel to this side and outside it
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      t0 = std::max(t0, t);
    } else {
      t1 = std::min(t1, t);
    }
    if (t0 > t1) return false;
  }
  return true;
}

void draw_point_labels(const Context& ctx, Canvas& canvas, const std::vector<PointLabel>& labels,
                       const LabelObstacles& obstacles, double marker_r) {
  const double size = ctx.font_size(), text_h = canvas.text_height(size);
  for (const PointLabel& label : labels) {
    const double over = label.y - marker_r - kGap - text_h, under = label.y + marker_r + kGap;
    struct Place {
      double anchor;
      Align align;
      double top;
    };
    const Place places[] = {
        {label.x, Align::centre, label.above ? over : under},
        {label.x, Align::centre, label.above ? under : over},
        {label.x + marker_r + kGap, Align::left, label.y - text_h / 2},
        {label.x - marker_r - kGap, Align::right, label.y - text_h / 2},
    };
    bool placed = false;
    for (const bool mind_lines : {true, false}) {
      for (const Place& p : places) {
        const Box box = canvas.text_box(label.text, size, false, p.anchor, p.align, p.top);
        if (box.x < obstacles.left_limit || !clear_of(box, obstacles.markers)) continue;
        if (mind_lines && !off_lines(box, obstacles.lines)) continue;
        placed =
            canvas.text_if_free(label.text, size, false, p.anchor, p.align, p.top, ctx.theme.text);
        if (placed) break;
      }
      if (placed) break;
    }
  }
}

}  // namespace koers::charts::detail

// Where a Gantt task's milestone labels go: beside the diamond, past the bar's ends, above
// or below, or (when none of those is free) into the notes under the chart.
#include <algorithm>
#include <optional>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kGap = 2;  // label to diamond or bar

bool clear_of(const Box& box, const std::vector<Box>& obstacles) {
  return std::none_of(obstacles.begin(), obstacles.end(),
                      [&](const Box& o) { return box.overlaps(o, 1); });
}

struct Candidate {
  double anchor = 0;
  Align align = Align::left;
  double top = 0;
};

}  // namespace

double milestone_radius(const Context& ctx) {
  return ctx.font_size() * 0.42;
}

std::vector<MilestoneMark> place_milestones(const Context& ctx, const Canvas& canvas,
                                            const Task& task, const TimeScale& scale, double x0,
                                            double x1, Box bar, double half_row) {
  const double small = ctx.small_size(), r = milestone_radius(ctx);
  const double text_h = canvas.text_height(small);
  std::vector<MilestoneMark> marks;
  std::vector<Box> obstacles{bar};
  double lo = bar.x, hi = bar.right();  // the bar with its diamonds
  for (const Milestone& m : task.milestones) {
    const double x = std::clamp(scale.x_end(m.at), x0 + r, x1 - r);
    marks.push_back({x, m.label, {}, false});
    obstacles.push_back({x - r, -r, 2 * r, 2 * r});
    lo = std::min(lo, x - r);
    hi = std::max(hi, x + r);
  }
  const double middle = -text_h / 2;
  for (MilestoneMark& mark : marks) {
    if (mark.label.empty()) continue;
    const std::vector<Candidate> candidates{
        {mark.x + r + kGap, Align::left, middle}, {mark.x - r - kGap, Align::right, middle},
        {hi + kGap + 1, Align::left, middle},     {lo - kGap - 1, Align::right, middle},
        {mark.x, Align::centre, -r - text_h},     {mark.x, Align::centre, r},
    };
    for (const Candidate& c : candidates) {
      const Box box = canvas.text_box(mark.label, small, false, c.anchor, c.align, c.top);
      const bool in_row = box.y >= -half_row && box.bottom() <= half_row;
      if (box.x < x0 || box.right() > x1 || !in_row || !clear_of(box, obstacles)) continue;
      mark.box = box;
      mark.placed = true;
      obstacles.push_back(box);
      // Labels placed past the bar's ends line up after one another.
      if (c.anchor > hi) hi = box.right();
      if (c.anchor < lo) lo = box.x;
      break;
    }
  }
  return marks;
}

}  // namespace koers::charts::detail

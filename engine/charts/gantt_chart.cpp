// Gantt planning: a row per task over years and quarters, milestones as diamonds, tasks
// gathered under their group's heading.
#include <algorithm>
#include <cmath>
#include <string>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kLabelGap = 6;  // task label column to the time axis

int quarter_index(Period p, bool end) {
  return p.year * 4 + (p.quarter >= 1 && p.quarter <= 4 ? p.quarter - 1 : (end ? 3 : 0));
}

struct GanttRow {
  const Task* task = nullptr;  // null: a group heading
  std::string heading;
  std::vector<std::string> lines;
  double height = 0;
  std::size_t group = 0;             // its bar colour
  Box bar;                           // y relative to the row's middle
  std::vector<MilestoneMark> marks;  // milestones, their labels placed or not
};

// A milestone label that found no place in its row, written under the chart.
struct MilestoneNote {
  std::vector<std::string> lines;  // "Start: Zon op bedrijfsdaken", wrapped
};

struct GanttLayout {
  Period from, to;
  bool has_range = false;
  double label_w = 0;
  double axis_h = 0;
  bool quarters = false;  // quarter labels fit
  std::vector<GanttRow> rows;
  std::vector<MilestoneNote> notes;
  double notes_h = 0;  // the notes with the space above them
};

// The axis range: the chart's own, else from the tasks and their milestones.
void find_range(const Chart& chart, GanttLayout& l) {
  int lo = 0, hi = 0;
  bool any = false;
  auto take = [&](int q) {
    lo = any ? std::min(lo, q) : q;
    hi = any ? std::max(hi, q) : q;
    any = true;
  };
  for (const Task& t : chart.tasks) {
    take(quarter_index(t.start, false));
    take(quarter_index(t.end, true));
    for (const Milestone& m : t.milestones) take(quarter_index(m.at, true));
  }
  // Whole years from the tasks; the chart's own ends when given.
  l.from = chart.from.year != 0 ? chart.from : Period{any ? lo / 4 : 0, 0};
  l.to = chart.to.year != 0 ? chart.to : Period{any ? hi / 4 : 0, 0};
  if (chart.from.year == 0 && chart.to.year != 0 && !any) l.from = Period{chart.to.year, 0};
  if (chart.to.year == 0 && chart.from.year != 0 && !any) l.to = Period{chart.from.year, 0};
  l.has_range = l.from.year != 0 && l.to.year != 0;
}

double lines_height(const Canvas& canvas, std::size_t lines, double size) {
  return lines == 0 ? 0 : (lines - 1) * canvas.line_pitch(size) + canvas.text_height(size);
}

// Each task's bar and milestones; labels that fit nowhere in their row become notes.
void place_bars(const Context& ctx, const Canvas& canvas, GanttLayout& l, const TimeScale& scale,
                double x0, double x1, double width) {
  const double size = ctx.font_size(), small = ctx.small_size();
  const double indent = 2 * milestone_radius(ctx) * 0.8 + 3;
  for (GanttRow& row : l.rows) {
    if (!row.task) continue;
    Period start = row.task->start, end = row.task->end;
    if (quarter_index(end, true) < quarter_index(start, false)) std::swap(start, end);
    const double a = std::clamp(scale.x_start(start), x0, x1);
    const double b = std::clamp(scale.x_end(end), x0, x1);
    row.bar = {a, -size * 0.45, b - a, size * 0.9};
    row.marks = place_milestones(ctx, canvas, *row.task, scale, x0, x1, row.bar, row.height / 2);
    for (const MilestoneMark& mark : row.marks) {
      if (mark.placed || mark.label.empty()) continue;
      MilestoneNote note{wrap_label(mark.label + ": " + row.task->label, width - indent, 2, small,
                                    false, ctx.text)};
      if (note.lines.empty()) continue;
      l.notes_h += lines_height(canvas, note.lines.size(), small) + canvas.line_pitch(small) -
                   canvas.text_height(small);
      l.notes.push_back(std::move(note));
    }
  }
  if (!l.notes.empty()) l.notes_h += size * 0.6;
}

GanttLayout lay_out(const Context& ctx, const Canvas& canvas, double width) {
  const Chart& chart = ctx.chart;
  const double size = ctx.font_size();
  GanttLayout l;
  find_range(chart, l);

  double natural = 0;
  for (const Task& t : chart.tasks)
    natural = std::max(natural, canvas.text_width(t.label, size, false));
  const double column = std::min(natural, width * 0.35);

  // Groups in order of first appearance, their tasks in order.
  std::vector<std::string> groups;
  for (const Task& t : chart.tasks) {
    if (std::find(groups.begin(), groups.end(), t.group) == groups.end()) groups.push_back(t.group);
  }
  const double row_h = size * 1.9;
  for (std::size_t gi = 0; gi < groups.size(); ++gi) {
    const std::string& g = groups[gi];
    if (!g.empty()) {
      GanttRow heading;
      heading.heading = g;
      heading.lines = wrap_label(g, width, 1, size, true, ctx.text);
      heading.height = canvas.line_pitch(size) + size * 0.6;
      l.rows.push_back(std::move(heading));
    }
    for (const Task& t : chart.tasks) {
      if (t.group != g) continue;
      GanttRow row;
      row.task = &t;
      row.group = gi;
      row.lines = wrap_label(t.label, column, 2, size, false, ctx.text);
      for (const std::string& line : row.lines) {
        l.label_w = std::max(l.label_w, canvas.text_width(line, size, false));
      }
      row.height = std::max(row_h, lines_height(canvas, row.lines.size(), size) + size * 0.6);
      l.rows.push_back(std::move(row));
    }
  }

  const double x0 = (l.label_w > 0 ? l.label_w + kLabelGap : 0), x1 = width - 2;
  if (l.has_range) {
    const TimeScale scale(l.from, l.to, x0, x1);
    const double quarter_w = (x1 - x0) / (scale.last_quarter() - scale.first_quarter() + 1);
    std::string widest = ctx.labels.quarter;
    if (const auto at = widest.find("{q}"); at != std::string::npos) widest.replace(at, 3, "4");
    l.quarters = quarter_w >= canvas.text_width(widest, ctx.small_size(), false) + 3;
    place_bars(ctx, canvas, l, scale, x0, x1, width);
  }
  l.axis_h = l.has_range ? canvas.line_pitch(size) + 2 : 0;
  if (l.quarters) l.axis_h += canvas.line_pitch(ctx.small_size());
  return l;
}

std::string quarter_label(const Labels& labels, int q) {
  std::string out = labels.quarter;
  if (const auto at = out.find("{q}"); at != std::string::npos)
    out.replace(at, 3, std::to_string(q));
  return out;
}

void draw_axis(const Context& ctx, Canvas& canvas, const GanttLayout& l, const TimeScale& scale,
               double top, double plot_top, double plot_bottom, Box area) {
  const double size = ctx.font_size(), small = ctx.small_size();
  const double x0 = scale.x_start(l.from), x1 = scale.x_end(l.to);
  const int first_year = scale.first_quarter() / 4, last_year = scale.last_quarter() / 4;

  std::vector<AxisLabel> years;
  std::vector<std::string> texts;
  for (int y = first_year; y <= last_year; ++y) {
    texts.push_back(std::to_string(y));
    const double a = std::max(scale.x_start({y, 0}), x0), b = std::min(scale.x_end({y, 0}), x1);
    const double w = canvas.text_width(texts.back(), size, false);
    years.push_back({std::clamp((a + b) / 2, area.x + w / 2, area.right() - w / 2), w});
    // Light year lines through the plot; the first and last close the time span.
    canvas.line(a, plot_top, a, plot_bottom, 0.4, ctx.theme.grid);
  }
  canvas.line(x1, plot_top, x1, plot_bottom, 0.4, ctx.theme.grid);
  const std::vector<bool> shown = visible_labels(years, size * 0.6);
  for (std::size_t i = 0; i < years.size(); ++i) {
    if (shown[i])
      canvas.text(texts[i], size, false, years[i].centre, Align::centre, top, ctx.theme.text);
  }
  const double quarter_top = top + canvas.line_pitch(size);
  if (l.quarters) {
    for (int q = scale.first_quarter(); q <= scale.last_quarter(); ++q) {
      const Period p{q / 4, q % 4 + 1};
      canvas.text(quarter_label(ctx.labels, p.quarter), small, false,
                  (scale.x_start(p) + scale.x_end(p)) / 2, Align::centre, quarter_top,
                  ctx.theme.axis);
    }
  }
  canvas.line(x0, plot_top, x1, plot_top, 0.6, ctx.theme.axis);
  for (int q = scale.first_quarter() + 1; q <= scale.last_quarter(); ++q) {
    const double x = scale.x_start({q / 4, q % 4 + 1});
    canvas.line(x, plot_top - (q % 4 == 0 ? 4 : 2), x, plot_top, 0.5, ctx.theme.axis);
  }
}

void draw_milestones(const Context& ctx, Canvas& canvas, const GanttRow& row, double mid) {
  const double small = ctx.small_size(), r = milestone_radius(ctx);
  for (const MilestoneMark& mark : row.marks) {
    display::Path diamond = diamond_path(mark.x, mid, r);
    diamond.fill = true;
    diamond.fill_color = ctx.theme.text;
    diamond.stroke_color = Color{1, 1, 1};
    diamond.stroke_width = 0.5;
    canvas.path(std::move(diamond));
  }
  for (const MilestoneMark& mark : row.marks) {
    if (mark.placed) {
      canvas.text(mark.label, small, false, mark.box.x, Align::left, mid + mark.box.y,
                  ctx.theme.text);
    }
  }
}

// The notes under the plot: a diamond, then "label: task".
void draw_notes(const Context& ctx, Canvas& canvas, const GanttLayout& l, double top, Box area) {
  const double small = ctx.small_size(), r = milestone_radius(ctx) * 0.8;
  double y = top + ctx.font_size() * 0.6;
  for (const MilestoneNote& note : l.notes) {
    display::Path diamond = diamond_path(area.x + r, y + canvas.text_height(small) / 2, r);
    diamond.fill = true;
    diamond.fill_color = ctx.theme.text;
    diamond.stroke = false;
    canvas.path(std::move(diamond));
    y +=
        canvas.lines(note.lines, small, false, area.x + 2 * r + 3, Align::left, y, ctx.theme.text) +
        canvas.line_pitch(small) - canvas.text_height(small);
  }
}

}  // namespace

PlotHeight gantt_plot_height(const Context& ctx, const Canvas& canvas, double width) {
  const GanttLayout l = lay_out(ctx, canvas, width);
  double h = l.axis_h + l.notes_h;
  for (const GanttRow& row : l.rows) h += row.height;
  if (h == 0) h = ctx.font_size() * 2;  // no tasks and no range: an empty chart
  return {h, h};
}

void draw_gantt_plot(const Context& ctx, Canvas& canvas, Box area) {
  const double size = ctx.font_size();
  const GanttLayout l = lay_out(ctx, canvas, area.w);
  double rows_h = 0;
  for (const GanttRow& row : l.rows) rows_h += row.height;
  const double stretch = rows_h > 0 ? std::max((area.h - l.axis_h - l.notes_h) / rows_h, 1.0) : 1.0;
  const double x0 = area.x + (l.label_w > 0 ? l.label_w + kLabelGap : 0);
  const double x1 = area.right() - 2;
  const TimeScale scale(l.from, l.to, x0, x1);
  const double plot_top = area.y + l.axis_h;
  if (l.has_range) {
    draw_axis(ctx, canvas, l, scale, area.y, plot_top, plot_top + rows_h * stretch, area);
  }

  double y = plot_top;
  for (const GanttRow& row : l.rows) {
    const double h = row.height * stretch;
    if (!row.task) {
      canvas.lines(row.lines, size, true, area.x, Align::left, y + h - canvas.line_pitch(size),
                   ctx.theme.text);
      y += h;
      continue;
    }
    const double mid = y + h / 2;
    canvas.lines(row.lines, size, false, area.x, Align::left,
                 mid - lines_height(canvas, row.lines.size(), size) / 2, ctx.theme.text);
    if (l.has_range) {
      const Color colour = palette_colour(ctx.palette, row.group);
      canvas.rect(row.bar.x, mid + row.bar.y, row.bar.w, row.bar.h, colour);
      draw_milestones(ctx, canvas, row, mid);
    }
    y += h;
  }
  draw_notes(ctx, canvas, l, y, area);
}

}  // namespace koers::charts::detail

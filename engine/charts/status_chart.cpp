// Status overview: a row per item with a mark whose shape and colour both carry the status,
// the label, the status in words and a short detail.
#include <algorithm>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kColumnGap = 10;

const std::string& status_words(const Labels& labels, Status s) {
  switch (s) {
    case Status::on_track:
      return labels.on_track;
    case Status::attention:
      return labels.attention;
    case Status::off_track:
      return labels.off_track;
    case Status::unknown:
      break;
  }
  return labels.unknown;
}

struct StatusRow {
  std::vector<std::string> label, detail;
  double height = 0;
};

struct StatusLayout {
  double mark = 0;  // diameter of the mark
  double label_x = 0, label_w = 0;
  double status_x = 0, status_w = 0;
  double detail_x = 0, detail_w = 0;
  std::vector<StatusRow> rows;
};

double lines_height(const Canvas& canvas, std::size_t lines, double size) {
  return lines == 0 ? 0 : (lines - 1) * canvas.line_pitch(size) + canvas.text_height(size);
}

StatusLayout lay_out(const Context& ctx, const Canvas& canvas, double width) {
  const double size = ctx.font_size();
  StatusLayout l;
  l.mark = size * 0.9;
  l.label_x = l.mark + 6;
  double natural = 0;
  bool details = false;
  for (const StatusItem& item : ctx.chart.items) {
    natural = std::max(natural, canvas.text_width(item.label, size, false));
    l.status_w =
        std::max(l.status_w, canvas.text_width(status_words(ctx.labels, item.status), size, false));
    details = details || !item.detail.empty();
  }
  const double after_label = kColumnGap + l.status_w + (details ? kColumnGap + size * 8 : 0);
  l.label_w =
      std::max(std::min({natural, width * 0.45, width - l.label_x - after_label}), size * 4);
  l.status_x = l.label_x + l.label_w + kColumnGap;
  l.detail_x = l.status_x + l.status_w + kColumnGap;
  l.detail_w = std::max(width - l.detail_x, 0.0);
  for (const StatusItem& item : ctx.chart.items) {
    StatusRow row;
    row.label = wrap_label(item.label, l.label_w, 3, size, false, ctx.text);
    if (l.detail_w > 0) row.detail = wrap_label(item.detail, l.detail_w, 3, size, false, ctx.text);
    const std::size_t lines = std::max({row.label.size(), row.detail.size(), std::size_t{1}});
    row.height = lines_height(canvas, lines, size) + size * 0.8;
    l.rows.push_back(std::move(row));
  }
  return l;
}

void status_mark(const Context& ctx, Canvas& canvas, Status s, double cx, double cy, double r) {
  const Theme& theme = ctx.theme;
  display::Path p;
  switch (s) {
    case Status::on_track:
      p = circle_path(cx, cy, r);
      p.fill_color = theme.on_track;
      p.stroke_color = theme.on_track;
      break;
    case Status::attention:
      p = triangle_path(cx, cy + r * 0.1, r);
      p.fill_color = theme.attention;
      p.stroke_color = theme.attention;
      break;
    case Status::off_track: {
      // A square with a white cross: "not on course" without relying on red.
      const double h = r * 0.9;
      canvas.rect(cx - h, cy - h, 2 * h, 2 * h, theme.off_track);
      const double c = h * 0.55;
      canvas.line(cx - c, cy - c, cx + c, cy + c, 1.1, Color{1, 1, 1});
      canvas.line(cx - c, cy + c, cx + c, cy - c, 1.1, Color{1, 1, 1});
      return;
    }
    case Status::unknown:
      p = circle_path(cx, cy, r * 0.85);
      p.fill_color = Color{1, 1, 1};
      p.stroke_color = theme.unknown;
      p.stroke_width = 1.2;
      p.fill = true;
      canvas.path(std::move(p));
      return;
  }
  p.fill = true;
  p.stroke = true;
  canvas.path(std::move(p));
}

}  // namespace

PlotHeight status_plot_height(const Context& ctx, const Canvas& canvas, double width) {
  const StatusLayout l = lay_out(ctx, canvas, width);
  double h = 0;
  for (const StatusRow& row : l.rows) h += row.height;
  if (h == 0) h = ctx.font_size() * 2;  // no items: an empty chart, still with its title
  return {h, h};
}

void draw_status_plot(const Context& ctx, Canvas& canvas, Box area) {
  const double size = ctx.font_size();
  const StatusLayout l = lay_out(ctx, canvas, area.w);
  double natural = 0;
  for (const StatusRow& row : l.rows) natural += row.height;
  const double stretch = natural > 0 ? std::max(area.h / natural, 1.0) : 1.0;
  const double pad = size * 0.4;
  double y = area.y;
  for (std::size_t i = 0; i < l.rows.size(); ++i) {
    const StatusItem& item = ctx.chart.items[i];
    const StatusRow& row = l.rows[i];
    const double top = y + pad;
    status_mark(ctx, canvas, item.status, area.x + l.mark / 2, top + canvas.text_height(size) / 2,
                l.mark / 2);
    canvas.lines(row.label, size, false, area.x + l.label_x, Align::left, top, ctx.theme.text);
    canvas.text(status_words(ctx.labels, item.status), size, false, area.x + l.status_x,
                Align::left, top, ctx.theme.text);
    canvas.lines(row.detail, size, false, area.x + l.detail_x, Align::left, top, ctx.theme.text);
    y += row.height * stretch;
    if (i + 1 < l.rows.size()) canvas.line(area.x, y, area.right(), y, 0.4, ctx.theme.grid);
  }
}

}  // namespace koers::charts::detail

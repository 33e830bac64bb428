#include <cstring>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

double MeasuredText::width(std::string_view utf8, double size, bool bold) {
  std::string key(utf8);
  key.push_back(bold ? '\1' : '\0');
  key.append(reinterpret_cast<const char*>(&size), sizeof size);
  const auto found = widths_.find(key);
  if (found != widths_.end()) return found->second;
  const double w = text_.width(utf8, size, bold);
  widths_.emplace(std::move(key), w);
  return w;
}

Canvas::Canvas(ChartText& text, double width, double height)
    : text_(text), width_(width), height_(height) {}

Box Canvas::text_box(std::string_view s, double size, bool bold, double anchor_x, Align align,
                     double top) const {
  const double w = text_width(s, size, bold);
  double x = anchor_x;
  if (align == Align::centre) x -= w / 2;
  if (align == Align::right) x -= w;
  return {x, top, w, text_height(size)};
}

void Canvas::text(std::string_view s, double size, bool bold, double anchor_x, Align align,
                  double top, Color color) {
  if (s.empty()) return;
  const Box box = text_box(s, size, bold, anchor_x, align, top);
  items_.push_back(text_.run(s, size, bold, box.x, top + ascent(size), color));
  text_boxes_.push_back(box);
}

double Canvas::lines(const std::vector<std::string>& lines, double size, bool bold, double anchor_x,
                     Align align, double top, Color color) {
  if (lines.empty()) return 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    text(lines[i], size, bold, anchor_x, align, top + i * line_pitch(size), color);
  }
  return (lines.size() - 1) * line_pitch(size) + text_height(size);
}

bool Canvas::text_if_free(std::string_view s, double size, bool bold, double anchor_x, Align align,
                          double top, Color color, double gap) {
  const Box box = text_box(s, size, bold, anchor_x, align, top);
  if (box.x < 0 || box.y < 0 || box.right() > width_ || box.bottom() > height_) return false;
  for (const Box& other : text_boxes_) {
    if (box.overlaps(other, gap)) return false;
  }
  text(s, size, bold, anchor_x, align, top, color);
  return true;
}

void Canvas::line(double x1, double y1, double x2, double y2, double width, Color color,
                  std::vector<double> dash) {
  items_.push_back(display::Line{x1, y1, x2, y2, width, color, std::move(dash)});
}

void Canvas::rect(double x, double y, double w, double h, Color color) {
  if (w <= 0 || h <= 0) return;
  display::Rect r;
  r.x = x;
  r.y = y;
  r.w = w;
  r.h = h;
  r.fill = true;
  r.fill_color = color;
  items_.push_back(r);
}

}  // namespace koers::charts::detail

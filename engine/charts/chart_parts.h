// Private to engine/charts: what the chart types share (the canvas that collects display
// items and keeps text from overlapping, series styles, the value axis, marks, the legend).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "charts/charts.h"

namespace koers::charts::detail {

struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  bool overlaps(const Box& o, double gap = 0) const {
    return x < o.right() + gap && o.x < right() + gap && y < o.bottom() + gap &&
           o.y < bottom() + gap;
  }
};

enum class Align { left, centre, right };

// Remembers the widths measured while one chart is drawn: the chart is laid out once for its
// height and again to draw it, and shaping dominates the cost of a chart.
class MeasuredText : public ChartText {
 public:
  explicit MeasuredText(ChartText& text) : text_(text) {}
  double width(std::string_view utf8, double size, bool bold) override;
  double ascent(double size) override { return text_.ascent(size); }
  double descent(double size) override { return text_.descent(size); }
  display::GlyphRun run(std::string_view utf8, double size, bool bold, double x, double y,
                        Color color) override {
    return text_.run(utf8, size, bold, x, y, color);
  }

 private:
  ChartText& text_;
  std::unordered_map<std::string, double> widths_;
};

// Everything one chart is drawn from, with the chart's categories completed from its data.
struct Context {
  const Chart& chart;
  const Theme& theme;
  const Labels& labels;
  ChartText& text;
  const text::Formatter& format;
  std::vector<Color> palette;
  std::vector<std::string> categories;  // chart.categories, then unknown ones from the points

  double font_size() const;
  double small_size() const;  // source line, tick labels of dense axes
  int category_index(std::string_view category) const;
};
Context make_context(const Chart& chart, const Theme& theme, const Labels& labels, ChartText& text,
                     const text::Formatter& format);

// Collects the drawing's items. Text is placed by the top of its line box (ascent above
// the baseline), so wrapped lines stack without overlapping; every text box is remembered
// so that optional labels (data labels, milestones) can be placed only where they are free.
class Canvas {
 public:
  Canvas(ChartText& text, double width, double height);

  double ascent(double size) const { return text_.ascent(size); }
  double descent(double size) const { return text_.descent(size); }
  double text_height(double size) const { return ascent(size) + descent(size); }
  double line_pitch(double size) const { return text_height(size) * 1.15; }
  double text_width(std::string_view s, double size, bool bold) const {
    return text_.width(s, size, bold);
  }
  Box text_box(std::string_view s, double size, bool bold, double anchor_x, Align align,
               double top) const;

  void text(std::string_view s, double size, bool bold, double anchor_x, Align align, double top,
            Color color);
  // Lines of a wrapped label, one under the other; returns the height they take.
  double lines(const std::vector<std::string>& lines, double size, bool bold, double anchor_x,
               Align align, double top, Color color);
  // Places the text only inside the frame and clear of all text placed before.
  bool text_if_free(std::string_view s, double size, bool bold, double anchor_x, Align align,
                    double top, Color color, double gap = 1);

  void line(double x1, double y1, double x2, double y2, double width, Color color,
            std::vector<double> dash = {});
  void rect(double x, double y, double w, double h, Color color);
  void path(display::Path path) { items_.push_back(std::move(path)); }
  void add(display::Item item) { items_.push_back(std::move(item)); }

  const std::vector<Box>& text_boxes() const { return text_boxes_; }
  std::vector<display::Item> take_items() { return std::move(items_); }
  double width() const { return width_; }
  double height() const { return height_; }
  void set_height(double height) { height_ = height; }  // known once every part is measured

 private:
  ChartText& text_;
  double width_, height_;
  std::vector<display::Item> items_;
  std::vector<Box> text_boxes_;
};

// ---- series ---------------------------------------------------------------------------

// circle: a measured point, filled (hollow when provisional); open_diamond: a target point,
// always hollow (a goal, not a measurement).
enum class Marker { none, circle, open_diamond };

struct SeriesStyle {
  Color color;
  double line_width = 1.5;
  std::vector<double> dash;  // empty: solid
  Marker marker = Marker::none;
};
// The colour and line of each series of the chart, in order. Bars take palette colours in
// turn; lines by kind (a projection in the colour of the measured series it continues, the
// national reference in thin grey dash-dot).
std::vector<SeriesStyle> series_styles(const Context& ctx);
// The measured series a projection continues: the nearest measured series before it, else
// the first measured series; -1 when there is none.
int measured_source_of(const Chart& chart, int projection_index);

// White or dark text on a fill, whichever reads better.
Color text_on(Color fill, const Theme& theme);
Color mix_with_white(Color c, double white_share);
// The palette's colour for series (or group) index, lighter tints once the palette is used up.
Color palette_colour(const std::vector<Color>& palette, std::size_t index);

// ---- marks ---------------------------------------------------------------------------

display::Path circle_path(double cx, double cy, double r);
display::Path diamond_path(double cx, double cy, double r);
display::Path triangle_path(double cx, double cy, double r);  // pointing up
// Radius of a marker in a chart set at font_size (a diamond's half diagonal is a little
// longer, so that it looks as large as a circle).
double marker_radius(double font_size, Marker shape);
void marker(Canvas& canvas, double cx, double cy, double r, Color color, bool hollow,
            Marker shape = Marker::circle);
// A bar (or legend swatch) in the series colour; a provisional one lighter (half tint) with
// an outline in the full colour, so that it differs in more than colour alone.
void bar_rect(Canvas& canvas, Box box, Color color, bool provisional);
Color bar_fill(Color color, bool provisional);

// ---- values --------------------------------------------------------------------------

// A value axis: ticks covering the data (and zero), or the chart's own min and max.
struct ValueAxis {
  Ticks ticks;
  double lo = 0, hi = 1;
  int decimals = 0;  // tick labels: what the ticks need
  // Data labels: at most this many decimals, each value as few as it needs (30% beside
  // 12,5%). The chart's decimals, else 2 (or what the ticks need, when that is more).
  int data_decimals = 0;
  // Position of v on an axis running from p_lo (at lo) to p_hi (at hi), clamped to it.
  double at(double v, double p_lo, double p_hi) const;
};
ValueAxis value_axis(const Context& ctx, double data_lo, double data_hi, int max_ticks);
// Smallest and largest bar ends over all categories (stacked: sums of positive and negative
// parts separately); always includes zero.
std::pair<double, double> bar_value_range(const Context& ctx);

// Where one bar of a category starts and ends on the value axis: from zero, or stacked on
// the category's running positive or negative total (which it then moves on).
struct BarExtent {
  double from = 0, to = 0;
};
struct StackTotals {
  double positive = 0, negative = 0;
  BarExtent place(double value, bool stacked) {
    if (!stacked) return {0, value};
    double& base = value >= 0 ? positive : negative;
    const BarExtent extent{base, base + value};
    base = extent.to;
    return extent;
  }
};
// The values written on an axis, all in one form: amounts all in millions (billions, …) with
// the same decimals when the largest tick reaches a million ("€ 0,5 mln." · "€ 1,0 mln."),
// else all in full ("€ 250.000"). Data labels at a bar or point write amounts in full.
std::vector<std::string> tick_labels(const Context& ctx, const ValueAxis& axis);
std::string data_label(const Context& ctx, double v, const ValueAxis& axis);
// Tick labels wider than width (values of absurd size) shortened with an ellipsis.
void fit_labels(std::vector<std::string>& labels, double width, const Context& ctx);

// A plot with the value axis on its left (column, line): the ticks, the tick label column,
// the unit above it and the plot rectangle (lo at its bottom, hi at its top), leaving
// `below` points under the plot for category or year labels.
struct VerticalFrame {
  ValueAxis axis;
  std::vector<std::string> tick_texts;
  Box plot;
  double y_of(double v) const { return axis.at(v, plot.bottom(), plot.y); }
};
VerticalFrame vertical_frame(const Context& ctx, const Canvas& canvas, Box area, double lo,
                             double hi, double below, double right_pad);
// The unit line above the value axis with the space under it (clear of the top tick
// label); 0 without a unit.
double unit_height(const Context& ctx, const Canvas& canvas);
// Space between the plot and the labels under it (clear of the lowest tick label).
double gap_below_plot(const Context& ctx, const Canvas& canvas);
void draw_value_grid(const Context& ctx, Canvas& canvas, const VerticalFrame& frame, Box area);
void draw_zero_line(const Context& ctx, Canvas& canvas, const VerticalFrame& frame);

// The y value of series s for each category (NaN where absent), and whether it is
// provisional.
std::vector<double> category_values(const Context& ctx, const Series& s);
std::vector<bool> category_provisional(const Context& ctx, const Series& s);

// ---- frame parts ----------------------------------------------------------------------

struct LegendEntry {
  enum class Sample { swatch, line } sample = Sample::swatch;
  SeriesStyle style;
  bool hollow = false;  // provisional points: a hollow marker or a light, outlined swatch
  std::string text;
};
std::vector<LegendEntry> legend_entries(const Context& ctx);
// Height of the legend laid out in rows across width; 0 without entries.
double legend_height(const Context& ctx, const Canvas& canvas,
                     const std::vector<LegendEntry>& entries, double width);
void draw_legend(const Context& ctx, Canvas& canvas, const std::vector<LegendEntry>& entries,
                 Box area);

// ---- Gantt milestones ------------------------------------------------------------------

// A milestone's diamond and label in a task row, y relative to the row's middle. A label
// sits beside its diamond off the bar, else after the bar's end or before its start, else
// above or below the diamond when the row has room; one that fits nowhere is not placed
// and goes into the notes under the chart instead (never dropped).
struct MilestoneMark {
  double x = 0;  // the diamond's centre
  std::string label;
  Box box;              // the label's box when placed
  bool placed = false;  // false: in the notes (or no label)
};
double milestone_radius(const Context& ctx);
std::vector<MilestoneMark> place_milestones(const Context& ctx, const Canvas& canvas,
                                            const Task& task, const TimeScale& scale, double x0,
                                            double x1, Box bar, double half_row);

// ---- line chart data labels -------------------------------------------------------------

struct LineSegment {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};
// Whether a straight segment passes through the box.
bool crosses(const Box& box, const LineSegment& s);

// A value to write at a point of a line: above it (a peak) or below it (a valley).
struct PointLabel {
  std::string text;
  double x = 0, y = 0;  // the point
  bool above = true;
};
// What data labels keep off: the markers, the lines, and everything left of left_limit
// (the value axis with its tick labels).
struct LabelObstacles {
  std::vector<Box> markers;
  std::vector<LineSegment> lines;
  double left_limit = 0;
};
// Each label on its preferred side of its point, else the other side, else right or left
// of it; off markers, lines and other text, or (when nothing else is free) at least off
// markers and text. A label with no free place is left out.
void draw_point_labels(const Context& ctx, Canvas& canvas, const std::vector<PointLabel>& labels,
                       const LabelObstacles& obstacles, double marker_r);

// ---- chart types: the height the plot needs at a width, and drawing it into an area ---

struct PlotHeight {
  double natural = 0;  // when the chart sets no height
  double minimum = 0;  // below this labels would collide
};

PlotHeight bar_plot_height(const Context& ctx, const Canvas& canvas, double width);
void draw_bar_plot(const Context& ctx, Canvas& canvas, Box area);
PlotHeight column_plot_height(const Context& ctx, const Canvas& canvas, double width);
void draw_column_plot(const Context& ctx, Canvas& canvas, Box area);
PlotHeight line_plot_height(const Context& ctx, const Canvas& canvas, double width);
void draw_line_plot(const Context& ctx, Canvas& canvas, Box area);
PlotHeight radar_plot_height(const Context& ctx, const Canvas& canvas, double width);
void draw_radar_plot(const Context& ctx, Canvas& canvas, Box area);
PlotHeight gantt_plot_height(const Context& ctx, const Canvas& canvas, double width);
void draw_gantt_plot(const Context& ctx, Canvas& canvas, Box area);
PlotHeight status_plot_height(const Context& ctx, const Canvas& canvas, double width);
void draw_status_plot(const Context& ctx, Canvas& canvas, Box area);

}  // namespace koers::charts::detail

// Charts: a chart specification (bars, lines with a target path, radar, Gantt planning,
// status overview) drawn as display-list items in the house style's colours and fonts, with
// labels formatted for the document's locale. Labels are never clipped and never overlap:
// they are wrapped, shortened with an ellipsis, or thinned out (axis ticks).
// Charts know nothing of layout or PDF: text is measured and set through a ChartText the
// caller supplies, and the drawing's coordinates start at its own top-left corner.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "display/display.h"
#include "text/format.h"

namespace koers::charts {

using display::Color;

enum class ChartType {
  bar,     // horizontal bars: one row per category (long labels fit best here)
  column,  // vertical bars: one column per category
  line,    // series over years: measured, target path, projection, reference (national)
  radar,   // one spoke per category (quickscan theme scores)
  gantt,   // tasks over years and quarters, with milestones
  status,  // one row per item: coloured mark plus the status in words
};

// What a line series is; it decides the line style (solid, dashed, dotted) and markers.
enum class SeriesKind { measured, target, projection, reference };

enum class ValueFormat { number, percent, amount };  // 1.234,5 · 49% · € 1,2 mln.

struct DataPoint {
  std::string category;  // bar, column, radar: the category (must be in Chart::categories)
  double x = 0;          // line: the year (fractions allowed: 2027.5 is mid-2027)
  double y = 0;
  // Drawn hollow (line markers) or light with an outline in the series colour (bars), and
  // named in the legend ("2024 (voorlopig)"): never by colour alone.
  bool provisional = false;
};

// The legend names the series: always on line charts (their kinds look different); on bar,
// column and radar charts too when there is one series, unless it has no name or the
// chart's title already contains it. Gantt and status charts have none.
struct Series {
  std::string name;
  SeriesKind kind = SeriesKind::measured;
  std::vector<DataPoint> points;  // missing categories or years are simply absent
};

// A point in the planning: a year, or a quarter of it (quarter 0: the whole year).
struct Period {
  int year = 0;
  int quarter = 0;  // 1..4, 0: whole year
  friend bool operator==(const Period&, const Period&) = default;
};

struct Milestone {
  std::string label;
  Period at;  // at the end of that quarter (or year)
};

struct Task {
  std::string label;
  std::string group;  // tasks of one group are drawn under a group heading, in order
  Period start, end;  // start at the beginning of start, end at the end of end
  std::vector<Milestone> milestones;
};

enum class Status { on_track, attention, off_track, unknown };

struct StatusItem {
  std::string label;
  Status status = Status::unknown;
  std::string detail;  // short text after the status ("−12% t.o.v. 2019")
};

struct Chart {
  ChartType type = ChartType::column;
  bool stacked = false;  // bar, column: stack the series instead of grouping them
  std::string title;     // drawn above the chart; empty: none (a figure caption suffices)
  std::string source;    // "Klimaatmonitor, peildatum 15 september 2026": drawn as "Bron: …"
  std::string alt;       // text alternative (tagged PDF); not drawn
  std::string unit;      // value axis label ("kt CO₂", "%"); empty: none
  ValueFormat format = ValueFormat::number;
  // Data labels: each value with as few decimals as it needs, at most this many; -1: at
  // most 2 (more only when the axis ticks need more).
  int decimals = -1;
  std::optional<double> min, max;  // value axis range; unset: from the data (and zero)
  bool data_labels = false;        // values written at the bars/points
  double height = 0;               // points; 0: a height that suits the type and data
  std::vector<std::string> categories;
  std::vector<Series> series;
  Period from, to;  // gantt: the time axis; year 0: from the tasks
  std::vector<Task> tasks;
  std::vector<StatusItem> items;
};

// The house style's look of charts (style @chart) with a fallback palette (Okabe–Ito order)
// that stays distinguishable in greyscale and for colour-blind readers.
struct Theme {
  std::vector<Color> palette;  // series colours in order; empty: fallback_palette()
  Color text{0.15, 0.15, 0.15};
  Color axis{0.35, 0.35, 0.35};
  Color grid{0.85, 0.85, 0.85};
  double font_size = 8;     // labels, ticks, legend
  double title_size = 9.5;  // the chart's title (bold)
  Color on_track{0.0, 0.55, 0.35}, attention{0.9, 0.6, 0.0}, off_track{0.8, 0.15, 0.1},
      unknown{0.6, 0.6, 0.6};
};
std::vector<Color> fallback_palette();

// The fixed words of charts, in the document's language (layout fills them from the
// message catalogue; the defaults are Dutch).
struct Labels {
  std::string source = "Bron: {source}";  // {source} is replaced
  std::string provisional = "voorlopig";
  std::string on_track = "op koers", attention = "aandacht nodig", off_track = "niet op koers",
              unknown = "onbekend";
  std::string quarter = "K{q}";  // quarter on the Gantt axis: K1 … K4
};

// Measures and sets text for the chart in the document's fonts.
class ChartText {
 public:
  virtual ~ChartText() = default;
  virtual double width(std::string_view utf8, double size, bool bold) = 0;
  virtual double ascent(double size) = 0;   // baseline to top of capitals (positive)
  virtual double descent(double size) = 0;  // baseline to bottom of descenders (positive)
  // A run of text whose baseline starts at (x, y), in drawing coordinates.
  virtual display::GlyphRun run(std::string_view utf8, double size, bool bold, double x, double y,
                                Color color) = 0;
};

struct Drawing {
  double width = 0, height = 0;
  std::vector<display::Item> items;  // origin: the drawing's top-left corner, y downwards
};

// Draws chart into a frame of the given width (its height is chart.height or chosen; a
// chart.height too small for the labels is enlarged, so read Drawing::height).
// Never throws for awkward data: no series, one value, only negative values, missing years,
// a label longer than the frame — all give a readable chart.
Drawing draw(const Chart& chart, const Theme& theme, const Labels& labels, ChartText& text,
             const text::Formatter& format, double width);

// ---- the pieces, exposed for tests -------------------------------------------------------

// "Nice" ticks (steps 1, 2, 2.5 or 5 times a power of ten) covering [lo, hi] with at most
// max_ticks ticks; the first tick is <= lo and the last >= hi. lo == hi gives a range
// around the value (and zero); ranges that cross zero have a tick at 0 (so at least three
// ticks). lo > hi is taken the right way round; a bound that is not a finite number is
// ignored (neither finite: 0 to 1).
struct Ticks {
  double first = 0, step = 1, last = 0;
  int decimals = 0;  // decimals needed to tell the ticks apart
  std::vector<double> values() const;
};
Ticks nice_ticks(double lo, double hi, int max_ticks = 6);

// A label placed along an axis: its centre and width; which of a row of labels can be shown
// without overlapping (at least gap points between neighbours). Always keeps the first and
// last; thins out evenly (every 2nd, every 3rd, …) before dropping the last.
struct AxisLabel {
  double centre = 0, width = 0;
};
std::vector<bool> visible_labels(const std::vector<AxisLabel>& labels, double gap);

// The years labelled on a line chart's axis from first to last (whole years), pitch points
// apart per year, each label at most label_width wide and at least gap from the next: the
// multiples of the smallest step of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500 … whose
// labels keep apart, evenly spaced, plus first and last where they keep apart from those.
// Never empty when first <= last.
struct YearLabels {
  int step = 1;            // years between the regular labels
  std::vector<int> years;  // ascending
};
YearLabels year_labels(int first, int last, double pitch, double label_width, double gap);

// text broken into at most max_lines lines of at most width points (at spaces and after
// hyphens), the last one shortened with "…" when it still does not fit.
std::vector<std::string> wrap_label(std::string_view text, double width, int max_lines, double size,
                                    bool bold, ChartText& measure);

// Linear least-squares trend through points (x = year) evaluated at year; nullopt with fewer
// than two distinct years.
std::optional<double> trend_at(const std::vector<DataPoint>& points, double year);

// The points a line series is drawn through, in year order (non-finite points left out).
// A projection starts at the last point of the measured series it continues (the nearest
// measured series before it, else the first); a projection without points of its own
// follows that series' trend (trend_at) from there to the chart's last year.
std::vector<DataPoint> line_path(const Chart& chart, std::size_t series);

// The Gantt time scale: quarters from `from` to `to` (inclusive) mapped linearly onto
// [x0, x1]. x_start(p) is where period p begins, x_end(p) where it ends.
class TimeScale {
 public:
  TimeScale(Period from, Period to, double x0, double x1);
  double x_start(Period p) const;
  double x_end(Period p) const;
  int first_quarter() const { return first_; }  // year * 4 + quarter - 1
  int last_quarter() const { return last_; }

 private:
  int first_, last_;
  double x0_, x1_;
};

}  // namespace koers::charts

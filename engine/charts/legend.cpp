#include <algorithm>
#include <cctype>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

namespace {

constexpr double kLineSample = 18;  // length of a line sample
constexpr double kSampleGap = 4;    // sample to its text
constexpr double kEntryGap = 12;    // between entries on one row

struct PlacedEntry {
  double x = 0, y = 0;  // top-left of the sample, relative to the legend's area
  std::vector<std::string> lines;
};

double sample_width(const LegendEntry& e, double size) {
  return e.sample == LegendEntry::Sample::line ? kLineSample : size * 0.8;
}

// Entries flow left to right and onto more rows when the width is used up.
std::vector<PlacedEntry> place(const Context& ctx, const Canvas& canvas,
                               const std::vector<LegendEntry>& entries, double width,
                               double* height) {
  const double size = ctx.font_size();
  std::vector<PlacedEntry> placed;
  double x = 0, y = 0, row_height = 0;
  for (const LegendEntry& e : entries) {
    const double sample = sample_width(e, size) + kSampleGap;
    std::vector<std::string> lines =
        wrap_label(e.text, std::max(width - sample, size), 2, size, false, ctx.text);
    double text_w = 0;
    for (const std::string& l : lines) text_w = std::max(text_w, canvas.text_width(l, size, false));
    const double entry_w = sample + text_w;
    const double entry_h =
        lines.empty() ? canvas.text_height(size)
                      : (lines.size() - 1) * canvas.line_pitch(size) + canvas.text_height(size);
    if (x > 0 && x + entry_w > width) {
      x = 0;
      y += row_height + canvas.line_pitch(size) - canvas.text_height(size);
      row_height = 0;
    }
    placed.push_back({x, y, std::move(lines)});
    x += entry_w + kEntryGap;
    row_height = std::max(row_height, entry_h);
  }
  *height = placed.empty() ? 0 : y + row_height;
  return placed;
}

void draw_sample(const LegendEntry& e, Canvas& canvas, double x, double y, double size) {
  const double mid = y + canvas.text_height(size) / 2;
  if (e.sample == LegendEntry::Sample::swatch) {
    const double side = size * 0.8;
    bar_rect(canvas, {x, mid - side / 2, side, side}, e.style.color, e.hollow);
    return;
  }
  canvas.line(x, mid, x + kLineSample, mid, e.style.line_width, e.style.color, e.style.dash);
  if (e.style.marker != Marker::none || e.hollow) {
    const Marker shape = e.style.marker == Marker::none ? Marker::circle : e.style.marker;
    marker(canvas, x + kLineSample / 2, mid, marker_radius(size, shape), e.style.color, e.hollow,
           shape);
  }
}

// Whether the title already names the series (letter case aside): then a legend of that one
// series would only repeat it.
bool contains_words(std::string_view title, std::string_view name) {
  auto lower = [](std::string_view t) {
    std::string out(t);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  return !name.empty() && lower(title).find(lower(name)) != std::string::npos;
}

}  // namespace

std::vector<LegendEntry> legend_entries(const Context& ctx) {
  const Chart& chart = ctx.chart;
  std::vector<LegendEntry> entries;
  if (chart.type == ChartType::gantt || chart.type == ChartType::status) return entries;
  const std::vector<SeriesStyle> styles = series_styles(ctx);
  const bool lines = chart.type == ChartType::line || chart.type == ChartType::radar;
  const auto sample = lines ? LegendEntry::Sample::line : LegendEntry::Sample::swatch;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const Series& s = chart.series[i];
    if (chart.type == ChartType::line ? line_path(chart, i).empty() : s.points.empty()) {
      continue;  // nothing drawn, nothing to name
    }
    if (!s.name.empty() && (chart.type == ChartType::line || chart.series.size() > 1 ||
                            !contains_words(chart.title, s.name))) {
      entries.push_back({sample, styles[i], false, s.name});
    }
    const bool provisional = std::any_of(s.points.begin(), s.points.end(),
                                         [](const DataPoint& p) { return p.provisional; });
    if (!provisional || chart.type == ChartType::radar) continue;
    SeriesStyle light = styles[i];
    light.dash.clear();
    const std::string word = "(" + ctx.labels.provisional + ")";
    entries.push_back({sample, light, true, s.name.empty() ? word : s.name + " " + word});
  }
  return entries;
}

double legend_height(const Context& ctx, const Canvas& canvas,
                     const std::vector<LegendEntry>& entries, double width) {
  double height = 0;
  place(ctx, canvas, entries, width, &height);
  return height;
}

void draw_legend(const Context& ctx, Canvas& canvas, const std::vector<LegendEntry>& entries,
                 Box area) {
  const double size = ctx.font_size();
  double height = 0;
  const std::vector<PlacedEntry> placed = place(ctx, canvas, entries, area.w, &height);
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const double x = area.x + placed[i].x, y = area.y + placed[i].y;
    draw_sample(entries[i], canvas, x, y, size);
    const double text_x = x + sample_width(entries[i], size) + kSampleGap;
    canvas.lines(placed[i].lines, size, false, text_x, Align::left, y, ctx.theme.text);
  }
}

}  // namespace koers::charts::detail

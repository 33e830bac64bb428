#include "layout/chart.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace koers::layout {
namespace {

constexpr double kChartSpacing = 12;     // before and after a chart on its own, points
constexpr double kSmallestScale = 0.75;  // below this a shrunk chart's labels get hard to read

// Text of a chart in the @chart font, measured and shaped through the layout's font cache.
class ChartFonts : public charts::ChartText {
 public:
  ChartFonts(Context& ctx, const std::string& family) : ctx_(ctx), family_(family) {}

  double width(std::string_view utf8, double size, bool bold) override {
    const text::Font* font = ctx_.font(family_, bold, false);
    const std::u32string text = text::to_u32(utf8);
    if (!font) return 0.5 * size * static_cast<double>(text.size());
    double em = 0;
    for (double a : ctx_.advances(*font, text)) em += a;
    return em * size;
  }

  double ascent(double size) override {
    const text::Font* font = ctx_.font(family_, false, false);
    return (font ? font->cap_height() : 0.7) * size;
  }

  double descent(double size) override {
    const text::Font* font = ctx_.font(family_, false, false);
    return (font ? -font->descender() : 0.2) * size;
  }

  display::GlyphRun run(std::string_view utf8, double size, bool bold, double x, double y,
                        display::Color color) override {
    const TextStyle ts = ctx_.text_style(family_, bold, false, size, color);
    display::GlyphRun run;
    run.face = ts.face;
    run.size = size;
    run.color = color;
    run.x = x;
    run.y = y;
    run.text = text::to_u32(utf8);
    if (ts.font) {
      for (double a : ctx_.advances(*ts.font, run.text)) run.advances.push_back(a * size);
    } else {
      run.advances.assign(run.text.size(), 0.5 * size);
    }
    return run;
  }

 private:
  Context& ctx_;
  std::string family_;
};

charts::ChartType chart_type(doc::Chart::Type type) {
  using T = doc::Chart::Type;
  switch (type) {
    case T::bar:
      return charts::ChartType::bar;
    case T::column:
      return charts::ChartType::column;
    case T::line:
      return charts::ChartType::line;
    case T::radar:
      return charts::ChartType::radar;
    case T::gantt:
      return charts::ChartType::gantt;
    case T::status:
      return charts::ChartType::status;
  }
  return charts::ChartType::column;
}

charts::ValueFormat value_format(doc::Chart::Format format) {
  switch (format) {
    case doc::Chart::Format::number:
      return charts::ValueFormat::number;
    case doc::Chart::Format::percent:
      return charts::ValueFormat::percent;
    case doc::Chart::Format::amount:
      return charts::ValueFormat::amount;
  }
  return charts::ValueFormat::number;
}

charts::SeriesKind series_kind(doc::ChartSeries::Kind kind) {
  using K = doc::ChartSeries::Kind;
  switch (kind) {
    case K::measured:
      return charts::SeriesKind::measured;
    case K::target:
      return charts::SeriesKind::target;
    case K::projection:
      return charts::SeriesKind::projection;
    case K::reference:
      return charts::SeriesKind::reference;
  }
  return charts::SeriesKind::measured;
}

charts::Status status(doc::ChartItem::Status status) {
  using S = doc::ChartItem::Status;
  switch (status) {
    case S::on_track:
      return charts::Status::on_track;
    case S::attention:
      return charts::Status::attention;
    case S::off_track:
      return charts::Status::off_track;
    case S::unknown:
      return charts::Status::unknown;
  }
  return charts::Status::unknown;
}

charts::Period period(doc::ChartPeriod p) {
  return {p.year, p.quarter};
}

// Every coordinate, size and line width times factor (a chart too tall for the page).
void scale(display::Item& item, double factor) {
  std::visit(
      [&](auto& it) {
        using T = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<T, display::GlyphRun>) {
          it.x *= factor, it.y *= factor, it.size *= factor;
          for (double& a : it.advances) a *= factor;
        } else if constexpr (std::is_same_v<T, display::Line>) {
          it.x1 *= factor, it.y1 *= factor, it.x2 *= factor, it.y2 *= factor;
          it.width *= factor;
          for (double& d : it.dash) d *= factor;
        } else if constexpr (std::is_same_v<T, display::Path>) {
          for (auto& s : it.segments) {
            s.x *= factor, s.y *= factor, s.x1 *= factor, s.y1 *= factor;
            s.x2 *= factor, s.y2 *= factor;
          }
          it.stroke_width *= factor;
          for (double& d : it.dash) d *= factor;
        } else if constexpr (std::is_same_v<T, display::Rect>) {
          it.x *= factor, it.y *= factor, it.w *= factor, it.h *= factor;
          it.stroke_width *= factor;
        } else {
          it.x *= factor, it.y *= factor, it.w *= factor, it.h *= factor;
        }
      },
      item);
}

}  // namespace

charts::Chart chart_specification(const doc::Chart& chart) {
  charts::Chart out;
  out.type = chart_type(chart.type);
  out.stacked = chart.stacked;
  out.title = chart.title;
  out.source = chart.source;
  out.alt = chart.alt;
  out.unit = chart.unit;
  out.format = value_format(chart.format);
  out.decimals = chart.decimals;
  out.min = chart.min;
  out.max = chart.max;
  out.data_labels = chart.labels;
  out.height = chart.height;
  out.categories = chart.categories;
  for (const auto& s : chart.series) {
    charts::Series series;
    series.name = s.name;
    series.kind = series_kind(s.kind);
    for (const auto& p : s.points) series.points.push_back({p.category, p.x, p.y, p.provisional});
    out.series.push_back(std::move(series));
  }
  out.from = period(chart.from);
  out.to = period(chart.to);
  for (const auto& t : chart.tasks) {
    charts::Task task;
    task.label = t.label;
    task.group = t.group;
    task.start = period(t.start);
    task.end = period(t.end);
    for (const auto& m : t.milestones) task.milestones.push_back({m.label, period(m.at)});
    out.tasks.push_back(std::move(task));
  }
  for (const auto& i : chart.items) out.items.push_back({i.label, status(i.status), i.detail});
  return out;
}

charts::Theme chart_theme(const style::ChartStyle& style) {
  charts::Theme theme;
  theme.palette = style.palette;
  theme.text = style.color;
  theme.axis = style.axis_color;
  theme.grid = style.grid_color;
  theme.font_size = style.font_size;
  theme.title_size = style.title_size;
  theme.on_track = style.on_track_color;
  theme.attention = style.attention_color;
  theme.off_track = style.off_track_color;
  theme.unknown = style.unknown_color;
  return theme;
}

charts::Labels chart_labels(const Context& ctx) {
  // The catalogue names its placeholders in Dutch ({bron}, {kwartaal}); the charts module
  // fills in {source} and {q}.
  charts::Labels labels;
  labels.source = ctx.label("grafiek.bron", "Bron: {bron}", {{"bron", std::string("{source}")}});
  labels.quarter = ctx.label("grafiek.kwartaal", "K{kwartaal}", {{"kwartaal", std::string("{q}")}});
  labels.provisional = ctx.label("grafiek.voorlopig", "voorlopig");
  labels.on_track = ctx.label("grafiek.status.op-koers", "op koers");
  labels.attention = ctx.label("grafiek.status.aandacht", "aandacht nodig");
  labels.off_track = ctx.label("grafiek.status.niet-op-koers", "niet op koers");
  labels.unknown = ctx.label("grafiek.status.onbekend", "onbekend");
  return labels;
}

Chunk chart_chunk(Context& ctx, const doc::Chart& chart, const doc::SourceRef& source,
                  const Area& frame, double max_height) {
  const style::ChartStyle& style = ctx.style.chart;
  ChartFonts fonts(ctx, style.font_family);
  charts::Drawing drawing = charts::draw(chart_specification(chart), chart_theme(style),
                                         chart_labels(ctx), fonts, ctx.formatter(), frame.width);
  double factor = 1;
  if (drawing.height > max_height && drawing.height > 0) {
    factor = max_height / drawing.height;
    if (factor < kSmallestScale)
      ctx.warn(source,
               "de grafiek is hoger dan een pagina en is verkleind tot " +
                   std::to_string(static_cast<int>(std::floor(factor * 100))) + "%",
               "Verdeel de gegevens over meer grafieken, of geef de grafiek een kleinere "
               "height.");
  }
  Chunk c;
  c.height = drawing.height * factor;
  const double x = frame.x + (frame.width - drawing.width * factor) / 2;
  c.items.reserve(drawing.items.size());
  for (auto& item : drawing.items) {
    if (factor < 1) scale(item, factor);
    shift(item, x, 0);
    c.items.push_back(std::move(item));
  }
  return c;
}

Chunks layout_chart(Context& ctx, const doc::Chart& chart, const doc::SourceRef& source,
                    const Area& area) {
  Chunk c = chart_chunk(ctx, chart, source, area, ctx.page_body_height);
  c.space_before = kChartSpacing;
  c.space_after = kChartSpacing;
  if (auto it = ctx.style.paragraphs.find("figure"); it != ctx.style.paragraphs.end()) {
    c.space_before = it->second.space_before;
    c.space_after = it->second.space_after;
  }
  return {std::move(c)};
}

}  // namespace koers::layout

#include <algorithm>
#include <cmath>

#include "charts/chart_parts.h"

namespace koers::charts {

namespace {

using detail::Align;
using detail::Box;
using detail::Canvas;
using detail::Context;
using detail::PlotHeight;

PlotHeight plot_height(const Context& ctx, const Canvas& canvas, double width) {
  switch (ctx.chart.type) {
    case ChartType::bar:
      return detail::bar_plot_height(ctx, canvas, width);
    case ChartType::column:
      return detail::column_plot_height(ctx, canvas, width);
    case ChartType::line:
      return detail::line_plot_height(ctx, canvas, width);
    case ChartType::radar:
      return detail::radar_plot_height(ctx, canvas, width);
    case ChartType::gantt:
      return detail::gantt_plot_height(ctx, canvas, width);
    case ChartType::status:
      return detail::status_plot_height(ctx, canvas, width);
  }
  return {};
}

void draw_plot(const Context& ctx, Canvas& canvas, Box area) {
  switch (ctx.chart.type) {
    case ChartType::bar:
      return detail::draw_bar_plot(ctx, canvas, area);
    case ChartType::column:
      return detail::draw_column_plot(ctx, canvas, area);
    case ChartType::line:
      return detail::draw_line_plot(ctx, canvas, area);
    case ChartType::radar:
      return detail::draw_radar_plot(ctx, canvas, area);
    case ChartType::gantt:
      return detail::draw_gantt_plot(ctx, canvas, area);
    case ChartType::status:
      return detail::draw_status_plot(ctx, canvas, area);
  }
}

std::string source_line(const Labels& labels, const std::string& source) {
  std::string out = labels.source;
  const std::string placeholder = "{source}";
  for (std::size_t at = out.find(placeholder); at != std::string::npos;
       at = out.find(placeholder, at + source.size())) {
    out.replace(at, placeholder.size(), source);
  }
  return out;
}

double block_height(const Canvas& canvas, std::size_t lines, double size) {
  return lines == 0 ? 0 : (lines - 1) * canvas.line_pitch(size) + canvas.text_height(size);
}

}  // namespace

Drawing draw(const Chart& chart, const Theme& theme, const Labels& labels, ChartText& shaper,
             const text::Formatter& format, double width) {
  Drawing drawing;
  if (!(width > 0) || !std::isfinite(width)) return drawing;
  drawing.width = width;
  detail::MeasuredText measured(shaper);
  ChartText& text = measured;
  const Context ctx = detail::make_context(chart, theme, labels, text, format);
  Canvas canvas(text, width, 0);
  const double size = ctx.font_size();
  const double title_size = std::max(theme.title_size, 4.0);

  const std::vector<std::string> title = wrap_label(chart.title, width, 3, title_size, true, text);
  const double title_h =
      title.empty() ? 0 : block_height(canvas, title.size(), title_size) + size * 0.9;
  const std::vector<detail::LegendEntry> legend = detail::legend_entries(ctx);
  const double legend_body = detail::legend_height(ctx, canvas, legend, width);
  const double legend_h = legend_body > 0 ? legend_body + size * 0.9 : 0;
  const std::vector<std::string> source =
      chart.source.empty()
          ? std::vector<std::string>{}
          : wrap_label(source_line(labels, chart.source), width, 2, ctx.small_size(), false, text);
  const double source_h =
      source.empty() ? 0 : block_height(canvas, source.size(), ctx.small_size()) + size * 0.7;

  // A height too small for the labels grows the drawing rather than letting them collide.
  const PlotHeight wanted = plot_height(ctx, canvas, width);
  const double frame = title_h + legend_h + source_h;
  const double plot_h = chart.height > 0 && std::isfinite(chart.height)
                            ? std::max(chart.height - frame, wanted.minimum)
                            : std::max(wanted.natural, wanted.minimum);
  drawing.height = frame + plot_h;
  canvas.set_height(drawing.height);

  // The plot comes last: its optional labels are placed only where no other text is.
  canvas.lines(title, title_size, true, 0, Align::left, 0, theme.text);
  if (legend_h > 0) {
    detail::draw_legend(ctx, canvas, legend,
                        {0, title_h + plot_h + size * 0.9, width, legend_body});
  }
  canvas.lines(source, ctx.small_size(), false, 0, Align::left,
               drawing.height - block_height(canvas, source.size(), ctx.small_size()), theme.text);
  draw_plot(ctx, canvas, {0, title_h, width, plot_h});
  drawing.items = canvas.take_items();
  return drawing;
}

}  // namespace koers::charts

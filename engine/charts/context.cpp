#include <algorithm>
#include <cmath>

#include "charts/chart_parts.h"

namespace koers::charts::detail {

double Context::font_size() const {
  return std::max(theme.font_size, 4.0);
}

double Context::small_size() const {
  return std::max(font_size() - 1, 4.0);
}

int Context::category_index(std::string_view category) const {
  const auto it = std::find(categories.begin(), categories.end(), category);
  return it == categories.end() ? -1 : static_cast<int>(it - categories.begin());
}

Context make_context(const Chart& chart, const Theme& theme, const Labels& labels, ChartText& text,
                     const text::Formatter& format) {
  Context ctx{chart, theme, labels, text, format, theme.palette, chart.categories};
  if (ctx.palette.empty()) ctx.palette = fallback_palette();
  // A point naming a category the chart does not list still gets its row or column.
  for (const Series& s : chart.series) {
    for (const DataPoint& p : s.points) {
      if (ctx.category_index(p.category) < 0 && !p.category.empty()) {
        ctx.categories.push_back(p.category);
      }
    }
  }
  return ctx;
}

Color mix_with_white(Color c, double white_share) {
  const double w = std::clamp(white_share, 0.0, 1.0);
  return {c.r * (1 - w) + w, c.g * (1 - w) + w, c.b * (1 - w) + w};
}

Color text_on(Color fill, const Theme& theme) {
  // Relative luminance (sRGB, approximated with gamma 2.2) against a mid threshold.
  auto linear = [](double v) { return std::pow(v, 2.2); };
  const double luminance =
      0.2126 * linear(fill.r) + 0.7152 * linear(fill.g) + 0.0722 * linear(fill.b);
  return luminance < 0.3 ? Color{1, 1, 1} : theme.text;
}

int measured_source_of(const Chart& chart, int projection_index) {
  for (int i = projection_index - 1; i >= 0; --i) {
    if (chart.series[i].kind == SeriesKind::measured) return i;
  }
  for (int i = 0; i < static_cast<int>(chart.series.size()); ++i) {
    if (chart.series[i].kind == SeriesKind::measured) return i;
  }
  return -1;
}

std::vector<SeriesStyle> series_styles(const Context& ctx) {
  const Chart& chart = ctx.chart;
  std::vector<SeriesStyle> styles(chart.series.size());
  std::size_t next_colour = 0;
  auto take_colour = [&] { return palette_colour(ctx.palette, next_colour++); };
  const bool lines = chart.type == ChartType::line || chart.type == ChartType::radar;

  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    SeriesStyle& style = styles[i];
    if (!lines) {
      style.color = take_colour();
      continue;
    }
    switch (chart.series[i].kind) {
      case SeriesKind::measured:
        style = {take_colour(), 1.5, {}, Marker::circle};
        break;
      case SeriesKind::target:
        style = {take_colour(), 1.25, {4, 2.5}, Marker::open_diamond};
        break;
      case SeriesKind::projection:
        style = {Color{}, 1.25, {1, 2}, Marker::none};
        break;
      case SeriesKind::reference:
        style = {Color{0.55, 0.55, 0.55}, 0.8, {5, 2, 1, 2}, Marker::none};
        break;
    }
    if (chart.type == ChartType::radar) style.marker = Marker::circle;
  }
  // Projections take the colour of the measured series they continue.
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    if (!lines || chart.series[i].kind != SeriesKind::projection) continue;
    const int source = measured_source_of(chart, static_cast<int>(i));
    styles[i].color = source >= 0 ? styles[source].color : take_colour();
  }
  return styles;
}

}  // namespace koers::charts::detail

namespace koers::charts {

Color detail::palette_colour(const std::vector<Color>& palette, std::size_t index) {
  // Past the end of the palette: its colours again, lighter each round, so seven themes on
  // a six-colour palette do not share a colour.
  const std::size_t round = index / palette.size();
  const Color c = palette[index % palette.size()];
  return round == 0 ? c : mix_with_white(c, std::min(0.8, 0.45 * static_cast<double>(round)));
}

std::vector<Color> fallback_palette() {
  // Okabe & Ito (2008), reordered so that neighbours also differ in lightness (greyscale).
  return {
      {0.000, 0.447, 0.698},  // #0072B2 blue
      {0.902, 0.624, 0.000},  // #E69F00 orange
      {0.000, 0.620, 0.451},  // #009E73 bluish green
      {0.800, 0.475, 0.655},  // #CC79A7 reddish purple
      {0.337, 0.706, 0.914},  // #56B4E9 sky blue
      {0.835, 0.369, 0.000},  // #D55E00 vermilion
      {0.941, 0.894, 0.259},  // #F0E442 yellow
      {0.400, 0.400, 0.400},  // #666666 grey
  };
}

}  // namespace koers::charts

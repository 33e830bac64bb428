#include <gtest/gtest.h>

#include <algorithm>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::has_text;
using testing::kLongLabel;

DataPoint score(std::string theme, double y) {
  return {std::move(theme), 0, y};
}

Chart quickscan(std::size_t themes) {
  static const std::vector<std::string> names = {
      "Energie",         "Klimaatadaptatie",     "Circulaire economie", "Mobiliteit",
      "Natuur en groen", "Gezonde leefomgeving", "Bodem en water",      "Voedsel",
      "Wonen",           "Werk en economie",     "Participatie",        "Organisatie"};
  Chart c;
  c.type = ChartType::radar;
  c.title = "Quickscan: score per thema";
  c.min = 0;
  c.max = 5;
  Series now{"2026", SeriesKind::measured, {}}, before{"2022", SeriesKind::measured, {}};
  for (std::size_t i = 0; i < themes; ++i) {
    c.categories.push_back(names[i % names.size()]);
    now.points.push_back(score(names[i % names.size()], 1 + (i * 7) % 5));
    before.points.push_back(score(names[i % names.size()], 0.5 + (i * 3) % 4));
  }
  c.series = {now, before};
  return c;
}

int filled_paths(const Drawing& d) {
  int n = 0;
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (p && p->fill && p->segments.size() > 6) ++n;  // polygons, not markers
  }
  return n;
}

class RadarChart : public ChartTest {};

TEST_F(RadarChart, SixThemesTwoSeries) {
  const Drawing d = render(quickscan(6));
  EXPECT_TRUE(has_text(d, "Klimaatadaptatie"));
  EXPECT_TRUE(has_text(d, "Gezonde leefomgeving"));
  EXPECT_TRUE(has_text(d, "5"));  // the outer ring
  EXPECT_EQ(filled_paths(d), 2);
  // The fill is the series colour mixed 80% with white.
  const Color blue = fallback_palette()[0];
  bool light_fill = false;
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (p && p->fill && p->segments.size() > 6) {
      light_fill = light_fill || std::abs(p->fill_color.r - (blue.r * 0.2 + 0.8)) < 1e-9;
    }
  }
  EXPECT_TRUE(light_fill);
}

TEST_F(RadarChart, TwelveThemesWithLongLabels) {
  Chart c = quickscan(12);
  c.categories[3] = kLongLabel;
  c.series[0].points[3].category = kLongLabel;
  c.categories[9] = "Werk, economie en de regionale arbeidsmarkt in de Noordelijke Maasvallei";
  c.series[0].points[9].category = c.categories[9];
  render(c);
  render(c, 260);
}

TEST_F(RadarChart, FewSpokesMissingScoresAndValuesBeyondTheRange) {
  Chart c = quickscan(5);
  c.series[0].points.erase(c.series[0].points.begin() + 2);
  c.series[1].points[0].y = 9;  // beyond max: drawn at the outer ring
  c.data_labels = true;
  render(c);
  render(quickscan(1));
  render(quickscan(2));
  Chart empty;
  empty.type = ChartType::radar;
  render(empty);
  Chart no_series = quickscan(4);
  no_series.series.clear();
  render(no_series);
}

TEST_F(RadarChart, GivenHeight) {
  Chart c = quickscan(8);
  c.height = 400;
  EXPECT_DOUBLE_EQ(render(c).height, 400);
  c.height = 120;
  render(c);
}

// Boxes of the circle markers (the polygons' vertices), their outline included.
std::vector<testing::TextBox> marker_boxes(const Drawing& d) {
  std::vector<testing::TextBox> out;
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (!p || !p->fill || p->segments.size() != 6) continue;
    testing::TextBox b{"marker", 1e9, 1e9, -1e9, -1e9};
    for (const display::PathSegment& s : p->segments) {
      if (s.kind == display::PathSegment::close) continue;
      b.x0 = std::min(b.x0, s.x), b.x1 = std::max(b.x1, s.x);
      b.y0 = std::min(b.y0, s.y), b.y1 = std::max(b.y1, s.y);
    }
    const double half = p->stroke ? p->stroke_width / 2 : 0;
    out.push_back({"marker", b.x0 - half, b.y0 - half, b.x1 + half, b.y1 + half});
  }
  return out;
}

TEST_F(RadarChart, RingValuesStayClearOfMarkers) {
  for (const double width : {430.0, 260.0}) {
    for (int v = 1; v <= 5; ++v) {
      SCOPED_TRACE("score " + std::to_string(v) + " at " + std::to_string(width));
      Chart c = quickscan(6);
      c.series[0].points[0].y = v;  // a marker on the first spoke, on a ring
      c.series[1].points[0].y = 6 - v;
      const Drawing d = render(c, width);
      int ring_values = 0;
      for (const testing::TextBox& label : testing::text_boxes(d)) {
        if (label.text.size() != 1 || label.text[0] < '0' || label.text[0] > '5') continue;
        ++ring_values;
        for (const testing::TextBox& m : marker_boxes(d)) {
          EXPECT_FALSE(label.x0 < m.x1 && m.x0 < label.x1 && label.y0 < m.y1 && m.y0 < label.y1)
              << "'" << label.text << "' [" << label.x0 << "," << label.y0 << "," << label.x1 << ","
              << label.y1 << "] on a marker [" << m.x0 << "," << m.y0 << "," << m.x1 << "," << m.y1
              << "]";
        }
      }
      // The scale stays readable (values whose both sides a polygon edge crosses are left out).
      EXPECT_GE(ring_values, 3);
    }
  }
}

}  // namespace
}  // namespace koers::charts

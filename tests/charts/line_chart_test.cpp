#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::has_text;

DataPoint at(double year, double y, bool provisional = false) {
  return {{}, year, y, provisional};
}

Chart emission_path() {
  Chart c;
  c.type = ChartType::line;
  c.title = "CO\u2082-uitstoot en het doel voor 2030";
  c.source = "Klimaatmonitor";
  c.unit = "kt CO\u2082";
  c.series.push_back({"Gemeten",
                      SeriesKind::measured,
                      {at(2015, 420), at(2016, 410), at(2018, 395), at(2019, 380), at(2022, 350),
                       at(2023, 340, true)}});  // 2017, 2020 and 2021 missing
  c.series.push_back({"Doel", SeriesKind::target, {at(2019, 380), at(2030, 190)}});
  c.series.push_back({"Prognose", SeriesKind::projection, {}});
  c.series.push_back({"Landelijk", SeriesKind::reference, {at(2015, 420), at(2030, 230)}});
  return c;
}

struct Strokes {
  int solid = 0, dashed = 0, markers = 0, hollow = 0;
};

Strokes strokes(const Drawing& d) {
  Strokes s;
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (!p) continue;
    if (p->fill) {
      ++s.markers;
      if (p->fill_color == Color{1, 1, 1}) ++s.hollow;
    } else if (p->dash.empty()) {
      ++s.solid;
    } else {
      ++s.dashed;
    }
  }
  return s;
}

// The centre of a marker's path (the middle of its end points' extent).
std::pair<double, double> marker_centre(const display::Path& p) {
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const display::PathSegment& s : p.segments) {
    if (s.kind == display::PathSegment::close) continue;
    x0 = std::min(x0, s.x), x1 = std::max(x1, s.x);
    y0 = std::min(y0, s.y), y1 = std::max(y1, s.y);
  }
  return {(x0 + x1) / 2, (y0 + y1) / 2};
}

class LineChart : public ChartTest {};

TEST_F(LineChart, MeasuredTargetProjectionAndReference) {
  const Drawing d = render(emission_path());
  const Strokes s = strokes(d);
  EXPECT_EQ(s.solid, 1);   // the measured line
  EXPECT_EQ(s.dashed, 3);  // target, projection, reference
  // Six measured points and two target points, plus a marker in the legend for the measured
  // series, its provisional entry and the target.
  EXPECT_EQ(s.markers, 6 + 2 + 3);
  EXPECT_EQ(s.hollow, 1 + 2 + 2);
  EXPECT_TRUE(has_text(d, "Gemeten (voorlopig)"));
  EXPECT_TRUE(has_text(d, "Landelijk"));
  EXPECT_TRUE(has_text(d, "2015"));
  EXPECT_TRUE(has_text(d, "2030"));
  EXPECT_TRUE(has_text(d, "kt CO\u2082"));
}

TEST_F(LineChart, MissingYearsKeepTheLineButNotTheMarkers) {
  Chart c;
  c.type = ChartType::line;
  c.series.push_back({"Gemeten", SeriesKind::measured, {at(2019, 5), at(2024, 9), at(2020, 6)}});
  const Drawing d = render(c);
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (p && !p->fill) {
      EXPECT_EQ(p->segments.size(), 3u);              // one line through all three
      EXPECT_LT(p->segments[1].x, p->segments[2].x);  // in year order
    }
  }
  EXPECT_EQ(strokes(d).markers, 3 + 1);
  for (const char* year : {"2019", "2020", "2021", "2022", "2023", "2024"}) {
    EXPECT_TRUE(has_text(d, year)) << year;
  }
}

TEST_F(LineChart, NegativeValuesAndDataLabels) {
  Chart c;
  c.type = ChartType::line;
  c.data_labels = true;
  c.decimals = 1;
  c.series.push_back({"Saldo",
                      SeriesKind::measured,
                      {at(2020, -4), at(2021, 2.5), at(2022, -1), at(2023, 3), at(2024, -2)}});
  const Drawing d = render(c);
  std::vector<std::pair<double, double>> markers;  // centres
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (p && p->fill) markers.push_back(marker_centre(*p));
  }
  ASSERT_EQ(markers.size(), 5u + 1);
  // The legend's marker is the lowest (the legend is under the plot); the rest in year order.
  std::sort(markers.begin(), markers.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  markers.pop_back();
  std::sort(markers.begin(), markers.end());
  // The value written at each point: as few decimals as it needs, at most the chart's one.
  // (The text whose box comes within a few points of the marker: above, below or beside it.)
  auto value_at = [&](int k) {
    const auto [x, y] = markers[k];
    for (const testing::TextBox& b : testing::text_boxes(d)) {
      const double dx = std::max({b.x0 - x, x - b.x1, 0.0});
      const double dy = std::max({b.y0 - y, y - b.y1, 0.0});
      if (dx < 5 && dy < 5 && b.text != std::to_string(2020 + k)) return b;
    }
    ADD_FAILURE() << "no value at point " << k;
    return testing::TextBox{};
  };
  EXPECT_EQ(value_at(0).text, "-4");
  EXPECT_EQ(value_at(1).text, "2,5");
  EXPECT_EQ(value_at(2).text, "-1");
  EXPECT_EQ(value_at(3).text, "3");
  EXPECT_EQ(value_at(4).text, "-2");
  // Peaks carry their value above the point, valleys below it.
  EXPECT_LT(value_at(1).y1, markers[1].second);  // 2021, a peak
  EXPECT_GT(value_at(2).y0, markers[2].second);  // 2022, a valley
  // The first point's value keeps off the tick labels: right of its marker, not over it.
  EXPECT_GT(value_at(0).x0, markers[0].first);
}

// Data labels touch no marker and no line where another place is free, and stay right of
// the value axis' tick labels.
TEST_F(LineChart, DataLabelsKeepOffMarkersLinesAndTicks) {
  Chart c;
  c.type = ChartType::line;
  c.data_labels = true;
  c.series.push_back({"Saldo",
                      SeriesKind::measured,
                      {at(2020, -4), at(2021, 2.5), at(2022, -1), at(2023, 3), at(2024, -2)}});
  c.series.push_back({"Fonds",
                      SeriesKind::measured,
                      {at(2020, -3.5), at(2021, 2), at(2022, -0.5), at(2023, 2.5), at(2024, -1)}});
  const Drawing d = render(c);
  std::vector<std::pair<double, double>> markers;
  double tick_right = 0;  // the right edge of the tick labels: the value axis's column
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (p && p->fill) markers.push_back(marker_centre(*p));
  }
  const double r = theme.font_size * 0.28;
  int values = 0;
  for (const testing::TextBox& b : testing::text_boxes(d)) {
    if (b.text == "0") tick_right = b.x1;  // the zero tick (no point has value 0)
  }
  ASSERT_GT(tick_right, 0);
  for (const testing::TextBox& b : testing::text_boxes(d)) {
    if (b.x0 <= tick_right + 0.01 || b.text.size() > 4) continue;  // ticks, years, legend
    if (b.text.rfind("20", 0) == 0) continue;
    ++values;
    EXPECT_GE(b.x0, tick_right + 5.99) << b.text;
    for (const auto& [x, y] : markers) {
      const bool off = b.x1 < x - r || b.x0 > x + r || b.y1 < y - r || b.y0 > y + r;
      EXPECT_TRUE(off) << b.text << " on the marker at " << x << "," << y;
    }
  }
  EXPECT_GE(values, 8);  // most of the ten values found a place
}

TEST_F(LineChart, ManyYearsAreThinned) {
  Chart c;
  c.type = ChartType::line;
  c.series.push_back({"Temperatuur", SeriesKind::measured, {}});
  for (int y = 1950; y <= 2050; ++y) c.series[0].points.push_back(at(y, (y % 7) * 0.3));
  const Drawing d = render(c, 300);
  EXPECT_TRUE(has_text(d, "1950"));
  EXPECT_TRUE(has_text(d, "2050"));
  EXPECT_FALSE(has_text(d, "1951"));
}

TEST_F(LineChart, OneValueEmptySeriesAndNoSeries) {
  Chart one;
  one.type = ChartType::line;
  one.series.push_back({"Enige meting", SeriesKind::measured, {at(2024, 12)}});
  const Drawing d = render(one);
  EXPECT_TRUE(has_text(d, "2024"));
  EXPECT_EQ(strokes(d).markers, 1 + 1);
  Chart empty;
  empty.type = ChartType::line;
  empty.series.push_back({"Leeg", SeriesKind::measured, {}});
  empty.series.push_back({"Doel", SeriesKind::target, {at(2030, 10)}});  // one point: a marker
  render(empty);
  Chart none;
  none.type = ChartType::line;
  render(none);
}

TEST_F(LineChart, FractionalYearsAndGivenHeight) {
  Chart c = emission_path();
  c.series[1].points.push_back(at(2027.5, 260));
  c.height = 220;
  EXPECT_DOUBLE_EQ(render(c).height, 220);
  render(c, 200);
}

// The four-digit years written on the drawing, in order.
std::vector<int> year_labels_of(const Drawing& d) {
  std::vector<int> years;
  for (const testing::TextBox& b : testing::text_boxes(d)) {
    if (b.text.size() == 4 && std::all_of(b.text.begin(), b.text.end(), ::isdigit)) {
      years.push_back(std::stoi(b.text));
    }
  }
  std::sort(years.begin(), years.end());
  return years;
}

// Every label is a multiple of one round step, or the data's first or last year; every
// multiple of the step in the range is labelled (so they are evenly spaced).
void expect_regular_years(const std::vector<int>& years, int first, int last) {
  SCOPED_TRACE(::testing::PrintToString(years));
  ASSERT_FALSE(years.empty());
  EXPECT_EQ(std::adjacent_find(years.begin(), years.end()), years.end());
  EXPECT_GE(years.front(), first);
  EXPECT_LE(years.back(), last);
  std::vector<int> inner = years;
  if (inner.front() == first) inner.erase(inner.begin());
  if (!inner.empty() && inner.back() == last) inner.pop_back();
  if (inner.size() < 2) return;
  const int step = inner[1] - inner[0];
  EXPECT_TRUE(step == 1 || step == 2 || step == 5 || step == 10 || step == 20 || step == 25 ||
              step == 50)
      << step;
  for (int y : years) {
    EXPECT_TRUE(y % step == 0 || y == first || y == last) << y << " with step " << step;
  }
  for (int y = (first + step - 1) / step * step; y <= last; y += step) {
    EXPECT_NE(std::find(years.begin(), years.end(), y), years.end()) << y << " missing";
  }
}

TEST_F(LineChart, YearsStepEvenlyByRoundSteps) {
  for (const auto& [first, last] : std::vector<std::pair<int, int>>{
           {1990, 2030}, {1990, 2045}, {2019, 2030}, {2024, 2025}, {2024, 2024}, {1950, 2050}}) {
    for (const double width : {430.0, 220.0, 140.0}) {
      SCOPED_TRACE(std::to_string(first) + "-" + std::to_string(last) + " at " +
                   std::to_string(width));
      Chart c;
      c.type = ChartType::line;
      c.series.push_back({"Gemeten", SeriesKind::measured, {}});
      for (int y = first; y <= last; ++y) c.series[0].points.push_back(at(y, 10 + (y % 7)));
      const std::vector<int> years = year_labels_of(render(c, width));
      expect_regular_years(years, first, last);
      if (width == 430) {
        EXPECT_EQ(years.back(), last);  // these ranges end on a round year or have room
        EXPECT_EQ(years.front(), first);
      }
    }
  }
}

TEST_F(LineChart, TargetPointsHaveOpenMarkers) {
  Chart c;
  c.type = ChartType::line;
  c.series.push_back({"Gemeten", SeriesKind::measured, {at(2019, 380), at(2022, 350)}});
  c.series.push_back(
      {"Doel", SeriesKind::target, {at(2019, 380), at(2025, 300), at(2030, 171)}});  // interim
  const Drawing d = render(c);
  const Color target = fallback_palette()[1];
  int open_diamonds = 0;
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (p && p->fill && p->fill_color == Color{1, 1, 1} && p->stroke && p->stroke_color == target &&
        p->segments.size() == 5) {
      ++open_diamonds;
    }
  }
  EXPECT_EQ(open_diamonds, 3 + 1);  // the three target points and the legend's sample
}

}  // namespace
}  // namespace koers::charts

// Charts on the page: a <chart> of the markup drawn by engine/charts, placed in the column or
// in a figure with its numbered caption, never split over two pages.
#include <gtest/gtest.h>

#include <algorithm>

#include "layout/chart.h"
#include "layout/layout_test_support.h"

namespace koers::layout {
namespace {

constexpr double kMargin = 70.87;
constexpr double kMeasure = 595.276 - 2 * kMargin;
const std::string kNbsp = "\u00A0";

doc::Document markup(const std::string& body, const std::string& lang = "nl-NL") {
  Diagnostics diags;
  doc::Document d = doc::parse_markup(
      "<document title=\"Grafieken\" lang=\"" + lang + "\">" + body + "</document>", "g.xml",
      diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  return d;
}

const display::Document& lay_out(testing::Laid& laid, const doc::Document& document,
                                 const style::StyleSheet& sheet = testing::test_style()) {
  Options options;
  options.file = "g.xml";
  laid.document = layout_document(document, sheet, laid.fonts, laid.diags, options);
  return laid.document;
}

// Every drawn item but text: the chart's bars, lines, marks and axes (the test style draws
// no rules of its own).
std::vector<const display::Item*> shapes(const display::Page& page) {
  std::vector<const display::Item*> out;
  for (const auto& item : page.items)
    if (!std::holds_alternative<display::GlyphRun>(item) &&
        !std::holds_alternative<display::Link>(item))
      out.push_back(&item);
  return out;
}

struct Extent {
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  void add(double x, double y) {
    x0 = std::min(x0, x), x1 = std::max(x1, x);
    y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
};

Extent extent(const std::vector<const display::Item*>& items) {
  Extent e;
  for (const auto* item : items) {
    std::visit(
        [&](const auto& it) {
          using T = std::decay_t<decltype(it)>;
          if constexpr (std::is_same_v<T, display::Line>) {
            e.add(it.x1, it.y1), e.add(it.x2, it.y2);
          } else if constexpr (std::is_same_v<T, display::Path>) {
            for (const auto& s : it.segments)
              if (s.kind != display::PathSegment::close) e.add(s.x, s.y);
          } else if constexpr (std::is_same_v<T, display::Rect>) {
            e.add(it.x, it.y), e.add(it.x + it.w, it.y + it.h);
          }
        },
        *item);
  }
  return e;
}

const std::string kColumns = R"(<chart type="column" height="200pt" unit="kt" labels="yes"
  decimals="1" source="Klimaatmonitor" alt="Uitstoot per sector">
  <series name="2019"><point x="Wonen" y="1234.5"/><point x="Verkeer" y="800"/></series>
  <series name="2024"><point x="Wonen" y="1100"/><point x="Verkeer" y="-40"/></series>
</chart>)";

TEST(Charts, InAFigureTheChartStandsInTheColumnAboveItsNumberedCaption) {
  testing::Laid laid;
  const auto& d =
      lay_out(laid, markup("<p>Voor de grafiek.</p><figure id=\"uitstoot\">" + kColumns +
                           "<caption>Uitstoot per sector</caption></figure><p>Na de grafiek.</p>"));
  EXPECT_EQ(laid.diags.error_count(), 0u) << laid.diags.to_string();
  ASSERT_EQ(d.pages.size(), 1u);
  const display::Page& page = d.pages[0];
  const auto chart = shapes(page);
  ASSERT_GT(chart.size(), 4u);
  const Extent e = extent(chart);
  EXPECT_GE(e.x0, kMargin - 0.01);
  EXPECT_LE(e.x1, kMargin + kMeasure + 0.01);
  EXPECT_GT(e.x1 - e.x0, kMeasure * 0.7);  // drawn across the column

  double before = 0, caption = 0, after = 0;
  for (const auto& [y, text] : testing::lines_of(page)) {
    if (text == "Voor de grafiek.") before = y / 100.0;
    if (text.rfind("Figuur" + kNbsp + "1: Uitstoot per sector", 0) == 0) caption = y / 100.0;
    if (text == "Na de grafiek.") after = y / 100.0;
  }
  ASSERT_GT(caption, 0) << testing::page_text(page);
  EXPECT_LT(before, e.y0);
  EXPECT_GT(caption, e.y1);
  EXPECT_GT(after, caption);
  // The chart's own words: legend, source line, a data label in Dutch notation.
  const std::string text = testing::page_text(page);
  EXPECT_NE(text.find("Bron: Klimaatmonitor"), std::string::npos) << text;
  EXPECT_NE(text.find("2019"), std::string::npos);
  EXPECT_NE(text.find("1.234,5"), std::string::npos) << text;
}

TEST(Charts, ChartAndCaptionAreNeverParted) {
  testing::Laid laid;
  // Text that leaves about 120 pt at the bottom of the first page: too little for the chart.
  std::string text;
  for (int i = 0; i < 6; ++i) text += "<p>" + testing::words(85, i) + "</p>";
  const auto& d = lay_out(laid, markup(text + "<figure>" + kColumns +
                                       "<caption>Uitstoot per sector</caption></figure>"));
  ASSERT_GE(d.pages.size(), 2u);
  // The first page ends with room left, but less than the figure needs.
  const auto first_page = testing::body_runs(d.pages[0]);
  ASSERT_FALSE(first_page.empty());
  const double room = 841.89 - kMargin - first_page.back()->y;
  EXPECT_GT(room, 60);
  EXPECT_LT(room, 200);
  const int caption_page = testing::page_of(d, "Figuur" + kNbsp + "1:");
  ASSERT_EQ(caption_page, 1) << testing::page_text(d.pages[0]);
  EXPECT_TRUE(shapes(d.pages[0]).empty());
  EXPECT_FALSE(shapes(d.pages[1]).empty());
  EXPECT_TRUE(testing::page_contains(d.pages[1], "Bron: Klimaatmonitor"));
}

TEST(Charts, OnItsOwnAcrossTheColumnWithAnAnchor) {
  testing::Laid laid;
  const auto& d = lay_out(laid, markup(R"(<p>Voor.</p><chart id="voortgang" type="status"
    alt="Voortgang"><item label="Zon op daken" status="on-track">41%</item>
    <item label="Warmtenet" status="off-track"/></chart><p>Zie <ref to="voortgang"/>.</p>)"));
  EXPECT_EQ(laid.diags.error_count(), 0u) << laid.diags.to_string();
  ASSERT_EQ(d.pages.size(), 1u);
  const std::string text = testing::page_text(d.pages[0]);
  EXPECT_NE(text.find("Zon op daken"), std::string::npos) << text;
  EXPECT_NE(text.find("op koers"), std::string::npos) << text;
  EXPECT_NE(text.find("niet op koers"), std::string::npos) << text;
  EXPECT_NE(text.find("Zie 1."), std::string::npos) << text;  // the anchor is known
  EXPECT_EQ(text.find("Figuur"), std::string::npos);          // not a numbered figure
  const Extent e = extent(shapes(d.pages[0]));
  EXPECT_GE(e.x0, kMargin - 0.01);
  EXPECT_LE(e.x1, kMargin + kMeasure + 0.01);
}

TEST(Charts, NumbersFollowTheDocumentsLanguage) {
  testing::Laid laid;
  const auto& d = lay_out(laid, markup(kColumns, "en-GB"));
  const std::string text = testing::page_text(d.pages.at(0));
  EXPECT_NE(text.find("1,234.5"), std::string::npos) << text;
  EXPECT_EQ(text.find("1.234,5"), std::string::npos) << text;
}

TEST(Charts, AnUnknownLanguageWarnsAndWritesDutchNumbers) {
  testing::Laid laid;
  const auto& d = lay_out(laid, markup(kColumns, "xx-QQ-bad_tag!"));
  EXPECT_NE(laid.diags.to_string().find("getallen in grafieken"), std::string::npos)
      << laid.diags.to_string();
  EXPECT_NE(testing::page_text(d.pages.at(0)).find("1.234,5"), std::string::npos);
}

TEST(Charts, ColoursAndFontFromTheStyle) {
  testing::Laid laid;
  style::StyleSheet sheet = testing::test_style();
  sheet.chart.palette = {{0.1, 0.2, 0.3}, {0.9, 0.8, 0.7}};
  sheet.chart.font_size = 6;
  const auto& d = lay_out(laid, markup(kColumns), sheet);
  int first = 0, second = 0;
  for (const auto* item : shapes(d.pages.at(0))) {
    if (const auto* r = std::get_if<display::Rect>(item); r && r->fill) {
      first += r->fill_color == display::Color{0.1, 0.2, 0.3};
      second += r->fill_color == display::Color{0.9, 0.8, 0.7};
    }
  }
  EXPECT_GE(first, 2);  // two bars and a legend key of each series
  EXPECT_GE(second, 2);
  bool small = false;
  for (const auto* run : testing::runs(d.pages.at(0))) small |= run->size == 6;
  EXPECT_TRUE(small);
}

TEST(Charts, TallerThanThePageIsScaledDownWithAWarning) {
  std::string tasks;
  for (int i = 0; i < 150; ++i)
    tasks += "<task label=\"Actie " + std::to_string(i + 1) + "\" start=\"2027\" end=\"2028\"/>";
  testing::Laid laid;
  const auto& d = lay_out(laid, markup("<figure><chart type=\"gantt\" alt=\"Planning\">" + tasks +
                                       "</chart><caption>Alle acties</caption></figure>"));
  ASSERT_EQ(d.pages.size(), 1u);
  const Extent e = extent(shapes(d.pages[0]));
  EXPECT_GE(e.y0, kMargin - 0.01);
  EXPECT_LE(e.y1, 841.89 - kMargin);
  EXPECT_TRUE(testing::page_contains(d.pages[0], "Figuur" + kNbsp + "1: Alle acties"));
  const std::string diags = laid.diags.to_string();
  EXPECT_NE(diags.find("g.xml:1:"), std::string::npos) << diags;
  EXPECT_NE(diags.find("hoger dan een pagina en is verkleind"), std::string::npos) << diags;
}

TEST(Charts, SpecificationKeepsEveryValue) {
  const doc::Document d = markup(R"(<chart type="gantt" from="2027-Q2" to="2030" title="T"
    source="S" height="100pt" alt="A"><task label="a" group="g" start="2027-Q3" end="2028">
    <milestone at="2028-Q1" label="m"/></task></chart>
    <chart type="line" format="percent" decimals="2" min="-1" max="9" labels="yes" unit="%"
    alt="B"><series name="s" kind="projection"><point x="2024.5" y="3" provisional="yes"/>
    </series></chart>
    <chart type="status" alt="C"><item label="i" status="attention">d</item></chart>)");
  const auto& blocks = d.sections.at(0).blocks;
  const charts::Chart gantt = chart_specification(std::get<doc::Chart>(blocks.at(0).value));
  EXPECT_EQ(gantt.type, charts::ChartType::gantt);
  EXPECT_EQ(gantt.from, (charts::Period{2027, 2}));
  EXPECT_EQ(gantt.to, (charts::Period{2030, 0}));
  EXPECT_EQ(gantt.title, "T");
  EXPECT_EQ(gantt.source, "S");
  EXPECT_EQ(gantt.alt, "A");
  EXPECT_DOUBLE_EQ(gantt.height, 100);
  ASSERT_EQ(gantt.tasks.size(), 1u);
  EXPECT_EQ(gantt.tasks[0].group, "g");
  EXPECT_EQ(gantt.tasks[0].start, (charts::Period{2027, 3}));
  EXPECT_EQ(gantt.tasks[0].milestones.at(0).at, (charts::Period{2028, 1}));
  EXPECT_EQ(gantt.tasks[0].milestones.at(0).label, "m");

  const charts::Chart line = chart_specification(std::get<doc::Chart>(blocks.at(1).value));
  EXPECT_EQ(line.type, charts::ChartType::line);
  EXPECT_EQ(line.format, charts::ValueFormat::percent);
  EXPECT_EQ(line.decimals, 2);
  EXPECT_EQ(line.min, -1);
  EXPECT_EQ(line.max, 9);
  EXPECT_TRUE(line.data_labels);
  EXPECT_EQ(line.unit, "%");
  ASSERT_EQ(line.series.size(), 1u);
  EXPECT_EQ(line.series[0].kind, charts::SeriesKind::projection);
  EXPECT_DOUBLE_EQ(line.series[0].points.at(0).x, 2024.5);
  EXPECT_TRUE(line.series[0].points.at(0).provisional);

  const charts::Chart status = chart_specification(std::get<doc::Chart>(blocks.at(2).value));
  ASSERT_EQ(status.items.size(), 1u);
  EXPECT_EQ(status.items[0].status, charts::Status::attention);
  EXPECT_EQ(status.items[0].detail, "d");
}

TEST(Charts, ThemeFromTheChartStyle) {
  style::ChartStyle s;
  s.palette = {{1, 0, 0}};
  s.color = {0.1, 0.1, 0.1};
  s.axis_color = {0.2, 0.2, 0.2};
  s.grid_color = {0.3, 0.3, 0.3};
  s.on_track_color = {0, 1, 0};
  s.attention_color = {1, 1, 0};
  s.off_track_color = {1, 0, 1};
  s.unknown_color = {0.5, 0.5, 0.5};
  s.font_size = 7;
  s.title_size = 11;
  const charts::Theme t = chart_theme(s);
  EXPECT_EQ(t.palette, s.palette);
  EXPECT_EQ(t.text, s.color);
  EXPECT_EQ(t.axis, s.axis_color);
  EXPECT_EQ(t.grid, s.grid_color);
  EXPECT_EQ(t.on_track, s.on_track_color);
  EXPECT_EQ(t.attention, s.attention_color);
  EXPECT_EQ(t.off_track, s.off_track_color);
  EXPECT_EQ(t.unknown, s.unknown_color);
  EXPECT_DOUBLE_EQ(t.font_size, 7);
  EXPECT_DOUBLE_EQ(t.title_size, 11);
}

TEST(Charts, WordsFromTheDocumentsCatalogue) {
  testing::Laid laid;
  const style::StyleSheet style = testing::test_style();
  Context ctx(style, laid.fonts, laid.diags, laid.diags, "g.xml");
  const charts::Labels dutch = chart_labels(ctx);
  EXPECT_EQ(dutch.source, "Bron: {source}");
  EXPECT_EQ(dutch.quarter, "K{q}");
  EXPECT_EQ(dutch.attention, "aandacht nodig");

  text::Messages::Catalogue en{"en", "en-GB", "en.xml", {}};
  auto add = [&](const std::string& id, const std::string& pattern, const std::string& argument) {
    std::map<std::string, text::ArgumentKind> arguments;
    if (!argument.empty()) arguments[argument] = text::ArgumentKind::text;
    en.messages[id] = {pattern, arguments, "en.xml", 1, 1};
  };
  add("grafiek.bron", "Source: {bron}", "bron");
  add("grafiek.kwartaal", "Q{kwartaal}", "kwartaal");
  add("grafiek.voorlopig", "provisional", "");
  add("grafiek.status.op-koers", "on track", "");
  add("grafiek.status.aandacht", "needs attention", "");
  add("grafiek.status.niet-op-koers", "off track", "");
  add("grafiek.status.onbekend", "unknown", "");
  const text::Messages messages({en});
  ctx.messages = &messages;
  const charts::Labels english = chart_labels(ctx);
  EXPECT_EQ(english.source, "Source: {source}");
  EXPECT_EQ(english.quarter, "Q{q}");
  EXPECT_EQ(english.provisional, "provisional");
  EXPECT_EQ(english.on_track, "on track");
  EXPECT_EQ(english.attention, "needs attention");
  EXPECT_EQ(english.off_track, "off track");
  EXPECT_EQ(english.unknown, "unknown");
}

}  // namespace
}  // namespace koers::layout

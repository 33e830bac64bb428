// <chart>: every error and warning, each at its line and column.
#include <gtest/gtest.h>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::parse;

std::string where(const Diagnostic& d) {
  return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
}

// The one diagnostic of this severity the markup gives, as "line:col: message".
std::string only(const std::string& markup, Severity severity, std::string* hint = nullptr) {
  auto p = parse("<document>\n" + markup + "\n</document>");
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : p.diags.items()) {
    if (d.severity != severity) continue;
    if (found) return "more than one:\n" + p.diags.to_string();
    found = &d;
  }
  if (!found) return "none:\n" + p.diags.to_string();
  if (hint) *hint = found->hint;
  return where(*found);
}

std::string only_error(const std::string& markup, std::string* hint = nullptr) {
  return only(markup, Severity::error, hint);
}

std::string only_warning(const std::string& markup, std::string* hint = nullptr) {
  auto p = parse("<document>\n" + markup + "\n</document>");
  if (p.diags.error_count() > 0) return "errors:\n" + p.diags.to_string();
  return only(markup, Severity::warning, hint);
}

// A valid column chart with these extra attributes and this content.
std::string column(const std::string& attributes, const std::string& content) {
  return "<chart type=\"column\" alt=\"A\" " + attributes + ">\n" + content + "\n</chart>";
}

const std::string kPoint = R"(<series><point x="a" y="1"/></series>)";

TEST(ChartErrors, FileLineAndColumnInTheMessage) {
  auto p = parse("<document>\n  <chart type=\"colum\" alt=\"A\"/>\n</document>");
  ASSERT_EQ(p.diags.error_count(), 1u) << p.diags.to_string();
  EXPECT_EQ(to_string(p.diags.items()[0]),
            "doc.xml:2:10: error: type=\"colum\" is geen geldige waarde bij <chart>\n"
            "  hint: Bedoelt u type=\"column\"? Kies \"bar\", \"column\", \"line\", \"radar\", "
            "\"gantt\" of \"status\".");
}

TEST(ChartErrors, TypeAndAlt) {
  EXPECT_EQ(only_error("<chart alt=\"A\">" + kPoint + "</chart>"),
            "2:1: <chart> mist het attribuut type");
  EXPECT_EQ(only_error("<chart type=\"column\">" + kPoint + "</chart>"),
            "2:1: <chart> zonder alt-tekst");
  EXPECT_EQ(only_error("<chart type=\"column\" alt=\"  \">" + kPoint + "</chart>"),
            "2:22: de alt-tekst van <chart> is leeg");
}

TEST(ChartErrors, AChartWithoutTypeIsCheckedAsItsContentSuggests) {
  // Tasks make it a planning: no second error about <task> in a column chart.
  EXPECT_EQ(only_error(R"(<chart alt="A"><task label="a" start="2027" end="2028"/></chart>)"),
            "2:1: <chart> mist het attribuut type");
  // Years make it a line chart.
  EXPECT_EQ(only_error(R"(<chart type="lijn" alt="A"><series><point x="2024" y="1"/>
<point x="2025" y="2"/></series></chart>)"),
            "2:8: type=\"lijn\" is geen geldige waarde bij <chart>");
}

TEST(ChartErrors, UnknownAttributeWithSuggestion) {
  std::string hint;
  EXPECT_EQ(only_error(column("hieght=\"3cm\"", kPoint), &hint),
            "2:30: onbekend attribuut hieght bij <chart>");
  EXPECT_EQ(hint, "Bedoelt u height=\"…\"?");
}

TEST(ChartErrors, BadOptionValues) {
  std::string hint;
  EXPECT_EQ(only_error(column("stacked=\"ja\"", kPoint)),
            "2:30: stacked=\"ja\" is geen geldige waarde bij <chart>");
  EXPECT_EQ(only_error(column("labels=\"true\"", kPoint)),
            "2:30: labels=\"true\" is geen geldige waarde bij <chart>");
  EXPECT_EQ(only_error(column("format=\"procent\"", kPoint), &hint),
            "2:30: format=\"procent\" is geen geldige waarde bij <chart>");
  EXPECT_EQ(hint, "Bedoelt u format=\"percent\"? Kies \"number\", \"percent\" of \"amount\".");
  EXPECT_EQ(only_error(column("decimals=\"2.5\"", kPoint)),
            "2:30: decimals=\"2.5\" is geen geldig aantal decimalen");
  EXPECT_EQ(only_error(column("decimals=\"9\"", kPoint)),
            "2:30: decimals=\"9\" is geen geldig aantal decimalen");
  EXPECT_EQ(only_error(column("height=\"180\"", kPoint)),
            "2:30: height=\"180\" is geen geldige lengte bij <chart>");
  EXPECT_EQ(only_error(column("min=\"nul\"", kPoint)), "2:30: min=\"nul\" is geen getal");
  EXPECT_EQ(only_error(column("min=\"10\" max=\"10\"", kPoint)),
            "2:39: max=\"10\" is niet groter dan min=\"10\"");
}

TEST(ChartErrors, NumbersNeedADecimalPoint) {
  std::string hint;
  EXPECT_EQ(only_error(column("", R"(<series><point x="a" y="1.234,5"/></series>)"), &hint),
            "3:22: y=\"1.234,5\" is geen getal met een decimale punt");
  EXPECT_NE(hint.find("1234.5"), std::string::npos) << hint;
  EXPECT_EQ(only_error(column("", R"(<series><point x="a" y="3,5"/></series>)")),
            "3:22: y=\"3,5\" is geen getal met een decimale punt");
  EXPECT_EQ(only_error(column("", R"(<series><point x="a" y="1 234"/></series>)")),
            "3:22: y=\"1 234\" is geen getal");
}

TEST(ChartErrors, StrayContent) {
  std::string hint;
  EXPECT_EQ(only_error(column("", "  Energie 3.5")),
            "3:3: tekst direct in een <chart>: \"Energie 3.5\"");
  EXPECT_EQ(only_error(column("", "<serie/>"), &hint),
            "3:1: <serie> kan niet in een <chart> staan");
  EXPECT_EQ(hint, "Bedoelt u <series>?");
  EXPECT_EQ(only_error(column("", "<p>uitleg</p>" + kPoint)),
            "3:1: <p> kan niet in een <chart> staan");
  EXPECT_EQ(only_error(column("", R"(<point x="a" y="1"/>)")),
            "3:1: <point> hoort in een <series>, niet direct in een <chart>");
  EXPECT_EQ(only_error(R"(<chart type="gantt" alt="A"><milestone at="2027"/></chart>)"),
            "2:29: <milestone> hoort in een <task>, niet direct in een <chart>");
  EXPECT_EQ(only_error(column("", kPoint + R"(<task label="a" start="2027" end="2028"/>)"), &hint),
            "3:38: <task> hoort niet in een <chart type=\"column\">");
  EXPECT_NE(hint.find("<category>"), std::string::npos) << hint;
  EXPECT_EQ(only_error(R"(<chart type="line" alt="A"><category>a</category>)"
                       R"(<series><point x="2024" y="1"/></series></chart>)"),
            "2:28: <category> hoort niet in een <chart type=\"line\">");
  EXPECT_EQ(only_error(R"(<chart type="status" alt="A">)" + kPoint + "</chart>"),
            "2:30: <series> hoort niet in een <chart type=\"status\">");
}

TEST(ChartErrors, Categories) {
  EXPECT_EQ(only_error(column("", "<category id=\"x\">a</category>" + kPoint)),
            "3:11: onbekend attribuut id bij <category>");
  EXPECT_EQ(only_error(column("", "<category> </category>" + kPoint)), "3:1: lege <category>");
  EXPECT_EQ(only_error(column("", "<category>a</category>\n<category>a</category>" + kPoint)),
            "4:1: categorie \"a\" komt twee keer voor");
  EXPECT_EQ(only_error(column("", "<category><em>a</em></category>" + kPoint)),
            "3:11: <em> kan niet in een <category> staan");
}

TEST(ChartErrors, Series) {
  std::string hint;
  EXPECT_EQ(only_error(column("", R"(<series naam="x"><point x="a" y="1"/></series>)")),
            "3:9: onbekend attribuut naam bij <series>");
  EXPECT_EQ(only_error(R"(<chart type="line" alt="A"><series kind="doel"/></chart>)", &hint),
            "2:36: kind=\"doel\" is geen geldige waarde bij <series>");
  EXPECT_EQ(hint, "Kies \"measured\", \"target\", \"projection\" of \"reference\".");
  EXPECT_EQ(only_error(column("", "<series>3.5</series>")),
            "3:9: tekst direct in een <series>: \"3.5\"");
  EXPECT_EQ(only_error(column("", R"(<series><pint x="a" y="1"/></series>)"), &hint),
            "3:9: <pint> kan niet in een <series> staan");
  EXPECT_EQ(hint, "Bedoelt u <point>?");
}

TEST(ChartErrors, Points) {
  std::string hint;
  EXPECT_EQ(only_error(column("", R"(<series><point y="1"/></series>)")),
            "3:9: <point> mist het attribuut x");
  EXPECT_EQ(only_error(column("", R"(<series><point x="a"/></series>)")),
            "3:9: <point> mist het attribuut y");
  EXPECT_EQ(only_error(column("", R"(<series><point x="a" y="1" z="2"/></series>)")),
            "3:28: onbekend attribuut z bij <point>");
  EXPECT_EQ(only_error(column("", R"(<series><point x="a" y="1" provisional="ja"/></series>)")),
            "3:28: provisional=\"ja\" is geen geldige waarde bij <point>");
  EXPECT_EQ(only_error(column("", R"(<series><point x="a" y="1">3</point></series>)")),
            "3:28: <point> moet leeg zijn");
  EXPECT_EQ(only_error(column("",
                              "<category>Energie</category><category>Wonen</category>\n"
                              R"(<series><point x="Enrgie" y="1"/></series>)"),
                       &hint),
            "4:16: categorie \"Enrgie\" is niet met <category> genoemd");
  EXPECT_EQ(hint, "Bedoelt u \"Energie\"?");
  EXPECT_EQ(only_error(column("",
                              "<category>Energie</category>\n"
                              R"(<series><point x="Natuur" y="1"/></series>)"),
                       &hint),
            "4:16: categorie \"Natuur\" is niet met <category> genoemd");
  EXPECT_EQ(hint, "Voeg <category>Natuur</category> toe, of laat alle <category>-elementen weg.");
  EXPECT_EQ(only_error(column("", R"(<series name="2024"><point x="a" y="1"/><point x="a" y="2"/>
</series>)")),
            "3:48: categorie \"a\" staat twee keer in reeks \"2024\"");
}

TEST(ChartErrors, LinePointsNeedYears) {
  std::string hint;
  EXPECT_EQ(only_error(R"(<chart type="line" alt="A"><series>
<point x="2024" y="1"/>
<point x="twintig" y="2"/>
</series></chart>)",
                       &hint),
            "4:8: x=\"twintig\" is geen jaar");
  EXPECT_NE(hint.find("jaartal"), std::string::npos);
  EXPECT_EQ(only_error(R"(<chart type="line" alt="A"><series><point x="24" y="1"/></series>
</chart>)"),
            "2:43: x=\"24\" is geen jaar");
  EXPECT_EQ(only_error(R"(<chart type="line" alt="A"><series>
<point x="2024" y="1"/><point x="2024" y="2"/></series></chart>)"),
            "3:31: het jaar 2024 staat twee keer in deze reeks");
}

TEST(ChartErrors, GanttTasksAndMilestones) {
  std::string hint;
  auto gantt = [](const std::string& body) {
    return "<chart type=\"gantt\" alt=\"A\">\n" + body + "\n</chart>";
  };
  EXPECT_EQ(only_error(gantt(R"(<task start="2027" end="2028"/>)")),
            "3:1: <task> mist het attribuut label");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" end="2028"/>)")),
            "3:1: <task> mist het attribuut start");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" start="2028"/>)")),
            "3:1: <task> mist het attribuut end");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" start="2027-K3" end="2028"/>)"), &hint),
            "3:17: start=\"2027-K3\" is geen geldige periode bij <task>");
  EXPECT_EQ(hint, "Schrijf een jaar (2027) of een kwartaal (2027-Q3).");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" start="2027" end="2027-Q5"/>)")),
            "3:30: end=\"2027-Q5\" is geen geldige periode bij <task>");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" start="2028-Q2" end="2028-Q1"/>)")),
            "3:33: end=\"2028-Q1\" ligt vóór start=\"2028-Q2\"");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" start="2027" end="2028" eind="2029"/>)")),
            "3:41: onbekend attribuut eind bij <task>");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" start="2027" end="2028">tekst</task>)")),
            "3:41: tekst direct in een <task>: \"tekst\"");
  EXPECT_EQ(
      only_error(gantt(R"(<task label="a" start="2027" end="2028"><mijlpaal/></task>)"), &hint),
      "3:41: <mijlpaal> kan niet in een <task> staan");
  EXPECT_EQ(only_error(gantt(R"(<task label="a" start="2027" end="2028"><milestone/></task>)")),
            "3:41: <milestone> mist het attribuut at");
  EXPECT_EQ(
      only_error(gantt(R"(<task label="a" start="2027" end="2028"><milestone at="Q3"/></task>)")),
      "3:52: at=\"Q3\" is geen geldige periode bij <milestone>");
  EXPECT_EQ(
      only_error(gantt(
          R"(<task label="a" start="2027" end="2028"><milestone at="2027">x</milestone></task>)")),
      "3:62: <milestone> moet leeg zijn");
  EXPECT_EQ(only_error(R"(<chart type="gantt" alt="A" from="2030" to="2027-Q4">
<task label="a" start="2027" end="2028"/></chart>)"),
            "2:41: to=\"2027-Q4\" ligt vóór from=\"2030\"");
}

TEST(ChartErrors, StatusItems) {
  std::string hint;
  auto status = [](const std::string& body) {
    return "<chart type=\"status\" alt=\"A\">\n" + body + "\n</chart>";
  };
  EXPECT_EQ(only_error(status(R"(<item status="unknown"/>)")),
            "3:1: <item> mist het attribuut label");
  EXPECT_EQ(only_error(status(R"(<item label="a"/>)")), "3:1: <item> mist het attribuut status");
  EXPECT_EQ(only_error(status(R"(<item label="a" status="on track"/>)"), &hint),
            "3:17: status=\"on track\" is geen geldige waarde bij <item>");
  EXPECT_EQ(hint,
            "Bedoelt u status=\"on-track\"? Kies \"on-track\", \"attention\", \"off-track\" of "
            "\"unknown\".");
  EXPECT_EQ(only_error(status(R"(<item label="a" status="unknown">zie <ref to="x"/></item>)")),
            "3:38: <ref> kan niet in een <item> staan");
}

TEST(ChartErrors, InFigures) {
  EXPECT_EQ(only_error(R"(<figure><chart id="c" type="status" alt="A">
<item label="a" status="unknown"/></chart></figure>)"),
            "2:16: een <chart> in een <figure> heeft geen id");
  const std::string chart =
      R"(<chart type="status" alt="A"><item label="a" status="unknown"/></chart>)";
  EXPECT_EQ(only_error("<figure>" + chart + chart + "</figure>"),
            "2:80: een <figure> heeft maar één <image> of <chart>");
  EXPECT_EQ(only_error("<figure>" + chart + "<image src=\"a.png\" alt=\"B\"/></figure>"),
            "2:80: een <figure> heeft maar één <image> of <chart>");
  EXPECT_EQ(only_error("<figure>" + chart + "<caption>a</caption><caption>b</caption></figure>"),
            "2:100: een <figure> heeft maar één <caption>");
}

TEST(ChartErrors, ChartElementsOutsideACharts) {
  std::string hint;
  EXPECT_EQ(only_error("<chrat type=\"bar\"/>", &hint), "2:1: onbekend element <chrat>");
  EXPECT_EQ(hint, "Bedoelt u <chart>?");
  EXPECT_EQ(only_error("<series/>"),
            "2:1: <series> hoort direct in een <chart>, niet in <document>");
  EXPECT_EQ(only_error("<div><item/></div>"),
            "2:6: <item> hoort direct in een <chart>, niet in <div>");
  EXPECT_EQ(only_error("<point x=\"a\" y=\"1\"/>"),
            "2:1: <point> hoort in een <series> van een <chart>, niet in <document>");
  EXPECT_EQ(only_error("<milestone at=\"2027\"/>"),
            "2:1: <milestone> hoort in een <task> van een <chart>, niet in <document>");
  EXPECT_EQ(only_error(R"(<p>tekst <chart type="status" alt="A"/></p>)"),
            "2:10: <chart> kan niet binnen een regel tekst staan (in <p>)");
}

TEST(ChartWarnings, AttributesTheTypeDoesNotUse) {
  std::string hint;
  EXPECT_EQ(only_warning(R"(<chart type="line" stacked="yes" alt="A"><series>
<point x="2024" y="1"/></series></chart>)",
                         &hint),
            "2:20: stacked wordt bij een <chart type=\"line\"> niet gebruikt");
  EXPECT_EQ(hint, "Laat het attribuut weg, of kies een ander type grafiek.");
  EXPECT_EQ(only_warning(R"(<chart type="status" unit="%" alt="A">
<item label="a" status="unknown"/></chart>)"),
            "2:22: unit wordt bij een <chart type=\"status\"> niet gebruikt");
  EXPECT_EQ(only_warning(column("from=\"2027\"", kPoint)),
            "2:30: from wordt bij een <chart type=\"column\"> niet gebruikt");
  EXPECT_EQ(only_warning(column("", R"(<series kind="target"><point x="a" y="1"/></series>)")),
            "3:9: kind wordt alleen bij een <chart type=\"line\"> gebruikt");
}

TEST(ChartWarnings, NoneForAttributesAtTheirDefault) {
  auto p = parse(R"(<document><chart type="status" stacked="no" labels="no" format="number"
  alt="A"><item label="a" status="unknown"/></chart><chart type="radar" alt="B">
  <series kind="measured"><point x="a" y="1"/><point x="b" y="1"/><point x="c" y="1"/></series>
  </chart></document>)");
  EXPECT_TRUE(p.diags.empty()) << p.diags.to_string();
}

TEST(ChartWarnings, EmptyAndThinCharts) {
  EXPECT_EQ(only_warning(R"(<chart type="bar" alt="A"/>)"),
            "2:1: <chart> zonder gegevens: de grafiek blijft leeg");
  EXPECT_EQ(only_warning(R"(<chart type="line" alt="A"><series name="a"/></chart>)"),
            "2:1: <chart> zonder gegevens: de grafiek blijft leeg");
  EXPECT_EQ(only_warning(R"(<chart type="gantt" alt="A"/>)"),
            "2:1: <chart type=\"gantt\"> zonder <task>: de planning blijft leeg");
  EXPECT_EQ(only_warning(R"(<chart type="status" alt="A"/>)"),
            "2:1: <chart type=\"status\"> zonder <item>: het overzicht blijft leeg");
  EXPECT_EQ(only_warning(R"(<chart type="radar" alt="A"><series><point x="a" y="1"/>
<point x="b" y="2"/></series></chart>)"),
            "2:1: een radargrafiek met minder dan drie categorieën toont geen vorm");
  EXPECT_EQ(only_warning(column("", R"(<series name="a"><point x="a" y="1"/></series>
<series><point x="a" y="2"/></series>)")),
            "4:1: <series> zonder naam in een grafiek met meer reeksen");
}

TEST(ChartWarnings, AGoodChartHasNone) {
  auto p = parse(R"(<document><chart type="line" alt="A" unit="kt" min="0" max="500"
  format="number" decimals="0" labels="no" height="150pt" title="T" source="S">
  <series name="Gemeten"><point x="2019" y="412"/></series>
  <series name="Doel" kind="target"><point x="2030" y="200"/></series></chart></document>)");
  EXPECT_TRUE(p.diags.empty()) << p.diags.to_string();
}

}  // namespace
}  // namespace koers::doc

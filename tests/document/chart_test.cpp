// <chart>: every chart type, element and attribute as the markup reader stores them.
#include <gtest/gtest.h>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::blocks_of;
using testing::flatten;
using testing::parse;

Chart chart_of(const Blocks& blocks) {
  return std::get<Chart>(blocks.at(0).value);
}

TEST(Chart, BarChartWithEveryOption) {
  Blocks blocks = blocks_of(R"(<chart type="bar" stacked="yes" title="Uitstoot  per
    sector" unit="kt CO₂" format="percent" decimals="1" min="-10" max="100" labels="yes"
    height="180pt" source="Klimaatmonitor, peildatum 15 september 2026"
    alt="Uitstoot per sector in 2019 en 2024" id="uitstoot">
  <category>Energie</category>
  <category> Mobiliteit </category>
  <series name="2019">
    <point x="Energie" y="3.5"/>
    <point x="Mobiliteit" y="-2" provisional="yes"/>
  </series>
  <series name="2024"><point x="Mobiliteit" y=".5"/></series>
</chart>)");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].id, "uitstoot");
  EXPECT_EQ(blocks[0].source.line, 1);
  const Chart c = chart_of(blocks);
  EXPECT_EQ(c.type, Chart::Type::bar);
  EXPECT_TRUE(c.stacked);
  EXPECT_EQ(c.title, "Uitstoot per sector");
  EXPECT_EQ(c.unit, "kt CO₂");
  EXPECT_EQ(c.format, Chart::Format::percent);
  EXPECT_EQ(c.decimals, 1);
  EXPECT_EQ(c.min, -10);
  EXPECT_EQ(c.max, 100);
  EXPECT_TRUE(c.labels);
  EXPECT_DOUBLE_EQ(c.height, 180);
  EXPECT_EQ(c.source, "Klimaatmonitor, peildatum 15 september 2026");
  EXPECT_EQ(c.alt, "Uitstoot per sector in 2019 en 2024");
  EXPECT_EQ(c.categories, (std::vector<std::string>{"Energie", "Mobiliteit"}));
  ASSERT_EQ(c.series.size(), 2u);
  EXPECT_EQ(c.series[0].name, "2019");
  ASSERT_EQ(c.series[0].points.size(), 2u);
  EXPECT_EQ(c.series[0].points[0].category, "Energie");
  EXPECT_DOUBLE_EQ(c.series[0].points[0].y, 3.5);
  EXPECT_FALSE(c.series[0].points[0].provisional);
  EXPECT_DOUBLE_EQ(c.series[0].points[1].y, -2);
  EXPECT_TRUE(c.series[0].points[1].provisional);
  EXPECT_EQ(c.series[0].points[1].source.line, 9);
  EXPECT_DOUBLE_EQ(c.series[1].points[0].y, 0.5);
}

TEST(Chart, DefaultsWhenOptionsAreLeftOut) {
  const Chart c = chart_of(
      blocks_of(R"(<chart type="column" alt="A"><series><point x="a" y="1"/></series></chart>)"));
  EXPECT_EQ(c.type, Chart::Type::column);
  EXPECT_FALSE(c.stacked);
  EXPECT_FALSE(c.labels);
  EXPECT_EQ(c.format, Chart::Format::number);
  EXPECT_EQ(c.decimals, -1);
  EXPECT_FALSE(c.min.has_value());
  EXPECT_FALSE(c.max.has_value());
  EXPECT_EQ(c.height, 0);
  EXPECT_TRUE(c.title.empty());
  EXPECT_TRUE(c.source.empty());
}

TEST(Chart, CategoriesInOrderOfFirstAppearanceWhenNotDeclared) {
  const Chart c = chart_of(blocks_of(R"(<chart type="radar" alt="Quickscan">
  <series name="Heideveen"><point x="Wonen" y="3"/><point x="Energie" y="2"/></series>
  <series name="Regio"><point x="Natuur" y="4"/><point x="Wonen" y="3"/></series>
</chart>)"));
  EXPECT_EQ(c.type, Chart::Type::radar);
  EXPECT_EQ(c.categories, (std::vector<std::string>{"Wonen", "Energie", "Natuur"}));
}

TEST(Chart, DeclaredCategoriesMayFollowTheSeries) {
  const Chart c = chart_of(blocks_of(R"(<chart type="column" alt="A">
  <series><point x="b" y="1"/></series><category>a</category><category>b</category>
</chart>)"));
  EXPECT_EQ(c.categories, (std::vector<std::string>{"a", "b"}));
}

TEST(Chart, LineChartWithKindsAndYears) {
  const Chart c = chart_of(blocks_of(R"(<chart type="line" unit="kt" alt="Uitstoot 2019–2030">
  <series name="Gemeten" kind="measured"><point x="2019" y="412.5"/><point x="2024" y="380.5"
      provisional="yes"/></series>
  <series name="Doel" kind="target"><point x="2030" y="200"/></series>
  <series name="Verwacht" kind="projection"/>
  <series name="Nationaal" kind="reference"><point x="2027.5" y="300"/></series>
</chart>)"));
  EXPECT_EQ(c.type, Chart::Type::line);
  ASSERT_EQ(c.series.size(), 4u);
  EXPECT_EQ(c.series[0].kind, ChartSeries::Kind::measured);
  EXPECT_EQ(c.series[1].kind, ChartSeries::Kind::target);
  EXPECT_EQ(c.series[2].kind, ChartSeries::Kind::projection);
  EXPECT_EQ(c.series[3].kind, ChartSeries::Kind::reference);
  EXPECT_DOUBLE_EQ(c.series[0].points[1].x, 2024);
  EXPECT_DOUBLE_EQ(c.series[0].points[1].y, 380.5);
  EXPECT_TRUE(c.series[0].points[1].provisional);
  EXPECT_DOUBLE_EQ(c.series[3].points[0].x, 2027.5);
  EXPECT_TRUE(c.series[2].points.empty());
  EXPECT_TRUE(c.categories.empty());
}

TEST(Chart, GanttWithTasksMilestonesAndPeriods) {
  const Chart& c =
      chart_of(blocks_of(R"(<chart type="gantt" from="2027" to="2030-Q2" alt="Planning">
  <task label="Warmtevisie actualiseren" group="Energie" start="2027-Q1" end="2028">
    <milestone at="2027-Q3" label="Vaststelling"/>
    <milestone at="2028"/>
  </task>
  <task label="Laadpalen" start="2027" end="2027"/>
</chart>)"));
  EXPECT_EQ(c.type, Chart::Type::gantt);
  EXPECT_EQ(c.from, (ChartPeriod{2027, 0}));
  EXPECT_EQ(c.to, (ChartPeriod{2030, 2}));
  ASSERT_EQ(c.tasks.size(), 2u);
  const ChartTask& t = c.tasks[0];
  EXPECT_EQ(t.label, "Warmtevisie actualiseren");
  EXPECT_EQ(t.group, "Energie");
  EXPECT_EQ(t.start, (ChartPeriod{2027, 1}));
  EXPECT_EQ(t.end, (ChartPeriod{2028, 0}));
  ASSERT_EQ(t.milestones.size(), 2u);
  EXPECT_EQ(t.milestones[0].label, "Vaststelling");
  EXPECT_EQ(t.milestones[0].at, (ChartPeriod{2027, 3}));
  EXPECT_TRUE(t.milestones[1].label.empty());
  EXPECT_TRUE(c.tasks[1].group.empty());
  EXPECT_EQ(c.tasks[1].start, c.tasks[1].end);
}

TEST(Chart, StatusItemsWithTheirDetail) {
  const Chart c = chart_of(blocks_of(R"(<chart type="status" alt="Voortgang">
  <item label="CO₂-uitstoot" status="on-track">−12% t.o.v.
     2019</item>
  <item label="Zon op dak" status="attention"/>
  <item label="Warmtenet" status="off-track">vertraagd</item>
  <item label="Biodiversiteit" status="unknown"/>
</chart>)"));
  ASSERT_EQ(c.items.size(), 4u);
  EXPECT_EQ(c.items[0].label, "CO₂-uitstoot");
  EXPECT_EQ(c.items[0].status, ChartItem::Status::on_track);
  EXPECT_EQ(c.items[0].detail, "−12% t.o.v. 2019");
  EXPECT_EQ(c.items[1].status, ChartItem::Status::attention);
  EXPECT_TRUE(c.items[1].detail.empty());
  EXPECT_EQ(c.items[2].status, ChartItem::Status::off_track);
  EXPECT_EQ(c.items[3].status, ChartItem::Status::unknown);
}

TEST(Chart, InAFigureWithACaption) {
  Blocks blocks = blocks_of(R"(<figure id="radar" width="120mm">
  <caption>Quickscan <em>Heideveen</em></caption>
  <chart type="radar" alt="Scores per thema">
    <series><point x="a" y="1"/><point x="b" y="2"/><point x="c" y="3"/></series>
  </chart>
</figure>)");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].id, "radar");
  const auto& figure = std::get<Figure>(blocks[0].value);
  ASSERT_TRUE(std::holds_alternative<Chart>(figure.content));
  EXPECT_EQ(std::get<Chart>(figure.content).alt, "Scores per thema");
  EXPECT_EQ(std::get<Chart>(figure.content).categories.size(), 3u);
  EXPECT_EQ(flatten(figure.caption), "Quickscan [em]Heideveen[/]");
}

TEST(Chart, AllowedWhereverBlocksAre) {
  const std::string chart =
      R"(<chart type="status" alt="S"><item label="a" status="unknown"/></chart>)";
  auto p = parse("<document><section page=\"body\">" + chart + "</section><div>" + chart +
                 "</div><ul><li>" + chart + "</li></ul><table><tr><td>" + chart +
                 "</td></tr></table><p>x<footnote>" + chart + "</footnote></p></document>");
  EXPECT_TRUE(p.diags.empty()) << p.diags.to_string();
}

TEST(Chart, ReferenceToAChartFigure) {
  auto p = parse(R"(<document><p>Zie <ref to="planning" show="label"/>.</p>
<figure id="planning"><chart type="gantt" alt="P"><task label="a" start="2027" end="2028"/>
</chart><caption>Planning</caption></figure></document>)");
  EXPECT_TRUE(p.diags.empty()) << p.diags.to_string();
}

}  // namespace
}  // namespace koers::doc

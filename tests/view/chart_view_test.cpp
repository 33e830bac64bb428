#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "core/resources.h"
#include "sample_model.h"
#include "view/chart_view.h"
#include "view/view.h"

namespace koers::view {
namespace {

using templ::Data;

// Follows a dotted path ("doelen.0.grafiek.reeksen.1.naam") through objects and lists.
const Data* at(const Data& root, const std::string& path) {
  const Data* d = &root;
  for (std::size_t start = 0; d;) {
    const std::size_t dot = path.find('.', start);
    const std::string part = path.substr(start, dot - start);
    if (d->is_list()) {
      const std::size_t i = std::stoul(part);
      d = i < d->list_value().size() ? &d->list_value()[i] : nullptr;
    } else {
      d = d->get(part);
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return d;
}

std::string str(const Data& root, const std::string& path) {
  const Data* d = at(root, path);
  return d && d->is_string() ? d->string_value() : "<ontbreekt: " + path + ">";
}

bool flag(const Data& root, const std::string& path) {
  const Data* d = at(root, path);
  EXPECT_TRUE(d && d->is_bool()) << path;
  return d && d->is_true();
}

std::size_t count(const Data& root, const std::string& path) {
  const Data* d = at(root, path);
  return d && d->is_list() ? d->list_value().size() : 0;
}

// "x=y x=y …" of a series' points, for compact comparisons.
std::string points(const Data& series) {
  std::string s;
  for (const Data& p : at(series, "punten")->list_value())
    s += (s.empty() ? "" : " ") + str(p, "x") + "=" + str(p, "y") +
         (flag(p, "voorlopig") ? "v" : "");
  return s;
}

const Data* series_of_kind(const Data& chart, const std::string& kind) {
  for (const Data& s : at(chart, "reeksen")->list_value())
    if (str(s, "soort") == kind) return &s;
  return nullptr;
}

model::FrameworkTarget klimaatwet_2050() {
  model::FrameworkTarget t;
  t.id = "klimaatwet-2050";
  t.indicator = "co2";
  t.year = 2050;
  t.reference_year = 1990;
  t.value = -100;
  t.unit = "%";
  return t;
}

class ChartViewTest : public ::testing::Test {
 protected:
  Data view() {
    facts = analysis::analyse(m, catalogue);
    return build_view("visie", m, catalogue, facts, fmt, testing::dutch());
  }
  model::Target& target(const std::string& id) {
    for (auto& t : m.targets)
      if (t.id == id) return t;
    throw std::logic_error(id);
  }

  text::Formatter fmt{"nl-NL"};
  model::Municipality m = testing::full_municipality();
  model::Catalogue catalogue = testing::small_catalogue();
  analysis::Facts facts;
  Diagnostics diags;
};

TEST(RawNumber, PlainDecimalPointNoSeparatorsNoTrailingZeros) {
  EXPECT_EQ(raw_number(380.5), "380.5");
  EXPECT_EQ(raw_number(1234567.25), "1234567.25");
  EXPECT_EQ(raw_number(-12), "-12");
  EXPECT_EQ(raw_number(-0.0), "0");
  EXPECT_EQ(raw_number(236 * 0.45), "106.2");  // 106.20000000000002 in binary
  EXPECT_EQ(raw_number(0.000001), "0.000001");
}

TEST_F(ChartViewTest, ThemeScoresAreARadarOnTheQuickscanScale) {
  m.themes.push_back({"mobiliteit", "Mobiliteit", {}, {}});
  for (auto [theme, score] : {std::pair{"groen", 2}, std::pair{"mobiliteit", 5}}) {
    model::Assessment a;
    a.theme = theme;
    a.score = score;
    m.quickscan->assessments.push_back(a);
  }
  const Data v = view();
  const Data& chart = *at(v, "quickscan.grafiek");
  EXPECT_TRUE(flag(chart, "has_grafiek"));
  EXPECT_EQ(str(chart, "type"), "radar");
  EXPECT_EQ(str(chart, "min"), "0");
  EXPECT_EQ(str(chart, "max"), "5");
  ASSERT_EQ(count(chart, "categorieen"), 3u);
  EXPECT_EQ(str(chart, "categorieen.0.naam"), "Energietransitie");
  ASSERT_EQ(count(chart, "reeksen"), 1u);
  EXPECT_EQ(str(chart, "reeksen.0.naam"), "Lindeveld & Omstreken");
  EXPECT_EQ(points(*at(chart, "reeksen.0")),
            "Energietransitie=3 Groen en biodiversiteit=2 Mobiliteit=5");
  EXPECT_EQ(str(chart, "alt"),
            "Score per thema op een schaal van 1 tot 5: Energietransitie 3; Groen en "
            "biodiversiteit 2; Mobiliteit 5.");
  EXPECT_EQ(str(chart, "bron"), "Quickscan, peildatum 1 september 2026");
  EXPECT_EQ(str(v, "scores.0.score_raw"), "3");
}

TEST_F(ChartViewTest, FewerThanThreeThemesGiveBarsAndNoScoresNoChart) {
  EXPECT_EQ(str(view(), "quickscan.grafiek.type"), "bar");
  m.quickscan.reset();
  EXPECT_FALSE(flag(view(), "quickscan.grafiek.has_grafiek"));
}

TEST_F(ChartViewTest, IndicatorBarsCompareWithTheNationalAndSizeClassFiguresOneUnitPerChart) {
  // A percentage with a national figure next to the kton value: two charts, never one axis.
  m.quickscan->assessments[0].values[1].national = 20.5;
  const Data v = view();
  ASSERT_EQ(count(v, "themas.0.indicatorgrafieken"), 2u);
  const Data& kton = *at(v, "themas.0.indicatorgrafieken.0");
  EXPECT_EQ(str(kton, "id"), "energie-1");
  EXPECT_EQ(str(kton, "type"), "bar");
  EXPECT_EQ(str(kton, "eenheid"), "kton");
  EXPECT_EQ(str(kton, "opmaak"), "number");
  EXPECT_EQ(str(kton, "decimalen"), "1");
  EXPECT_TRUE(flag(kton, "labels"));
  EXPECT_EQ(str(kton, "categorieen.0.naam"), "CO2-uitstoot (2023)");
  ASSERT_EQ(count(kton, "reeksen"), 3u);
  EXPECT_EQ(points(*at(kton, "reeksen.0")), "CO2-uitstoot (2023)=412.5");
  EXPECT_EQ(str(kton, "reeksen.1.naam"), "Nederland");
  EXPECT_FALSE(flag(kton, "reeksen.1.has_soort"));  // kind is for line charts only
  EXPECT_EQ(points(*at(kton, "reeksen.1")), "CO2-uitstoot (2023)=1234.25");
  EXPECT_EQ(points(*at(kton, "reeksen.2")), "CO2-uitstoot (2023)=398");
  EXPECT_EQ(str(kton, "bron"), "Klimaatmonitor, peildatum 15 september 2026");
  EXPECT_NE(str(kton, "alt").find("Nederland 1.234,3" + std::string(kNoBreakSpace) + "kton"),
            std::string::npos)
      << str(kton, "alt");

  const Data& percent = *at(v, "themas.0.indicatorgrafieken.1");
  EXPECT_EQ(str(percent, "opmaak"), "percent");
  EXPECT_FALSE(flag(percent, "has_eenheid"));
  EXPECT_EQ(str(percent, "categorieen.0.naam"), "Hernieuwbare elektriciteit (2024, voorlopig)");
  EXPECT_EQ(points(*at(percent, "reeksen.0")),
            "Hernieuwbare elektriciteit (2024, voorlopig)=18.4v");
  ASSERT_EQ(count(percent, "reeksen"), 2u);  // no size-class figure: no empty series
  // The raw values stand next to the formatted ones in the indicator table too.
  EXPECT_EQ(str(v, "themas.0.waarden.0.waarde_raw"), "412.5");
  EXPECT_EQ(str(v, "themas.0.waarden.0.nederland_raw"), "1234.25");
  EXPECT_EQ(str(v, "themas.0.waarden.0.grootteklasse_raw"), "398");
}

TEST_F(ChartViewTest, ValuesWithoutComparisonGetNoChart) {
  m.quickscan->assessments[0].values[0].national.reset();
  m.quickscan->assessments[0].values[0].size_class.reset();
  EXPECT_FALSE(flag(view(), "themas.0.has_indicatorgrafieken"));
}

// Klimaatwet: −55% in 2030 and −100% in 2050 against 1990. For a target in 2040 the national
// line bends in 2030: 520 × (1 − 0.55) = 234 in 2030 and, halfway to 2050 (−77.5%),
// 520 × 0.225 = 117 in 2040.
TEST_F(ChartViewTest, TargetPathMeasurementsAndTheNationalLineComputedByHand) {
  catalogue.frameworks[0].targets.push_back(klimaatwet_2050());
  model::Target& co2 = target("d-co2");
  co2.goal = model::YearValue{2040, 100, {}};
  m.monitoring->series[0].measurements.push_back(
      {2024, model::DataStatus::provisional, "klimaatmonitor", 401.5, {}});
  const Data v = view();
  const Data& chart = *at(v, "doelen.0.grafiek");
  ASSERT_TRUE(flag(chart, "has_grafiek"));
  EXPECT_EQ(str(chart, "type"), "line");
  EXPECT_EQ(str(chart, "hoogte"), "120pt");
  EXPECT_EQ(str(chart, "eenheid"), "kton");
  ASSERT_EQ(count(chart, "reeksen"), 3u);
  EXPECT_EQ(str(chart, "reeksen.0.naam"), "Doelpad");
  EXPECT_EQ(points(*series_of_kind(chart, "target")), "1990=520 2027=300 2040=100");
  // Monitoring (2019, 2024 provisional) completed with the quickscan value of 2023.
  EXPECT_EQ(points(*series_of_kind(chart, "measured")), "2019=455 2023=412.5 2024=401.5v");
  const Data* national = series_of_kind(chart, "reference");
  ASSERT_TRUE(national);
  EXPECT_EQ(str(*national, "naam"), "Landelijke lijn");
  EXPECT_EQ(points(*national), "1990=520 2030=234 2040=117");

  const std::string kton = std::string(kNoBreakSpace) + "kton";
  EXPECT_EQ(str(chart, "alt"), "Lijndiagram CO2-uitstoot: het doelpad loopt van 520,0" + kton +
                                   " in 1990 naar 100,0" + kton +
                                   " in 2040. De laatste meting is 401,5" + kton +
                                   " in 2024 (voorlopig). De landelijke lijn komt in 2040 uit op "
                                   "117,0" +
                                   kton + ".");
  EXPECT_EQ(str(chart, "bijschrift"), "Doelpad CO2-uitstoot 1990–2040");

  // The numbers table: one row per year of any series.
  ASSERT_EQ(count(chart, "cijfers"), 7u);
  EXPECT_EQ(str(chart, "cijfers.0.jaar"), "1990");
  EXPECT_EQ(str(chart, "cijfers.0.doelpad"), "520,0");
  EXPECT_EQ(str(chart, "cijfers.0.landelijk"), "520,0");
  EXPECT_FALSE(flag(chart, "cijfers.0.has_gemeten"));
  EXPECT_EQ(str(chart, "cijfers.3.gemeten"), "401,5 (voorlopig)");
  EXPECT_EQ(str(chart, "cijfers.5.jaar"), "2030");
  EXPECT_EQ(str(chart, "cijfers.5.landelijk"), "234,0");
  EXPECT_FALSE(flag(chart, "cijfers.5.has_doelpad"));
  EXPECT_TRUE(flag(v, "has_doelgrafieken"));
}

// A level in the file's own framework (RES: 1,8 TWh in 2030) is reached from the baseline:
// 100 GWh in 2019 to 1.800 GWh in 2030.
TEST_F(ChartViewTest, NationalLineOfALevelRunsFromTheBaselineInTheIndicatorsUnit) {
  model::Indicator stroom;
  stroom.id = "stroom";
  stroom.theme = "energie";
  stroom.name = "Duurzame stroom";
  stroom.unit = "GWh";
  stroom.direction = model::Direction::higher;
  m.indicators.push_back(stroom);
  m.frameworks[1].targets[0].indicator = "stroom";
  model::Target t;
  t.id = "d-stroom";
  t.theme = "energie";
  t.indicator = "stroom";
  t.baseline = model::YearValue{2019, 100, {}};
  t.goal = model::YearValue{2030, 2000, {}};
  t.compare_with = "res-u16-2030";
  m.targets.push_back(t);
  const Data v = view();
  const Data& chart = *at(v, "doelen.2.grafiek");
  const Data* national = series_of_kind(chart, "reference");
  ASSERT_TRUE(national) << diags.to_string();
  EXPECT_EQ(points(*national), "2019=100 2030=1800");
  EXPECT_FALSE(series_of_kind(chart, "measured"));
  EXPECT_FALSE(flag(chart, "toon_gemeten"));
  EXPECT_EQ(str(chart, "tabel_bijschrift"), "Duurzame stroom 2019–2030, in GWh");
}

TEST_F(ChartViewTest, NoNationalLineWhenTheAmbitionIsNotComparableNoChartWithoutBaseline) {
  target("d-co2").baseline = model::YearValue{2019, 455, {}};  // no 1990 value: not comparable
  const Data v = view();
  EXPECT_TRUE(flag(v, "doelen.0.grafiek.has_grafiek"));
  EXPECT_FALSE(series_of_kind(*at(v, "doelen.0.grafiek"), "reference"));
  EXPECT_FALSE(flag(v, "doelen.0.grafiek.toon_landelijk"));
  EXPECT_FALSE(flag(v, "doelen.1.grafiek.has_grafiek"));  // d-groen: no baseline, no goal
  target("d-co2").goal.reset();
  EXPECT_FALSE(flag(view(), "has_doelgrafieken"));
}

// The chart partial and the templates put it all into markup: a figure per chart, every
// chart with its text alternative, the numbers table referring to the figure.
TEST_F(ChartViewTest, TemplatesWriteFiguresWithChartsAndTheNumbersAppendix) {
  catalogue.frameworks[0].targets.push_back(klimaatwet_2050());
  const Data v = view();
  DiskResources resources{KOERS_SOURCE_DIR};
  templ::TemplateSet set(templ::TemplateSet::standard_search_path(resources, "visie"), resources);
  const std::string xml = set.render("visie", v, diags);
  ASSERT_TRUE(diags.empty()) << diags.to_string();
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(xml.data(), xml.size()));
  std::vector<std::string> figures;
  for (auto f : doc.select_nodes("//figure")) {
    figures.push_back(f.node().attribute("id").value());
    pugi::xml_node chart = f.node().child("chart");
    ASSERT_TRUE(chart) << figures.back();
    EXPECT_STRNE(chart.attribute("alt").value(), "") << figures.back();
    EXPECT_TRUE(f.node().child("caption")) << figures.back();
  }
  EXPECT_EQ(figures, (std::vector<std::string>{"fig-scores", "fig-indicatoren-energie-1",
                                               "fig-doel-d-co2"}));
  pugi::xml_node line = doc.select_node("//figure[@id='fig-doel-d-co2']/chart").node();
  EXPECT_STREQ(line.attribute("type").value(), "line");
  EXPECT_STREQ(line.attribute("height").value(), "120pt");
  EXPECT_STREQ(line.select_node("series[@kind='reference']/point[2]").node().attribute("y").value(),
               "234");
  EXPECT_STREQ(line.select_node("series[@kind='measured']/point[1]").node().attribute("x").value(),
               "2019");
  pugi::xml_node table = doc.select_node("//table[@id='tabel-cijfers-d-co2']").node();
  ASSERT_TRUE(table);
  EXPECT_STREQ(table.child("caption").child("ref").attribute("to").value(), "fig-doel-d-co2");
  EXPECT_EQ(table.select_nodes("col").size(), 4u);  // jaar, doelpad, gemeten, landelijke lijn
}

}  // namespace
}  // namespace koers::view

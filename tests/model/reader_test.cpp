// A complete, valid file is read into the model with every value in place.
#include <gtest/gtest.h>

#include "model/model.h"
#include "model_test_support.h"

namespace koers::model {
namespace {

using testing::read;
using testing::read_file;

class CompleteFile : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    result_ = new testing::ReadResult(
        read(read_file(std::string(KOERS_TEST_DIR) + "/model/complete.xml"), "complete.xml"));
  }
  static void TearDownTestSuite() { delete result_; }
  const Municipality& m() const { return result_->municipality; }
  static testing::ReadResult* result_;
};
testing::ReadResult* CompleteFile::result_ = nullptr;

TEST_F(CompleteFile, HasNoDiagnostics) {
  EXPECT_EQ(result_->text(), "");
}

TEST_F(CompleteFile, OwnValues) {
  EXPECT_EQ(m().file, "complete.xml");
  EXPECT_EQ(m().code, "GM9901");
  EXPECT_EQ(m().name, "Lindeveld");
  EXPECT_EQ(m().sort_name, "Lindeveld");
  EXPECT_EQ(m().province_code, "PV26");
  EXPECT_EQ(m().province, "Utrecht");
  EXPECT_EQ(m().res_id, "U16");
  EXPECT_EQ(m().res_name, "Regio U16");
  ASSERT_TRUE(m().inhabitants);
  EXPECT_EQ(*m().inhabitants, 48250);
  EXPECT_EQ(m().inhabitants_date, (Date{2026, 1, 1}));
  EXPECT_EQ(m().inhabitants_source, "cbs");
  EXPECT_EQ(m().house_style, "lindeveld");
  EXPECT_EQ(m().logo_src, "logo.png");
  EXPECT_EQ(m().logo_alt, "Logo gemeente Lindeveld");
}

TEST_F(CompleteFile, AdministrationAndAssignment) {
  const auto& a = m().administration;
  EXPECT_EQ(a.mayor, "mr. A. de Vries");
  EXPECT_EQ(a.secretary, "drs. B. Bakker");
  EXPECT_EQ(a.clerk, "C. Smit");
  ASSERT_EQ(a.aldermen.size(), 2u);
  EXPECT_EQ(a.aldermen[1].id, "w-claes");
  EXPECT_EQ(a.aldermen[0].portfolio, "Duurzaamheid en energie");
  EXPECT_EQ(m().alderman("w-claes")->name, "M. Claes");
  EXPECT_EQ(m().alderman("w-niemand"), nullptr);
  ASSERT_TRUE(m().assignment);
  EXPECT_EQ(m().assignment->client, "Afdeling Ruimte");
  EXPECT_EQ(m().assignment->advisor_organisation, "Bureau Koers");
  ASSERT_TRUE(m().assignment->contact);
  EXPECT_EQ(m().assignment->contact->email, "s.visser@lindeveld.nl");
}

TEST_F(CompleteFile, SourcesThemesIndicators) {
  ASSERT_EQ(m().sources.size(), 2u);
  EXPECT_EQ(m().source("klimaatmonitor")->retrieved, (Date{2026, 9, 15}));
  EXPECT_FALSE(m().source("cbs")->retrieved);
  EXPECT_EQ(m().theme("energie")->sdgs, (std::vector<int>{7, 13}));
  EXPECT_EQ(m().theme("energie")->loc.line, 27);
  EXPECT_EQ(m().theme("energie")->loc.column, 5);
  const Indicator* co2 = m().indicator("co2");
  ASSERT_NE(co2, nullptr);
  EXPECT_EQ(co2->unit, "kton");
  EXPECT_EQ(co2->direction, Direction::lower);
  EXPECT_EQ(co2->decimals, 1);
  EXPECT_EQ(co2->source, "klimaatmonitor");
  EXPECT_EQ(co2->definition, "Uitstoot van CO2 binnen de gemeentegrens.");
  EXPECT_EQ(m().indicator("opwek")->direction, Direction::higher);
  EXPECT_EQ(m().indicator("restafval")->decimals, 0);
}

TEST_F(CompleteFile, Quickscan) {
  ASSERT_TRUE(m().quickscan);
  const auto& q = *m().quickscan;
  EXPECT_EQ(q.reference_date, (Date{2026, 9, 1}));
  EXPECT_EQ(q.scale, 5);
  ASSERT_EQ(q.assessments.size(), 1u);
  const auto& a = q.assessments[0];
  EXPECT_EQ(a.theme, "energie");
  EXPECT_EQ(a.score, 3);
  EXPECT_EQ(a.summary.markup, "<p>Lindeveld zit <em>op de landelijke lijn</em>.</p>");
  EXPECT_EQ(a.strengths,
            (std::vector<std::string>{"Veel zon op daken", "Actieve energiecoöperatie"}));
  EXPECT_EQ(a.opportunities, (std::vector<std::string>{"Warmtenet in de wijk Oost"}));
  ASSERT_EQ(a.values.size(), 2u);
  EXPECT_EQ(a.values[0].indicator, "co2");
  EXPECT_EQ(a.values[0].year, 2023);
  EXPECT_DOUBLE_EQ(a.values[0].value, 412.5);
  EXPECT_DOUBLE_EQ(*a.values[0].national, 390.2);
  EXPECT_DOUBLE_EQ(*a.values[0].size_class, 401);
  EXPECT_EQ(a.values[1].status, DataStatus::provisional);
  EXPECT_FALSE(a.values[1].national);
}

TEST_F(CompleteFile, Frameworks) {
  ASSERT_EQ(m().frameworks.size(), 2u);
  EXPECT_EQ(m().frameworks[0].ref, "klimaatwet");
  const auto& res = m().frameworks[1];
  EXPECT_EQ(res.id, "res-u16");
  EXPECT_EQ(res.level, Level::regional);
  EXPECT_EQ(res.instrument, "akkoord");
  ASSERT_EQ(res.targets.size(), 1u);
  EXPECT_EQ(res.targets[0].indicator, "opwek");
  EXPECT_EQ(res.targets[0].year, 2030);
  EXPECT_DOUBLE_EQ(*res.targets[0].value, 1.8);
  EXPECT_EQ(res.targets[0].unit, "TWh");
  EXPECT_FALSE(res.targets[0].reference_year);
}

TEST_F(CompleteFile, Targets) {
  ASSERT_EQ(m().targets.size(), 2u);
  const auto& t = m().targets[0];
  EXPECT_EQ(t.id, "d-co2");
  EXPECT_EQ(t.owner, "w-jansen");
  EXPECT_EQ(t.formulation, "In 2030 is de CO2-uitstoot 60% lager dan in 1990.");
  ASSERT_TRUE(t.baseline && t.goal);
  EXPECT_EQ(t.baseline->year, 1990);
  EXPECT_DOUBLE_EQ(*t.baseline->value, 520);
  EXPECT_EQ(t.goal->year, 2030);
  EXPECT_DOUBLE_EQ(*t.goal->value, 208);
  ASSERT_EQ(t.interim.size(), 1u);
  EXPECT_EQ(t.interim[0].year, 2027);
  EXPECT_EQ(t.compare_with, "klimaatwet-2030");
  EXPECT_EQ(t.motivation.plain,
            (std::vector<std::string>{"Hoger dan landelijk.", "Omdat het kan."}));
  const auto& open = m().targets[1];
  EXPECT_FALSE(open.baseline);
  ASSERT_TRUE(open.goal);
  EXPECT_FALSE(open.goal->year);  // not an input error: the SMART check reports it
  EXPECT_EQ(open.owner, "");
}

TEST_F(CompleteFile, Actions) {
  ASSERT_EQ(m().actions.size(), 1u);
  const auto& a = m().actions[0];
  EXPECT_EQ(a.targets, (std::vector<std::string>{"d-co2", "d-opwek"}));
  EXPECT_EQ(a.role, ActionRole::direct);
  EXPECT_EQ(a.status, ActionStatus::started);
  EXPECT_EQ(a.lead, "Team Energie");
  EXPECT_EQ(a.start, (Date{2027, 1, 0}));
  EXPECT_EQ(a.end, (Date{2028, 12, 0}));
  EXPECT_EQ(a.title, "Warmteprogramma opstellen");
  EXPECT_EQ(a.description.markup, "<p>Een warmteprogramma per wijk.</p>");
  EXPECT_EQ(a.partners.size(), 2u);
  ASSERT_EQ(a.budgets.size(), 2u);
  EXPECT_DOUBLE_EQ(a.budgets[0].amount, 125000);
  EXPECT_EQ(a.budgets[0].coverage, "Reserve Duurzaamheid");
  EXPECT_EQ(a.budgets[1].kind, BudgetKind::structural);
  EXPECT_DOUBLE_EQ(a.budgets[1].amount, 40000.5);
  ASSERT_EQ(a.milestones.size(), 1u);
  EXPECT_EQ(a.milestones[0].date, (Date{2027, 6, 0}));
  EXPECT_EQ(a.milestones[0].text, "Concept klaar");
  ASSERT_TRUE(a.progress);
  EXPECT_EQ(a.progress->quality, Rag::green);
  EXPECT_EQ(a.progress->time, Rag::amber);
  EXPECT_EQ(a.progress->money, Rag::red);
}

TEST_F(CompleteFile, MonitoringParticipationTexts) {
  ASSERT_TRUE(m().monitoring);
  EXPECT_DOUBLE_EQ(m().monitoring->tolerance_green, 5);
  EXPECT_DOUBLE_EQ(m().monitoring->tolerance_amber, 12.5);
  ASSERT_EQ(m().monitoring->series.size(), 1u);
  const auto& s = m().monitoring->series[0];
  ASSERT_EQ(s.measurements.size(), 2u);
  EXPECT_EQ(s.measurements[1].year, 2023);
  EXPECT_EQ(s.measurements[1].status, DataStatus::provisional);
  EXPECT_DOUBLE_EQ(s.measurements[1].value, 412.5);
  ASSERT_EQ(m().monitoring->evaluations.size(), 1u);
  EXPECT_EQ(m().monitoring->evaluations[0].date, (Date{2028, 6, 0}));
  ASSERT_EQ(m().sessions.size(), 1u);
  EXPECT_EQ(m().sessions[0].date, (Date{2026, 10, 8}));
  EXPECT_EQ(m().sessions[0].form, "werksessie");
  EXPECT_EQ(m().sessions[0].participants.size(), 2u);
  EXPECT_EQ(m().text("voorwoord")->text.markup, "<p>Beste lezer, dit is de visie.</p>");
  EXPECT_EQ(m().text("thema-energie")->text.markup,
            "<p>Eerste alinea.</p><ul><li>punt een</li><li>punt twee</li></ul>");
}

TEST_F(CompleteFile, Documents) {
  const auto& d = m().documents;
  ASSERT_TRUE(d.vision && d.programme && d.quickscan_report && d.monitor);
  EXPECT_EQ(d.vision->title, "Duurzaamheidsvisie 2027–2035");
  EXPECT_EQ(d.vision->date, (Date{2026, 11, 27}));
  EXPECT_EQ(d.programme->period_from, 2027);
  EXPECT_EQ(d.programme->period_to, 2030);
  EXPECT_EQ(d.quickscan_report->status, DocStatus::final);
  EXPECT_EQ(d.monitor->year, 2026);
  ASSERT_TRUE(d.council_proposal);
  const auto& p = *d.council_proposal;
  EXPECT_EQ(p.agenda_item, "7");
  EXPECT_EQ(p.treatment, Treatment::bespreekstuk);
  EXPECT_EQ(p.decisions.size(), 2u);
  ASSERT_EQ(p.arguments.size(), 1u);
  EXPECT_EQ(p.arguments[0].decision, 2);
  EXPECT_EQ(p.arguments[0].explanation.plain[0], "Zonder geld geen uitvoering.");
  ASSERT_EQ(p.caveats.size(), 1u);
  EXPECT_EQ(p.caveats[0].response, "Het levert ook veel op");
  EXPECT_EQ(p.legal_basis.size(), 2u);
  EXPECT_EQ(p.attachments, (std::vector<std::string>{"Duurzaamheidsvisie"}));
  ASSERT_TRUE(d.college_proposal);
  EXPECT_FALSE(d.college_proposal->public_document);
  EXPECT_EQ(d.college_proposal->author, "S. Visser");
  EXPECT_EQ(d.college_proposal->legal.plain[0], "Geen.");
  ASSERT_TRUE(d.council_letter);
  EXPECT_EQ(d.council_letter->portfolio_holder, "w-claes");
  EXPECT_EQ(d.council_letter->to, "De gemeenteraad");
  ASSERT_TRUE(d.council_letter->contact);
  EXPECT_EQ(d.council_letter->key_message.markup, "<p>Het gaat goed.</p>");
}

TEST(MinimalFile, OnlyCodeAndNameAreNeeded) {
  auto r = read("<gemeente versie=\"1\" code=\"GM0344\"><naam>Utrecht</naam></gemeente>");
  EXPECT_EQ(r.text(), "");
  EXPECT_EQ(r.municipality.name, "Utrecht");
  EXPECT_FALSE(r.municipality.quickscan);
  EXPECT_TRUE(r.municipality.targets.empty());
}

TEST(Catalogue, ShippedCatalogueHasTheContractIds) {
  const auto& c = testing::shipped_catalogue();
  for (const char* id :
       {"klimaatwet", "klimaatakkoord", "npce", "vang", "deltaplan-ra", "schone-lucht-akkoord"})
    EXPECT_NE(c.framework(id), nullptr) << id;
  for (const char* id : {"klimaatwet-2030", "klimaatwet-2050", "res-35twh", "npce-2030",
                         "vang-restafval", "deltaplan-ra-2050", "schone-lucht-2030"})
    EXPECT_NE(c.target(id), nullptr) << id;
  const auto* k2030 = c.target("klimaatwet-2030");
  EXPECT_EQ(k2030->reference_year, 1990);
  EXPECT_EQ(k2030->year, 2030);
  EXPECT_DOUBLE_EQ(*k2030->value, -55);
  EXPECT_EQ(k2030->unit, "%");
  EXPECT_EQ(k2030->indicator, "broeikasgas");
  EXPECT_FALSE(c.target("deltaplan-ra-2050")->value);
  EXPECT_EQ(c.target("vang-restafval")->unit, "kg per inwoner");
  EXPECT_FALSE(c.target("res-35twh")->reference_year);
  EXPECT_EQ(c.framework("klimaatwet")->level, Level::national);
  EXPECT_EQ(c.framework("europese-klimaatwet")->level, Level::eu);
  EXPECT_EQ(c.target("nergens"), nullptr);
}

TEST(Catalogue, ReportsItsOwnProblems) {
  Diagnostics diags;
  auto c = read_catalogue(
      "<beleidskaders versie=\"1\">\n"
      "  <kader id=\"a\" naam=\"A\" niveau=\"landelijk\">\n"
      "    <doel id=\"a-1\" indicator=\"x\" waarde=\"5\"/>\n"
      "  </kader>\n"
      "  <kader id=\"a\" naam=\"B\" niveau=\"eu\"/>\n"
      "</beleidskaders>\n",
      "kaders.xml", diags);
  EXPECT_EQ(c.frameworks.size(), 2u);
  std::string text = diags.to_string();
  EXPECT_NE(text.find("kaders.xml:2:26: error: attribuut 'niveau' van kader 'a': verwacht een "
                      "van mondiaal, eu, nationaal, provinciaal, regionaal, maar vond 'landelijk'"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("kaders.xml:3:5: error: doel 'a-1' heeft een waarde maar geen eenheid"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("kaders.xml:5:10: error: kader 'a' komt twee keer voor; de eerste staat "
                      "op regel 2"),
            std::string::npos)
      << text;
}

TEST(LoadMunicipality, MissingFileIsAnError) {
  MemoryResources resources;
  Diagnostics diags;
  auto m = load_municipality("nergens.xml", resources, testing::shipped_catalogue(), diags);
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.items()[0].file, "nergens.xml");
  EXPECT_EQ(diags.items()[0].message, "kan het bestand 'nergens.xml' niet lezen");
}

TEST(LoadMunicipality, ReadsThroughResources) {
  MemoryResources resources;
  resources.put("in/gemeente.xml", testing::gemeente(""));
  Diagnostics diags;
  auto m = load_municipality("in/gemeente.xml", resources, testing::shipped_catalogue(), diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_EQ(m.file, "in/gemeente.xml");
  EXPECT_EQ(m.name, "Lindeveld");
}

TEST(LoadCatalogue, ReadsDataFromTheProjectRoot) {
  MemoryResources resources(nullptr, "/koers");
  resources.put("/koers/data/beleidskaders.xml",
                "<beleidskaders versie=\"1\"><kader id=\"k\" naam=\"K\" niveau=\"eu\"/>"
                "</beleidskaders>");
  Diagnostics diags;
  auto c = load_catalogue(resources, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  ASSERT_NE(c.framework("k"), nullptr);
  EXPECT_EQ(c.framework("k")->level, Level::eu);
  MemoryResources empty;
  load_catalogue(empty, diags);
  EXPECT_EQ(diags.error_count(), 1u);
}

}  // namespace
}  // namespace koers::model

// The views of the uitvoeringsprogramma and the quickscan report: keys, figures from the
// analysis, the planning charts, and both templates rendered without errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <pugixml.hpp>

#include "core/resources.h"
#include "sample_model.h"
#include "view/view.h"

namespace koers::view {
namespace {

using templ::Data;

const Data* at(const Data& root, const std::string& path) {
  const Data* d = &root;
  std::size_t start = 0;
  while (d) {
    std::size_t dot = path.find('.', start);
    std::string part = path.substr(start, dot - start);
    if (d->is_list()) {
      std::size_t i = std::stoul(part);
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
  if (!d || !d->is_string()) return "<geen tekst: " + path + ">";
  return d->string_value();
}

bool flag(const Data& root, const std::string& path) {
  const Data* d = at(root, path);
  EXPECT_TRUE(d && d->is_bool()) << path;
  return d && d->is_true();
}

std::size_t count(const Data& root, const std::string& path) {
  const Data* d = at(root, path);
  EXPECT_TRUE(d && d->is_list()) << path;
  return d && d->is_list() ? d->list_value().size() : 0;
}

analysis::Facts facts_of(const model::Municipality& m, const model::Catalogue& c) {
  return analysis::analyse(m, c);
}

class ProgrammeViewTest : public ::testing::Test {
 protected:
  ProgrammeViewTest() {
    model::DocumentInfo info;
    info.title = "Uitvoeringsprogramma Lindeveld";
    info.version = "0.9";
    info.date = text::Date{2026, 11, 27};
    info.period_from = 2027;
    info.period_to = 2030;
    full.documents.programme = info;
    full.actions[0].milestones.push_back({text::Date{2027, 8, 0}, "Eerste daken", {}});
    facts = facts_of(full, catalogue);
    view = build_view("uitvoeringsprogramma", full, catalogue, facts, fmt, testing::dutch());
  }
  text::Formatter fmt{"nl-NL"};
  model::Catalogue catalogue = testing::small_catalogue();
  model::Municipality full = testing::full_municipality();
  analysis::Facts facts;
  Diagnostics diags;
  Data view;
};

TEST_F(ProgrammeViewTest, DocumentAndPeriod) {
  EXPECT_EQ(str(view, "document.titel"), "Uitvoeringsprogramma Lindeveld");
  EXPECT_EQ(str(view, "document.datum"), "27 november 2026");
  EXPECT_EQ(str(view, "document.datum_iso"), "2026-11-27");
  EXPECT_EQ(str(view, "programma.periode"), "2027–2030");
  EXPECT_EQ(str(view, "programma.visie_titel"), "Duurzaamheidsvisie 2027–2035");
  EXPECT_EQ(str(view, "programma.aantal_acties"), "2");
  EXPECT_EQ(str(view, "programma.aantal_themas"), "2");
}

TEST_F(ProgrammeViewTest, ActionSheetHasTargetsMilestonesAndBudgetLinesByYear) {
  ASSERT_EQ(count(view, "themas"), 2u);
  EXPECT_EQ(str(view, "themas.0.naam"), "Energietransitie");
  EXPECT_EQ(str(view, "themas.0.acties.0.anker"), "actie-E-01");
  EXPECT_EQ(str(view, "themas.0.acties.0.planning_kort"), "2027–2028");
  EXPECT_EQ(str(view, "themas.0.acties.0.doelen_lijst.0.formulering"), full.targets[0].formulation);
  EXPECT_EQ(str(view, "themas.0.acties.0.mijlpalen.0.datum"), "augustus 2027");
  ASSERT_EQ(count(view, "themas.0.acties.0.budgetten"), 2u);
  EXPECT_EQ(str(view, "themas.0.acties.0.budgetten.0.jaar"), "2027");
  EXPECT_EQ(str(view, "themas.0.acties.0.budgetten.0.soort"), "incidenteel");
  EXPECT_EQ(str(view, "themas.0.acties.0.budgetten.0.dekking"), "Reserve Duurzaamheid");
  EXPECT_FALSE(flag(view, "themas.0.acties.0.budgetten.1.has_dekking"));
  // The action without dates or budget still has a sheet, with empty parts.
  EXPECT_FALSE(flag(view, "themas.1.acties.0.has_planning_kort"));
  EXPECT_FALSE(flag(view, "themas.1.acties.0.has_budgetten"));
}

TEST_F(ProgrammeViewTest, BudgetBreakdownAddsUpToTheAnalysisTotal) {
  const analysis::BudgetTotals& b = facts.budget;
  EXPECT_EQ(str(view, "budget.totaal"), fmt.amount(b.total));
  ASSERT_EQ(count(view, "budget.soorten"), 2u);
  EXPECT_EQ(str(view, "budget.soorten.0.naam"), "Incidenteel");
  EXPECT_EQ(str(view, "budget.soorten.0.totaal"), fmt.amount(b.incidental));
  EXPECT_EQ(str(view, "budget.soorten.0.bedragen.1.bedrag"), "–");  // nothing incidental in 2028
  EXPECT_EQ(str(view, "budget.soorten.1.totaal"), fmt.amount(b.structural));
  ASSERT_EQ(count(view, "budget.dekkingen"), 2u);
  EXPECT_EQ(str(view, "budget.dekkingen.0.naam"), "Reserve Duurzaamheid");
  EXPECT_EQ(str(view, "budget.dekkingen.0.totaal"), fmt.amount(125000));
  EXPECT_EQ(str(view, "budget.dekkingen.1.naam"), "Dekking niet opgegeven");
}

TEST_F(ProgrammeViewTest, BudgetChartStacksThemesPerYear) {
  EXPECT_TRUE(flag(view, "budget.grafiek.has_grafiek"));
  EXPECT_EQ(str(view, "budget.grafiek.opmaak"), "amount");
  ASSERT_EQ(count(view, "budget.grafiek.categorieen"), 2u);
  EXPECT_EQ(str(view, "budget.grafiek.categorieen.0.naam"), "2027");
  ASSERT_EQ(count(view, "budget.grafiek.reeksen"), 1u);  // only energie has money
  EXPECT_EQ(str(view, "budget.grafiek.reeksen.0.punten.1.y"), "1125000.5");
}

TEST_F(ProgrammeViewTest, PlanningIsOneGanttChartWithQuartersAndMilestones) {
  ASSERT_EQ(count(view, "planningen"), 1u);
  EXPECT_EQ(str(view, "planningen.0.van"), "2027");
  EXPECT_EQ(str(view, "planningen.0.tot"), "2030");
  ASSERT_EQ(count(view, "planningen.0.taken"), 1u);  // G-01 has no dates
  EXPECT_EQ(str(view, "planningen.0.taken.0.start"), "2027-Q1");
  EXPECT_EQ(str(view, "planningen.0.taken.0.eind"), "2028-Q4");
  EXPECT_EQ(str(view, "planningen.0.taken.0.groep"), "Energietransitie");
  EXPECT_EQ(str(view, "planningen.0.taken.0.mijlpalen.0.moment"), "2027-Q3");
}

TEST_F(ProgrammeViewTest, ManyActionsGiveOnePlanningChartPerTheme) {
  model::Municipality big = full;
  for (int i = 0; i < 24; ++i) {
    model::Action a = big.actions[0];
    a.id = "X-" + std::to_string(i);
    a.theme = i % 2 ? "energie" : "groen";
    a.start = text::Date{2027 + i % 3, 4, 0};
    a.end = text::Date{2030, 6, 0};
    big.actions.push_back(a);
  }
  const analysis::Facts f = facts_of(big, catalogue);
  const Data v = build_view("uitvoeringsprogramma", big, catalogue, f, fmt, testing::dutch());
  ASSERT_EQ(count(v, "planningen"), 2u);
  EXPECT_EQ(str(v, "planningen.0.id"), "fig-planning-energie");
  EXPECT_EQ(str(v, "planningen.1.id"), "fig-planning-groen");
  EXPECT_FALSE(flag(v, "planningen.0.taken.0.has_groep"));
  EXPECT_EQ(count(v, "planningen.1.taken"), 12u);
}

TEST(QuickscanReportViewTest, StrongestAndWeakestThemesComeFromTheAnalysis) {
  text::Formatter fmt{"nl-NL"};
  const model::Catalogue catalogue = testing::small_catalogue();
  model::Municipality m = testing::full_municipality();
  model::Assessment groen;
  groen.theme = "groen";
  groen.score = 1;
  groen.opportunities = {"Bomen in elke straat", "Geveltuinen"};
  m.quickscan->assessments.push_back(groen);
  const analysis::Facts facts = analysis::analyse(m, catalogue);
  Diagnostics diags;
  const Data view = build_view("quickscan", m, catalogue, facts, fmt, testing::dutch());
  EXPECT_EQ(str(view, "document.titel"), "Quickscan duurzaamheid");
  EXPECT_EQ(str(view, "rapport.aantal_themas"), "2");
  EXPECT_EQ(str(view, "rapport.aantal_indicatoren"), "2");
  EXPECT_TRUE(flag(view, "rapport.has_vergelijking"));
  EXPECT_EQ(str(view, "rapport.sterkste"), "Energietransitie");
  EXPECT_EQ(str(view, "rapport.sterkste_score"), "3 van 5");
  EXPECT_EQ(str(view, "rapport.zwakste"), "Groen en biodiversiteit");
  ASSERT_EQ(count(view, "rapport.kansen"), 2u);
  EXPECT_EQ(str(view, "rapport.kansen.1.tekst"), "Geveltuinen");
  EXPECT_TRUE(flag(view, "quickscan.grafiek.has_grafiek"));
}

TEST(QuickscanReportViewTest, WithoutQuickscanEveryKeyIsStillDefined) {
  text::Formatter fmt{"nl-NL"};
  const model::Catalogue catalogue = testing::small_catalogue();
  const model::Municipality m = testing::minimal_municipality();
  const analysis::Facts facts = analysis::analyse(m, catalogue);
  Diagnostics diags;
  const Data view = build_view("quickscan", m, catalogue, facts, fmt, testing::dutch());
  EXPECT_FALSE(flag(view, "has_quickscan"));
  EXPECT_FALSE(flag(view, "rapport.has_sterkste"));
  EXPECT_EQ(count(view, "rapport.kansen"), 0u);
}

// Both documents through view and templates, for the hand-made models and every sample:
// no template or fixed-text error, well-formed markup.
TEST(ProgrammeTemplateTest, BothDocumentsRenderWithoutTemplateErrors) {
  DiskResources resources{KOERS_SOURCE_DIR};
  const model::Catalogue small = testing::small_catalogue();
  text::Formatter fmt{"nl-NL"};
  std::vector<std::pair<std::string, model::Municipality>> models = {
      {"minimal", testing::minimal_municipality()}, {"full", testing::full_municipality()}};
  Diagnostics catalogue_diags;
  const model::Catalogue catalogue = model::load_catalogue(resources, catalogue_diags);
  const auto samples = std::filesystem::path(KOERS_SOURCE_DIR) / "samples";
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    if (entry.path().extension() != ".xml" || catalogue_diags.has_errors()) continue;
    Diagnostics model_diags;
    auto m = model::load_municipality(entry.path(), resources, catalogue, model_diags);
    if (!model_diags.has_errors()) models.emplace_back(entry.path().stem().string(), m);
  }
  for (const auto& [name, m] : models) {
    const model::Catalogue& c = name == "minimal" || name == "full" ? small : catalogue;
    const analysis::Facts facts = analysis::analyse(m, c);
    for (const std::string doc : {"uitvoeringsprogramma", "quickscan"}) {
      Diagnostics diags;
      const Data view = build_view(doc, m, c, facts, fmt, testing::dutch());
      templ::TemplateSet set(templ::TemplateSet::standard_search_path(resources, doc), resources);
      const std::string xml = set.render(doc, view, diags);
      EXPECT_TRUE(diags.empty()) << name << " " << doc << "\n" << diags.to_string();
      pugi::xml_document parsed;
      EXPECT_TRUE(parsed.load_buffer(xml.data(), xml.size())) << name << " " << doc;
    }
  }
}

}  // namespace
}  // namespace koers::view

// The views of the raadsvoorstel (with the raadsbesluit) and the collegevoorstel: the
// header details, the numbering of beslispunten and arguments, the formulas' dates, and the
// budget figures taken from the analysis.
#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "sample_model.h"
#include "view/view.h"

namespace koers::view {
namespace {

using templ::Data;

const Data* at(const Data& root, const std::string& path) {
  const Data* d = &root;
  std::size_t start = 0;
  while (d) {
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
  if (!d) return "<ontbreekt: " + path + ">";
  if (!d->is_string()) return "<geen tekst: " + path + ">";
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

const std::string nbsp = "\u00A0";

model::Budget budget(int year, model::BudgetKind kind, const std::string& coverage, double amount) {
  model::Budget b;
  b.year = year;
  b.kind = kind;
  b.coverage = coverage;
  b.amount = amount;
  return b;
}

model::Argument argument(int decision, const std::string& claim) {
  model::Argument a;
  a.decision = decision;
  a.claim = claim;
  return a;
}

// A municipality with two budgeted actions and both proposals.
model::Municipality proposing_municipality() {
  model::Municipality m = testing::minimal_municipality();
  m.administration.aldermen.push_back({"w-jansen", "P. Jansen", "Duurzaamheid", {}});
  using model::BudgetKind;
  model::Action a;
  a.id = "E-01";
  a.budgets = {budget(2027, BudgetKind::incidental, "Reserve Duurzaamheid", 70000),
               budget(2028, BudgetKind::incidental, "Reserve Duurzaamheid", 150000),
               budget(2028, BudgetKind::structural, "Begroting", 25000)};
  model::Action b;
  b.id = "E-02";
  b.budgets = {budget(2027, BudgetKind::structural, "Begroting", 1250000)};
  m.actions = {a, b};

  model::CouncilProposal p;
  p.date = text::Date{2026, 12, 8};
  p.meeting = "2027-01-28";
  p.agenda_item = "9";
  p.portfolio_holder = "w-jansen";
  p.treatment = model::Treatment::hamerstuk;
  p.subject = "Vaststelling visie";
  p.decisions = {"De visie vast te stellen.", "Budget beschikbaar te stellen."};
  p.arguments = {argument(2, "Gedekt."), argument(1, "Richting."), argument(0, "Algemeen."),
                 argument(1, "Samen.")};
  p.caveats = {{"Netcongestie.", "Samenwerking met de netbeheerder."}};
  p.legal_basis = {"artikel 108 van de Gemeentewet", "artikel 189 van de Gemeentewet"};
  m.documents.council_proposal = p;

  model::CollegeProposal c;
  c.meeting = "volgende week";
  c.department = "Ruimte";
  c.author = "L. Hoekstra";
  c.public_document = false;
  c.decisions = {"In te stemmen."};
  m.documents.college_proposal = c;
  return m;
}

class ProposalViewTest : public ::testing::Test {
 protected:
  Data build(const std::string& doc, const model::Municipality& m) {
    facts = analysis::analyse(m, catalogue);
    return build_view(doc, m, catalogue, facts, fmt, testing::dutch());
  }
  text::Formatter fmt{"nl-NL"};
  model::Catalogue catalogue = testing::small_catalogue();
  analysis::Facts facts;
  Diagnostics diags;
};

TEST_F(ProposalViewTest, CouncilProposalHeader) {
  const Data view = build("raadsvoorstel", proposing_municipality());
  EXPECT_EQ(str(view, "document.titel"), "Raadsvoorstel");
  EXPECT_EQ(str(view, "document.onderwerp"), "Vaststelling visie");
  EXPECT_EQ(str(view, "document.datum_iso"), "2026-12-08");
  EXPECT_EQ(str(view, "voorstel.datum"), "8 december 2026");
  EXPECT_EQ(str(view, "voorstel.vergadering"), "28 januari 2027");
  EXPECT_EQ(str(view, "voorstel.portefeuillehouder"), "P. Jansen");
  EXPECT_EQ(str(view, "voorstel.portefeuille"), "Duurzaamheid");
  EXPECT_EQ(str(view, "voorstel.behandeling"), "Hamerstuk");
  EXPECT_TRUE(flag(view, "voorstel.is_hamerstuk"));
  EXPECT_FALSE(flag(view, "voorstel.has_zaaknummer"));
}

TEST_F(ProposalViewTest, BeslispuntenAreNumberedOnce) {
  const Data view = build("raadsvoorstel", proposing_municipality());
  ASSERT_EQ(count(view, "voorstel.beslispunten"), 2u);
  EXPECT_EQ(str(view, "voorstel.beslispunten.1.nr"), "2");
  EXPECT_EQ(str(view, "voorstel.beslispunten.1.tekst"), "Budget beschikbaar te stellen.");
}

TEST_F(ProposalViewTest, ArgumentsAreNumberedPerBeslispunt) {
  const Data view = build("raadsvoorstel", proposing_municipality());
  ASSERT_EQ(count(view, "voorstel.argumenten"), 4u);
  EXPECT_EQ(str(view, "voorstel.argumenten.0.nr"), "1.1");
  EXPECT_EQ(str(view, "voorstel.argumenten.0.stelling"), "Richting.");
  EXPECT_EQ(str(view, "voorstel.argumenten.1.nr"), "1.2");
  EXPECT_EQ(str(view, "voorstel.argumenten.1.stelling"), "Samen.");
  EXPECT_EQ(str(view, "voorstel.argumenten.2.nr"), "2.1");
  EXPECT_EQ(str(view, "voorstel.argumenten.3.nr"), "3");
  EXPECT_FALSE(flag(view, "voorstel.argumenten.3.has_beslispunt"));
  EXPECT_EQ(str(view, "voorstel.kanttekeningen.0.reactie"), "Samenwerking met de netbeheerder.");
}

TEST_F(ProposalViewTest, DecisionFormulas) {
  const Data view = build("raadsvoorstel", proposing_municipality());
  EXPECT_EQ(str(view, "besluit.gelet_op"),
            "artikel 108 van de Gemeentewet en artikel 189 van de Gemeentewet");
  EXPECT_EQ(str(view, "besluit.voorstel_datum"), "8 december 2026");
  EXPECT_EQ(str(view, "besluit.vergadering"), "28 januari 2027");

  model::Municipality undated = proposing_municipality();
  undated.documents.council_proposal->date.reset();
  undated.documents.council_proposal->meeting.clear();
  const Data open = build("raadsvoorstel", undated);
  EXPECT_EQ(str(open, "besluit.voorstel_datum"), "…");
  EXPECT_EQ(str(open, "besluit.vergadering"), "…");
  EXPECT_FALSE(flag(open, "voorstel.has_vergadering"));
}

TEST_F(ProposalViewTest, BudgetComesFromTheAnalysis) {
  const Data view = build("raadsvoorstel", proposing_municipality());
  ASSERT_TRUE(flag(view, "budget.has_budget"));
  EXPECT_EQ(str(view, "budget.totaal"), fmt.amount(facts.budget.total));
  EXPECT_EQ(str(view, "budget.totaal"), "€" + nbsp + "1.495.000");
  EXPECT_EQ(str(view, "budget.incidenteel"), "€" + nbsp + "220.000");
  EXPECT_EQ(str(view, "budget.structureel"), "€" + nbsp + "1.275.000");
  EXPECT_EQ(str(view, "budget.periode"), "2027–2028");
  ASSERT_EQ(count(view, "budget.jaren"), 2u);
  EXPECT_EQ(str(view, "budget.jaren.0.incidenteel"), "€" + nbsp + "70.000");
  EXPECT_EQ(str(view, "budget.jaren.0.structureel"), "€" + nbsp + "1.250.000");
  EXPECT_EQ(str(view, "budget.jaren.0.totaal"), "€" + nbsp + "1.320.000");
  EXPECT_EQ(str(view, "budget.jaren.1.totaal"), "€" + nbsp + "175.000");
  // Coverage in order of appearance, one amount per programme year, "–" for none.
  ASSERT_EQ(count(view, "budget.dekkingen"), 2u);
  EXPECT_EQ(str(view, "budget.dekkingen.0.naam"), "Reserve Duurzaamheid");
  EXPECT_EQ(str(view, "budget.dekkingen.0.bedragen.1.bedrag"), "€" + nbsp + "150.000");
  EXPECT_EQ(str(view, "budget.dekkingen.0.totaal"), "€" + nbsp + "220.000");
  EXPECT_EQ(str(view, "budget.dekkingen.1.bedragen.0.bedrag"), "€" + nbsp + "1.250.000");
  EXPECT_EQ(str(view, "budget.dekkingen.1.totaal"), "€" + nbsp + "1.275.000");
  EXPECT_EQ(str(view, "budget.kolommen"), "4");
}

TEST_F(ProposalViewTest, NoProgrammeNoBudget) {
  model::Municipality m = proposing_municipality();
  m.actions.clear();
  const Data view = build("raadsvoorstel", m);
  EXPECT_FALSE(flag(view, "budget.has_budget"));
  EXPECT_FALSE(flag(view, "budget.has_dekkingen"));
  EXPECT_FALSE(flag(view, "budget.has_periode"));
}

TEST_F(ProposalViewTest, CollegeProposal) {
  const Data view = build("collegevoorstel", proposing_municipality());
  EXPECT_EQ(str(view, "document.titel"), "Collegevoorstel");
  EXPECT_EQ(str(view, "voorstel.openbaar"), "nee");
  EXPECT_EQ(str(view, "voorstel.afdeling"), "Ruimte");
  EXPECT_EQ(str(view, "voorstel.steller"), "L. Hoekstra");
  // A meeting that is not an ISO date is printed as written.
  EXPECT_EQ(str(view, "voorstel.vergadering"), "volgende week");
  EXPECT_EQ(count(view, "voorstel.beslispunten"), 1u);
  EXPECT_FALSE(flag(view, "voorstel.has_portefeuillehouder"));
  EXPECT_EQ(str(view, "budget.totaal"), "€" + nbsp + "1.495.000");
}

TEST_F(ProposalViewTest, WithoutProposalDataEveryKeyIsStillDefined) {
  const model::Municipality m = testing::minimal_municipality();
  const Data council = build("raadsvoorstel", m);
  EXPECT_FALSE(flag(council, "voorstel.has_beslispunten"));
  EXPECT_FALSE(flag(council, "besluit.has_gelet_op"));
  const Data college = build("collegevoorstel", m);
  EXPECT_FALSE(flag(college, "voorstel.has_aanleiding"));
  EXPECT_EQ(str(college, "voorstel.openbaar"), "ja");
}

}  // namespace
}  // namespace koers::view

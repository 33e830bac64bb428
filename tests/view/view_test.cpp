#include <gtest/gtest.h>

#include <stdexcept>

#include "sample_model.h"
#include "view/view.h"

namespace koers::view {
namespace {

using templ::Data;

// Follows a dotted path ("document.datum", "themas.0.naam") through objects and lists.
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

class VisieViewTest : public ::testing::Test {
 protected:
  text::Formatter fmt{"nl-NL"};
  model::Catalogue catalogue = testing::small_catalogue();
  model::Municipality full = testing::full_municipality();
  analysis::Facts facts = testing::full_facts();
  Data view = build_view("visie", full, catalogue, facts, fmt, testing::dutch());
};

TEST_F(VisieViewTest, DocumentAndMunicipality) {
  EXPECT_EQ(str(view, "document.titel"), "Duurzaamheidsvisie 2027–2035");
  EXPECT_EQ(str(view, "document.datum"), "27 november 2026");
  EXPECT_EQ(str(view, "document.datum_iso"), "2026-11-27");
  EXPECT_EQ(str(view, "document.status"), "concept");
  // The municipality publishes the document; the consultant stands in the colofon.
  EXPECT_EQ(str(view, "document.auteur"), "Gemeente Lindeveld & Omstreken");
  EXPECT_EQ(str(view, "gemeente.naam"), "Lindeveld & Omstreken");  // escaped by the renderer
  EXPECT_EQ(str(view, "gemeente.inwoners"), "48.250");
  EXPECT_EQ(str(view, "gemeente.inwoners_peildatum"), "1 januari 2026");
  EXPECT_EQ(str(view, "huisstijl"), "lindeveld");
  EXPECT_EQ(str(view, "bestuur.wethouders.0.naam"), "P. Jansen");
  EXPECT_EQ(str(view, "opdracht.contact.email"), "r.visser@example.nl");
  EXPECT_EQ(str(view, "bronnen.0.opgehaald"), "15 september 2026");
}

TEST_F(VisieViewTest, QuickscanValuesAreFormattedWithTheIndicatorsDecimalsAndUnit) {
  EXPECT_TRUE(flag(view, "has_quickscan"));
  EXPECT_EQ(str(view, "themas.0.beoordeling"), "3 van 5");
  EXPECT_EQ(str(view, "themas.0.waarden.0.waarde_eenheid"), "412,5" + nbsp + "kton");
  EXPECT_EQ(str(view, "themas.0.waarden.0.nederland"), "1.234,3");
  EXPECT_EQ(str(view, "themas.0.waarden.0.grootteklasse"), "398,0");
  EXPECT_EQ(str(view, "themas.0.waarden.1.waarde_eenheid"), "18,4%");
  EXPECT_TRUE(flag(view, "themas.0.waarden.1.is_voorlopig"));
  EXPECT_FALSE(flag(view, "themas.0.waarden.1.has_nederland"));
  EXPECT_EQ(str(view, "themas.0.sterktes.1.tekst"), "Zon op daken <50% benut");
  EXPECT_EQ(str(view, "themas.0.samenvatting"), "<p>Goede start, <em>veel</em> te doen.</p>");
  EXPECT_EQ(str(view, "themas.0.sdgs"), "7 en 13");
  EXPECT_FALSE(flag(view, "themas.1.has_beoordeling"));
  EXPECT_EQ(str(view, "quickscan.peildatum"), "1 september 2026");
  EXPECT_EQ(str(view, "quickscan.sterkste_themas"), "Energietransitie");
  EXPECT_EQ(count(view, "scores"), 1u);
}

TEST_F(VisieViewTest, TargetsCarryFormattedValuesAndAmbitionWords) {
  EXPECT_EQ(str(view, "doelen.0.basis"), "520,0" + nbsp + "kton (1990)");
  EXPECT_EQ(str(view, "doelen.0.streef_waarde"), "208,0" + nbsp + "kton");
  EXPECT_EQ(str(view, "doelen.0.streef_jaar"), "2030");
  EXPECT_EQ(str(view, "doelen.0.tussendoelen_tekst"), "300,0" + nbsp + "kton (2027)");
  EXPECT_EQ(str(view, "doelen.0.ambitie"), "hoger dan");
  EXPECT_EQ(str(view, "doelen.0.lokale_verandering"), "-60%");
  EXPECT_EQ(str(view, "doelen.0.landelijke_lijn"), "Klimaatwet: −55% broeikasgassen t.o.v. 1990");
  EXPECT_EQ(str(view, "doelen.0.eigenaar"), "P. Jansen");
  EXPECT_EQ(str(view, "doelen.1.ambitie"), "niet vergelijkbaar");
  EXPECT_EQ(str(view, "doelen.1.ambitie_reden"), "geen landelijk doel voor deze indicator");
  EXPECT_FALSE(flag(view, "doelen.1.has_basis"));
  EXPECT_EQ(count(view, "themas.0.doelen"), 1u);
  EXPECT_EQ(count(view, "themas.1.doelen"), 1u);
}

TEST_F(VisieViewTest, FrameworksResolveTheCatalogueAndGroupByLevel) {
  ASSERT_EQ(count(view, "kader_niveaus"), 2u);
  EXPECT_EQ(str(view, "kader_niveaus.0.niveau"), "Nationaal");
  EXPECT_EQ(str(view, "kader_niveaus.0.rijen.0.kader"), "Klimaatwet");
  EXPECT_EQ(str(view, "kader_niveaus.0.rijen.0.jaar"), "2030");
  EXPECT_EQ(str(view, "kader_niveaus.1.niveau"), "Regionaal");
  EXPECT_EQ(str(view, "kader_niveaus.1.rijen.0.doel"), "1,8" + nbsp + "TWh");
}

TEST_F(VisieViewTest, ActionsAndBudgetAmountsUseNoBreakSpaces) {
  EXPECT_EQ(str(view, "acties_per_thema.0.acties.0.planning"), "januari 2027 – december 2028");
  EXPECT_EQ(str(view, "acties_per_thema.0.acties.0.budget"), "€" + nbsp + "1.250.001");
  EXPECT_EQ(str(view, "acties_per_thema.0.budget_totaal"), "€" + nbsp + "1.250.001");
  EXPECT_FALSE(flag(view, "acties_per_thema.1.has_budget_totaal"));
  EXPECT_FALSE(flag(view, "acties_per_thema.1.acties.0.has_planning"));
  EXPECT_EQ(str(view, "budget.jaren.0.jaar"), "2027");
  EXPECT_EQ(str(view, "budget.jaar_totalen.0.bedrag"), "€" + nbsp + "125.000");
  EXPECT_EQ(str(view, "budget.rijen.0.bedragen.1.bedrag"), "€" + nbsp + "1.125.001");
  EXPECT_EQ(str(view, "budget.totaal"), "€" + nbsp + "1.250.001");
  EXPECT_TRUE(flag(view, "has_budget"));
}

TEST_F(VisieViewTest, SessionsTextsAndMonitoring) {
  EXPECT_EQ(str(view, "sessies.0.datum"), "8 oktober 2026");
  EXPECT_EQ(str(view, "sessies.0.deelnemers_tekst"), "Bewoners, Netbeheerder en Woningcorporatie");
  EXPECT_TRUE(flag(view, "teksten.has_voorwoord"));
  EXPECT_FALSE(flag(view, "teksten.has_inleiding"));
  EXPECT_EQ(str(view, "teksten.inleiding"), "");
  EXPECT_EQ(str(view, "monitoring.tolerantie_groen"), "5%");
  EXPECT_EQ(str(view, "monitoring.tolerantie_oranje"), "12,5%");
  EXPECT_EQ(str(view, "monitoring.evaluaties.0.datum"), "juni 2028");
}

TEST(VisieViewMinimal, EveryKeyIsDefinedWithoutData) {
  text::Formatter fmt{"nl-NL"};
  Data view = build_view("visie", testing::minimal_municipality(), model::Catalogue{},
                         analysis::Facts{}, fmt, testing::dutch());
  EXPECT_EQ(str(view, "document.titel"), "Duurzaamheidsvisie");
  EXPECT_EQ(str(view, "document.datum_iso"), "");
  EXPECT_FALSE(flag(view, "document.has_datum"));
  EXPECT_EQ(str(view, "huisstijl"), "base");
  for (const char* key : {"has_quickscan", "has_kaders", "has_doelen", "has_acties", "has_budget",
                          "has_sessies", "has_bronnen", "has_monitoring", "has_opdracht",
                          "gemeente.has_inwoners", "teksten.has_visie"})
    EXPECT_FALSE(flag(view, key)) << key;
  EXPECT_EQ(count(view, "themas"), 0u);
  EXPECT_EQ(count(view, "budget.jaren"), 0u);
}

TEST(VisieViewMinimal, UnknownDocumentTypeThrows) {
  text::Formatter fmt{"nl-NL"};
  EXPECT_THROW(build_view("onbekend", testing::minimal_municipality(), model::Catalogue{},
                          analysis::Facts{}, fmt, testing::dutch()),
               std::invalid_argument);
}

}  // namespace
}  // namespace koers::view

// Message catalogues: the shipped ones in locales/ (complete, consistent, used by the
// templates) and every error path, with catalogues held in memory.
#include "text/messages.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

namespace koers::text {
namespace {

namespace fs = std::filesystem;

#define NBSP "\xC2\xA0"

class ShippedCatalogues : public ::testing::Test {
 protected:
  std::shared_ptr<const Messages> load(const std::string& language) {
    auto m = Messages::load(language, disk, diags);
    EXPECT_TRUE(m) << diags.to_string();
    EXPECT_TRUE(diags.empty()) << diags.to_string();
    return m;
  }
  DiskResources disk{KOERS_SOURCE_DIR};
  Diagnostics diags;
};

TEST_F(ShippedCatalogues, LoadWithoutDiagnosticsAndKnowTheirLocale) {
  EXPECT_EQ(load("nl")->locale(), "nl-NL");
  EXPECT_EQ(load("en")->locale(), "en-GB");
  EXPECT_EQ(load("fy")->locale(), "fy-NL");
  EXPECT_EQ(load("nl")->fallback_chain(), std::vector<std::string>{"nl"});
  EXPECT_EQ(load("fy")->fallback_chain(), (std::vector<std::string>{"fy", "nl"}));
}

TEST_F(ShippedCatalogues, EveryDutchMessageHasAnEnglishOne) {
  auto nl = load("nl");
  auto en = load("en");
  std::vector<std::string> missing;
  for (const auto& id : nl->own_ids())
    if (en->source_language(id) != "en") missing.push_back(id);
  EXPECT_TRUE(missing.empty()) << "ontbreekt in en.xml: " << ::testing::PrintToString(missing);
}

TEST_F(ShippedCatalogues, FrisianHasTheTextsAFrisianMunicipalityPublishes) {
  auto fy = load("fy");
  for (const char* id :
       {"kop.inleiding", "kop.samenvatting", "kop.inhoud", "kop.doelen", "kop.bronnen",
        "colofon.opdrachtgever", "kolom.jaar", "document.voettekst", "raadsbesluit.aanhef",
        "raadsbesluit.gelezen", "raadsbesluit.gelet_op", "raadsbesluit.besluit",
        "raadsbesluit.vastgesteld", "raadsbesluit.griffier", "raadsbesluit.voorzitter"})
    EXPECT_EQ(fy->source_language(id), "fy") << id;
  EXPECT_EQ(fy->format("kop.inleiding"), "Ynlieding");
  EXPECT_EQ(fy->format("kop.samenvatting"), "Gearfetting");
  EXPECT_EQ(fy->format("document.voettekst", {{"page", "3"}, {"pages", "28"}}), "Side 3 fan 28");
  EXPECT_EQ(fy->format("raadsbesluit.aanhef", {{"gemeente", "Súdwest-Fryslân"}}),
            "De ried fan de gemeente Súdwest-Fryslân;");
  EXPECT_EQ(fy->format("raadsbesluit.besluit"), "beslút:");
}

TEST_F(ShippedCatalogues, FrisianFallsBackToDutchNeverToTheProcessLocale) {
  auto fy = load("fy");
  // The glossary is not translated into Frisian: it comes from nl.xml.
  EXPECT_EQ(fy->source_language("begrip.kton.betekenis"), "nl");
  EXPECT_EQ(fy->format("begrip.kton.betekenis"), "Kiloton: duizend ton (een miljoen kilogram).");
  EXPECT_EQ(fy->format("uitvoering.standaard"), load("nl")->format("uitvoering.standaard"));
  EXPECT_FALSE(fy->has("bestaat.niet"));
  EXPECT_EQ(fy->source_language("bestaat.niet"), "");
}

TEST_F(ShippedCatalogues, PluralsInEachLanguage) {
  auto nl = load("nl"), en = load("en"), fy = load("fy");
  EXPECT_EQ(nl->format("uitvoering.aantal_acties", {{"aantal", 0.0}}), "geen acties");
  EXPECT_EQ(nl->format("uitvoering.aantal_acties", {{"aantal", 1.0}}), "1 actie");
  EXPECT_EQ(nl->format("uitvoering.aantal_acties", {{"aantal", 1234.0}}), "1.234 acties");
  EXPECT_EQ(nl->format("uitvoering.aantal_acties", {{"aantal", "2"}}),
            "2 acties");  // text → number
  EXPECT_EQ(en->format("uitvoering.aantal_acties", {{"aantal", 1.0}}), "1 action");
  EXPECT_EQ(en->format("uitvoering.aantal_acties", {{"aantal", 1234.0}}), "1,234 actions");
  EXPECT_EQ(fy->format("uitvoering.aantal_acties", {{"aantal", 1.0}}), "1 aksje");
  EXPECT_EQ(fy->format("uitvoering.aantal_acties", {{"aantal", 3.0}}), "3 aksjes");
}

TEST_F(ShippedCatalogues, Selections) {
  auto nl = load("nl"), en = load("en");
  EXPECT_EQ(nl->format("monitoring.status", {{"status", "aandacht"}}), "vraagt aandacht");
  EXPECT_EQ(en->format("monitoring.status", {{"status", "niet_op_koers"}}), "off track");
  EXPECT_EQ(en->format("monitoring.status", {{"status", "iets anders"}}), "unknown");
}

TEST_F(ShippedCatalogues, NamedFieldsAndTheFooterPattern) {
  auto nl = load("nl"), en = load("en");
  EXPECT_EQ(nl->format("document.voettekst", {{"page", "3"}, {"pages", "28"}}), "Pagina 3 van 28");
  EXPECT_EQ(en->format("document.voettekst", {{"page", "{page}"}, {"pages", "{pages}"}}),
            "Page {page} of {pages}");
  EXPECT_EQ(nl->format("raadsbesluit.vastgesteld", {{"datum", "27 november 2026"}}),
            "Aldus besloten in de openbare vergadering van 27 november 2026.");
  EXPECT_EQ(nl->format("raadsbesluit.gelezen", {{"datum", "3 maart 2026"}}),
            "gelezen het voorstel van burgemeester en wethouders van 3 maart 2026;");
}

TEST_F(ShippedCatalogues, EveryGlossaryTermHasAMeaning) {
  for (const char* language : {"nl", "en", "fy"}) {
    auto m = load(language);
    for (const auto& id : m->ids())
      if (id.starts_with("begrip.") && id.ends_with(".term")) {
        EXPECT_TRUE(m->has(id.substr(0, id.size() - 5) + ".betekenis")) << language << " " << id;
      }
  }
}

// Every {{#t}}id …{{/t}} in the shipped templates names a Dutch message, with the arguments
// that message takes.
TEST_F(ShippedCatalogues, EveryMessageTheTemplatesUseExistsInDutch) {
  auto nl = load("nl");
  const std::regex call(R"(\{\{#t\}\}([^{}]*)\{\{/t\}\})");
  int calls = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(KOERS_SOURCE_DIR) / "templates")) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (auto it = std::sregex_iterator(s.begin(), s.end(), call); it != std::sregex_iterator();
         ++it) {
      ++calls;
      std::istringstream words((*it)[1].str());
      std::string id;
      words >> id;
      ASSERT_TRUE(nl->has(id)) << entry.path() << ": onbekend bericht '" << id << "'";
      std::set<std::string> given;
      for (std::string w; words >> w;) given.insert(w.substr(0, w.find('=')));
      std::set<std::string> expected;
      for (const auto& [name, kind] : nl->arguments(id)) expected.insert(name);
      EXPECT_EQ(given, expected) << entry.path() << ": " << id;
    }
  }
  EXPECT_GE(calls, 80);
}

TEST_F(ShippedCatalogues, ConcurrentFormattingGivesTheSameText) {
  auto nl = load("nl");
  const std::string expected = nl->format("uitvoering.aantal_acties", {{"aantal", 12.0}});
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 500; ++i)
        if (nl->format("uitvoering.aantal_acties", {{"aantal", 12.0}}) != expected) ++wrong;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong, 0);
}

TEST_F(ShippedCatalogues, Throughput) {
  auto nl = load("nl");
  const auto start = std::chrono::steady_clock::now();
  const int n = 2000;
  for (int i = 0; i < n; ++i)
    nl->format("uitvoering.budget",
               {{"totaal", "€ 1"}, {"incidenteel", "€ 2"}, {"structureel", "€ 3"}});
  const double us =
      std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() /
      n;
  std::cout << "[ MEASURED ] " << us << " µs per formatted message with 3 arguments\n";
  EXPECT_LT(us, 500);
}

// --- errors, with catalogues in memory ----------------------------------------------------

class CatalogueErrors : public ::testing::Test {
 protected:
  void put(const std::string& language, const std::string& body) {
    memory.put("/koers/locales/" + language + ".xml",
               "<?xml version=\"1.0\"?>\n<catalogus taal=\"" + language + "\" locale=\"" +
                   (language == "nl"   ? "nl-NL"
                    : language == "en" ? "en-GB"
                                       : language) +
                   "\">\n" + body + "</catalogus>\n");
  }
  std::shared_ptr<const Messages> load(const std::string& language) {
    return Messages::load(language, memory, diags);
  }
  std::string text() const { return diags.to_string(); }

  MemoryResources memory;
  Diagnostics diags;
};

TEST_F(CatalogueErrors, UnknownLanguageFile) {
  EXPECT_FALSE(load("de"));
  EXPECT_NE(text().find("/koers/locales/de.xml: error: geen tekstcatalogus voor taal 'de'"),
            std::string::npos)
      << text();
}

TEST_F(CatalogueErrors, LanguageCodeThatIsNoLanguage) {
  EXPECT_FALSE(load("../etc/passwd"));
  EXPECT_NE(text().find("ongeldige taalcode"), std::string::npos) << text();
}

TEST_F(CatalogueErrors, MalformedMessageIsReportedAtItsPosition) {
  put("nl",
      "<bericht id=\"goed\">Goed</bericht>\n"
      "<bericht id=\"kapot\">{n, plural, one {# actie} other {# acties}</bericht>\n");
  EXPECT_FALSE(load("nl"));
  EXPECT_NE(text().find("/koers/locales/nl.xml:4:"), std::string::npos) << text();
  EXPECT_NE(text().find("bericht 'kapot': ongeldig berichtpatroon"), std::string::npos) << text();
}

TEST_F(CatalogueErrors, NumberedArgumentsAreRefused) {
  put("nl", "<bericht id=\"x\">Pagina {0}</bericht>\n");
  EXPECT_FALSE(load("nl"));
  EXPECT_NE(text().find("nl.xml:3:25: error: bericht 'x': argumenten hebben een naam"),
            std::string::npos)
      << text();
}

TEST_F(CatalogueErrors, DuplicateId) {
  put("nl", "<bericht id=\"a\">A</bericht>\n<bericht id=\"a\">B</bericht>\n");
  EXPECT_FALSE(load("nl"));
  EXPECT_NE(text().find("nl.xml:4:1: error: bericht 'a' staat er twee keer in"), std::string::npos)
      << text();
  EXPECT_NE(text().find("De eerste staat op regel 3."), std::string::npos) << text();
}

TEST_F(CatalogueErrors, TranslationWithOtherArgumentsThanDutch) {
  put("nl", "<bericht id=\"voet\">Pagina {page} van {pages}</bericht>\n");
  put("en", "<bericht id=\"voet\">Page {pagina} of {pages}</bericht>\n");
  EXPECT_FALSE(load("en"));
  EXPECT_NE(text().find("en.xml:3:1: error: bericht 'voet' gebruikt andere argumenten"),
            std::string::npos)
      << text();
  EXPECT_NE(text().find("Hier: {pages} (tekst), {pagina} (tekst); in nl.xml: {page} (tekst), "
                        "{pages} (tekst)."),
            std::string::npos)
      << text();
}

TEST_F(CatalogueErrors, TranslationOfAMessageDutchDoesNotHave) {
  put("nl", "<bericht id=\"kop.inleiding\">Inleiding</bericht>\n");
  put("fy", "<bericht id=\"kop.inleidng\">Ynlieding</bericht>\n");
  EXPECT_FALSE(load("fy"));
  EXPECT_NE(text().find("fy.xml:3:1: error: bericht 'kop.inleidng' bestaat niet"),
            std::string::npos)
      << text();
  EXPECT_NE(text().find("Bedoelt u 'kop.inleiding'?"), std::string::npos) << text();
}

TEST_F(CatalogueErrors, WrongRootLanguageAttributeAndElements) {
  memory.put("/koers/locales/nl.xml",
             "<catalogus taal=\"en\" locale=\"nl-NL\">\n<tekst id=\"a\">A</tekst>\n"
             "<bericht>zonder id</bericht>\n<bericht id=\"b\">B <b>vet</b></bericht>\n"
             "</catalogus>");
  EXPECT_FALSE(load("nl"));
  EXPECT_NE(text().find("nl.xml:1:1: error: het bestand nl.xml zegt taal=\"en\""),
            std::string::npos)
      << text();
  EXPECT_NE(text().find("nl.xml:2:1: error: onbekend element <tekst>"), std::string::npos);
  EXPECT_NE(text().find("nl.xml:3:1: error: <bericht> zonder id"), std::string::npos);
  EXPECT_NE(text().find("nl.xml:4:1: error: bericht 'b' bevat een element"), std::string::npos);
}

TEST_F(CatalogueErrors, NotWellFormedXml) {
  memory.put("/koers/locales/nl.xml", "<catalogus taal=\"nl\">\n<bericht id=\"a\">A</berich>\n");
  EXPECT_FALSE(load("nl"));
  EXPECT_NE(text().find("nl.xml:2:"), std::string::npos) << text();
  EXPECT_NE(text().find("geen geldige XML"), std::string::npos) << text();
}

TEST_F(CatalogueErrors, LocaleIcuDoesNotKnow) {
  memory.put("/koers/locales/li.xml",
             "<catalogus taal=\"li\" locale=\"li-NL\"><bericht id=\"a\">A</bericht></catalogus>");
  put("nl", "<bericht id=\"a\">A</bericht>\n");
  EXPECT_FALSE(load("li"));
  EXPECT_NE(text().find("li.xml:1:1: error: Taalinstelling 'li-NL' wordt niet ondersteund"),
            std::string::npos)
      << text();
}

TEST_F(CatalogueErrors, FormattingErrorsAreExceptionsNamingTheProblem) {
  put("nl",
      "<bericht id=\"kop.inleiding\">Inleiding</bericht>\n"
      "<bericht id=\"acties\">{n, plural, one {# actie} other {# acties}}</bericht>\n"
      "<bericht id=\"op\">op {d, date, long}</bericht>\n");
  auto nl = load("nl");
  ASSERT_TRUE(nl) << text();
  auto message_of = [&](const std::string& id, const Arguments& args) {
    try {
      nl->format(id, args);
    } catch (const MessageError& e) {
      return std::string(e.what());
    }
    return std::string("geen fout");
  };
  EXPECT_EQ(message_of("kop.inleidng", {}),
            "onbekend bericht 'kop.inleidng' (bedoelt u "
            "'kop.inleiding'?)");
  EXPECT_EQ(message_of("acties", {}), "bericht 'acties' mist argument {n}");
  EXPECT_EQ(message_of("acties", {{"n", "veel"}}),
            "bericht 'acties': argument {n} moet een getal zijn, niet 'veel'");
  EXPECT_EQ(message_of("acties", {{"n", 2.0}, {"m", 1.0}}),
            "bericht 'acties' kent geen argument {m}; het verwacht: {n} (getal)");
  EXPECT_EQ(message_of("op", {{"d", 3.0}}),
            "bericht 'op': argument {d} moet een datum zijn, niet een getal");
  // Dates as Date or ISO text, in the catalogue's locale.
  EXPECT_EQ(nl->format("op", {{"d", Date{2026, 11, 27}}}), "op 27 november 2026");
  EXPECT_EQ(nl->format("op", {{"d", "2027-03-01"}}), "op 1 maart 2027");
}

TEST_F(CatalogueErrors, WhitespaceInTheFileIsCollapsedButANoBreakSpaceKept) {
  put("nl", "<bericht id=\"a\">\n    Een lange\n    zin " NBSP "hier.  </bericht>\n");
  auto nl = load("nl");
  ASSERT_TRUE(nl) << text();
  EXPECT_EQ(nl->format("a"), "Een lange zin " NBSP "hier.");
}

TEST_F(CatalogueErrors, CacheLoadsOnceAndRepeatsItsDiagnostics) {
  put("nl", "<bericht id=\"a\">A</bericht>\n<bericht id=\"a\">B</bericht>\n");
  MessageCache cache(memory);
  Diagnostics first, second;
  EXPECT_FALSE(cache.get("nl", first));
  memory.put("/koers/locales/nl.xml", "<catalogus taal=\"nl\"/>");  // not read again
  EXPECT_FALSE(cache.get("nl", second));
  EXPECT_EQ(first.to_string(), second.to_string());
  EXPECT_TRUE(second.has_errors());
}

}  // namespace
}  // namespace koers::text

// The view in other languages, and the {{#t}} lambda templates use for fixed texts.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "core/resources.h"
#include "sample_model.h"
#include "text/sort_key.h"
#include "view/view.h"

namespace koers::view {
namespace {

class LanguageViewTest : public ::testing::Test {
 protected:
  std::shared_ptr<const text::Messages> messages(const std::string& language) {
    auto m = text::Messages::load(language, disk, diags);
    EXPECT_TRUE(m) << diags.to_string();
    return m;
  }
  // Renders one template text against the full view in the given language.
  std::string render(const std::string& language, const std::string& tmpl,
                     const model::Municipality& m = testing::full_municipality()) {
    auto msg = messages(language);
    text::Formatter fmt(msg->locale());
    const templ::Data view =
        build_view("visie", m, testing::small_catalogue(), testing::full_facts(), fmt, *msg);
    memory.put(memory.project_root() / "templates" / "visie" / "proef.mustache", tmpl);
    templ::TemplateSet set(templ::TemplateSet::standard_search_path(memory, "visie"), memory);
    std::string out = set.render("proef", view, diags);
    if (std::getenv("KOERS_DEBUG")) std::cerr << diags.to_string();
    return out;
  }

  DiskResources disk{KOERS_SOURCE_DIR};
  MemoryResources memory{&disk};
  Diagnostics diags;
};

TEST_F(LanguageViewTest, LambdaLooksUpTextsWithArgumentsFromTheViewAndEscapesThem) {
  EXPECT_EQ(render("nl", "{{#t}}kop.inleiding{{/t}}"), "Inleiding");
  // The municipality's name holds an ampersand: escaped once, in the message's output.
  EXPECT_EQ(render("nl", "{{#t}}raadsbesluit.aanhef gemeente=gemeente.naam{{/t}}"),
            "De raad van de gemeente Lindeveld &amp; Omstreken;");
  EXPECT_EQ(
      render("en", "{{#themas}}{{#t}}tabel.indicatoren thema=naam{{/t}}|{{/themas}}").substr(0, 11),
      "Indicators ");
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST_F(LanguageViewTest, UnknownIdIsAnErrorWithASuggestionNeverAnEmptyText) {
  EXPECT_EQ(render("nl", "<h1>{{#t}}kop.inleidng{{/t}}</h1>"), "");
  EXPECT_TRUE(diags.has_errors());
  EXPECT_NE(diags.to_string().find("onbekend bericht 'kop.inleidng' (bedoelt u 'kop.inleiding'?)"),
            std::string::npos)
      << diags.to_string();
}

TEST_F(LanguageViewTest, UnknownIdIsReportedAtTheTemplateLineThatAsksForIt) {
  memory.put(memory.project_root() / "templates" / "partials" / "kop.mustache",
             "<h2>Intro</h2>\n\n  <p>{{#t}}kop.onbekend{{/t}}</p>\n");
  EXPECT_EQ(
      render("nl", "<h1>{{#t}}kop.inleiding{{/t}}</h1>\n{{> kop}}\n<p>{{#t}}kop.inleidng{{/t}}"),
      "");
  ASSERT_EQ(diags.error_count(), 2u) << diags.to_string();
  const Diagnostic& in_partial = diags.items()[0];
  EXPECT_TRUE(in_partial.file.ends_with("partials/kop.mustache")) << in_partial.file;
  EXPECT_EQ(in_partial.line, 3);
  EXPECT_EQ(in_partial.column, 6);
  const Diagnostic& in_main = diags.items()[1];
  EXPECT_TRUE(in_main.file.ends_with("proef.mustache")) << in_main.file;
  EXPECT_EQ(in_main.line, 3);
  EXPECT_EQ(in_main.column, 4);
  EXPECT_NE(in_main.message.find("kop.inleidng"), std::string::npos);
}

TEST_F(LanguageViewTest, MissingOrMalformedArgumentsAreErrors) {
  EXPECT_EQ(render("nl", "{{#t}}raadsbesluit.aanhef{{/t}}"), "");
  EXPECT_NE(diags.to_string().find("mist argument {gemeente}"), std::string::npos)
      << diags.to_string();
  diags = Diagnostics();
  EXPECT_EQ(render("nl", "{{#t}}raadsbesluit.aanhef gemeente{{/t}}"), "");
  EXPECT_NE(diags.to_string().find("'gemeente' is geen argument; schrijf naam=sleutel"),
            std::string::npos)
      << diags.to_string();
}

TEST_F(LanguageViewTest, ViewWordsFollowTheLanguage) {
  EXPECT_EQ(render("en",
                   "{{document.status}}|{{document.subtitel}}|{{document.taal}}|"
                   "{{document.paginering}}"),
            "draft|Municipality of Lindeveld &amp; Omstreken|en-GB|Page {page} of {pages}");
  EXPECT_EQ(render("fy", "{{document.status}}|{{document.taal}}|{{document.paginering}}"),
            "konsept|fy-NL|Side {page} fan {pages}");
  EXPECT_EQ(render("en", "{{#doelen}}{{ambitie}};{{/doelen}}").find("hoger"), std::string::npos);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST_F(LanguageViewTest, GlossaryAndSourcesAreInDutchAlphabeticalOrder) {
  const std::string terms = render("nl", "{{#begrippen}}{{term}}|{{/begrippen}}");
  EXPECT_EQ(terms.substr(0, 40), "Beleidskader|CO2-uitstoot|Grootteklasse|");
  EXPECT_LT(terms.find("Klimaatmonitor"), terms.find("kton"));
  EXPECT_LT(terms.find("SDG"), terms.find("SMART"));
  const std::string en_terms = render("en", "{{#begrippen}}{{term}}|{{/begrippen}}");
  EXPECT_EQ(en_terms.substr(0, 31), "Climate Agreement|CO2 emissions");
  model::Municipality m = testing::full_municipality();
  for (const char* name : {"Waarstaatjegemeente.nl", "’s-Hertogenbosch, afdeling Milieu",
                           "CBS StatLine", "IJsselmeerkaart", "Émissieregistratie", "Zwolle"})
    m.sources.push_back({.id = name, .name = name});
  const std::string sources = render("nl", "{{#bronnen}}{{naam}}|{{/bronnen}}", m);
  EXPECT_LT(sources.find("Émissieregistratie"), sources.find("’s-Hertogenbosch"));
  EXPECT_LT(sources.find("’s-Hertogenbosch"), sources.find("IJsselmeerkaart"));
  std::vector<std::string> names;
  for (std::size_t start = 0, bar; (bar = sources.find('|', start)) != std::string::npos;
       start = bar + 1)
    names.push_back(sources.substr(start, bar - start));
  ASSERT_GE(names.size(), 2u);
  for (std::size_t i = 1; i < names.size(); ++i)
    EXPECT_FALSE(text::dutch_less(names[i], names[i - 1])) << names[i - 1] << " > " << names[i];
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

}  // namespace
}  // namespace koers::view

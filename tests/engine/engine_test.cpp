// koers::Engine end to end in-process, with files held in memory (MemoryResources over the
// project's own templates, styles and catalogue).
#include <gtest/gtest.h>

#include "core/resources.h"
#include "engine/engine.h"

using namespace koers;

namespace {

const char* kSmallMunicipality = R"(<?xml version="1.0" encoding="UTF-8"?>
<gemeente versie="1" code="GM9999">
  <naam>Proefdorp</naam>
  <themas><thema id="energie" naam="Energie"/></themas>
  <teksten>
    <tekst id="inleiding">Proefdorp wil in 2040 klimaatneutraal zijn. Dit is de inleiding.</tekst>
  </teksten>
  <documenten><visie titel="Duurzaamheidsvisie Proefdorp" versie="0.1" status="concept" datum="2026-11-27"/></documenten>
</gemeente>
)";

class EngineTest : public ::testing::Test {
 protected:
  DiskResources disk_;
  MemoryResources memory_{&disk_};
};

TEST_F(EngineTest, RendersAMunicipalityHeldInMemory) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_TRUE(r.ok()) << r.diagnostics.to_string();
  EXPECT_EQ(r.pdf.rfind("%PDF-", 0), 0u);
  EXPECT_GE(r.pages, 4);  // cover, colofon, contents, chapters
}

TEST_F(EngineTest, RenderingTwiceGivesTheSameBytes) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  Engine engine(memory_);
  EXPECT_EQ(engine.render("/mem/proefdorp.xml", "visie").pdf,
            engine.render("/mem/proefdorp.xml", "visie").pdf);
}

TEST_F(EngineTest, InputErrorsStopTheRenderWithDiagnostics) {
  memory_.put("/mem/kapot.xml", "<gemeente versie=\"1\" code=\"X\"><naam>Kapot</naam></gemeente>");
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/kapot.xml", "visie");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_TRUE(r.diagnostics.has_errors());
  EXPECT_NE(r.diagnostics.to_string().find("/mem/kapot.xml:1:"), std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineTest, MissingInputFileIsAnError) {
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/bestaat-niet.xml", "visie");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.diagnostics.to_string().find("bestaat-niet.xml"), std::string::npos);
}

TEST_F(EngineTest, UnknownDocumentTypeIsAnError) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/proefdorp.xml", "jaarverslag");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.diagnostics.to_string().find("onbekend documenttype 'jaarverslag'"),
            std::string::npos);
}

TEST_F(EngineTest, TypesetsMarkupDirectly) {
  Engine engine(memory_);
  RenderResult r = engine.typeset_markup(
      "<document title=\"Proef\" lang=\"nl-NL\"><h1>Kop</h1><p>Tekst.</p></document>", "proef.xml");
  EXPECT_TRUE(r.ok()) << r.diagnostics.to_string();
  EXPECT_EQ(r.pages, 1);
}

TEST_F(EngineTest, MarkupErrorsCarryTheMarkupPosition) {
  Engine engine(memory_);
  RenderResult r = engine.typeset_markup("<document>\n  <kop>x</kop>\n</document>", "m.xml");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.diagnostics.to_string().find("m.xml:2:3: error:"), std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineTest, MarkupErrorsInARenderAreReportedAtTheTemplateLine) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  // The municipality's own version of one chapter, with a misspelt element and attribute.
  memory_.put("/mem/templates/visie/visie-inleiding.mustache",
              "<h1 id=\"inleiding\">Inleiding</h1>\n"
              "<p>{{#t}}kop.inleiding{{/t}}</p>\n"
              "  <fgure/>\n"
              "<p stlye=\"lead\">Tekst.</p>\n");
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_FALSE(r.ok());
  const std::string report = r.diagnostics.to_string();
  EXPECT_NE(report.find("/mem/templates/visie/visie-inleiding.mustache:3:3: error:"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("/mem/templates/visie/visie-inleiding.mustache:4:4: error:"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("In de opmaak die het sjabloon schreef"), std::string::npos) << report;
  EXPECT_EQ(report.find("markup.xml:"), std::string::npos) << report;
}

TEST_F(EngineTest, AMessageTheViewCannotFillIsAnErrorNotACrash) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  // A translator renamed the argument of a message the view fills in itself.
  std::string nl = *disk_.read(disk_.project_root() / "locales" / "nl.xml");
  const std::string original = "<bericht id=\"document.gemeente\">Gemeente {gemeente}</bericht>";
  ASSERT_NE(nl.find(original), std::string::npos);
  nl.replace(nl.find(original), original.size(),
             "<bericht id=\"document.gemeente\">Gemeente {plaats}</bericht>");
  memory_.put(memory_.project_root() / "locales" / "nl.xml", nl);
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(r.diagnostics.to_string().find("/mem/proefdorp.xml: error: interne fout bij het "
                                           "opbouwen van de visie"),
            std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineTest, UnknownStyleOnTheCommandLineIsAnError) {
  Engine engine(memory_);
  RenderOptions options;
  options.style = "bestaat-niet";
  RenderResult r = engine.typeset_markup("<document><p>x</p></document>", "m.xml", options);
  EXPECT_FALSE(r.ok());
}

TEST_F(EngineTest, UnknownStyleInTheDocumentFallsBackWithAWarning) {
  Engine engine(memory_);
  RenderResult r =
      engine.typeset_markup("<document style=\"bestaat-niet\"><p>x</p></document>", "m.xml");
  EXPECT_TRUE(r.ok()) << r.diagnostics.to_string();
  EXPECT_NE(r.diagnostics.to_string().find("warning: huisstijl 'bestaat-niet'"), std::string::npos);
}

TEST_F(EngineTest, MarkupOfTheVisionDocumentIsWellFormed) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  Engine engine(memory_);
  Diagnostics diags;
  std::string markup = engine.markup("/mem/proefdorp.xml", "visie", diags);
  EXPECT_FALSE(diags.has_errors()) << diags.to_string();
  EXPECT_NE(markup.find("<document"), std::string::npos);
  EXPECT_NE(markup.find("Proefdorp wil in 2040 klimaatneutraal zijn."), std::string::npos);
}

}  // namespace

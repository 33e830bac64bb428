// Pictures, templates and the logo of a rendered or typeset document come only from the
// folders they may come from; a path that leaves them stops the document with an error where
// the path is written, before a byte of the file is read.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "engine/engine.h"
#include "support/temp_folder.h"

using namespace koers;

namespace {

namespace fs = std::filesystem;

const char* kMunicipality = R"(<?xml version="1.0" encoding="UTF-8"?>
<gemeente versie="1" code="GM9999">
  <naam>Proefdorp</naam>
  <themas><thema id="energie" naam="Energie"/></themas>
  <teksten>
    <tekst id="inleiding">Proefdorp wil in 2040 klimaatneutraal zijn.</tekst>
  </teksten>
  <documenten><visie titel="Duurzaamheidsvisie Proefdorp" versie="0.1" status="concept" datum="2026-11-27"/></documenten>
</gemeente>
)";

class AssetPaths : public ::testing::Test {
 protected:
  AssetPaths() {
    fs::copy_file(fs::path(KOERS_SOURCE_DIR) / "samples" / "heideveen-logo.png",
                  folder_.path() / "logo.png");
    folder_.write("buiten/geheim.png", "GEHEIM");
    fs::create_directories(folder_.path() / "opmaak" / "beelden");
    fs::copy_file(folder_.path() / "logo.png", folder_.path() / "opmaak" / "beelden" / "kaart.png");
  }
  // Typesets opmaak/doc.xml with one picture, src on line 3 at column 8.
  RenderResult typeset(const std::string& src) {
    const fs::path markup = folder_.write(
        "opmaak/doc.xml", "<document title=\"Proef\">\n<p>Een kaart.</p>\n<image src=\"" + src +
                              "\" alt=\"Kaart\" width=\"40mm\"/>\n</document>\n");
    return engine_.typeset(markup);
  }
  std::string markup_file() const { return (folder_.path() / "opmaak" / "doc.xml").string(); }
  const Diagnostic& only_error(const RenderResult& r) {
    static const Diagnostic kNone{};
    EXPECT_EQ(r.diagnostics.error_count(), 1u) << r.diagnostics.to_string();
    return r.diagnostics.items().empty() ? kNone : r.diagnostics.items().front();
  }

  koers::test::TempFolder folder_{"engine-assets"};
  DiskResources disk_;
  Engine engine_{disk_};
};

TEST_F(AssetPaths, PictureInASubfolderOfTheMarkupIsTypeset) {
  const RenderResult r = typeset("beelden/kaart.png");
  EXPECT_TRUE(r.ok()) << r.diagnostics.to_string();
}

TEST_F(AssetPaths, PictureOutOfTheMarkupFolderIsAnErrorAtItsSrc) {
  const RenderResult r = typeset("../buiten/geheim.png");
  EXPECT_TRUE(r.pdf.empty());
  const Diagnostic& d = only_error(r);
  EXPECT_EQ(d.file, markup_file());
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 8);
  EXPECT_EQ(d.message,
            "het pad '../buiten/geheim.png' wijst buiten de map van het opmaakbestand (" +
                (folder_.path() / "opmaak").string() + ")");
}

TEST_F(AssetPaths, AbsolutePicturePathIsAnError) {
  const RenderResult r = typeset((folder_.path() / "logo.png").string());
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(only_error(r).message.find("absoluut pad"), std::string::npos);
}

TEST_F(AssetPaths, PictureLinkedOutOfTheMarkupFolderIsAnError) {
  folder_.link("opmaak/beelden/gedeeld.png", folder_.path() / "logo.png");
  const RenderResult r = typeset("beelden/gedeeld.png");
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(only_error(r).message.find("snelkoppeling"), std::string::npos)
      << only_error(r).message;
}

TEST_F(AssetPaths, PictureUrlIsAnErrorAndNeverFetched) {
  for (const std::string src : {"http://example.org/kaart.png", "https://example.org/kaart.png",
                                "file:///etc/passwd", "ftp://example.org/kaart.png"}) {
    const RenderResult r = typeset(src);
    EXPECT_TRUE(r.pdf.empty()) << src;
    EXPECT_NE(only_error(r).message.find("internetadres"), std::string::npos) << src;
  }
}

TEST_F(AssetPaths, LogoOutOfTheInputFolderIsReportedByCheckAndStopsTheRender) {
  std::string xml = kMunicipality;
  xml.insert(xml.find("  <themas>"), "  <logo src=\"../buiten/geheim.png\" alt=\"Logo\"/>\n");
  const fs::path input = folder_.write("invoer/proefdorp.xml", xml);
  const std::string at =
      input.string() + ":4:9: error: het pad '../buiten/geheim.png' wijst buiten";
  EXPECT_NE(engine_.check(input).to_string().find(at), std::string::npos)
      << engine_.check(input).to_string();
  const RenderResult r = engine_.render(input, "visie");
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(r.diagnostics.to_string().find(at), std::string::npos) << r.diagnostics.to_string();
}

TEST_F(AssetPaths, PictureInTheMunicipalitysOwnTemplateIsReportedAtTheTemplateLine) {
  const fs::path input = folder_.write("invoer/proefdorp.xml", kMunicipality);
  const fs::path chapter = folder_.write(
      "invoer/templates/visie/visie-inleiding.mustache",
      "<h1 id=\"inleiding\">Inleiding</h1>\n<image src=\"../buiten/geheim.png\" alt=\"x\"/>\n");
  const RenderResult r = engine_.render(input, "visie");
  EXPECT_TRUE(r.pdf.empty());
  const std::string report = r.diagnostics.to_string();
  EXPECT_NE(report.find(chapter.string() + ":2:8: error: het pad '../buiten/geheim.png' wijst "
                                           "buiten de map van het invoerbestand"),
            std::string::npos)
      << report;
}

TEST_F(AssetPaths, TemplatesFolderLinkedOutOfTheInputFolderIsAnError) {
  const fs::path input = folder_.write("invoer/proefdorp.xml", kMunicipality);
  folder_.write("buiten/sjablonen/visie/visie-inleiding.mustache", "<p>GEHEIM</p>\n");
  folder_.link("invoer/templates", folder_.path() / "buiten" / "sjablonen");
  const RenderResult r = engine_.render(input, "visie");
  EXPECT_TRUE(r.pdf.empty());
  const std::string report = r.diagnostics.to_string();
  EXPECT_NE(report.find("de sjabloonmap 'templates' is een snelkoppeling"), std::string::npos)
      << report;
}

TEST_F(AssetPaths, LegitimateLogoNextToTheInputIsRendered) {
  std::string xml = kMunicipality;
  xml.insert(xml.find("  <themas>"), "  <logo src=\"beelden/logo.png\" alt=\"Logo\"/>\n");
  fs::create_directories(folder_.path() / "invoer" / "beelden");
  fs::copy_file(folder_.path() / "logo.png", folder_.path() / "invoer" / "beelden" / "logo.png");
  const fs::path input = folder_.write("invoer/proefdorp.xml", xml);
  const RenderResult r = engine_.render(input, "visie");
  EXPECT_TRUE(r.ok()) << r.diagnostics.to_string();
}

}  // namespace

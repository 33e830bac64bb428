// koers::Engine under its limits (core/limits.h): every file it reads as text is refused
// above the size limit before it is read, and the render stops at the page, time and
// template limits with a clear error, never a crash or a half-made PDF.
#include <gtest/gtest.h>

#include <chrono>

#include "core/resources.h"
#include "engine/engine.h"
#include "support/process.h"
#include "support/sparse_file.h"

using namespace koers;
namespace fs = std::filesystem;

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

// Files held in memory over the project's own, and one path that claims to be a gigabyte:
// the engine must refuse it on its size alone.
class ResourcesWithAHugeFile : public MemoryResources {
 public:
  using MemoryResources::MemoryResources;
  fs::path huge;
  std::optional<std::uintmax_t> size(const fs::path& path) const override {
    if (path == huge) return test::kOneGigabyte;
    return MemoryResources::size(path);
  }
};

class EngineLimitsTest : public ::testing::Test {
 protected:
  // The first line of the report (the hint follows on the next).
  static std::string first_line(const Diagnostics& diags) {
    const std::string all = diags.to_string();
    return all.substr(0, all.find('\n'));
  }

  DiskResources disk_;
  ResourcesWithAHugeFile memory_{&disk_};
  test::TempDir dir_{"engine-limits"};
};

constexpr auto kQuickly = std::chrono::milliseconds(500);

TEST_F(EngineLimitsTest, AGigabyteInputIsRefusedQuicklyByCheckAndRender) {
  const fs::path big = dir_.path() / "groot.xml";
  test::make_sparse_file(big);
  Engine engine(disk_);
  const std::string expected =
      big.string() + ": error: het bestand is 1 GB groot; koers leest bestanden tot 64 MB";

  auto start = std::chrono::steady_clock::now();
  Diagnostics checked = engine.check(big);
  EXPECT_LT(std::chrono::steady_clock::now() - start, kQuickly);
  EXPECT_EQ(first_line(checked), expected) << checked.to_string();

  start = std::chrono::steady_clock::now();
  RenderResult rendered = engine.render(big, "visie");
  EXPECT_LT(std::chrono::steady_clock::now() - start, kQuickly);
  EXPECT_TRUE(rendered.pdf.empty());
  EXPECT_EQ(first_line(rendered.diagnostics), expected) << rendered.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, AGigabyteMarkupFileIsRefusedByTypeset) {
  const fs::path big = dir_.path() / "opmaak.xml";
  test::make_sparse_file(big);
  Engine engine(disk_);
  const auto start = std::chrono::steady_clock::now();
  RenderResult r = engine.typeset(big);
  EXPECT_LT(std::chrono::steady_clock::now() - start, kQuickly);
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_EQ(first_line(r.diagnostics),
            big.string() + ": error: het bestand is 1 GB groot; koers leest bestanden tot 64 MB");
}

TEST_F(EngineLimitsTest, AnOversizedHouseStyleIsRefused) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  memory_.huge = memory_.project_root() / "styles" / "groot" / "style.css";
  memory_.put(memory_.huge, ":root {}");
  Engine engine(memory_);
  RenderOptions options;
  options.style = "groot";
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie", options);
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(
      r.diagnostics.to_string().find(memory_.huge.string() + ": error: het bestand is 1 GB groot"),
      std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, AnOversizedMessageCatalogueIsRefused) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  memory_.huge = memory_.project_root() / "locales" / "en.xml";
  memory_.put(memory_.huge, "<catalogus taal=\"en\"/>");
  Engine engine(memory_);
  RenderOptions options;
  options.language = "en";
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie", options);
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(
      r.diagnostics.to_string().find(memory_.huge.string() + ": error: het bestand is 1 GB groot"),
      std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, AnOversizedTemplateIsRefused) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  memory_.huge = "/mem/templates/visie/visie-inleiding.mustache";
  memory_.put(memory_.huge, "<h1>Inleiding</h1>");
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(
      r.diagnostics.to_string().find(memory_.huge.string() + ": error: het bestand is 1 GB groot"),
      std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, ASelfIncludingPartialInAMunicipalityFolderIsRefusedNamingIt) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  memory_.put("/mem/templates/visie/visie-inleiding.mustache", "<p>x</p>{{> visie-inleiding}}");
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(r.diagnostics.to_string().find(
                "/mem/templates/visie/visie-inleiding.mustache:1:9: error: partial "
                "'visie-inleiding' is meer dan 32 niveaus diep genest"),
            std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, TheEnginesPageLimitStopsALongDocument) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  Limits limits;
  limits.max_pages = 2;
  Engine engine(memory_, limits);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_EQ(r.pages, 0);
  // About the whole document, so reported at the input file, not at the unseen markup.
  EXPECT_NE(r.diagnostics.to_string().find("/mem/proefdorp.xml: error: het document wordt "
                                           "langer dan 2 pagina's; koers stopt bij die grens"),
            std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, TheEnginesTimeBudgetStopsTheLayout) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  Limits limits;
  limits.max_layout_time = std::chrono::milliseconds(0);
  Engine engine(memory_, limits);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(r.diagnostics.to_string().find("de opmaak duurt langer dan 0 ms; koers is gestopt"),
            std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, TheEnginesRowLimitReachesLayout) {
  Limits limits;
  limits.max_table_rows = 2;
  Engine engine(memory_, limits);
  RenderResult r = engine.typeset_markup(
      "<document>\n<table><tr><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>\n"
      "</document>",
      "t.xml");
  EXPECT_TRUE(r.pdf.empty());
  EXPECT_NE(r.diagnostics.to_string().find(
                "t.xml:2:1: error: de tabel heeft 3 rijen; koers zet tabellen tot 2 rijen"),
            std::string::npos)
      << r.diagnostics.to_string();
}

TEST_F(EngineLimitsTest, TheDefaultsRenderTheSmallMunicipality) {
  memory_.put("/mem/proefdorp.xml", kSmallMunicipality);
  Engine engine(memory_);
  RenderResult r = engine.render("/mem/proefdorp.xml", "visie");
  EXPECT_TRUE(r.ok()) << r.diagnostics.to_string();
}

}  // namespace

// The koers command's contract: exit codes, messages, no output file on failure.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <vector>

#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace {

std::string koers_cmd(const std::string& args) {
  return shell_quote(KOERS_BINARY) + " " + args;
}

TEST(Cli, VersionPrintsTheVersion) {
  auto r = run(koers_cmd("--version"));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("koers " KOERS_VERSION), std::string::npos) << r.out;
}

TEST(Cli, NoSubcommandIsAUsageError) {
  EXPECT_EQ(run(koers_cmd("")).exit_code, 2);
}

TEST(Cli, UnknownOptionIsAUsageError) {
  EXPECT_EQ(run(koers_cmd("render --bestaat-niet x.xml")).exit_code, 2);
}

TEST(Cli, MissingInputFileFailsWithoutOutput) {
  TempDir dir("cli");
  fs::path out = dir.path() / "x.pdf";
  auto r = run(koers_cmd("render " + shell_quote((dir.path() / "geen.xml").string()) +
                         " --doc visie -o " + shell_quote(out.string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("geen.xml"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(Cli, FailedRenderKeepsThePreviousPdf) {
  TempDir dir("cli");
  fs::path input = dir.path() / "kapot.xml";
  { std::ofstream(input) << "<gemeente versie=\"1\" code=\"GM9901\"><naam>X</naam>"; }
  fs::path out = dir.path() / "x.pdf";
  { std::ofstream(out) << "oude inhoud"; }
  auto r = run(koers_cmd("render " + shell_quote(input.string()) + " --doc visie -o " +
                         shell_quote(out.string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(koers::test::read_file(out), "oude inhoud");
}

TEST(Cli, UnknownDocumentTypeFails) {
  auto r = run(koers_cmd("render " + shell_quote(KOERS_SOURCE_DIR "/samples/heideveen.xml") +
                         " --doc bestaat-niet -o /tmp/koers-never.pdf"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("onbekend documenttype"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists("/tmp/koers-never.pdf"));
}

TEST(Cli, CheckOfAValidSampleExitsZero) {
  auto r = run(koers_cmd("check " + shell_quote(KOERS_SOURCE_DIR "/samples/zuiderhaven.xml")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("error:"), std::string::npos) << r.err;
}

TEST(Cli, TypesetRendersMarkupDirectly) {
  TempDir dir("cli");
  fs::path markup = dir.path() / "proef.xml";
  {
    std::ofstream(markup) << "<document title=\"Proef\" lang=\"nl-NL\">"
                             "<h1>Inleiding</h1><p>Een alinea met een bedrag van "
                             "\xE2\x82\xAC\xC2\xA0"
                             "1.250.000.</p></document>";
  }
  fs::path out = dir.path() / "proef.pdf";
  auto r = run(
      koers_cmd("typeset " + shell_quote(markup.string()) + " -o " + shell_quote(out.string())));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto text = run("pdftotext " + shell_quote(out.string()) + " -");
  EXPECT_NE(text.out.find("Inleiding"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("1.250.000"), std::string::npos) << text.out;
}

TEST(Cli, TypesetReportsMarkupErrorsWithPosition) {
  TempDir dir("cli");
  fs::path markup = dir.path() / "fout.xml";
  { std::ofstream(markup) << "<document>\n<p>tekst</p>\n<alinea>x</alinea>\n</document>"; }
  fs::path out = dir.path() / "fout.pdf";
  auto r = run(
      koers_cmd("typeset " + shell_quote(markup.string()) + " -o " + shell_quote(out.string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("fout.xml:3:1: error:"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(Cli, UnwritableOutputIsAClearError) {
  auto r = run(koers_cmd("render " + shell_quote(KOERS_SOURCE_DIR "/samples/heideveen.xml") +
                         " --doc visie -o /bestaat/niet/x.pdf"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("de map bestaat niet"), std::string::npos) << r.err;
}

}  // namespace

namespace {

// Issue 6: the sample whose targets are deliberately not SMART. koers check names every
// failing letter of every target at the target's line, with its reason, and still succeeds
// (warnings, not errors: the file is valid input).
TEST(Cli, CheckListsEveryFailingSmartLetterWithItsReason) {
  const std::string sample = std::string(KOERS_SOURCE_DIR) + "/samples/oudervaart.xml";
  auto r = run(koers_cmd("check " + shell_quote(sample)));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const char* letter : {"Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden"})
    EXPECT_TRUE(std::regex_search(
        r.err, std::regex("oudervaart\\.xml:\\d+:\\d+: warning: doel '[^']+' is niet " +
                          std::string(letter) + ": [^\\n]{8,}")))
        << "no failing letter " << letter << " in:\n"
        << r.err;
  // The SMART target of the sample passes on every letter.
  EXPECT_EQ(r.err.find("doel 'd-co2' is niet"), std::string::npos) << r.err;
}

}  // namespace

namespace {

// Issue 6: --all renders every document the file has data for, named after the municipality
// (’s-Gravenwaarde → s-gravenwaarde-…), and only those.
TEST(Cli, RenderAllNamesFilesAfterTheMunicipality) {
  TempDir dir("all");
  const std::string sample = std::string(KOERS_SOURCE_DIR) + "/samples/gravenwaarde.xml";
  auto r = run(
      koers_cmd("render " + shell_quote(sample) + " --all -o " + shell_quote(dir.path().string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* doc : {"visie", "raadsvoorstel", "collegevoorstel", "raadsinformatiebrief",
                          "uitvoeringsprogramma", "quickscan", "monitor"})
    EXPECT_TRUE(fs::exists(dir.path() / ("s-gravenwaarde-" + std::string(doc) + ".pdf"))) << doc;

  // A file with only a letter and a few targets: the vision (from its targets) and the letter.
  TempDir small("all-small");
  const std::string rietmeer = std::string(KOERS_SOURCE_DIR) + "/samples/rietmeer.xml";
  r = run(koers_cmd("render " + shell_quote(rietmeer) + " --all -o " +
                    shell_quote(small.path().string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> made;
  for (const auto& entry : fs::directory_iterator(small.path()))
    made.push_back(entry.path().filename().string());
  std::sort(made.begin(), made.end());
  EXPECT_EQ(made,
            (std::vector<std::string>{"rietmeer-raadsinformatiebrief.pdf", "rietmeer-visie.pdf"}));
}

// Asking for a document the file has no data for is a clear error, not an empty PDF.
TEST(Cli, RenderingADocumentWithoutItsDataIsAnError) {
  TempDir dir("nodata");
  const std::string rietmeer = std::string(KOERS_SOURCE_DIR) + "/samples/rietmeer.xml";
  auto r = run(koers_cmd("render " + shell_quote(rietmeer) + " --doc raadsvoorstel -o " +
                         shell_quote((dir.path() / "x.pdf").string())));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("het bestand heeft geen gegevens voor een raadsvoorstel"), std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(dir.path() / "x.pdf"));
}

}  // namespace

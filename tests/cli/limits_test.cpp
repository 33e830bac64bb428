// The limits through the koers command: oversized and too deeply nested input is refused
// quickly with its message, --max-pages caps a document, and a refused document leaves no
// output file.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "support/process.h"
#include "support/sparse_file.h"

namespace fs = std::filesystem;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace {

std::string koers_cmd(const std::string& args) {
  return shell_quote(KOERS_BINARY) + " " + args;
}

std::string q(const fs::path& path) {
  return shell_quote(path.string());
}

const fs::path kSample = fs::path(KOERS_SOURCE_DIR) / "samples" / "heideveen.xml";

// Runs the command and reports how long it took.
koers::test::CommandResult timed(const std::string& command, std::chrono::milliseconds& took) {
  const auto start = std::chrono::steady_clock::now();
  auto result = run(command);
  took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               start);
  return result;
}

std::string nested(const std::string& element, int depth) {
  std::string open, close;
  for (int i = 0; i < depth; ++i) {
    open += "<" + element + ">";
    close += "</" + element + ">";
  }
  return open + close;
}

TEST(CliLimits, CheckRefusesAGigabyteFileQuickly) {
  TempDir dir("cli-limits");
  const fs::path big = dir.path() / "groot.xml";
  koers::test::make_sparse_file(big);
  std::chrono::milliseconds took{};
  auto r = timed(koers_cmd("check " + q(big)), took);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(took, std::chrono::seconds(1));
  EXPECT_NE(r.err.find(big.string() +
                       ": error: het bestand is 1 GB groot; koers leest bestanden tot 64 MB"),
            std::string::npos)
      << r.err;
}

TEST(CliLimits, RenderRefusesAGigabyteFileQuicklyWithoutOutput) {
  TempDir dir("cli-limits");
  const fs::path big = dir.path() / "groot.xml";
  koers::test::make_sparse_file(big);
  const fs::path out = dir.path() / "uit.pdf";
  std::chrono::milliseconds took{};
  auto r = timed(koers_cmd("render " + q(big) + " --doc visie -o " + q(out)), took);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(took, std::chrono::seconds(1));
  EXPECT_NE(r.err.find("het bestand is 1 GB groot; koers leest bestanden tot 64 MB"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliLimits, TypesetRefusesAGigabyteMarkupFile) {
  TempDir dir("cli-limits");
  const fs::path big = dir.path() / "opmaak.xml";
  koers::test::make_sparse_file(big);
  const fs::path out = dir.path() / "uit.pdf";
  std::chrono::milliseconds took{};
  auto r = timed(koers_cmd("typeset " + q(big) + " -o " + q(out)), took);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(took, std::chrono::seconds(1));
  EXPECT_NE(r.err.find("het bestand is 1 GB groot"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliLimits, CheckRefusesDeepNestingAtItsPlace) {
  TempDir dir("cli-limits");
  const fs::path deep = dir.path() / "diep.xml";
  std::ofstream(deep) << "<gemeente versie=\"1\" code=\"GM9901\">\n<naam>X</naam>\n"
                      << nested("x", 10'000) << "\n</gemeente>\n";
  auto r = run(koers_cmd("check " + q(deep)));
  EXPECT_EQ(r.exit_code, 1);
  // gemeente is level 1: the 100th <x> on line 3 is level 101.
  EXPECT_NE(r.err.find(deep.string() + ":3:" + std::to_string(99 * 3 + 1) +
                       ": error: element <x> ligt meer dan 100 niveaus diep genest"),
            std::string::npos)
      << r.err;
}

TEST(CliLimits, TypesetRefusesDeepMarkupAtItsPlace) {
  TempDir dir("cli-limits");
  const fs::path deep = dir.path() / "diep.xml";
  std::ofstream(deep) << "<document>\n" << nested("div", 10'000) << "\n</document>\n";
  const fs::path out = dir.path() / "uit.pdf";
  auto r = run(koers_cmd("typeset " + q(deep) + " -o " + q(out)));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(deep.string() + ":2:" + std::to_string(99 * 5 + 1) +
                       ": error: element <div> ligt meer dan 100 niveaus diep genest"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliLimits, RenderStopsAtMaxPages) {
  TempDir dir("cli-limits");
  const fs::path out = dir.path() / "visie.pdf";
  auto r = run(koers_cmd("render " + q(kSample) + " --doc visie --max-pages 3 -o " + q(out)));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error: het document wordt langer dan 3 pagina's; koers stopt bij die "
                       "grens"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("--max-pages"), std::string::npos) << r.err;  // the hint
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliLimits, RenderWithinMaxPagesSucceeds) {
  TempDir dir("cli-limits");
  const fs::path out = dir.path() / "visie.pdf";
  auto r = run(koers_cmd("render " + q(kSample) + " --doc visie --max-pages 500 -o " + q(out)));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(out));
}

TEST(CliLimits, TypesetStopsAtMaxPages) {
  TempDir dir("cli-limits");
  const fs::path markup = dir.path() / "drie.xml";
  std::ofstream(markup) << "<document><p>een</p><page-break/><p>twee</p><page-break/><p>drie</p>"
                           "</document>";
  const fs::path out = dir.path() / "uit.pdf";
  auto r = run(koers_cmd("typeset " + q(markup) + " --max-pages 2 -o " + q(out)));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("langer dan 2 pagina's"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
  r = run(koers_cmd("typeset " + q(markup) + " --max-pages 3 -o " + q(out)));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(CliLimits, BatchReportsDocumentsOverMaxPages) {
  TempDir dir("cli-limits");
  const fs::path out = dir.path() / "uit";
  auto r = run(koers_cmd("batch " + q(kSample) + " --docs visie --max-pages 3 -o " + q(out)));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("langer dan 3 pagina's"), std::string::npos) << r.err;
}

TEST(CliLimits, MaxPagesMustBePositive) {
  EXPECT_EQ(
      run(koers_cmd("render " + q(kSample) + " --max-pages 0 -o /tmp/koers-never.pdf")).exit_code,
      2);
  EXPECT_EQ(run(koers_cmd("typeset x.xml --max-pages veel -o /tmp/koers-never.pdf")).exit_code, 2);
}

}  // namespace

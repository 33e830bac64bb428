// The koers command never replaces a good file with a broken one: a render that fails, a
// full disk, a read-only folder or a file size limit leaves the old PDF byte for byte and no
// temporary file, and says what went wrong in Dutch at the output's name.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/process.h"
#include "support/sandbox.h"

namespace fs = std::filesystem;
using koers::test::in_child;
using koers::test::read_file;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::SkipChild;
using koers::test::TempDir;

namespace {

const fs::path kSource = KOERS_SOURCE_DIR;
const std::string kOld = "%PDF-1.4\n% de vorige, goede versie van de raadsinformatiebrief\n";

void write(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string listing(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  std::string s;
  for (const auto& n : names) s += n + "\n";
  return s;
}

// koers with its arguments, run from folder, with the project as KOERS_HOME.
std::string koers(const fs::path& folder, const std::string& arguments) {
  return "cd " + shell_quote(folder.string()) + " && KOERS_HOME=" + shell_quote(kSource.string()) +
         " " + shell_quote(KOERS_BINARY) + " " + arguments;
}

// What a child saw: koers's exit code and stderr, then the output folder after the run.
struct Outcome {
  int exit_code = -1;
  std::string err, old_file, files;
};

std::string encode(const koers::test::CommandResult& r, const fs::path& folder,
                   const std::string& file) {
  return std::to_string(r.exit_code) + "\x1f" + r.err + "\x1f" + read_file(folder / file) + "\x1f" +
         listing(folder);
}

Outcome decode(const std::string& text) {
  Outcome o;
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find('\x1f', start)) != std::string::npos; start = at + 1)
    parts.push_back(text.substr(start, at - start));
  parts.push_back(text.substr(start));
  if (parts.size() != 4) return o;
  o.exit_code = std::stoi(parts[0]);
  o.err = parts[1];
  o.old_file = parts[2];
  o.files = parts[3];
  return o;
}

class OutputSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    // In a folder of its own, as a municipality's file usually is.
    fs::create_directories(work() / "gemeente");
    fs::copy_file(kSource / "samples" / "rietmeer.xml", work() / "gemeente" / "rietmeer.xml");
    fs::create_directories(out());
  }
  fs::path work() const { return dir_.path(); }
  fs::path out() const { return dir_.path() / "uit"; }
  koers::test::TempDir dir_{"output-safety"};
};

// --- a failed render ------------------------------------------------------------------

TEST_F(OutputSafety, FailedRenderLeavesTheOldPdfUntouched) {
  fs::copy_file(kSource / "tests" / "bad-input" / "22-bad-action-status.xml", work() / "kapot.xml");
  write(out() / "visie.pdf", kOld);
  auto r = run(koers(work(), "render kapot.xml --doc visie -o uit/visie.pdf"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("kapot.xml: error: visie is niet gemaakt"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(out() / "visie.pdf"), kOld);
  EXPECT_EQ(listing(out()), "visie.pdf\n");
}

TEST_F(OutputSafety, FailedTypesetLeavesTheOldPdfUntouched) {
  write(work() / "opmaak.xml", "<document><section><p>Niet afgesloten</section></document>\n");
  write(out() / "opmaak.pdf", kOld);
  auto r = run(koers(work(), "typeset opmaak.xml -o uit/opmaak.pdf"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("opmaak.xml:1:"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(out() / "opmaak.pdf"), kOld);
  EXPECT_EQ(listing(out()), "opmaak.pdf\n");
}

TEST_F(OutputSafety, FailedTemplateLeavesTheOldPdfAndMarkupUntouched) {
  // A template error stops the render before any markup exists: neither file is replaced.
  fs::create_directories(work() / "gemeente" / "templates");
  write(work() / "gemeente" / "templates" / "raadsinformatiebrief.mustache", "{{#brief}}\n");
  write(out() / "brief.pdf", kOld);
  write(out() / "brief.xml", "<document/>\n");
  auto r = run(koers(work(),
                     "render gemeente/rietmeer.xml --doc raadsinformatiebrief -o uit/brief.pdf "
                     "--emit-markup uit/brief.xml"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(read_file(out() / "brief.pdf"), kOld);
  EXPECT_EQ(read_file(out() / "brief.xml"), "<document/>\n");
  EXPECT_EQ(listing(out()), "brief.pdf\nbrief.xml\n");
}

// --- a write that fails ---------------------------------------------------------------

TEST_F(OutputSafety, MissingOutputFolderIsNamed) {
  auto r = run(koers(
      work(), "render gemeente/rietmeer.xml --doc raadsinformatiebrief -o rapporten/brief.pdf"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("rapporten/brief.pdf: error: kan het bestand niet schrijven: de map "
                       "bestaat niet: rapporten\n"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(work() / "rapporten"));
}

TEST_F(OutputSafety, ReportAndManifestUseTheSameWriter) {
  auto r = run(
      koers(work(), "batch gemeente/rietmeer.xml -o uit --jobs 1 --report verslagen/verslag.csv"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("verslagen/verslag.csv: error: kan het bestand niet schrijven: de map "
                       "bestaat niet: verslagen\n"),
            std::string::npos)
      << r.err;
  // The documents themselves were made; no temporary file is left anywhere.
  EXPECT_TRUE(fs::exists(out() / "rietmeer-raadsinformatiebrief.pdf"));
  for (const auto& e : fs::recursive_directory_iterator(work()))
    EXPECT_NE(e.path().filename().string().rfind('.', 0), 0u) << e.path();
}

// The disk fills up while the PDF is written: a 16 KiB tmpfs in a mount namespace of the
// child's own, holding the old PDF.
TEST_F(OutputSafety, FullDiskGivesTheDiskFullMessage) {
  const fs::path disk = out();
  auto report = in_child([&] {
    if (std::string e = koers::test::mount_small_disk(disk, 16 * 1024); !e.empty())
      throw SkipChild{e};
    write(disk / "brief.pdf", kOld);
    auto r = run(koers(
        work(),
        "render gemeente/rietmeer.xml --doc raadsinformatiebrief --uncompressed -o uit/brief.pdf"));
    return encode(r, disk, "brief.pdf");
  });
  if (!report.skipped.empty()) GTEST_SKIP() << report.skipped;
  Outcome o = decode(report.text);
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.err.find("uit/brief.pdf: error: kan het bestand niet schrijven: de schijf is vol; "
                       "maak ruimte vrij op de schijf van uit en probeer het opnieuw\n"),
            std::string::npos)
      << o.err;
  EXPECT_EQ(o.old_file, kOld);
  EXPECT_EQ(o.files, "brief.pdf\n") << "een tijdelijk bestand bleef staan";
}

TEST_F(OutputSafety, ReadOnlyOutputFolderIsAClearError) {
  const fs::path disk = out();
  auto report = in_child([&] {
    if (std::string e = koers::test::mount_small_disk(disk, 1024 * 1024); !e.empty())
      throw SkipChild{e};
    write(disk / "brief.pdf", kOld);
    if (std::string e = koers::test::make_read_only(disk); !e.empty()) throw SkipChild{e};
    auto r = run(
        koers(work(), "render gemeente/rietmeer.xml --doc raadsinformatiebrief -o uit/brief.pdf"));
    return encode(r, disk, "brief.pdf");
  });
  // Root writes into a folder without write permission, so only a read-only file system
  // shows this; without a mount namespace there is none to make.
  if (!report.skipped.empty()) GTEST_SKIP() << report.skipped;
  Outcome o = decode(report.text);
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.err.find("uit/brief.pdf: error: kan het bestand niet schrijven: de map uit is "
                       "alleen-lezen\n"),
            std::string::npos)
      << o.err;
  EXPECT_EQ(o.old_file, kOld);
  EXPECT_EQ(o.files, "brief.pdf\n");
}

// ulimit -f: koers ignores SIGXFSZ itself, so the write fails, is reported and cleaned up
// instead of the process being killed halfway with its temporary file left behind. The limit
// lets the font subsets koers writes to its temporary folder through (under 16 KiB each) and
// stops the PDF: 400 paragraphs, uncompressed, about 500 KB.
TEST_F(OutputSafety, FileSizeLimitIsReportedAndCleanedUp) {
  std::string markup = "<document title=\"Lang\"><section page=\"body\">";
  for (int i = 0; i < 400; ++i)
    markup += "<p>Rietmeer werkt met de buurgemeenten aan minder uitstoot en minder restafval.</p>";
  write(work() / "lang.xml", markup + "</section></document>\n");
  write(out() / "lang.pdf", kOld);
  auto report = in_child([&] {
    struct rlimit limit {
      64 * 1024, 64 * 1024
    };
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) throw SkipChild{"setrlimit werkt niet"};
    auto r = run(koers(work(), "typeset lang.xml --uncompressed -o uit/lang.pdf"));
    return encode(r, out(), "lang.pdf");
  });
  ASSERT_TRUE(report.skipped.empty()) << report.skipped;
  Outcome o = decode(report.text);
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.err.find("uit/lang.pdf: error: kan het bestand niet schrijven: het bestand wordt "
                       "groter dan het systeem hier toestaat (bestandslimiet)\n"),
            std::string::npos)
      << o.err;
  EXPECT_EQ(o.old_file, kOld);
  EXPECT_EQ(o.files, "lang.pdf\n");
}

}  // namespace

// koers batch: isolation of a bad file, the report, shards, --changed-only and the plain
// progress lines (stderr is not a terminal here).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace {

std::string koers_cmd(const std::string& args) {
  return shell_quote(KOERS_BINARY) + " " + args;
}

void copy_sample(const std::string& name, const fs::path& folder) {
  fs::create_directories(folder);
  fs::copy_file(fs::path(KOERS_SOURCE_DIR) / "samples" / name, folder / name);
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

int pdfinfo_pages(const fs::path& pdf) {
  auto info = run("pdfinfo " + shell_quote(pdf.string()));
  std::smatch m;
  static const std::regex pages(R"(Pages:\s+(\d+))");
  if (!std::regex_search(info.out, m, pages)) return -1;
  return std::stoi(m[1]);
}

// A report read back by Python's csv and json modules: one line per row,
// "bestand|document|uitvoer|paginas|bytes|ms|status|meldingen".
std::vector<std::vector<std::string>> parsed_report(const fs::path& report) {
  const std::string script =
      "import csv, json, sys\n"
      "p = sys.argv[1]\n"
      "keys = ['bestand','document','uitvoer','paginas','bytes','ms','status','meldingen']\n"
      "rows = json.load(open(p)) if p.endswith('.json') else list(csv.DictReader(open(p)))\n"
      "for r in rows:\n"
      "    assert all(k in r for k in keys), r\n"
      "    print('|'.join(str(r[k]).replace('|', '/') for k in keys))\n";
  auto r = run("python3 -c " + shell_quote(script) + " " + shell_quote(report.string()));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::vector<std::string>> rows;
  for (const std::string& line : lines_of(r.out)) {
    std::vector<std::string> fields;
    std::istringstream in(line);
    for (std::string field; std::getline(in, field, '|');) fields.push_back(field);
    while (fields.size() < 8) fields.emplace_back();
    rows.push_back(fields);
  }
  return rows;
}

const std::string kBroken = "<gemeente versie=\"1\" code=\"GM9901\"><naam>Kapot</naam>";

TEST(Batch, BrokenFileIsReportedAndTheRestCompletes) {
  TempDir dir("batch");
  copy_sample("rietmeer.xml", dir.path() / "in");
  copy_sample("oudervaart.xml", dir.path() / "in");
  write(dir.path() / "in" / "kapot.xml", kBroken);
  const fs::path out = dir.path() / "uit";
  const fs::path report = dir.path() / "verslag.csv";
  auto r = run(koers_cmd("batch " + shell_quote((dir.path() / "in").string()) + " -o " +
                         shell_quote(out.string()) + " --jobs 2 --report " +
                         shell_quote(report.string())));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto rows = parsed_report(report);
  std::set<std::string> failed_inputs;
  int ok = 0;
  for (const auto& row : rows) {
    if (row[6] == "fout") failed_inputs.insert(fs::path(row[0]).filename().string());
    if (row[6] != "ok") continue;
    ++ok;
    EXPECT_TRUE(fs::exists(out / row[2])) << row[2];
  }
  EXPECT_EQ(failed_inputs, std::set<std::string>{"kapot.xml"});
  EXPECT_GE(ok, 2);  // at least one document of each good file
  // The broken file's problem is printed once, with its file name.
  int fout_lines = 0;
  for (const std::string& line : lines_of(r.err))
    if (line.rfind("FOUT ", 0) == 0 && line.find("kapot.xml") != std::string::npos) ++fout_lines;
  EXPECT_EQ(fout_lines, 1) << r.err;
  EXPECT_NE(r.err.find("kapot.xml:"), std::string::npos) << r.err;
}

TEST(Batch, ReportsInCsvAndJsonMatchThePdfs) {
  TempDir dir("batch");
  copy_sample("oudervaart.xml", dir.path() / "in");
  const fs::path out = dir.path() / "uit";
  for (const std::string name : {"verslag.csv", "verslag.json"}) {
    const fs::path report = dir.path() / name;
    auto r =
        run(koers_cmd("batch " + shell_quote((dir.path() / "in").string()) + " -o " +
                      shell_quote(out.string()) + " --report " + shell_quote(report.string())));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto rows = parsed_report(report);
    ASSERT_GE(rows.size(), 2u) << name;  // oudervaart has several documents
    for (const auto& row : rows) {
      EXPECT_EQ(fs::path(row[0]).filename(), "oudervaart.xml");
      EXPECT_FALSE(row[1].empty());
      EXPECT_EQ(row[6], "ok") << row[7];
      EXPECT_EQ(std::stoi(row[3]), pdfinfo_pages(out / row[2])) << row[2];
      EXPECT_EQ(std::stoull(row[4]), fs::file_size(out / row[2])) << row[2];
    }
  }
}

TEST(Batch, ShardsPartitionTheInputs) {
  TempDir dir("batch");
  std::set<std::string> all;
  for (int i = 1; i <= 12; ++i) {
    std::string name = "gemeente-" + std::to_string(i) + ".xml";
    write(dir.path() / "in" / name, kBroken);  // fast: each input is one report row
    all.insert(name);
  }
  std::set<std::string> seen;
  for (int shard = 1; shard <= 3; ++shard) {
    const fs::path report = dir.path() / ("deel" + std::to_string(shard) + ".json");
    auto r = run(koers_cmd("batch " + shell_quote((dir.path() / "in").string()) + " -o " +
                           shell_quote((dir.path() / "uit").string()) + " --shard " +
                           std::to_string(shard) + "/3 --report " + shell_quote(report.string())));
    for (const auto& row : parsed_report(report)) {
      std::string name = fs::path(row[0]).filename().string();
      EXPECT_TRUE(seen.insert(name).second) << name << " is in two shards";
    }
  }
  EXPECT_EQ(seen, all);
  EXPECT_EQ(run(koers_cmd("batch " + shell_quote((dir.path() / "in").string()) + " -o " +
                          shell_quote((dir.path() / "uit").string()) + " --shard 4/3"))
                .exit_code,
            2);
}

int count_prefix(const std::string& err, const std::string& prefix) {
  int n = 0;
  for (const std::string& line : lines_of(err))
    if (line.rfind(prefix, 0) == 0) ++n;
  return n;
}

TEST(Batch, ChangedOnlySkipsUnchangedAndRerendersAfterATemplateChange) {
  TempDir dir("batch");
  const fs::path in = dir.path() / "in";
  copy_sample("oudervaart.xml", in);
  // A municipality-folder override of one document's template, a copy of the standard one.
  const fs::path override_file = in / "templates" / "visie" / "visie.mustache";
  fs::create_directories(override_file.parent_path());
  fs::copy_file(fs::path(KOERS_SOURCE_DIR) / "templates" / "visie" / "visie.mustache",
                override_file);
  const std::string cmd =
      koers_cmd("batch " + shell_quote((in / "oudervaart.xml").string()) + " -o " +
                shell_quote((dir.path() / "uit").string()) + " --changed-only");
  auto first = run(cmd);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const int documents = count_prefix(first.err, "ok ");
  ASSERT_GE(documents, 2) << first.err;
  EXPECT_TRUE(fs::exists(dir.path() / "uit" / ".koers-manifest.json"));

  auto second = run(cmd);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(count_prefix(second.err, "ok "), 0) << second.err;
  EXPECT_EQ(count_prefix(second.err, "overgeslagen "), documents) << second.err;

  std::ofstream(override_file, std::ios::app) << "{{! gewijzigd }}\n";
  auto third = run(cmd);
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_EQ(count_prefix(third.err, "ok "), 1) << third.err;
  EXPECT_EQ(count_prefix(third.err, "ok oudervaart-visie.pdf"), 1) << third.err;
  EXPECT_EQ(count_prefix(third.err, "overgeslagen "), documents - 1) << third.err;
}

TEST(Batch, PlainProgressLinesWhenNotOnATerminal) {
  TempDir dir("batch");
  copy_sample("rietmeer.xml", dir.path() / "in");
  auto r = run(koers_cmd("batch " + shell_quote((dir.path() / "in").string()) + " -o " +
                         shell_quote((dir.path() / "uit").string()) + " --docs visie --jobs 1"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);  // no updating line
  static const std::regex ok_line(R"(ok rietmeer-visie\.pdf \d+ p\. \d+ ms)");
  static const std::regex summary(
      R"(klaar: 1 documenten \(1 gemaakt, 0 overgeslagen, 0 mislukt\).*)");
  auto lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 2u) << r.err;
  EXPECT_TRUE(std::regex_match(lines[0], ok_line)) << lines[0];
  EXPECT_TRUE(std::regex_match(lines[1], summary)) << lines[1];
}

}  // namespace

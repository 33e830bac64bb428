// `koers check` on every file in tests/bad-input: exit code 1, never a crash, and each
// diagnostic line of the matching .expected file printed exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::read_file;
using koers::test::run;
using koers::test::shell_quote;

namespace {

const fs::path kBadInput = fs::path(KOERS_TEST_DIR) / "bad-input";

std::vector<std::string> bad_input_files() {
  std::vector<std::string> names;
  if (!fs::is_directory(kBadInput)) return names;
  for (const auto& entry : fs::directory_iterator(kBadInput))
    // Only the files here: the subfolders (markup/, styles/, …) are bad_input_corpus_test.cpp's.
    if (entry.is_regular_file() && entry.path().extension() == ".xml")
      names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

class CheckBadInput : public ::testing::TestWithParam<std::string> {};

TEST_P(CheckBadInput, PrintsTheExpectedDiagnostic) {
  const std::string name = GetParam();
  auto r = run("cd " + shell_quote(kBadInput.string()) + " && " + shell_quote(KOERS_BINARY) +
               " check " + shell_quote(name));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  fs::path expected_file = kBadInput / (fs::path(name).stem().string() + ".expected");
  ASSERT_TRUE(fs::exists(expected_file)) << "missing " << expected_file;
  std::istringstream expected(read_file(expected_file));
  std::string line;
  int lines = 0;
  while (std::getline(expected, line)) {
    if (line.empty()) continue;
    ++lines;
    EXPECT_NE(r.err.find(line), std::string::npos)
        << "expected:\n  " << line << "\nkoers printed:\n"
        << r.err;
  }
  EXPECT_GT(lines, 0) << expected_file << " is empty";
}

INSTANTIATE_TEST_SUITE_P(BadInput, CheckBadInput, ::testing::ValuesIn(bad_input_files()),
                         [](const auto& info) {
                           std::string n = fs::path(info.param).stem().string();
                           std::replace_if(
                               n.begin(), n.end(), [](char c) { return !std::isalnum(c); }, '_');
                           return n;
                         });

TEST(CheckBadInput, CorpusHasAtLeast25Files) {
  EXPECT_GE(bad_input_files().size(), 25u);
}

}  // namespace

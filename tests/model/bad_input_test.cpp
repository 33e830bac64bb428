// Every tests/bad-input/NN-name.xml gives at least one error and every line of its
// NN-name.expected, exactly as `koers check` prints it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "model/model.h"
#include "model_test_support.h"

namespace koers::model {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> bad_inputs() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(KOERS_TEST_DIR) / "bad-input"))
    // Only the files here: the subfolders (markup/, styles/, …) are bad_input_corpus_test.cpp's.
    if (entry.is_regular_file() && entry.path().extension() == ".xml")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(BadInput, FolderHasAtLeastThirtyCases) {
  EXPECT_GE(bad_inputs().size(), 30u);
}

TEST(BadInput, EachFileGivesItsExpectedDiagnostics) {
  for (const auto& path : bad_inputs()) {
    SCOPED_TRACE(path.filename().string());
    fs::path expected_path = path;
    expected_path.replace_extension(".expected");
    ASSERT_TRUE(fs::exists(expected_path));
    Diagnostics diags;
    read_municipality(testing::read_file(path.string()), path.filename().string(),
                      testing::shipped_catalogue(), diags);
    std::string printed = diags.to_string();
    EXPECT_TRUE(diags.has_errors()) << printed;
    std::istringstream expected(testing::read_file(expected_path.string()));
    std::string line;
    int count = 0;
    while (std::getline(expected, line)) {
      if (line.empty()) continue;
      ++count;
      EXPECT_NE(("\n" + printed).find("\n" + line + "\n"), std::string::npos)
          << "expected: " << line << "\nprinted:\n"
          << printed;
    }
    EXPECT_GT(count, 0) << "empty .expected file";
  }
}

}  // namespace
}  // namespace koers::model

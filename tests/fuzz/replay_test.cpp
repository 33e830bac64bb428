// Replays every seed (tests/fuzz/corpus/<target>/) and every input a fuzzer once crashed on
// (tests/fuzz/regressions/<target>/) through the fuzz targets, in the normal test suite.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using FuzzTarget = int (*)(const std::uint8_t*, std::size_t);

extern "C" int koers_fuzz_model(const std::uint8_t*, std::size_t);
extern "C" int koers_fuzz_document(const std::uint8_t*, std::size_t);
extern "C" int koers_fuzz_style(const std::uint8_t*, std::size_t);
extern "C" int koers_fuzz_template(const std::uint8_t*, std::size_t);
extern "C" int koers_fuzz_pipeline(const std::uint8_t*, std::size_t);

namespace {

namespace fs = std::filesystem;

struct Replay {
  std::string target;
  FuzzTarget run;
};

std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> files;
  for (const char* kind : {"corpus", "regressions"}) {
    const fs::path dir = fs::path(KOERS_FUZZ_DIR) / kind / target;
    if (!fs::is_directory(dir)) continue;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir))
      if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class ReplayTest : public ::testing::TestWithParam<Replay> {};

TEST_P(ReplayTest, EveryCorpusAndRegressionInputRunsCleanly) {
  const std::vector<fs::path> files = inputs_of(GetParam().target);
  EXPECT_FALSE(files.empty()) << "no seeds for " << GetParam().target;
  for (const fs::path& file : files) {
    // Named before it runs: a sanitizer ends the process without gtest's report.
    std::fprintf(stderr, "replaying %s\n", file.c_str());
    SCOPED_TRACE(file.string());
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    GetParam().run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fuzz, ReplayTest,
    ::testing::Values(Replay{"model", koers_fuzz_model}, Replay{"document", koers_fuzz_document},
                      Replay{"style", koers_fuzz_style}, Replay{"template", koers_fuzz_template},
                      Replay{"pipeline", koers_fuzz_pipeline}),
    [](const ::testing::TestParamInfo<Replay>& info) { return info.param.target; });

}  // namespace

// One koers::Engine shared by several threads (as koers batch does) gives the same bytes as
// one thread rendering the same documents in turn. A fresh Engine per run, so that its
// caches (fonts, catalogues, frameworks catalogue) are filled while the threads race.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/resources.h"
#include "engine/engine.h"

namespace fs = std::filesystem;

namespace {

using Job = std::pair<fs::path, std::string>;

std::vector<Job> jobs(koers::Engine& engine) {
  std::vector<Job> all;
  for (const char* sample : {"oudervaart.xml", "rietmeer.xml", "heideveen.xml"}) {
    const fs::path input = fs::path(KOERS_SOURCE_DIR) / "samples" / sample;
    koers::Diagnostics diags;
    for (const std::string& doc : engine.supported_documents(input, diags))
      all.emplace_back(input, doc);
  }
  return all;
}

TEST(BatchConcurrency, ThreadsSharingOneEngineGiveTheSequentialBytes) {
  koers::DiskResources resources;
  std::vector<std::string> sequential;
  std::vector<Job> work;
  {
    koers::Engine engine(resources);
    work = jobs(engine);
    for (const auto& [input, doc] : work) sequential.push_back(engine.render(input, doc).pdf);
  }
  ASSERT_GE(work.size(), 4u);
  for (const std::string& pdf : sequential) ASSERT_FALSE(pdf.empty());

  koers::Engine shared(resources);
  std::vector<std::string> concurrent(work.size() * 2);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < concurrent.size(); i = next++) {
      const Job& job = work[i % work.size()];
      concurrent[i] = shared.render(job.first, job.second).pdf;
    }
  };
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < 4; ++t) threads.emplace_back(worker);
  }
  for (std::size_t i = 0; i < concurrent.size(); ++i)
    EXPECT_TRUE(concurrent[i] == sequential[i % work.size()])
        << work[i % work.size()].first.filename() << " " << work[i % work.size()].second;
}

}  // namespace

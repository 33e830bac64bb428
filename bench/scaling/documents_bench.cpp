// Renders every document of many municipality files one after the other in one process,
// through one koers::Engine, and prints after every tenth file the time per document of those
// ten files and the memory: resident now and the peak so far. Shows whether memory grows with
// the number of documents rendered. The PDFs are kept in memory only and then dropped.
//   koers_bench_documents FILE.xml… | DIR
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/resources.h"
#include "engine/engine.h"

namespace {

double resident_mib() {
  std::ifstream statm("/proc/self/statm");
  long total_pages = 0;
  long resident_pages = 0;
  statm >> total_pages >> resident_pages;
  return static_cast<double>(resident_pages) * static_cast<double>(sysconf(_SC_PAGESIZE)) /
         (1024.0 * 1024.0);
}

double peak_resident_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::vector<std::filesystem::path> input_files(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg = argv[i];
    if (std::filesystem::is_directory(arg)) {
      for (const auto& entry : std::filesystem::directory_iterator(arg))
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
    } else {
      files.push_back(arg);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> files = input_files(argc, argv);
  if (files.empty()) {
    std::fprintf(stderr, "usage: koers_bench_documents FILE.xml… | DIR\n");
    return 2;
  }
  koers::DiskResources resources;
  koers::Engine engine(resources);
  using clock = std::chrono::steady_clock;

  std::printf("%6s %9s %8s %10s %12s %12s %12s\n", "files", "documents", "pages", "MiB PDF",
              "ms/document", "RSS now MiB", "RSS peak MiB");
  int documents = 0;
  int failures = 0;
  long long pages = 0;
  double pdf_bytes = 0;
  int decade_documents = 0;
  double decade_ms = 0;
  auto started = clock::now();
  for (std::size_t i = 0; i < files.size(); ++i) {
    koers::Diagnostics diags;
    for (const std::string& doc : engine.supported_documents(files[i], diags)) {
      auto t = clock::now();
      koers::RenderResult result = engine.render(files[i], doc);
      decade_ms += std::chrono::duration<double, std::milli>(clock::now() - t).count();
      ++decade_documents;
      ++documents;
      if (!result.ok()) {
        ++failures;
        std::fprintf(stderr, "%s (%s): %s", files[i].c_str(), doc.c_str(),
                     result.diagnostics.to_string().c_str());
        continue;
      }
      pages += result.pages;
      pdf_bytes += static_cast<double>(result.pdf.size());
    }
    if ((i + 1) % 10 == 0 || i + 1 == files.size()) {
      std::printf("%6zu %9d %8lld %10.1f %12.1f %12.1f %12.1f\n", i + 1, documents, pages,
                  pdf_bytes / (1024.0 * 1024.0),
                  decade_documents ? decade_ms / decade_documents : 0.0, resident_mib(),
                  peak_resident_mib());
      std::fflush(stdout);
      decade_documents = 0;
      decade_ms = 0;
    }
  }
  double total_s = std::chrono::duration<double>(clock::now() - started).count();
  std::printf(
      "total: %zu files, %d documents (%d failed), %lld pages in %.2f s: %.1f ms per "
      "document, %.0f pages/s, peak RSS %.1f MiB\n",
      files.size(), documents, failures, pages, total_s,
      documents ? total_s * 1000.0 / documents : 0.0, pages / total_s, peak_resident_mib());
  return failures ? 1 : 0;
}

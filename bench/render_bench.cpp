// Renders one document repeatedly in one process and prints the time per document and the
// pages per second. The first render (font loading, catalogue) is reported apart.
//   koers_bench_render [FILE.xml] [--doc visie] [--runs N]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/resources.h"
#include "engine/engine.h"

int main(int argc, char** argv) {
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  std::string input = std::string(KOERS_SOURCE_DIR) + "/samples/zuiderhaven.xml";
  std::string doc = "visie";
  int runs = 20;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--doc" && i + 1 < argc)
      doc = argv[++i];
    else if (a == "--runs" && i + 1 < argc)
      runs = std::max(1, std::stoi(argv[++i]));
    else
      input = a;
  }
  koers::DiskResources resources;
  koers::Engine engine(resources);
  using clock = std::chrono::steady_clock;

  auto t0 = clock::now();
  koers::RenderResult first = engine.render(input, doc);
  double first_ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
  if (!first.ok()) {
    std::fprintf(stderr, "%s", first.diagnostics.to_string().c_str());
    return 1;
  }

  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    auto t = clock::now();
    koers::RenderResult r = engine.render(input, doc);
    ms.push_back(std::chrono::duration<double, std::milli>(clock::now() - t).count());
    if (!r.ok()) return 1;
  }
  std::sort(ms.begin(), ms.end());
  double median = ms[ms.size() / 2];
  std::printf("document        %s (%s)\n", input.c_str(), doc.c_str());
  std::printf("pages           %d\n", first.pages);
  std::printf("bytes           %zu\n", first.pdf.size());
  std::printf("first render    %.1f ms (fonts and catalogue loaded)\n", first_ms);
  std::printf("runs            %d\n", runs);
  std::printf("median          %.1f ms per document (min %.1f, max %.1f)\n", median, ms.front(),
              ms.back());
  std::printf("pages/second    %.0f\n", first.pages / (median / 1000.0));
  return 0;
}

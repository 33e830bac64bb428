// What charts cost: typesets a sample's vision markup (Engine::markup) N times, then the same
// markup with every chart replaced by a table of its data N times, alternating the two so
// load on a shared machine hits both alike; prints both medians and their ratio.
//   koers_bench_charts [FILE.xml] [--doc visie] [--runs N] [--keep DIR]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "chart_tables.h"
#include "core/resources.h"
#include "engine/engine.h"

namespace {

struct Timings {
  std::vector<double> ms;
  int pages = 0;
  std::size_t bytes = 0;
  double median() {
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
  }
};

bool typeset(koers::Engine& engine, const std::string& markup, const std::filesystem::path& input,
             Timings& t, std::string* pdf = nullptr) {
  const auto start = std::chrono::steady_clock::now();
  koers::RenderResult r =
      engine.typeset_markup(markup, input.string() + " (markup)", {}, input.parent_path());
  t.ms.push_back(
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  if (!r.ok()) {
    std::fprintf(stderr, "%s", r.diagnostics.to_string().c_str());
    return false;
  }
  t.pages = r.pages;
  t.bytes = r.pdf.size();
  if (pdf) *pdf = std::move(r.pdf);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  std::filesystem::path input = std::string(KOERS_SOURCE_DIR) + "/samples/zuiderhaven.xml";
  std::string doc = "visie", keep;
  int runs = 20;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--doc" && i + 1 < argc)
      doc = argv[++i];
    else if (a == "--runs" && i + 1 < argc)
      runs = std::max(1, std::stoi(argv[++i]));
    else if (a == "--keep" && i + 1 < argc)
      keep = argv[++i];
    else
      input = a;
  }
  koers::DiskResources resources;
  koers::Engine engine(resources);
  koers::Diagnostics diags;
  const std::string charts = engine.markup(input, doc, diags);
  if (diags.has_errors() || charts.empty()) {
    std::fprintf(stderr, "%s", diags.to_string().c_str());
    return 1;
  }
  const koers::bench::Replaced tables = koers::bench::charts_as_tables(charts);

  // The first typeset of each loads fonts and fills caches; it is not counted.
  Timings with_charts, with_tables, warm_up;
  std::string chart_pdf, table_pdf;
  if (!typeset(engine, charts, input, warm_up, &chart_pdf) ||
      !typeset(engine, tables.markup, input, warm_up, &table_pdf))
    return 1;
  for (int i = 0; i < runs; ++i)
    if (!typeset(engine, charts, input, with_charts) ||
        !typeset(engine, tables.markup, input, with_tables))
      return 1;
  if (!keep.empty()) {
    std::filesystem::create_directories(keep);
    std::ofstream(std::filesystem::path(keep) / "charts.xml") << charts;
    std::ofstream(std::filesystem::path(keep) / "tables.xml") << tables.markup;
    std::ofstream(std::filesystem::path(keep) / "charts.pdf", std::ios::binary) << chart_pdf;
    std::ofstream(std::filesystem::path(keep) / "tables.pdf", std::ios::binary) << table_pdf;
  }

  const double c = with_charts.median(), t = with_tables.median();
  std::printf("document        %s (%s)\n", input.c_str(), doc.c_str());
  std::printf("charts          %d, each replaced by a table of its data\n", tables.charts);
  std::printf("runs            %d each, alternating\n", runs);
  std::printf("with charts     median %.1f ms (min %.1f, max %.1f), %d pages, %zu bytes\n", c,
              with_charts.ms.front(), with_charts.ms.back(), with_charts.pages, with_charts.bytes);
  std::printf("with tables     median %.1f ms (min %.1f, max %.1f), %d pages, %zu bytes\n", t,
              with_tables.ms.front(), with_tables.ms.back(), with_tables.pages, with_tables.bytes);
  std::printf("ratio           %.3f (charts cost %+.1f%%; acceptance: below +20%%)\n", c / t,
              (c / t - 1) * 100);
  return 0;
}

// The libharu floor (issue 7, item 6): what the PDF writer alone (libharu and font
// subsetting) needs to write a document's pages from a display list that is already laid out,
// next to the whole in-process render and its stages. Every run does the whole render and
// then each stage once, so machine load hits them alike; medians are printed.
//   koers_bench_floor [FILE.xml] [--doc visie] [--runs N] [--keep FILE.pdf]
//   koers_bench_floor [FILE.xml] [--doc visie] --whole-only N   (N whole renders, for perf)
// The stages are called as Engine::markup and Engine::typeset_markup call them: markup
// (read, analyse, view, templates), parse (markup to document tree), style (house style),
// layout (document tree to display::Document) and write (pdf::write_pdf: the floor).
#include <malloc.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/resources.h"
#include "display/display.h"
#include "document/document.h"
#include "engine/engine.h"
#include "layout/layout.h"
#include "pdf/pdf.h"
#include "style/style.h"
#include "text/font.h"
#include "text/messages.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

[[noreturn]] void fail(const char* stage, const koers::Diagnostics& diags) {
  std::fprintf(stderr, "%s failed:\n%s", stage, diags.to_string().c_str());
  std::exit(1);
}

// The house style as Engine::house_style chooses it: the markup's own, else "base".
std::string style_name(const koers::doc::Document& document, const koers::Resources& resources) {
  const std::string& name = document.metadata.style;
  if (name.empty()) return "base";
  if (resources.exists(resources.project_root() / "styles" / name / "style.css")) return name;
  return "base";
}

}  // namespace

int main(int argc, char** argv) {
  // As the CLI does (pdf.h: glibc's heap trimming would otherwise cost about half the
  // writer's time).
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  std::string input = std::string(KOERS_SOURCE_DIR) + "/samples/zuiderhaven.xml";
  std::string doc_type = "visie";
  std::string keep;
  int runs = 20;
  int whole_only = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--doc" && i + 1 < argc)
      doc_type = argv[++i];
    else if (a == "--runs" && i + 1 < argc)
      runs = std::max(1, std::stoi(argv[++i]));
    else if (a == "--whole-only" && i + 1 < argc)
      whole_only = std::max(1, std::stoi(argv[++i]));
    else if (a == "--keep" && i + 1 < argc)
      keep = argv[++i];
    else
      input = a;
  }

  koers::DiskResources resources;
  koers::Engine engine(resources);
  if (whole_only > 0) {
    for (int i = 0; i <= whole_only; ++i)
      if (!engine.render(input, doc_type).ok()) return 1;
    return 0;
  }
  koers::text::FontLibrary fonts;
  koers::text::MessageCache messages(resources);
  const std::filesystem::path in(input);
  const std::string markup_name = in.stem().string() + "." + doc_type + ".markup.xml";
  const std::filesystem::path base_dir = in.parent_path().empty() ? "." : in.parent_path();

  // One pass through every stage; the display list and PDF of the last pass are kept.
  struct Pass {
    double whole = 0, whole_parallel = 0, markup = 0, parse = 0, style = 0, layout = 0, write = 0;
  };
  koers::RenderResult whole_result;
  koers::display::Document pages;
  std::string floor_pdf;
  // Stages and floor on one thread, so the ratio compares work with work; the whole render
  // is also timed as the CLI runs it, with the PDF writer on every core.
  koers::RenderOptions one_thread;
  one_thread.threads = 1;
  const koers::pdf::Options writer_alone{.compress = true, .threads = 1};
  auto pass = [&]() {
    Pass p;
    auto t = Clock::now();
    whole_result = engine.render(input, doc_type, one_thread);
    p.whole = ms_since(t);
    if (!whole_result.ok()) fail("render", whole_result.diagnostics);
    t = Clock::now();
    if (!engine.render(input, doc_type).ok()) fail("render", whole_result.diagnostics);
    p.whole_parallel = ms_since(t);

    koers::Diagnostics diags;
    t = Clock::now();
    const std::string text = engine.markup(input, doc_type, diags, {}, false);
    p.markup = ms_since(t);
    if (diags.has_errors() || text.empty()) fail("markup", diags);

    t = Clock::now();
    const koers::doc::Document document = koers::doc::parse_markup(text, markup_name, diags);
    p.parse = ms_since(t);
    if (diags.has_errors()) fail("parse", diags);

    t = Clock::now();
    const koers::style::StyleSheet sheet =
        koers::style::load_style(style_name(document, resources), resources, diags);
    p.style = ms_since(t);
    if (diags.has_errors()) fail("style", diags);
    for (const auto& [family, folder] : sheet.font_files) fonts.add_font_folder(folder);

    std::string language =
        document.metadata.language.substr(0, document.metadata.language.find('-'));
    for (char& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    koers::Diagnostics catalogue_diags;
    auto words = messages.get(language, catalogue_diags);
    if (!words) words = messages.get(koers::text::kBaseLanguage, catalogue_diags);
    koers::layout::Options options;
    options.file = markup_name;
    options.messages = words.get();
    options.resources = &resources;
    options.base_dir = base_dir;
    t = Clock::now();
    pages = koers::layout::layout_document(document, sheet, fonts, diags, options);
    p.layout = ms_since(t);
    if (diags.has_errors()) fail("layout", diags);

    t = Clock::now();
    floor_pdf = koers::pdf::write_pdf(pages, writer_alone);
    p.write = ms_since(t);
    return p;
  };

  const auto t_first = Clock::now();
  const Pass first = pass();  // loads fonts, catalogue, hyphenation, locale
  const double first_ms = ms_since(t_first);
  std::vector<Pass> passes;
  for (int i = 0; i < runs; ++i) passes.push_back(pass());

  // The floor on its own: the same display list written again and again.
  std::vector<double> floor_ms, floor_parallel_ms;
  for (int i = 0; i < runs; ++i) {
    auto t = Clock::now();
    const std::string bytes = koers::pdf::write_pdf(pages, writer_alone);
    floor_ms.push_back(ms_since(t));
    t = Clock::now();
    const std::string parallel = koers::pdf::write_pdf(pages);
    floor_parallel_ms.push_back(ms_since(t));
    if (bytes != floor_pdf || parallel != floor_pdf)
      std::fprintf(stderr, "warning: the writer's output varies\n");
  }

  auto column = [&](double Pass::*field) {
    std::vector<double> v;
    for (const Pass& p : passes) v.push_back(p.*field);
    return median(v);
  };
  const double whole = column(&Pass::whole);
  const double floor = median(floor_ms);
  const double n_pages = static_cast<double>(pages.pages.size());
  std::size_t runs_of_glyphs = 0, drawings = 0, glyphs = 0;
  for (const auto& page : pages.pages)
    for (const auto& item : page.items) {
      if (const auto* g = std::get_if<koers::display::GlyphRun>(&item)) {
        ++runs_of_glyphs;
        glyphs += g->text.size();
      } else {
        ++drawings;
      }
    }

  std::printf("document        %s (%s)\n", input.c_str(), doc_type.c_str());
  std::printf("pages           %zu (%zu glyph runs, %zu glyphs, %zu other items)\n",
              pages.pages.size(), runs_of_glyphs, glyphs, drawings);
  std::printf("bytes           %zu (whole render), %zu (writer alone): %s\n",
              whole_result.pdf.size(), floor_pdf.size(),
              whole_result.pdf == floor_pdf ? "identical" : "DIFFERENT");
  std::printf("first pass      %.1f ms (whole %.1f; fonts, catalogue, dictionary loaded)\n",
              first_ms, first.whole);
  std::printf("runs            %d (medians)\n\n", runs);
  std::printf("%-34s %9s %9s\n", "stage", "ms", "ms/page");
  auto row = [&](const char* name, double ms) {
    std::printf("%-34s %9.2f %9.3f\n", name, ms, ms / n_pages);
  };
  row("markup (read, analyse, view, tmpl)", column(&Pass::markup));
  row("parse (markup to document tree)", column(&Pass::parse));
  row("style (house style)", column(&Pass::style));
  row("layout (to display list)", column(&Pass::layout));
  row("write (pdf::write_pdf) in pass", column(&Pass::write));
  row("sum of stages", column(&Pass::markup) + column(&Pass::parse) + column(&Pass::style) +
                           column(&Pass::layout) + column(&Pass::write));
  row("whole render (Engine::render)", whole);
  row("floor (write_pdf alone, repeated)", floor);
  std::printf("\nwith the PDF writer on %u threads (as koers render runs it):\n",
              std::max(1u, std::thread::hardware_concurrency()));
  row("whole render (Engine::render)", column(&Pass::whole_parallel));
  row("floor (write_pdf alone, repeated)", median(floor_parallel_ms));
  std::printf("\nratio whole/floor  %.2f on one thread (acceptance: at most 3)\n", whole / floor);

  if (!keep.empty()) {
    std::ofstream(keep, std::ios::binary) << floor_pdf;
    std::printf("kept            %s\n", keep.c_str());
  }
  return 0;
}

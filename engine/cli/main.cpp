// The koers command: thin. Parses arguments, calls koers::Engine, prints diagnostics.
// Exit codes: 0 success, 1 a document could not be made (or check found errors), 2 usage.
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/watch.h"
#include "core/atomic_file.h"
#include "core/resources.h"
#include "engine/engine.h"
#include "template/template.h"

namespace fs = std::filesystem;

namespace {

void print(const koers::Diagnostics& diags) {
  if (!diags.empty()) std::cerr << diags.to_string();
}

int write_output(const fs::path& target, const std::string& bytes) {
  std::string error = koers::write_file_atomically(target, bytes);
  if (!error.empty()) {
    std::cerr << target.string() << ": error: " << error << '\n';
    return 1;
  }
  return 0;
}

int run_check(koers::Engine& engine, const std::vector<std::string>& files) {
  int status = 0;
  for (const auto& file : files) {
    koers::Diagnostics diags = engine.check(file);
    print(diags);
    if (diags.has_errors()) status = 1;
    std::cerr << file << ": " << diags.error_count() << " fout(en), " << diags.warning_count()
              << " waarschuwing(en)\n";
  }
  return status;
}

int run_render(koers::Engine& engine, const std::string& input, std::vector<std::string> docs,
               bool all, const std::string& output, const std::string& markup_output,
               const koers::RenderOptions& options) {
  std::map<std::string, std::string> file_names;  // --all: read from the file once
  if (all) {
    koers::Diagnostics diags;
    docs.clear();
    for (auto& doc : engine.document_files(input, diags)) {
      docs.push_back(doc.type);
      file_names[doc.type] = doc.file_name;
    }
    if (diags.has_errors()) {
      print(diags);
      return 1;
    }
  }
  if (docs.empty()) docs.push_back("visie");
  bool to_folder = all || docs.size() > 1 || (!output.empty() && fs::is_directory(output));
  if (to_folder && !output.empty()) {
    std::error_code ec;
    fs::create_directories(output, ec);
  }
  int status = 0;
  for (const auto& doc : docs) {
    if (!markup_output.empty()) {
      koers::Diagnostics diags;
      // The render below reports the house style's problems; here they would come twice.
      std::string markup = engine.markup(input, doc, diags, options, false);
      print(diags);
      if (diags.has_errors()) return 1;
      if (write_output(markup_output, markup) != 0) return 1;
    }
    koers::RenderResult result = engine.render(input, doc, options);
    print(result.diagnostics);
    if (!result.ok()) {
      std::cerr << input << ": error: " << doc << " is niet gemaakt\n";
      status = 1;
      continue;
    }
    const auto named = file_names.find(doc);
    const std::string name =
        named != file_names.end() ? named->second : engine.output_name(input, doc);
    fs::path target;
    if (output.empty())
      target = name;
    else if (to_folder)
      target = fs::path(output) / name;
    else
      target = output;
    if (write_output(target, result.pdf) != 0) {
      status = 1;
      continue;
    }
    std::cerr << target.string() << ": " << result.pages << " pagina's\n";
  }
  return status;
}

// A path as the user can type it: relative to the working folder when it lies below it.
std::string shown(const fs::path& path) {
  std::error_code ec;
  fs::path relative = path.lexically_relative(fs::current_path(ec));
  if (ec || relative.empty() || *relative.begin() == "..") return path.string();
  return relative.string();
}

// koers templates: which file each template and partial of a document resolves to.
int run_templates(koers::Engine& engine, const koers::Resources& resources,
                  const std::string& input, const std::string& doc,
                  const koers::RenderOptions& options) {
  koers::Diagnostics diags;
  std::vector<fs::path> path = engine.template_search_path(input, doc, options, diags);
  print(diags);
  if (diags.has_errors()) return 1;
  koers::templ::TemplateSet templates(path, resources, engine.limits());
  std::cout << "Zoekpad voor " << doc << " (het eerste bestand dat bestaat telt):\n";
  for (std::size_t i = 0; i < path.size(); ++i)
    std::cout << "  " << i + 1 << ". " << shown(path[i]) << '\n';
  std::cout << "\nSjablonen en partials van " << doc << ":\n";
  int status = 0;
  for (const koers::templ::TemplateUse& use : templates.used_by(doc)) {
    std::string name = std::string(2 + 2 * use.depth, ' ') + use.name;
    if (name.size() < 28) name.resize(28, ' ');
    if (use.file.empty()) {
      std::cout << name << " NIET GEVONDEN\n";
      status = 1;
      continue;
    }
    std::cout << name << ' ' << shown(use.file) << '\n';
    for (const fs::path& hidden : use.shadowed)
      std::cout << std::string(28, ' ') << "   verbergt " << shown(hidden) << '\n';
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  // For builds with glibc's allocator (KOERS_MIMALLOC off, the sanitizer builds): libharu's
  // zlib allocates and frees its state per compressed stream, and glibc would trim the heap
  // after each one (stack-notes §7). mimalloc ignores these settings.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  // A file size limit (ulimit -f) would kill the process in the middle of writing a PDF and
  // leave its temporary file behind; ignored, the write fails with EFBIG, is reported, and
  // the temporary file is removed (core/atomic_file.cpp).
  std::signal(SIGXFSZ, SIG_IGN);

  CLI::App app{"koers — duurzaamheidsbeleid van XML naar opgemaakte PDF"};
  app.set_version_flag("--version", std::string("koers ") + KOERS_VERSION);
  app.require_subcommand(1);

  std::string style, output, markup_output, input, language = "nl";
  std::vector<std::string> docs, files;
  bool all = false, uncompressed = false;
  koers::Limits limits;
  const std::string max_pages_help =
      "hoogstens N pagina's per document (standaard " + std::to_string(limits.max_pages) + ")";

  auto* render = app.add_subcommand("render", "een document van een gemeente maken");
  render->add_option("FILE", input, "XML-bestand van de gemeente")->required();
  render->add_option("--doc", docs, "documenttype (visie)");
  render->add_flag("--all", all, "alle documenten die het bestand ondersteunt");
  render->add_option("-o,--output", output, "PDF-bestand, of map bij --all");
  render->add_option("--style", style, "huisstijl (overschrijft huisstijl uit het bestand)");
  render->add_option("--emit-markup", markup_output, "schrijf ook de documentopmaak (XML)");
  render->add_option("--lang", language, "taal van de vaste teksten: nl (standaard), en of fy");
  render->add_flag("--uncompressed", uncompressed, "PDF zonder compressie (voor debuggen)");
  render->add_option("--max-pages", limits.max_pages, max_pages_help)->check(CLI::PositiveNumber);

  std::string template_doc = "visie";
  auto* templates = app.add_subcommand(
      "templates", "toon welk bestand elk sjabloon en elke partial van een document gebruikt");
  templates->add_option("FILE", input, "XML-bestand van de gemeente (voor haar eigen sjablonen)");
  templates->add_option("--doc", template_doc, "documenttype (visie)");
  templates->add_option("--style", style, "huisstijl (overschrijft huisstijl uit het bestand)");

  koers::cli::WatchRequest watch_request;
  auto* watch = app.add_subcommand(
      "watch", "een document maken en opnieuw maken zodra invoer, sjabloon of stijl verandert");
  watch->add_option("FILE", watch_request.input, "XML-bestand van de gemeente")->required();
  watch->add_option("--doc", watch_request.doc, "documenttype (visie)");
  watch->add_option("-o,--output", watch_request.output, "PDF-bestand")->required();
  watch->add_option("--style", style, "huisstijl (overschrijft huisstijl uit het bestand)");
  watch->add_option("--lang", language, "taal van de vaste teksten: nl (standaard), en of fy");
  watch->add_flag("--uncompressed", uncompressed, "PDF zonder compressie (voor debuggen)");
  watch->add_option("--max-pages", limits.max_pages, max_pages_help)->check(CLI::PositiveNumber);

  koers::cli::BatchRequest batch_request;
  auto* batch = app.add_subcommand(
      "batch", "alle (gekozen) documenten van veel gemeenten maken, met meerdere threads");
  batch->add_option("INPUTS", batch_request.inputs, "XML-bestanden of mappen met XML-bestanden")
      ->required();
  batch->add_option("-o,--output", batch_request.output, "uitvoermap")->required();
  batch->add_option("--docs", batch_request.docs, "documenttypen, bijvoorbeeld visie,monitor")
      ->delimiter(',');
  batch->add_option("--jobs", batch_request.jobs, "aantal threads (standaard: aantal kernen)");
  batch->add_option("--report", batch_request.report, "verslag per document (.csv of .json)");
  batch->add_flag("--changed-only", batch_request.changed_only,
                  "alleen documenten waarvan invoer, sjabloon, stijl of taal veranderde");
  batch->add_option("--shard", batch_request.shard, "alleen deel I van N van de invoer (I/N)");
  batch->add_option("--style", style, "huisstijl (overschrijft huisstijl uit het bestand)");
  batch->add_option("--lang", language, "taal van de vaste teksten: nl (standaard), en of fy");
  batch->add_flag("--uncompressed", uncompressed, "PDF zonder compressie (voor debuggen)");
  batch->add_option("--max-pages", limits.max_pages, max_pages_help)->check(CLI::PositiveNumber);

  auto* check = app.add_subcommand("check", "bestanden controleren zonder iets te maken");
  check->add_option("FILE", files, "XML-bestanden van gemeenten")->required();

  auto* typeset = app.add_subcommand("typeset", "documentopmaak (XML) direct naar PDF");
  typeset->add_option("MARKUP", input, "bestand met koers-documentopmaak")->required();
  typeset->add_option("-o,--output", output, "PDF-bestand")->required();
  typeset->add_option("--style", style, "huisstijl");
  typeset->add_flag("--uncompressed", uncompressed, "PDF zonder compressie");
  typeset->add_option("--max-pages", limits.max_pages, max_pages_help)->check(CLI::PositiveNumber);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  koers::DiskResources resources;
  koers::Engine engine(resources, limits);
  koers::RenderOptions options;
  options.style = style;
  options.compress = !uncompressed;
  options.language = language;

  try {
    if (*check) return run_check(engine, files);
    if (*templates) return run_templates(engine, resources, input, template_doc, options);
    if (*watch) {
      watch_request.options = options;
      watch_request.limits = limits;
      return koers::cli::run_watch(resources, watch_request);
    }
    if (*batch) {
      batch_request.options = options;
      batch_request.limits = limits;
      return koers::cli::run_batch(resources, batch_request);
    }
    if (*render) return run_render(engine, input, docs, all, output, markup_output, options);
    if (*typeset) {
      koers::RenderResult result = engine.typeset(input, options);
      print(result.diagnostics);
      if (!result.ok()) return 1;
      return write_output(output, result.pdf);
    }
  } catch (const std::exception& e) {
    std::cerr << "koers: error: " << e.what() << '\n';
    return 1;
  }
  return 2;
}

// The koers command: thin. Parses arguments, calls koers::Engine, prints diagnostics.
// Exit codes: 0 success, 1 a document could not be made (or check found errors), 2 usage.
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/atomic_file.h"
#include "core/resources.h"
#include "engine/engine.h"

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
  if (all) docs = koers::Engine::document_types();
  if (docs.empty()) docs.push_back("visie");
  bool to_folder = all || docs.size() > 1 || (!output.empty() && fs::is_directory(output));
  fs::path stem = fs::path(input).stem();
  if (to_folder && !output.empty()) {
    std::error_code ec;
    fs::create_directories(output, ec);
  }
  int status = 0;
  for (const auto& doc : docs) {
    if (!markup_output.empty()) {
      koers::Diagnostics diags;
      std::string markup = engine.markup(input, doc, diags);
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
    fs::path target;
    if (output.empty())
      target = stem.string() + "-" + doc + ".pdf";
    else if (to_folder)
      target = fs::path(output) / (stem.string() + "-" + doc + ".pdf");
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

}  // namespace

int main(int argc, char** argv) {
  // zlib allocates and frees its state per compressed stream; without this, glibc trims the
  // heap after each one and half the run is spent in brk (stack-notes §7).
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);

  CLI::App app{"koers — duurzaamheidsbeleid van XML naar opgemaakte PDF"};
  app.set_version_flag("--version", std::string("koers ") + KOERS_VERSION);
  app.require_subcommand(1);

  std::string style, output, markup_output, input;
  std::vector<std::string> docs, files;
  bool all = false, uncompressed = false;

  auto* render = app.add_subcommand("render", "een document van een gemeente maken");
  render->add_option("FILE", input, "XML-bestand van de gemeente")->required();
  render->add_option("--doc", docs, "documenttype (visie)");
  render->add_flag("--all", all, "alle documenten die het bestand ondersteunt");
  render->add_option("-o,--output", output, "PDF-bestand, of map bij --all");
  render->add_option("--style", style, "huisstijl (overschrijft huisstijl uit het bestand)");
  render->add_option("--emit-markup", markup_output, "schrijf ook de documentopmaak (XML)");
  render->add_flag("--uncompressed", uncompressed, "PDF zonder compressie (voor debuggen)");

  auto* check = app.add_subcommand("check", "bestanden controleren zonder iets te maken");
  check->add_option("FILE", files, "XML-bestanden van gemeenten")->required();

  auto* typeset = app.add_subcommand("typeset", "documentopmaak (XML) direct naar PDF");
  typeset->add_option("MARKUP", input, "bestand met koers-documentopmaak")->required();
  typeset->add_option("-o,--output", output, "PDF-bestand")->required();
  typeset->add_option("--style", style, "huisstijl");
  typeset->add_flag("--uncompressed", uncompressed, "PDF zonder compressie");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  koers::DiskResources resources;
  koers::Engine engine(resources);
  koers::RenderOptions options;
  options.style = style;
  options.compress = !uncompressed;

  try {
    if (*check) return run_check(engine, files);
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

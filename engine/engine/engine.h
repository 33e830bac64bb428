// koers::Engine: the library's front door. Renders a municipality's documents to PDF bytes
// through the whole pipeline (read → analyse → view → template → markup → style → layout →
// PDF). Holds only read-only caches (fonts, the frameworks catalogue), so one Engine can
// serve several threads.
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/resources.h"
#include "model/model.h"
#include "style/style.h"

namespace koers::templ {
class SourceMap;
}

namespace koers {

namespace text {
class FontLibrary;
class MessageCache;
}  // namespace text

struct RenderOptions {
  std::string style;  // house style; empty: the input file's huisstijl, else "base"
  bool compress = true;
  // Language of the fixed texts, numbers and dates: "nl", "en" or "fy" (a catalogue in
  // locales/). Input format v1 names no language, so Dutch is the default.
  std::string language = "nl";
  // Threads for writing one PDF (font subsets, page contents); 0: one per core.
  unsigned threads = 0;
};

struct RenderResult {
  std::string pdf;  // empty when the document could not be made
  int pages = 0;
  Diagnostics diagnostics;
  bool ok() const { return !pdf.empty() && !diagnostics.has_errors(); }
};

class Engine {
 public:
  // limits bound everything this engine reads and makes (core/limits.h): file sizes and
  // nesting, template expansion, pages, table rows and layout time.
  explicit Engine(const Resources& resources, const Limits& limits = {});
  ~Engine();

  const Limits& limits() const { return limits_; }

  // Reads and validates a municipality file; all findings.
  Diagnostics check(const std::filesystem::path& input);

  // Renders one document type ("visie", …) of a municipality file.
  RenderResult render(const std::filesystem::path& input, const std::string& doc_type,
                      const RenderOptions& options = {});

  // Renders koers document markup directly (template debugging, benchmarks).
  RenderResult typeset(const std::filesystem::path& markup_file, const RenderOptions& options = {});
  // Pictures are read relative to base_dir; empty: the folder of file_name.
  RenderResult typeset_markup(std::string_view markup, const std::string& file_name,
                              const RenderOptions& options = {},
                              const std::filesystem::path& base_dir = {});

  // Renders the markup a document's templates produce, without typesetting it. The house
  // style (options.style, else the file's huisstijl) gives the formatting choices and the
  // template overrides; report_style false leaves its diagnostics to typeset_markup. With
  // origins, records which template wrote which part of the markup.
  std::string markup(const std::filesystem::path& input, const std::string& doc_type,
                     Diagnostics& diags);
  std::string markup(const std::filesystem::path& input, const std::string& doc_type,
                     Diagnostics& diags, const RenderOptions& options, bool report_style = true,
                     templ::SourceMap* origins = nullptr);

  // The folders a document's templates are looked up in, most specific first (input may be
  // empty: no municipality folder; its huisstijl otherwise chooses the style).
  std::vector<std::filesystem::path> template_search_path(const std::filesystem::path& input,
                                                          const std::string& doc_type,
                                                          const RenderOptions& options,
                                                          Diagnostics& diags);

  // The document types this engine can render, and those a municipality file supports.
  static std::vector<std::string> document_types();
  std::vector<std::string> supported_documents(const model::Municipality& m) const;
  // The PDF's file name for a document: "<municipality>-<document>.pdf" with the name made
  // safe ("s-hertogenbosch-visie.pdf"); the input file's name when it cannot be read.
  std::string output_name(const std::filesystem::path& input, const std::string& doc_type);
  // The same for an input file; empty, with the reasons in diags, when it cannot be read.
  std::vector<std::string> supported_documents(const std::filesystem::path& input,
                                               Diagnostics& diags);
  // The documents an input file supports, each with its PDF's file name (output_name), from
  // one reading of the file (koers render --all, koers batch).
  struct DocumentFile {
    std::string type, file_name;
  };
  std::vector<DocumentFile> document_files(const std::filesystem::path& input, Diagnostics& diags);

 private:
  const model::Catalogue& catalogue(Diagnostics& diags);
  model::Municipality load(const std::filesystem::path& input, Diagnostics& diags);
  // Loads the chosen house style and registers its @font folders with the font library.
  style::StyleSheet house_style(const RenderOptions& options, const std::string& from_document,
                                const std::string& file, Diagnostics& diags);

  const Resources& resources_;
  Limits limits_;
  std::unique_ptr<text::FontLibrary> fonts_;
  std::unique_ptr<text::MessageCache> messages_;  // one catalogue per language, loaded once
  std::once_flag catalogue_once_;
  model::Catalogue catalogue_;
  Diagnostics catalogue_diags_;
  // The hyphenation dictionary (about 6 ms to parse) loads on a second core while the first
  // reads the input and fills the templates; layout waits for it only if it is not done.
  std::future<void> dictionary_loaded_;
};

}  // namespace koers

// koers::Engine: the library's front door. Renders a municipality's documents to PDF bytes
// through the whole pipeline (read → analyse → view → template → markup → style → layout →
// PDF). Holds only read-only caches (fonts, the frameworks catalogue), so one Engine can
// serve several threads.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/resources.h"
#include "model/model.h"

namespace koers {

namespace text {
class FontLibrary;
}

struct RenderOptions {
  std::string style;  // house style; empty: the input file's huisstijl, else "base"
  bool compress = true;
};

struct RenderResult {
  std::string pdf;  // empty when the document could not be made
  int pages = 0;
  Diagnostics diagnostics;
  bool ok() const { return !pdf.empty() && !diagnostics.has_errors(); }
};

class Engine {
 public:
  explicit Engine(const Resources& resources);
  ~Engine();

  // Reads and validates a municipality file; all findings.
  Diagnostics check(const std::filesystem::path& input);

  // Renders one document type ("visie", …) of a municipality file.
  RenderResult render(const std::filesystem::path& input, const std::string& doc_type,
                      const RenderOptions& options = {});

  // Renders koers document markup directly (template debugging, benchmarks).
  RenderResult typeset(const std::filesystem::path& markup_file, const RenderOptions& options = {});
  RenderResult typeset_markup(std::string_view markup, const std::string& file_name,
                              const RenderOptions& options = {});

  // Renders the markup a document's templates produce, without typesetting it.
  std::string markup(const std::filesystem::path& input, const std::string& doc_type,
                     Diagnostics& diags);

  // The document types this engine can render, and those a municipality file supports.
  static std::vector<std::string> document_types();
  std::vector<std::string> supported_documents(const model::Municipality& m) const;

 private:
  const model::Catalogue& catalogue(Diagnostics& diags);
  model::Municipality load(const std::filesystem::path& input, Diagnostics& diags);

  const Resources& resources_;
  std::unique_ptr<text::FontLibrary> fonts_;
  std::once_flag catalogue_once_;
  model::Catalogue catalogue_;
  Diagnostics catalogue_diags_;
};

}  // namespace koers

// Mustache templates (kainjow mustache) rendered into koers document markup.
// Templates are looked up along a search path, so a municipality or house style can
// replace one partial without copying the rest. Errors carry template file, line, column.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "core/confined_path.h"
#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/resources.h"
#include "template/source_map.h"

namespace koers::templ {

using Data = kainjow::mustache::data;

// One template or partial a document uses, and where it comes from.
struct TemplateUse {
  std::string name;                             // "visie", "cover"
  std::filesystem::path file;                   // empty: not found on the search path
  std::vector<std::filesystem::path> shadowed;  // files later on the path it hides
  int depth = 0;                                // 0: the document's template; 1: its partials
};

class TemplateSet {
 public:
  // search_path: folders tried in order for "<name>.mustache" (e.g. the municipality's
  // templates folder, the house style's, templates/<doc>/, templates/partials/). Of limits,
  // the partial, section, output, file size and nesting limits apply.
  TemplateSet(std::vector<std::filesystem::path> search_path, const Resources& resources,
              Limits limits = {});

  // Renders template `name` (e.g. "visie" → visie.mustache) with data, XML-escaping every
  // {{value}} ({{{value}}} inserts markup as is). Missing variables, missing partials, syntax
  // errors, runaway recursion and output beyond the limits are errors; returns an empty
  // string after any error.
  // With origins, records which template file wrote which part of the output.
  std::string render(const std::string& name, const Data& data, Diagnostics& diags,
                     SourceMap* origins = nullptr) const;

  // The file a template or partial name resolves to, or empty when not found. Names may
  // contain '/' (a subfolder) but no "..".
  std::filesystem::path resolve(const std::string& name) const;

  // The same, or why the name may not be looked up: a name that leaves its search folder
  // ('..', an absolute path, a URL) or a file there that links outside it
  // (core/confined_path.h). path empty and ok(): not found.
  ConfinedPath locate(const std::string& name) const;

  // Every file on the search path for a name, in search order (the first one is used).
  std::vector<std::filesystem::path> candidates(const std::string& name) const;

  // The templates and partials template `name` uses ({{> partial}}, followed into partials),
  // each once, depth first in the order they appear. Read from the files, so a partial in a
  // section the data leaves out is listed too.
  std::vector<TemplateUse> used_by(const std::string& name) const;

  const std::vector<std::filesystem::path>& search_path() const { return search_path_; }

  // The usual search path for a document type: the given override folders first (the
  // municipality's, the house style's), then <root>/templates/<doc_type> and
  // <root>/templates/partials.
  static std::vector<std::filesystem::path> standard_search_path(
      const Resources& resources, const std::string& doc_type,
      std::vector<std::filesystem::path> overrides = {});

  // The search path of a document: <input_folder>/templates/<doc_type>,
  // <input_folder>/templates, then for each house style (most specific first, e.g.
  // {"zuiderhaven", "base"}) styles/<style>/templates/<doc_type> and styles/<style>/templates,
  // then the standard path. An empty input_folder leaves out the municipality's folders.
  static std::vector<std::filesystem::path> document_search_path(
      const Resources& resources, const std::filesystem::path& input_folder,
      const std::vector<std::string>& styles, const std::string& doc_type);

 private:
  ConfinedPath locate_in(const std::string& name, const std::filesystem::path& dir) const;

  std::vector<std::filesystem::path> search_path_;
  const Resources& resources_;
  Limits limits_;
};

// For lambdas ({{#t}}id{{/t}}): reports a problem at the file:line:col of the section whose
// text the lambda was given, in the template or partial being rendered. Returns "" (what the
// lambda should then produce). Works within TemplateSet::render only.
std::string report_from_lambda(const kainjow::mustache::renderer& render,
                               const std::string& section_text, std::string message,
                               std::string hint);

// Escapes &, <, >, " for XML text and attribute values.
std::string xml_escape(std::string_view text);

}  // namespace koers::templ

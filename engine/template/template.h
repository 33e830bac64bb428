// Mustache templates (kainjow mustache) rendered into koers document markup.
// Templates are looked up along a search path, so a municipality or house style can
// replace one partial without copying the rest. Errors carry template file, line, column.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "core/diagnostic.h"
#include "core/resources.h"

namespace koers::templ {

using Data = kainjow::mustache::data;

struct Limits {
  int max_partial_depth = 32;  // nested partial expansions (self-inclusion stops here)
  long max_partial_expansions = 100000;
  std::size_t max_output_bytes = 64u << 20;
};

class TemplateSet {
 public:
  // search_path: folders tried in order for "<name>.mustache" (e.g. the municipality's
  // templates folder, the house style's, templates/<doc>/, templates/partials/).
  TemplateSet(std::vector<std::filesystem::path> search_path, const Resources& resources,
              Limits limits = {});

  // Renders template `name` (e.g. "visie" → visie.mustache) with data, XML-escaping every
  // {{value}} ({{{value}}} inserts markup as is). Missing variables, missing partials, syntax
  // errors and runaway recursion are errors; returns an empty string after any error.
  std::string render(const std::string& name, const Data& data, Diagnostics& diags) const;

  // The file a template or partial name resolves to, or empty when not found. Names may
  // contain '/' (a subfolder) but no "..".
  std::filesystem::path resolve(const std::string& name) const;

  const std::vector<std::filesystem::path>& search_path() const { return search_path_; }

  // The usual search path for a document type: the given override folders first (the
  // municipality's, the house style's), then <root>/templates/<doc_type> and
  // <root>/templates/partials.
  static std::vector<std::filesystem::path> standard_search_path(
      const Resources& resources, const std::string& doc_type,
      std::vector<std::filesystem::path> overrides = {});

 private:
  std::vector<std::filesystem::path> search_path_;
  const Resources& resources_;
  Limits limits_;
};

// Escapes &, <, >, " for XML text and attribute values.
std::string xml_escape(std::string_view text);

}  // namespace koers::templ

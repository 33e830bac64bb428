// One loaded template or partial file: its text, where it came from, and how to find a tag
// in it again (kainjow reports neither file nor line, and its get() gives no position).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/line_map.h"

namespace koers::templ {

struct TemplateSource {
  TemplateSource(std::string name, std::string file, std::string text);
  TemplateSource(const TemplateSource&) = delete;
  TemplateSource& operator=(const TemplateSource&) = delete;

  std::string name;  // as referred to: "visie", "cover"
  std::string file;  // as reported in diagnostics
  std::string text;
  LineMap lines;

  // Byte offset of the first tag named `tag_name` ({{x}}, {{{x}}}, {{&x}}, {{#x}}, {{^x}};
  // with `partial` only {{>x}}), or nullopt. Only the default {{ }} delimiters are searched.
  std::optional<std::size_t> find_tag(const std::string& tag_name, bool partial) const;

  // Every tag name used in the file (variables, sections, not partials or comments).
  std::vector<std::string> tag_names() const;

  // The partials the file includes ({{> name}}), each once, in order of appearance.
  std::vector<std::string> partial_names() const;

  // Position for a diagnostic; line/column 0 when offset is absent.
  TextPosition position(std::optional<std::size_t> offset) const;
};

// Checks the syntax with kainjow's parser and reports an error at file:line:col in Dutch.
// Returns true when the template parses.
bool check_syntax(const TemplateSource& source, Diagnostics& diags);

// kainjow's "Unclosed tag at 16" → {"tag niet afgesloten", 16}; offset nullopt when absent.
struct MustacheError {
  std::string message;
  std::optional<std::size_t> offset;
};
MustacheError translate_mustache_error(const std::string& kainjow_message);

}  // namespace koers::templ

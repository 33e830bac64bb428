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
  // The longest stretch of text without a tag ("{{"), tag included: an upper bound of what
  // one step of a render writes besides a value.
  std::size_t longest_text = 0;

  // Byte offset of the first tag named `tag_name` ({{x}}, {{{x}}}, {{&x}}, {{#x}}, {{^x}};
  // with `partial` only {{>x}}), or nullopt. Only the default {{ }} delimiters are searched.
  std::optional<std::size_t> find_tag(const std::string& tag_name, bool partial) const;

  // Byte offset of the section tag ({{#t}}) whose text passes `key` as an argument
  // ("{{#t}}inleiding gemeente=gemeente.naam{{/t}}"), or nullopt.
  std::optional<std::size_t> find_argument(const std::string& key) const;

  // Byte offset of the first tag that changes the delimiters ({{=<% %>=}}), or nullopt.
  std::optional<std::size_t> find_delimiter_change() const;

  // Every tag name used in the file (variables, sections, not partials or comments).
  std::vector<std::string> tag_names() const;

  // The partials the file includes ({{> name}}), each once, in order of appearance.
  std::vector<std::string> partial_names() const;

  // Position for a diagnostic; line/column 0 when offset is absent.
  TextPosition position(std::optional<std::size_t> offset) const;
};

// Checks the syntax with kainjow's parser and reports an error at file:line:col in Dutch.
// Sections nested deeper than max_depth are an error too, found before kainjow parses: its
// tree is walked and freed recursively. Returns true when the template parses.
bool check_syntax(const TemplateSource& source, Diagnostics& diags, int max_depth);

// kainjow's "Unclosed tag at 16" → {"tag niet afgesloten", 16}; offset nullopt when absent.
struct MustacheError {
  std::string message;
  std::optional<std::size_t> offset;
};
MustacheError translate_mustache_error(const std::string& kainjow_message);

}  // namespace koers::templ

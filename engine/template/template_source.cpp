#include "template/template_source.h"

#include <algorithm>
#include <kainjow/mustache.hpp>
#include <regex>
#include <set>

namespace koers::templ {

namespace {

struct RawTag {
  char sigil = 0;  // 0 for a plain variable, else one of # ^ / & { > ! =
  std::string name;
  std::size_t offset = 0;
};

std::string trim(std::string s) {
  const char* ws = " \t\r\n";
  auto b = s.find_first_not_of(ws);
  if (b == std::string::npos) return {};
  auto e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

std::vector<RawTag> scan_tags(const std::string& text) {
  std::vector<RawTag> tags;
  std::size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string::npos) {
    bool triple = pos + 2 < text.size() && text[pos + 2] == '{';
    std::size_t content = pos + (triple ? 3 : 2);
    std::size_t end = text.find(triple ? "}}}" : "}}", content);
    if (end == std::string::npos) break;
    std::string inner = trim(text.substr(content, end - content));
    RawTag tag;
    tag.offset = pos;
    if (triple) {
      tag.sigil = '{';
    } else if (!inner.empty() && std::string("#^/&>!=").find(inner[0]) != std::string::npos) {
      tag.sigil = inner[0];
      inner = trim(inner.substr(1));
    }
    tag.name = inner;
    tags.push_back(tag);
    pos = end + (triple ? 3 : 2);
  }
  return tags;
}

}  // namespace

TemplateSource::TemplateSource(std::string name_, std::string file_, std::string text_)
    : name(std::move(name_)), file(std::move(file_)), text(std::move(text_)), lines(text) {}

std::optional<std::size_t> TemplateSource::find_tag(const std::string& tag_name,
                                                    bool partial) const {
  for (const RawTag& tag : scan_tags(text)) {
    if (tag.name != tag_name) continue;
    bool is_partial = tag.sigil == '>';
    bool is_lookup = tag.sigil == 0 || tag.sigil == '#' || tag.sigil == '^' || tag.sigil == '&' ||
                     tag.sigil == '{';
    if (partial ? is_partial : is_lookup) return tag.offset;
  }
  return std::nullopt;
}

std::vector<std::string> TemplateSource::tag_names() const {
  std::set<std::string> names;
  for (const RawTag& tag : scan_tags(text))
    if (tag.sigil == 0 || tag.sigil == '#' || tag.sigil == '^' || tag.sigil == '&' ||
        tag.sigil == '{')
      names.insert(tag.name);
  return {names.begin(), names.end()};
}

std::vector<std::string> TemplateSource::partial_names() const {
  std::vector<std::string> names;
  for (const RawTag& tag : scan_tags(text))
    if (tag.sigil == '>' && std::find(names.begin(), names.end(), tag.name) == names.end())
      names.push_back(tag.name);
  return names;
}

TextPosition TemplateSource::position(std::optional<std::size_t> offset) const {
  if (!offset) return {};
  return lines.at(static_cast<std::ptrdiff_t>(*offset));
}

MustacheError translate_mustache_error(const std::string& message) {
  static const std::regex at_offset(R"(^(.*) at (\d+)$)");
  static const std::regex quoted(R"re(^(Unclosed|Unopened) section "(.*)"$)re");
  std::smatch m;
  MustacheError result{message, std::nullopt};
  std::string what = message;
  if (std::regex_match(message, m, at_offset)) {
    what = m[1];
    result.offset = std::stoull(m[2]);
  }
  std::smatch q;
  if (what == "Unclosed tag") {
    result.message = "tag niet afgesloten: '}}' ontbreekt";
  } else if (what == "Invalid set delimiter tag") {
    result.message = "ongeldige tag om scheidingstekens te wijzigen ({{=… …=}})";
  } else if (std::regex_match(what, q, quoted)) {
    std::string name = q[2];
    result.message = q[1] == "Unclosed"
                         ? "sectie '" + name + "' wordt niet afgesloten met {{/" + name + "}}"
                         : "{{/" + name + "}} sluit een sectie die niet geopend is";
  } else {
    result.message = "fout in het sjabloon: " + what;
  }
  return result;
}

bool check_syntax(const TemplateSource& source, Diagnostics& diags) {
  kainjow::mustache::mustache parsed{source.text};
  if (parsed.is_valid()) return true;
  MustacheError error = translate_mustache_error(parsed.error_message());
  TextPosition at = source.position(error.offset);
  diags.error(source.file, at.line, at.column, error.message);
  return false;
}

}  // namespace koers::templ

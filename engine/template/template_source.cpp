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
    : name(std::move(name_)), file(std::move(file_)), text(std::move(text_)), lines(text) {
  std::size_t start = 0;
  for (std::size_t tag = text.find("{{"); tag != std::string::npos;
       tag = text.find("{{", tag + 2)) {
    longest_text = std::max(longest_text, tag - start);
    start = tag;
  }
  longest_text = std::max(longest_text, text.size() - start);
}

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

std::optional<std::size_t> TemplateSource::find_argument(const std::string& key) const {
  if (key.empty()) return std::nullopt;
  const std::string written = "=" + key;
  for (std::size_t at = text.find(written); at != std::string::npos;
       at = text.find(written, at + 1)) {
    const std::size_t end = at + written.size();
    if (end < text.size() && text[end] != '{' && text[end] != ' ' && text[end] != '\t' &&
        text[end] != '\n')
      continue;  // "=gemeente.naam" is not an argument "=gemeente"
    // The section's text holds no tags: the nearest tag before the argument opens it.
    const std::size_t open = text.rfind("{{", at);
    if (open != std::string::npos && open + 2 < text.size() && text[open + 2] == '#') return open;
  }
  return std::nullopt;
}

std::optional<std::size_t> TemplateSource::find_delimiter_change() const {
  for (const RawTag& tag : scan_tags(text))
    if (tag.sigil == '=') return tag.offset;
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

namespace {

// The offset of the first section tag ({{#x}}, {{^x}}) nested deeper than max_depth,
// following delimiter changes ({{=<% %>=}}) as kainjow does.
std::optional<std::size_t> first_too_deep_section(const std::string& text, int max_depth) {
  std::string open = "{{", close = "}}";
  int depth = 0;
  for (std::size_t pos = text.find(open); pos != std::string::npos; pos = text.find(open, pos)) {
    const std::size_t content = pos + open.size();
    const bool triple = open == "{{" && content < text.size() && text[content] == '{';
    const std::size_t end = text.find(triple ? "}" + close : close, content);
    if (end == std::string::npos) break;  // kainjow reports the unclosed tag
    const std::string inner = trim(text.substr(content, end - content));
    const std::size_t next = end + (triple ? 1 : 0) + close.size();
    const char sigil = inner.empty() ? '\0' : inner.front();
    if (sigil == '#' || sigil == '^') {
      if (++depth > max_depth) return pos;
    } else if (sigil == '/') {
      depth = std::max(0, depth - 1);
    } else if (sigil == '=' && inner.size() > 2 && inner.back() == '=') {
      const std::string delimiters = trim(inner.substr(1, inner.size() - 2));
      const std::size_t space = delimiters.find_first_of(" \t");
      if (space != std::string::npos) {
        open = delimiters.substr(0, space);
        close = trim(delimiters.substr(space));
      }
    }
    pos = next;
  }
  return std::nullopt;
}

}  // namespace

bool check_syntax(const TemplateSource& source, Diagnostics& diags, int max_depth) {
  if (std::optional<std::size_t> deep = first_too_deep_section(source.text, max_depth)) {
    TextPosition at = source.position(deep);
    diags.error(source.file, at.line, at.column,
                "secties liggen meer dan " + std::to_string(max_depth) +
                    " niveaus diep in elkaar; koers leest tot " + std::to_string(max_depth) +
                    " niveaus",
                "Sluit elke sectie met {{/naam}}; zo diep nesten komt in een gewoon sjabloon niet "
                "voor.");
    return false;
  }
  // Partials are rendered between tags named "@koers-…" (render_context.cpp). A template that
  // wrote one, in a tag or as a {{#t}} argument, could close a partial early and so nest
  // partials past the depth limit until the stack overflows.
  if (const std::size_t reserved = source.text.find("@koers-"); reserved != std::string::npos) {
    TextPosition at = source.position(reserved);
    diags.error(source.file, at.line, at.column,
                "namen die met @koers- beginnen zijn van koers zelf",
                "Gebruik in een sjabloon geen naam of tekst die met @koers- begint.");
    return false;
  }
  kainjow::mustache::mustache parsed{source.text};
  if (parsed.is_valid()) return true;
  MustacheError error = translate_mustache_error(parsed.error_message());
  TextPosition at = source.position(error.offset);
  diags.error(source.file, at.line, at.column, error.message);
  return false;
}

}  // namespace koers::templ

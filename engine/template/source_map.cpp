#include "template/source_map.h"

#include <algorithm>
#include <cctype>

namespace koers::templ {
namespace {

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
         c == '.';
}

// Byte offset of line:column (column in Unicode characters), or npos beyond the text.
std::size_t offset_of(std::string_view text, int line, int column) {
  std::size_t at = 0;
  for (int l = 1; l < line; ++l) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return at;
    ++at;
  }
  for (int c = 1; c < column && at < text.size() && text[at] != '\n'; ++c) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

// What to look for in the template, most specific first: "<name" for an element;
// name="value" then name= for an attribute (the value pins down which of several
// attributes of that name is meant, when the template writes it literally).
std::vector<std::string> constructs_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {};
  if (text[at] == '<') {
    std::size_t end = at + 1;
    if (end < text.size() && text[end] == '/') ++end;
    while (end < text.size() && name_char(text[end])) ++end;
    if (end == at + 1) return {};
    return {std::string(text.substr(at, end - at))};
  }
  std::size_t end = at;
  while (end < text.size() && name_char(text[end])) ++end;
  if (end == at) return {};
  std::size_t eq = end;
  while (eq < text.size() && (text[eq] == ' ' || text[eq] == '\t')) ++eq;
  if (eq >= text.size() || text[eq] != '=') return {};
  const std::string name(text.substr(at, end - at));
  std::vector<std::string> found;
  if (eq + 1 < text.size() && (text[eq + 1] == '"' || text[eq + 1] == '\'')) {
    const std::size_t close = text.find(text[eq + 1], eq + 2);
    if (close != std::string_view::npos)
      found.push_back(name + "=" + std::string(text.substr(eq + 1, close - eq)));
  }
  found.push_back(name + "=");
  return found;
}

// The construct in the template text: the first occurrence that starts and ends at name
// boundaries ("style=" is not in "pstyle=", "<p" not in "<pre").
std::optional<std::size_t> find_construct(std::string_view text, const std::string& what) {
  const bool element = what.front() == '<';
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + 1)) {
    if (!element && at > 0 && name_char(text[at - 1])) continue;
    const std::size_t end = at + what.size();
    if (element && end < text.size() && name_char(text[end])) continue;
    return at;
  }
  return std::nullopt;
}

// The text at `at` in the output, found once in the template: for a problem that is neither
// an element nor an attribute (a stray '<' in running text). The longest piece of the line
// from `at` on that the template holds exactly once, so a value filled in later on the line
// does not spoil the match; at least kMinText bytes, so a short piece cannot match by chance.
std::optional<std::size_t> find_text(std::string_view template_text, std::string_view output,
                                     std::size_t at) {
  constexpr std::size_t kMinText = 6, kMaxText = 48;
  if (at >= output.size()) return std::nullopt;
  std::size_t end = output.find('\n', at);
  if (end == std::string_view::npos) end = output.size();
  for (std::size_t length = std::min(end - at, kMaxText); length >= kMinText; --length) {
    const std::string_view piece = output.substr(at, length);
    const std::size_t found = template_text.find(piece);
    if (found == std::string_view::npos) continue;
    if (template_text.find(piece, found + 1) != std::string_view::npos) return std::nullopt;
    return found;
  }
  return std::nullopt;
}

}  // namespace

void SourceMap::begin_region(std::size_t offset, std::shared_ptr<const TemplateSource> source) {
  if (!regions_.empty() && regions_.back().offset == offset) regions_.pop_back();
  regions_.push_back({offset, {}, std::move(source)});
}

void SourceMap::finish(std::string_view output) {
  const LineMap lines(output);
  for (Region& r : regions_) r.start = lines.at(static_cast<std::ptrdiff_t>(r.offset));
}

std::optional<SourceMap::Origin> SourceMap::origin(std::string_view output, int line,
                                                   int column) const {
  if (regions_.empty() || line <= 0) return std::nullopt;
  const std::size_t at = offset_of(output, line, std::max(column, 1));
  const std::vector<std::string> wanted = constructs_at(output, at);
  // The region the position falls in: the last one starting at or before it.
  auto after = std::upper_bound(regions_.begin(), regions_.end(), std::pair{line, column},
                                [](const std::pair<int, int>& pos, const Region& r) {
                                  return pos < std::pair{r.start.line, r.start.column};
                                });
  if (after == regions_.begin()) return std::nullopt;
  const TemplateSource& source = *std::prev(after)->source;
  std::optional<std::size_t> found;
  for (const std::string& what : wanted)
    if ((found = find_construct(source.text, what))) break;
  // Text only where something stands: a position at a space says nothing about what is wrong.
  if (!found && wanted.empty() && at < output.size() &&
      !std::isspace(static_cast<unsigned char>(output[at])))
    found = find_text(source.text, output, at);
  if (!found) return std::nullopt;
  const TextPosition p = source.position(found);
  return Origin{source.file, p.line, p.column};
}

}  // namespace koers::templ

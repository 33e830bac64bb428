#include "template/quotes.h"

#include <array>

namespace koers::templ {
namespace {

bool inline_element(std::string_view tag) {
  // tag is what follows '<' (or "</"): the name up to a space, '/' or '>'.
  std::size_t end = tag.find_first_of(" \t\r\n/>");
  std::string_view name = tag.substr(0, end);
  static constexpr std::array<std::string_view, 7> kInline = {"em",  "strong", "span", "a",
                                                              "sup", "sub",    "nobr"};
  for (std::string_view n : kInline)
    if (name == n) return true;
  return false;
}

// Whether a quote after this character opens: white space, brackets and dashes.
bool opens_after(std::string_view before) {
  if (before.empty()) return true;
  const char c = before.back();
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '[' || c == '/' ||
      c == '-')
    return true;
  // No-break space, en dash, em dash (UTF-8 endings).
  for (std::string_view s : {"\u00A0", "\u2013", "\u2014"})
    if (before.size() >= s.size() && before.substr(before.size() - s.size()) == s) return true;
  return false;
}

}  // namespace

std::string typographic_quotes(std::string_view markup, std::string_view open,
                               std::string_view close) {
  std::string out;
  out.reserve(markup.size() + 64);
  std::string last_text;  // the last few bytes of text, to decide opening or closing
  auto remember = [&](std::string_view piece) {
    last_text.append(piece);
    if (last_text.size() > 8) last_text.erase(0, last_text.size() - 8);
  };
  std::size_t i = 0;
  while (i < markup.size()) {
    const char c = markup[i];
    if (c == '<') {
      std::size_t end;
      if (markup.substr(i, 4) == "<!--") {
        end = markup.find("-->", i);
        end = end == std::string_view::npos ? markup.size() : end + 3;
      } else if (markup.substr(i, 9) == "<![CDATA[") {
        end = markup.find("]]>", i);
        end = end == std::string_view::npos ? markup.size() : end + 3;
      } else {
        // A tag: skip to its '>' outside attribute values.
        end = i + 1;
        char quote = 0;
        while (end < markup.size() && (quote || markup[end] != '>')) {
          if (quote && markup[end] == quote)
            quote = 0;
          else if (!quote && (markup[end] == '"' || markup[end] == '\''))
            quote = markup[end];
          ++end;
        }
        end = end < markup.size() ? end + 1 : end;
        std::string_view tag = markup.substr(i + 1);
        if (!tag.empty() && tag.front() == '/') tag.remove_prefix(1);
        if (!inline_element(tag)) last_text.clear();  // a new block starts
      }
      out.append(markup.substr(i, end - i));
      i = end;
      continue;
    }
    std::size_t length = 0;
    if (c == '"') length = 1;
    if (markup.substr(i, 6) == "&quot;") length = 6;
    if (length > 0) {
      const std::string_view mark = opens_after(last_text) ? open : close;
      out.append(mark);
      remember(mark);
      i += length;
      continue;
    }
    out += c;
    remember(markup.substr(i, 1));
    ++i;
  }
  return out;
}

}  // namespace koers::templ

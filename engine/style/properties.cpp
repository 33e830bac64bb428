#include "style/properties.h"

#include <algorithm>

namespace koers::style {

const std::vector<std::string_view>& properties_of(RuleKind kind) {
  static const std::vector<std::string_view> kParagraph = {
      "based-on",     "font-family",    "font-size",     "line-height",
      "font-weight",  "font-style",     "color",         "text-align",
      "space-before", "space-after",    "margin-left",   "margin-right",
      "text-indent",  "keep-with-next", "keep-together", "page-break-before",
      "hyphenate",    "text-transform", "background",    "border-bottom",
      "padding"};
  static const std::vector<std::string_view> kCharacter = {"font-family", "font-size",
                                                           "font-weight", "font-style", "color"};
  static const std::vector<std::string_view> kTable = {
      "based-on",     "cell-padding", "rule-color",       "rule-width",   "header-background",
      "header-color", "zebra",        "zebra-background", "space-before", "space-after"};
  static const std::vector<std::string_view> kPage = {
      "based-on",      "size",          "margin",        "header-left",
      "header-center", "header-right",  "footer-left",   "footer-center",
      "footer-right",  "header",        "footer",        "background",
      "header-offset", "footer-offset", "running-style", "count-pages"};
  static const std::vector<std::string_view> kFont = {"src"};
  static const std::vector<std::string_view> kNone = {};
  switch (kind) {
    case RuleKind::paragraph:
      return kParagraph;
    case RuleKind::character:
      return kCharacter;
    case RuleKind::table:
      return kTable;
    case RuleKind::page:
      return kPage;
    case RuleKind::font:
      return kFont;
    case RuleKind::root:
      return kNone;
  }
  return kNone;
}

bool accepts(RuleKind kind, std::string_view property) {
  const auto& list = properties_of(kind);
  return std::find(list.begin(), list.end(), property) != list.end();
}

const std::vector<std::string_view>& element_styles() {
  static const std::vector<std::string_view> kElements = {
      "p",       "h1",    "h2",    "h3",    "h4",    "li",        "th",      "td",
      "caption", "toc-1", "toc-2", "toc-3", "toc-4", "toc-title", "running", "footnote"};
  return kElements;
}

bool is_element_style(std::string_view name) {
  const auto& list = element_styles();
  return std::find(list.begin(), list.end(), name) != list.end();
}

bool is_font_property(std::string_view property) {
  return property == "font-family" || property == "font-size" || property == "line-height" ||
         property == "font-weight" || property == "font-style" || property == "color";
}

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (std::string_view candidate : candidates) {
    std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return std::string(best);
}

std::string_view describe(RuleKind kind) {
  switch (kind) {
    case RuleKind::paragraph:
      return "een alineastijl";
    case RuleKind::character:
      return "een tekenstijl (span.…)";
    case RuleKind::table:
      return "een tabelstijl";
    case RuleKind::page:
      return "een paginasjabloon (@page)";
    case RuleKind::font:
      return "@font";
    case RuleKind::root:
      return ":root";
  }
  return "";
}

}  // namespace koers::style

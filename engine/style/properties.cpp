#include "style/properties.h"

#include <algorithm>

#include "core/closest_match.h"

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
  static const std::vector<std::string_view> kFormat = {"currency-spacing", "whole-amounts",
                                                        "percent-spacing", "quotes"};
  static const std::vector<std::string_view> kChart = {
      "palette",         "font-family",     "font-size",    "title-size",
      "color",           "axis-color",      "grid-color",   "on-track-color",
      "attention-color", "off-track-color", "unknown-color"};
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
    case RuleKind::format:
      return kFormat;
    case RuleKind::chart:
      return kChart;
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

const std::vector<std::string_view>& setting_names() {
  static const std::vector<std::string_view> kSettings = {"heading-numbering", "table-numbering",
                                                          "figure-numbering"};
  return kSettings;
}

bool is_font_property(std::string_view property) {
  return property == "font-family" || property == "font-size" || property == "line-height" ||
         property == "font-weight" || property == "font-style" || property == "color";
}

std::string closest(std::string_view word, const std::vector<std::string_view>& candidates) {
  return closest_match(word, candidates);
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
    case RuleKind::format:
      return "@format";
    case RuleKind::chart:
      return "@chart";
  }
  return "";
}

}  // namespace koers::style

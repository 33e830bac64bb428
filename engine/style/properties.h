// Which properties each kind of rule accepts, and the element names that have a paragraph
// style of their own. docs/styles.md lists the same.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace koers::style {

enum class RuleKind { paragraph, character, table, page, font, root, format, chart };

// The properties a rule of this kind accepts (":root" accepts only --variables).
const std::vector<std::string_view>& properties_of(RuleKind kind);
bool accepts(RuleKind kind, std::string_view property);

// p, h1..h4, li, th, td, caption, toc-1..toc-4, toc-title, running, footnote.
const std::vector<std::string_view>& element_styles();
bool is_element_style(std::string_view name);

// The names @setting accepts: heading-numbering, table-numbering, figure-numbering.
const std::vector<std::string_view>& setting_names();

// Font properties: what element styles (h1, td, …) inherit from p.
bool is_font_property(std::string_view property);

// The candidate closest to word, or empty when none is a plausible typo.
std::string closest(std::string_view word, const std::vector<std::string_view>& candidates);

// "paragraafstijl", "tabelstijl", … for messages.
std::string_view describe(RuleKind kind);

}  // namespace koers::style

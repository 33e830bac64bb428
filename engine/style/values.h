// Property values: variables, colours, lengths, keywords and quoted text.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "display/display.h"
#include "style/style.h"

namespace koers::style {

// Replaces every var(--name) or var(--name, fallback) in value. On failure returns nullopt
// and sets problem (an unknown or circular variable) and hint.
std::optional<std::string> substitute_variables(const std::string& value,
                                                const std::map<std::string, Declaration>& variables,
                                                std::string& problem, std::string& hint);

// #rgb, #rrggbb, rgb(r, g, b) with 0–255 or percentages, or a colour name.
std::optional<display::Color> parse_color(std::string_view text);

// Splits a value on white space outside quotes and parentheses.
std::vector<std::string_view> split_words(std::string_view value);

// "text" or 'text' without quotes; nullopt when text is not one quoted string.
std::optional<std::string> unquote(std::string_view text);

}  // namespace koers::style

// Typographic quotation marks in rendered document markup: the straight quotes a consultant
// types ("zo") become the house style's or language's marks („zo” or “zo”), in text only,
// never in tags or attribute values.
#pragma once

#include <string>
#include <string_view>

namespace koers::templ {

// Replaces " and &quot; in the text of markup: an opening mark after white space, an opening
// bracket or dash, or at the start of a block; a closing mark elsewhere. Inline elements
// (em, strong, span, a, sup, sub, nobr) do not start a new block.
std::string typographic_quotes(std::string_view markup, std::string_view open,
                               std::string_view close);

}  // namespace koers::templ

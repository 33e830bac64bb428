// Line-break opportunities (ICU line BreakIterator, Dutch), with koers' own rules on top:
// no break inside URLs except after "/" following the host, no break after "/" between
// short words ("en/of"), no break at U+00A0 or U+202F.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace koers::text {

struct BreakOpportunity {
  std::size_t position = 0;  // a line may start at text[position]
  bool mandatory = false;    // hard line break (U+2028, \n)
};

// Opportunities in text, in increasing order; position 0 and text.size() are never included
// (the end of the text always ends a line).
std::vector<BreakOpportunity> line_break_opportunities(std::u32string_view text);

}  // namespace koers::text

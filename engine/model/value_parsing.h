// Parsing of the value forms of input format v1 (numbers with a decimal point, ISO dates,
// year-months, years, id lists) and the closest-match search used in hints. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/format.h"

namespace koers::model {

inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2100;

// "412.5", "-55", "1e3" is refused: consultants write plain decimals.
std::optional<double> parse_decimal(std::string_view s);
std::optional<long long> parse_integer(std::string_view s);
// "2026-11-27" with a real calendar day; the year is not range-checked here.
std::optional<text::Date> parse_iso_date(std::string_view s);
// "2027-06".
std::optional<text::Date> parse_year_month(std::string_view s);
// "2027–2030" (en dash, as in domain.md) or "2027-2030".
std::optional<std::pair<int, int>> parse_year_range(std::string_view s);

std::string_view trim(std::string_view s);
// Splits on whitespace and commas: "d-co2 d-opwek" and "d-co2, d-opwek" both give two ids.
std::vector<std::string> split_ids(std::string_view s);
// Collapses every run of XML whitespace into one space and trims.
std::string collapse_whitespace(std::string_view s);

// The candidate closest to `word` by edit distance when it is close enough to be a likely
// typo, else nullopt.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

}  // namespace koers::model

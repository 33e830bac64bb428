// Lengths as designers and template editors write them ("25mm", "10pt", "1in") turned into
// PDF points, the unit of every later stage. Shared by the markup and the style sheets.
#pragma once

#include <optional>
#include <string_view>

namespace koers {

// Points per unit: 1 in = 72 pt = 25.4 mm; px follows CSS (96 px per inch).
inline constexpr double kPointsPerMillimetre = 72.0 / 25.4;

// Parses "<number><unit>" with unit pt, mm, cm, in or px (leading sign and decimals allowed,
// no spaces inside). A bare "0" is accepted without unit. Returns points, or nullopt when
// the text is not such a length.
std::optional<double> parse_length(std::string_view text);

// Parses a plain decimal number ("1.3", "-2", ".5") in the C locale; the whole text must be
// the number.
std::optional<double> parse_number(std::string_view text);

}  // namespace koers

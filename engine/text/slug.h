// File names from names people write: "'s-Hertogenbosch" → "s-hertogenbosch",
// "Súdwest-Fryslân" → "sudwest-fryslan".
#pragma once

#include <string>
#include <string_view>

namespace koers::text {

// Lower case ASCII letters and digits joined by single hyphens: accents dropped (Unicode
// decomposition), everything else a separator. Empty when nothing is left.
std::string file_slug(std::string_view utf8);

}  // namespace koers::text

// "Did you mean …" hints for misspelt element and attribute names.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace koers::doc {

// The candidate closest to word by edit distance, or empty when none is close enough to
// be a plausible typo.
std::string closest_name(std::string_view word, const std::string_view* first,
                         const std::string_view* last);
inline std::string closest_name(std::string_view word,
                                std::initializer_list<std::string_view> candidates) {
  return closest_name(word, candidates.begin(), candidates.end());
}

}  // namespace koers::doc

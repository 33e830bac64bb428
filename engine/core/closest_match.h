// "Did you mean …?" hints for misspelt names and ids, shared by every reader of input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace koers {

// Levenshtein distance in bytes (names and ids are ASCII in practice).
std::size_t edit_distance(std::string_view a, std::string_view b);

// Whether a candidate at this distance is close enough to be a typo of word: at most a
// third of the word, and at least two edits allowed; an exact match is no suggestion.
bool plausible_typo(std::string_view word, std::size_t distance);

// The candidate closest to word when it is a plausible typo of it, else empty. Candidates
// is any range of things convertible to std::string_view.
template <class Range>
std::string closest_match(std::string_view word, const Range& candidates) {
  std::string_view best;
  std::size_t best_distance = std::string_view::npos;
  for (const auto& candidate : candidates) {
    const std::string_view c(candidate);
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) best_distance = d, best = c;
  }
  return best_distance != std::string_view::npos && plausible_typo(word, best_distance)
             ? std::string(best)
             : std::string();
}

}  // namespace koers

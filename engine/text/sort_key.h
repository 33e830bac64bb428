// Dutch alphabetical order for indexes and lists (begrippenlijst, bronnen): ICU's Dutch
// collation (accents secondary, case tertiary; IJ sorts as I + J, as in Van Dale), with the
// leading article of place names ignored, so ’s-Hertogenbosch files under H and
// ’t Zandt under Z.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace koers::text {

// A byte string whose plain comparison (std::string operator<) gives Dutch order.
std::string dutch_sort_key(std::string_view text);

// The text without a leading ’s-, 's-, ’s , 't  or ’t (the part a Dutch index files under).
std::string_view without_leading_article(std::string_view text);

// a before b in Dutch order.
bool dutch_less(std::string_view a, std::string_view b);

// Sorts items by the Dutch order of key(item), stably.
template <class T, class KeyFn>
void sort_dutch(std::vector<T>& items, KeyFn key) {
  std::vector<std::pair<std::string, T>> keyed;
  keyed.reserve(items.size());
  for (auto& item : items) keyed.emplace_back(dutch_sort_key(key(item)), std::move(item));
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  items.clear();
  for (auto& [unused, item] : keyed) items.push_back(std::move(item));
}

}  // namespace koers::text

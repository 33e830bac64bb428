// The Dutch hyphenation dictionary for layout: loaded once per process and shared read-only
// by every thread (a Hyphenator is immutable once constructed). A dictionary that cannot be
// loaded is remembered as a message, reported as a diagnostic by each layout that wanted it.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "text/hyphenation.h"

namespace koers::layout {

struct LoadedHyphenator {
  std::unique_ptr<const text::Hyphenator> hyphenator;  // null when loading failed
  std::string error;                                   // why, in Dutch
};

LoadedHyphenator load_hyphenator(const std::filesystem::path& dictionary);

// hyph_nl from hyphen-nl, loaded on first use.
const LoadedHyphenator& dutch_hyphenator();

}  // namespace koers::layout

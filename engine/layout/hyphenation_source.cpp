#include "layout/hyphenation_source.h"

#include <stdexcept>

namespace koers::layout {

LoadedHyphenator load_hyphenator(const std::filesystem::path& dictionary) {
  LoadedHyphenator loaded;
  try {
    loaded.hyphenator = std::make_unique<const text::Hyphenator>(dictionary);
  } catch (const std::exception& e) {
    loaded.error = e.what();
  }
  return loaded;
}

const LoadedHyphenator& dutch_hyphenator() {
  // Immutable after this initialisation, which C++ makes thread-safe.
  static const LoadedHyphenator loaded = load_hyphenator(text::kDutchHyphenationDictionary);
  return loaded;
}

}  // namespace koers::layout

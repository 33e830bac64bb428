// Collation keys from ICU's Dutch collator. CLDR 42 has no Dutch tailoring, so "nl" gives the
// root order, which already treats IJ as I + J (stack-notes §9); the articles ’s and ’t are
// what Dutch indexes skip and ICU does not.
#include "text/sort_key.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

namespace koers::text {

namespace {

// Immutable after construction; ICU collators are safe for concurrent const use.
const icu::Collator& dutch_collator() {
  static const std::unique_ptr<const icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("nl"), status));
    if (U_FAILURE(status) || !c) throw std::runtime_error("ICU heeft geen Nederlandse sortering");
    c->setStrength(icu::Collator::TERTIARY);
    return std::unique_ptr<const icu::Collator>(std::move(c));
  }();
  return *collator;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

}  // namespace

std::string_view without_leading_article(std::string_view text) {
  // ’ (U+2019) and ' both occur; the article is followed by a hyphen or a space.
  static constexpr std::array<std::string_view, 2> apostrophes = {"\u2019", "'"};
  for (std::string_view apostrophe : apostrophes) {
    if (!text.starts_with(apostrophe)) continue;
    std::string_view rest = text.substr(apostrophe.size());
    for (std::string_view article : {"s-", "s ", "t-", "t "})
      if (starts_with_ci(rest, article) && rest.size() > article.size())
        return rest.substr(article.size());
  }
  return text;
}

std::string dutch_sort_key(std::string_view text) {
  std::string_view filed = without_leading_article(text);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(filed.data(), static_cast<int32_t>(filed.size())));
  const icu::Collator& collator = dutch_collator();
  std::string key(64, '\0');
  for (;;) {
    int32_t n = collator.getSortKey(s, reinterpret_cast<uint8_t*>(key.data()),
                                    static_cast<int32_t>(key.size()));
    if (n <= static_cast<int32_t>(key.size())) {
      key.resize(n > 0 ? n - 1 : 0);  // without the terminating zero byte
      break;
    }
    key.resize(n);
  }
  return key;
}

bool dutch_less(std::string_view a, std::string_view b) {
  return dutch_sort_key(a) < dutch_sort_key(b);
}

}  // namespace koers::text

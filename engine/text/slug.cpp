#include "text/slug.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace koers::text {

std::string file_slug(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_SUCCESS(status)) text = nfkd->normalize(text, status);
  if (U_FAILURE(status)) return {};
  std::string slug;
  bool separator = false;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    const UChar32 lower = u_tolower(c);
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      if (separator && !slug.empty()) slug += '-';
      separator = false;
      slug += static_cast<char>(lower);
    } else if (c != '\'' && c != 0x2019) {  // 's-Hertogenbosch: the apostrophe joins
      separator = true;
    }
  }
  return slug;
}

}  // namespace koers::text

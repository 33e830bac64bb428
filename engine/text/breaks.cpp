// Line-break opportunities: ICU's line BreakIterator (UAX #14 with CLDR tailoring for "nl"),
// corrected for what ICU gets wrong for Dutch documents (stack-notes §9): it breaks URLs after
// "//" and inside the host, it breaks "en/of", and it breaks number ranges after the en dash.
#include "text/breaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

namespace koers::text {

namespace {

// Words of at most this many characters on both sides of a "/" stay together ("en/of", "m/v",
// "km/u", "kWh/jaar").
constexpr std::size_t kShortWord = 4;

struct Span {
  std::size_t begin = 0, end = 0;  // [begin, end)
  std::size_t path = 0;            // first character after the host
};

char32_t lower_ascii(char32_t c) {
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

bool starts_with_ci(std::u32string_view text, std::size_t at, std::u32string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower_ascii(text[at + i]) != prefix[i]) return false;
  }
  return true;
}

bool is_space(char32_t c) {
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

// URLs start with a scheme or "www." at the start of a word and run to the next space,
// without trailing punctuation (a closing parenthesis only when it has no opening partner).
std::vector<Span> find_urls(std::u32string_view text) {
  std::vector<Span> urls;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool word_start = i == 0 || is_space(text[i - 1]) ||
                            std::u32string_view(U"(<[\"'\u2018\u201C\u00AB").find(text[i - 1]) !=
                                std::u32string_view::npos;
    std::size_t host = std::u32string_view::npos;
    if (word_start) {
      if (starts_with_ci(text, i, U"https://"))
        host = i + 8;
      else if (starts_with_ci(text, i, U"http://"))
        host = i + 7;
      else if (starts_with_ci(text, i, U"www."))
        host = i;
    }
    if (host == std::u32string_view::npos) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    int open = 0, close = 0;
    for (std::size_t k = i; k < end; ++k) {
      open += text[k] == '(';
      close += text[k] == ')';
    }
    while (end > host) {
      const char32_t last = text[end - 1];
      const bool unbalanced_paren = last == ')' && close > open;
      if (std::u32string_view(U".,;:!?'\"\u2019\u201D\u00BB]").find(last) ==
              std::u32string_view::npos &&
          !unbalanced_paren) {
        break;
      }
      close -= last == ')';
      --end;
    }
    std::size_t path = host;
    while (path < end && text[path] != '/') ++path;
    urls.push_back({i, end, path});
    i = end + 1;
  }
  return urls;
}

std::size_t word_length_before(std::u32string_view text, std::size_t end) {
  std::size_t n = 0;
  while (n < end && u_isalnum(static_cast<UChar32>(text[end - 1 - n]))) ++n;
  return n;
}

std::size_t word_length_after(std::u32string_view text, std::size_t begin) {
  std::size_t n = 0;
  while (begin + n < text.size() && u_isalnum(static_cast<UChar32>(text[begin + n]))) ++n;
  return n;
}

bool is_no_break_space(char32_t c) {
  return c == 0x00A0 || c == 0x202F;
}

// ICU's own opportunities, in UTF-32 positions.
std::vector<BreakOpportunity> icu_opportunities(std::u32string_view text) {
  std::u16string utf16;
  std::vector<std::size_t> to_u32;  // UTF-16 index -> UTF-32 index
  utf16.reserve(text.size() + 8);
  to_u32.reserve(text.size() + 9);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c =
        text[i] > 0x10FFFF || (text[i] >= 0xD800 && text[i] <= 0xDFFF) ? 0xFFFD : text[i];
    if (c > 0xFFFF) {
      utf16.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
      utf16.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
      to_u32.push_back(i);
    } else {
      utf16.push_back(static_cast<char16_t>(c));
    }
    to_u32.push_back(i);
  }
  to_u32.push_back(text.size());

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createLineInstance(icu::Locale("nl"), status));
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, utf16.data(), static_cast<int64_t>(utf16.size()), &status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU-regelafbreking niet beschikbaar: ") +
                             u_errorName(status));
  }
  iterator->setText(&utext, status);
  std::vector<BreakOpportunity> out;
  iterator->first();
  for (int32_t p = iterator->next(); p != icu::BreakIterator::DONE; p = iterator->next()) {
    const std::size_t position = to_u32[static_cast<std::size_t>(p)];
    if (position == 0 || position >= text.size()) continue;
    const int32_t rule = iterator->getRuleStatus();
    out.push_back({position, rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT});
  }
  utext_close(&utext);
  return out;
}

}  // namespace

std::vector<BreakOpportunity> line_break_opportunities(std::u32string_view text) {
  std::vector<BreakOpportunity> icu = icu_opportunities(text);
  const std::vector<Span> urls = find_urls(text);

  std::vector<BreakOpportunity> out;
  out.reserve(icu.size());
  auto url = urls.begin();
  for (const BreakOpportunity& b : icu) {
    while (url != urls.end() && url->end <= b.position) ++url;
    if (!b.mandatory) {
      if (url != urls.end() && url->begin < b.position) continue;  // inside a URL: see below
      if (is_no_break_space(text[b.position - 1]) || is_no_break_space(text[b.position])) continue;
      // A range of numbers ("2027–2035", "10–15%") reads as one unit.
      if (text[b.position - 1] == U'\u2013' && b.position >= 2 &&
          u_isdigit(static_cast<UChar32>(text[b.position - 2])) &&
          u_isdigit(static_cast<UChar32>(text[b.position])))
        continue;
      if (text[b.position - 1] == '/') {
        const std::size_t before = word_length_before(text, b.position - 1);
        const std::size_t after = word_length_after(text, b.position);
        if (before > 0 && after > 0 && before <= kShortWord && after <= kShortWord) continue;
      }
    }
    out.push_back(b);
  }
  // Inside a URL a line may only start after a "/" of the path.
  for (const Span& u : urls) {
    for (std::size_t k = u.path; k + 1 < u.end; ++k) {
      if (text[k] == '/') out.push_back({k + 1, false});
    }
  }
  std::sort(out.begin(), out.end(), [](const BreakOpportunity& a, const BreakOpportunity& b) {
    return a.position < b.position;
  });
  return out;
}

}  // namespace koers::text

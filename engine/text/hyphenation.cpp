// Dutch hyphenation. The hyph_nl patterns are ISO 8859-1 and lowercase only (stack-notes §11),
// so each part of a word is lowercased and NFKC-normalised before the lookup, and the break
// points are mapped back onto the original characters, whose case and form the caller keeps.
#include "text/hyphenation.h"

#include <hyphen.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>

namespace koers::text {

namespace {

constexpr char32_t kSoftHyphen = 0x00AD;
constexpr char32_t kRightSingleQuote = 0x2019;
constexpr char32_t kCombiningDiaeresis = 0x0308;
constexpr std::size_t kNoOriginal = std::numeric_limits<std::size_t>::max();

bool is_explicit_hyphen(char32_t c) {
  return c == U'-' || c == 0x2010;
}

bool is_apostrophe(char32_t c) {
  return c == U'\'' || c == kRightSingleQuote;
}

// Letters of ISO 8859-1 (A–Z, a–z, À–ÿ without × and ÷): for these the nl lowercase mapping is
// the +0x20 offset and NFKC leaves them alone, so they skip ICU. The test suite compares this
// fast path with ICU for every Latin-1 letter.
bool is_latin1_upper(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

bool is_latin1_lower(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

bool is_mark(char32_t c) {
  if (c < 0x0300) return false;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool is_letter(char32_t c) {
  if (is_latin1_upper(c) || is_latin1_lower(c)) return true;
  if (c < 0x100) return false;
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

// Numbers are never hyphenated, also when a letter is attached (CO2, 2e, m³).
bool is_numeric(char32_t c) {
  if (c < 0x80) return c >= U'0' && c <= U'9';
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_DECIMAL_DIGIT_NUMBER || type == U_LETTER_NUMBER || type == U_OTHER_NUMBER;
}

constexpr std::u32string_view kVowelsWithTrema = U"äëïöüÄËÏÖÜ";
constexpr std::u32string_view kVowels = U"aeiouAEIOU";

// ä ë ï ö ü (and capitals) without their trema; 0 for other characters.
char32_t vowel_without_trema(char32_t c) {
  const std::size_t i = kVowelsWithTrema.find(c);
  return i == std::u32string_view::npos ? 0 : kVowels[i];
}

// One letter with its combining marks, as it appears in the original word.
struct Cluster {
  std::size_t start = 0, end = 0;
};

// The part of a word that goes to the patterns, with the way back to the original.
struct PatternWord {
  std::string latin1;                    // lowercase, NFKC, ISO 8859-1
  std::vector<std::size_t> original_at;  // per latin1 boundary: original position, or none
  std::vector<std::size_t> cluster_at;   // per latin1 boundary: index of the cluster there
  std::vector<Cluster> clusters;
};

// Dutch spelling drops the trema of the letter that starts the next line (Woordenlijst
// Nederlandse Taal, leidraad 12: "co-ordinatie", "zee-en", "ru-ine").
void apply_trema_rule(std::u32string_view word, const Cluster& cluster, HyphenPoint& point) {
  const std::u32string_view letter = word.substr(cluster.start, cluster.end - cluster.start);
  if (letter.size() == 1) {
    if (const char32_t plain = vowel_without_trema(letter[0])) {
      point.after = std::u32string(1, plain);
      point.after_replaces = 1;
    }
    return;
  }
  if (kVowels.find(letter[0]) == std::u32string_view::npos ||
      letter.find(kCombiningDiaeresis) == std::u32string_view::npos) {
    return;
  }
  std::u32string plain;
  for (const char32_t c : letter) {
    if (c != kCombiningDiaeresis) plain.push_back(c);
  }
  point.after = std::move(plain);
  point.after_replaces = letter.size();
}

}  // namespace

struct Hyphenator::Dictionary {
  HyphenDict* dict = nullptr;
  icu::Locale dutch{"nl"};
  const icu::Normalizer2* nfkc = nullptr;

  ~Dictionary() {
    if (dict != nullptr) hnj_hyphen_free(dict);
  }

  // Fills `out` for word[start, end); false when the part must not be hyphenated.
  bool prepare(std::u32string_view word, std::size_t start, std::size_t end,
               PatternWord& out) const;
  // Appends the pattern break points of one prepared part.
  void hyphenate(std::u32string_view word, const PatternWord& part, const HyphenationLimits& limits,
                 std::vector<HyphenPoint>& points) const;
};

bool Hyphenator::Dictionary::prepare(std::u32string_view word, std::size_t start, std::size_t end,
                                     PatternWord& out) const {
  bool has_lower = false;
  bool has_upper = false;
  out.original_at.push_back(start);
  out.cluster_at.push_back(0);
  std::size_t i = start;
  while (i < end) {
    Cluster cluster{i, i + 1};
    while (cluster.end < end && is_mark(word[cluster.end])) ++cluster.end;
    const char32_t first = word[i];
    if (cluster.end - cluster.start == 1 && is_latin1_upper(first)) {
      has_upper = true;
      out.latin1.push_back(static_cast<char>(first + 0x20));
    } else if (cluster.end - cluster.start == 1 && is_latin1_lower(first)) {
      has_lower = true;
      out.latin1.push_back(static_cast<char>(first));
    } else if (cluster.end - cluster.start == 1 && is_apostrophe(first)) {
      out.latin1.push_back('\'');
    } else {
      // Anything else must be a letter whose lowercase NFKC form is Latin-1 letters: é + U+0301
      // composes to é, ĳ (U+0133) becomes "ij". A form longer than the original (ĳ → ij) is
      // fine: a break inside it has no original position and is dropped below.
      if (!is_letter(first)) return false;
      has_lower = has_lower || u_isULowercase(static_cast<UChar32>(first));
      has_upper = has_upper || u_isUUppercase(static_cast<UChar32>(first));
      icu::UnicodeString text;
      for (std::size_t k = cluster.start; k < cluster.end; ++k) {
        text.append(static_cast<UChar32>(word[k]));
      }
      text.toLower(dutch);
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString normal = nfkc->normalize(text, status);
      if (U_FAILURE(status)) return false;
      for (int32_t k = 0; k < normal.length(); k = normal.moveIndex32(k, 1)) {
        const UChar32 c = normal.char32At(k);
        if (!is_latin1_lower(static_cast<char32_t>(c))) return false;
        if (k > 0) {
          out.original_at.push_back(kNoOriginal);
          out.cluster_at.push_back(0);
        }
        out.latin1.push_back(static_cast<char>(c));
      }
    }
    out.clusters.push_back(cluster);
    out.original_at.push_back(cluster.end);
    out.cluster_at.push_back(out.clusters.size());
    i = cluster.end;
  }
  // Capitals only: an abbreviation (RES, VANG, CO), read letter by letter.
  return has_lower || !has_upper;
}

void Hyphenator::Dictionary::hyphenate(std::u32string_view word, const PatternWord& part,
                                       const HyphenationLimits& limits,
                                       std::vector<HyphenPoint>& points) const {
  const int size = static_cast<int>(part.latin1.size());
  std::vector<char> hyphens(part.latin1.size() + 5, '0');
  // Filled by libhyphen (malloc) only for non-standard patterns.
  struct Replacements {
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    int size = 0;
    ~Replacements() {
      if (rep != nullptr) {
        for (int k = 0; k < size; ++k) std::free(rep[k]);
      }
      std::free(rep);
      std::free(pos);
      std::free(cut);
    }
  } replacements{.size = size};
  // libhyphen reads the dictionary only (stack-notes §11: no data races under helgrind), so
  // one loaded dictionary serves every thread; its API just is not const-correct.
  hnj_hyphen_hyphenate3(dict, part.latin1.c_str(), size, hyphens.data(), nullptr, &replacements.rep,
                        &replacements.pos, &replacements.cut, limits.min_left, limits.min_right,
                        limits.min_left, limits.min_right);
  for (int k = 0; k + 1 < size; ++k) {
    // hyph_nl has no non-standard (replacing) patterns; a dictionary that has them would need
    // the replacement mapped to the original characters, so such breaks are skipped.
    const bool nonstandard = replacements.rep != nullptr && replacements.rep[k] != nullptr;
    if ((hyphens[k] & 1) == 0 || nonstandard) continue;
    const std::size_t boundary = static_cast<std::size_t>(k) + 1;
    if (part.original_at[boundary] == kNoOriginal) continue;  // inside ĳ → "ij"
    HyphenPoint point;
    point.position = part.original_at[boundary];
    apply_trema_rule(word, part.clusters[part.cluster_at[boundary]], point);
    points.push_back(std::move(point));
  }
}

Hyphenator::Hyphenator(const std::filesystem::path& dictionary, HyphenationLimits limits)
    : dictionary_(std::make_unique<Dictionary>()), limits_(limits) {
  // A break right next to an explicit hyphen or at a word edge is never wanted.
  limits_.min_left = std::max(limits_.min_left, 1);
  limits_.min_right = std::max(limits_.min_right, 1);
  const std::string shown = dictionary.string();
  std::ifstream file(dictionary);
  if (!file) {
    throw std::runtime_error("Het afbreekwoordenboek '" + shown +
                             "' is niet gevonden of niet leesbaar. Installeer het pakket "
                             "hyphen-nl of geef het juiste bestand op.");
  }
  std::string charset;
  std::getline(file, charset);
  while (!charset.empty() && (charset.back() == '\r' || charset.back() == ' ')) {
    charset.pop_back();
  }
  if (charset != "ISO8859-1") {
    throw std::runtime_error("Het afbreekwoordenboek '" + shown + "' gebruikt tekenset '" +
                             charset + "'; koers kan alleen woordenboeken in ISO8859-1 lezen.");
  }
  dictionary_->dict = hnj_hyphen_load(shown.c_str());
  if (dictionary_->dict == nullptr) {
    throw std::runtime_error("Het afbreekwoordenboek '" + shown + "' kon niet worden geladen.");
  }
  UErrorCode status = U_ZERO_ERROR;
  dictionary_->nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU-normalisatie (NFKC) is niet beschikbaar: ") +
                             u_errorName(status));
  }
}

Hyphenator::~Hyphenator() = default;

std::vector<HyphenPoint> Hyphenator::hyphenate(std::u32string_view word) const {
  std::vector<HyphenPoint> points;
  if (word.find(kSoftHyphen) != std::u32string_view::npos) return points;
  const auto min_letters = static_cast<std::size_t>(limits_.min_left + limits_.min_right);
  std::size_t part_start = 0;
  while (part_start <= word.size()) {
    std::size_t part_end = part_start;
    while (part_end < word.size() && !is_explicit_hyphen(word[part_end])) ++part_end;
    const std::u32string_view whole = word.substr(part_start, part_end - part_start);
    const bool numeric = std::any_of(whole.begin(), whole.end(), is_numeric);
    // Punctuation around the part ("(klimaatadaptatie),") is not part of the word.
    std::size_t start = part_start;
    std::size_t end = numeric ? part_start : part_end;
    while (start < end && !is_letter(word[start])) ++start;
    while (end > start && !is_letter(word[end - 1]) && !is_mark(word[end - 1])) --end;
    PatternWord part;
    if (end - start >= min_letters && dictionary_->prepare(word, start, end, part) &&
        part.latin1.size() >= min_letters) {
      dictionary_->hyphenate(word, part, limits_, points);
    }
    part_start = part_end + 1;
  }
  return points;
}

std::u32string text_before_break(std::u32string_view word, const HyphenPoint& point) {
  std::u32string text(word.substr(0, point.position));
  text.push_back(U'-');
  return text;
}

std::u32string text_after_break(std::u32string_view word, const HyphenPoint& point) {
  std::u32string text = point.after;
  text.append(word.substr(std::min(word.size(), point.position + point.after_replaces)));
  return text;
}

HyphenationCache::HyphenationCache(const Hyphenator& hyphenator, std::size_t capacity)
    : hyphenator_(hyphenator), capacity_(std::max<std::size_t>(capacity, 1)) {}

const std::vector<HyphenPoint>& HyphenationCache::hyphenate(std::u32string_view word) {
  if (const auto found = entries_.find(word); found != entries_.end()) return found->second;
  if (entries_.size() >= capacity_) entries_.clear();
  return entries_.emplace(std::u32string(word), hyphenator_.hyphenate(word)).first->second;
}

}  // namespace koers::text

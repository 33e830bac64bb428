// Dutch hyphenation: libhyphen with the hyph_nl patterns (ISO 8859-1), plus the rules the
// patterns do not know: case, ĳ, explicit hyphens, abbreviations, numbers and the trema that
// Dutch spelling drops at a break (co-ordinatie, zee-en).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace koers::text {

inline constexpr const char* kDutchHyphenationDictionary = "/usr/share/hyphen/hyph_nl_NL.dic";

// A place where a word may be split over two lines.
struct HyphenPoint {
  // The line ends with word[0, position) followed by a hyphen.
  std::size_t position = 0;
  // Spelling change on the next line: word[position, position + after_replaces) is written as
  // `after` there. Empty and 0 for an ordinary break; used for the trema (ö → o in co-ordinatie).
  std::u32string after;
  std::size_t after_replaces = 0;

  friend bool operator==(const HyphenPoint&, const HyphenPoint&) = default;
};

// What the two lines show when `word` is broken at `point` ("co-" and "ordinatie").
std::u32string text_before_break(std::u32string_view word, const HyphenPoint& point);
std::u32string text_after_break(std::u32string_view word, const HyphenPoint& point);

struct HyphenationLimits {
  int min_left = 2;   // letters before a break (within a part between explicit hyphens)
  int min_right = 3;  // letters after a break
};

// Loads a pattern dictionary once; immutable afterwards, so one instance is shared by every
// thread that renders.
class Hyphenator {
 public:
  // Throws std::runtime_error with a Dutch message when the dictionary is missing, unreadable
  // or not in ISO 8859-1.
  explicit Hyphenator(const std::filesystem::path& dictionary = kDutchHyphenationDictionary,
                      HyphenationLimits limits = {});
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  const HyphenationLimits& limits() const { return limits_; }

  // Break points inside `word`, in increasing order. `word` may carry punctuation around it
  // ("(klimaatadaptatie),") and explicit hyphens (CO2-uitstoot): each part between hyphens is
  // hyphenated on its own and the positions are in the whole word; the break after an explicit
  // hyphen is the caller's (it is a line-break opportunity), and never reported here.
  // Parts with digits, in capitals only (RES, VANG), with characters that are not letters or
  // have no ISO 8859-1 form after normalisation (€, ł) are not hyphenated. Words with a soft
  // hyphen are not hyphenated either: the author chose their break points. Thread-safe.
  std::vector<HyphenPoint> hyphenate(std::u32string_view word) const;

 private:
  struct Dictionary;
  std::unique_ptr<Dictionary> dictionary_;
  HyphenationLimits limits_;
};

// A per-word memo in front of a Hyphenator: converting a word for the patterns costs as much
// as the lookup. Not thread-safe; each thread (or each paragraph job) owns one.
class HyphenationCache {
 public:
  // capacity: entries kept before the cache starts over (bounds memory on long documents).
  explicit HyphenationCache(const Hyphenator& hyphenator, std::size_t capacity = 1 << 16);

  // As Hyphenator::hyphenate. The reference stays valid until the next call.
  const std::vector<HyphenPoint>& hyphenate(std::u32string_view word);

  std::size_t size() const { return entries_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view s) const {
      return std::hash<std::u32string_view>{}(s);
    }
  };
  const Hyphenator& hyphenator_;
  std::size_t capacity_;
  std::unordered_map<std::u32string, std::vector<HyphenPoint>, Hash, std::equal_to<>> entries_;
};

}  // namespace koers::text

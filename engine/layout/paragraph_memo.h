// Paragraphs set in an earlier layout pass, kept for the next. A document with a table of
// contents or page references is laid out at least twice (until the page numbers are
// stable), and in the second pass nearly every paragraph is set exactly as in the first:
// shaping, hyphenation and line breaking were half of a render's time. A paragraph is reused
// when it is the same document paragraph, in the same style, place and width, with the same
// footnote number to start from, and every page number it showed is still the same; its
// warnings are reported again, so each pass reports what it found.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "document/document.h"
#include "layout/chunk.h"
#include "style/style.h"

namespace koers::layout {

class ParagraphMemo {
 public:
  struct Key {
    const doc::Inlines* spans = nullptr;  // lives in the document for the whole layout
    const style::ParagraphStyle* style = nullptr;
    double x = 0, width = 0;
    int align = -1;  // the override's value, -1 without one
    std::u32string prefix;
    int footnotes_before = 0;
    bool operator==(const Key&) const = default;
  };

  struct Result {
    Chunks chunks;
    int footnotes_after = 0;
    bool uses_page_numbers = false;
    // Page labels the paragraph showed, by target id (nullopt: not placed yet).
    std::vector<std::pair<std::string, std::optional<std::string>>> labels;
    std::vector<Diagnostic> warnings;
  };

  // The earlier result for key when each label it showed is the same in labels now.
  const Result* find(const Key& key, const std::map<std::string, std::string>& labels) const;
  void keep(const Key& key, Result result);

  // While a paragraph is being set, the page labels it looks up are noted for it (and for
  // the paragraphs around it: a footnote's paragraphs are set inside their paragraph).
  void begin() { open_.emplace_back(); }
  std::vector<std::pair<std::string, std::optional<std::string>>> end();
  void note_label(const std::string& id, const std::optional<std::string>& label);

 private:
  struct KeyHash {
    std::size_t operator()(const Key& k) const;
  };
  std::unordered_map<Key, Result, KeyHash> results_;
  std::vector<std::vector<std::pair<std::string, std::optional<std::string>>>> open_;
};

}  // namespace koers::layout

// State shared by the layout steps of one document: style, fonts (with a shaping cache), the
// faces registered for the display list, heading numbers, and what the previous pass learnt
// about page numbers.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "display/display.h"
#include "document/document.h"
#include "layout/chunk.h"
#include "layout/image_store.h"
#include "layout/line_breaker.h"
#include "layout/paragraph_memo.h"
#include "style/style.h"
#include "text/font.h"
#include "text/hyphenation.h"
#include "text/messages.h"

namespace koers::layout {

// A font face at a size and colour, as used for one piece of text.
struct TextStyle {
  const text::Font* font = nullptr;
  int face = 0;  // index in display::Document::fonts
  double size = 10;
  display::Color color;
  friend bool operator==(const TextStyle& a, const TextStyle& b) {
    return a.face == b.face && a.size == b.size && a.color == b.color;
  }
};

struct HeadingInfo {
  int level = 1;
  std::string number;  // "1.2"; empty when unnumbered
  std::string title;   // plain text without the number
  std::string anchor;  // the heading's id, or a generated one
  bool in_toc = true, in_outline = true;
};

// What a cross-reference can show of the element with an id (layout/references.h).
struct ReferenceTarget {
  enum class Kind { heading, table, figure, other } kind = Kind::other;
  int level = 0;       // headings: 1 is a chapter ("hoofdstuk"), deeper a "paragraaf"
  std::string number;  // "3.2", "4"; empty when unnumbered
  std::string title;   // heading text, caption without its number
};

class Context {
 public:
  // diags collects the diagnostics of one pass (the driver keeps the last pass's);
  // lasting those reported once per document (missing fonts).
  Context(const style::StyleSheet& style, text::FontLibrary& fonts, Diagnostics& diags,
          Diagnostics& lasting, std::string file)
      : style(style), diags(diags), lasting(lasting), file(std::move(file)), fonts_(fonts) {}
  Context(const Context&) = delete;  // breaker may point at greedy
  Context& operator=(const Context&) = delete;

  const style::StyleSheet& style;
  Diagnostics& diags;
  Diagnostics& lasting;
  std::string file;  // for diagnostics

  // The face, or a fallback (Lato, then any face already loaded) with an error reported once
  // per family. Returns nullptr when no font at all can be loaded.
  const text::Font* font(const std::string& family, bool bold, bool italic);
  TextStyle text_style(const std::string& family, bool bold, bool italic, double size,
                       display::Color color);
  // Advances in em of text in font, kerning included; cached per (font, text).
  const std::vector<double>& advances(const text::Font& font, std::u32string_view text);

  std::vector<display::FontFace> faces;  // registered faces, display::Document::fonts order
  GreedyLineBreaker greedy;
  KnuthPlassLineBreaker knuth_plass;
  const LineBreaker* breaker = &knuth_plass;  // optimum fit; &greedy for comparisons
  // Dutch hyphenation for paragraph styles with hyphenate; without a hyphenator (the
  // dictionary is missing) words are not hyphenated.
  void set_hyphenator(const text::Hyphenator* hyphenator) {
    hyphenation_.reset();
    if (hyphenator) hyphenation_.emplace(*hyphenator);
  }
  // Break points of word; empty without a hyphenator. Valid until the next call.
  const std::vector<text::HyphenPoint>& hyphen_points(std::u32string_view word) {
    static const std::vector<text::HyphenPoint> kNone;
    return hyphenation_ ? hyphenation_->hyphenate(word) : kNone;
  }
  Area text_area;                 // of the current section's pages: where footnotes go
  double page_body_height = 700;  // of the current section's pages
  // Paragraph style for <p> without a style, by what contains it ("li", "td", "footnote").
  std::string paragraph_style = "p";
  std::optional<style::TextAlign> align_override;  // table column alignment
  int list_depth = 0;

  // Headings in document order, numbered once before layout.
  std::map<const doc::Heading*, HeadingInfo> headings;
  std::vector<const doc::Heading*> heading_order;
  // Cross-reference targets by id, and the numbered tables, collected once before layout.
  std::map<std::string, ReferenceTarget> references;
  std::map<const doc::Table*, ReferenceTarget> tables;
  std::map<const doc::Figure*, ReferenceTarget> figures;  // numbered when captioned
  ImageStore images;  // the document's pictures, decoded once for all passes

  // Per pass: page labels of ids as found by the previous pass, and footnote numbering.
  std::map<std::string, std::string> previous_labels;
  std::set<std::string> known_ids;
  int footnote_counter = 0;
  bool uses_page_numbers = false;  // contents or page references: another pass may be needed
  // The page label of id from the previous pass (nullopt before a pass has placed it),
  // noted for the paragraphs being set.
  std::optional<std::string> page_label(const std::string& id) {
    std::optional<std::string> label;
    if (auto found = previous_labels.find(id); found != previous_labels.end())
      label = found->second;
    paragraphs.note_label(id, label);
    return label;
  }
  ParagraphMemo paragraphs;  // kept across passes

  // A fixed word of the document's language from the catalogue (layout::Options::messages);
  // without a catalogue, or when it lacks the id, dutch with its {name} arguments replaced.
  const text::Messages* messages = nullptr;
  std::string label(std::string_view id, std::string_view dutch,
                    const text::Arguments& args = {}) const;

  // Numbers in charts: the document's language (BCP 47) with the style's @format choices.
  // The formatter is made on first use and kept for every pass.
  std::string language = "nl-NL";
  const text::Formatter& formatter();

  void warn(const doc::SourceRef& at, std::string message, std::string hint = {}) {
    diags.warning(file, at.line, at.column, std::move(message), std::move(hint));
  }

 private:
  text::FontLibrary& fonts_;
  std::optional<text::HyphenationCache> hyphenation_;  // per layout: not thread-safe
  std::unique_ptr<text::Formatter> formatter_;
  std::map<std::string, const text::Font*> by_key_;
  std::set<std::string> reported_;
  struct Key {
    const text::Font* font;
    std::u32string text;
  };
  struct KeyView {
    const text::Font* font;
    std::u32string_view text;
  };
  // Looked up by KeyView, so a hit allocates nothing (C++20 heterogeneous lookup).
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(const KeyView& k) const {
      return std::hash<std::u32string_view>()(k.text) ^ std::hash<const void*>()(k.font);
    }
    std::size_t operator()(const Key& k) const { return (*this)(KeyView{k.font, k.text}); }
  };
  struct KeyEqual {
    using is_transparent = void;
    static KeyView view(const Key& k) { return {k.font, k.text}; }
    static KeyView view(const KeyView& k) { return k; }
    template <class A, class B>
    bool operator()(const A& a, const B& b) const {
      return view(a).font == view(b).font && view(a).text == view(b).text;
    }
  };
  std::unordered_map<Key, std::vector<double>, KeyHash, KeyEqual> shaped_;
};

}  // namespace koers::layout

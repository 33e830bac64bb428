// Inline content → line-breaking items: words shaped per face and size become boxes,
// spaces become glue, <br/> a forced break; each item keeps the piece of text it draws.
#pragma once

#include <string>
#include <vector>

#include "document/document.h"
#include "layout/chunk.h"
#include "layout/context.h"
#include "layout/line_breaker.h"
#include "style/style.h"

namespace koers::layout {

// What an item draws. Glue draws its space glyph (its advance absorbs justification);
// penalties draw nothing unless they carry text (a hyphen) and the line breaks there.
struct Piece {
  TextStyle style;
  double raise = 0;  // baseline shift upwards (footnote numbers)
  std::u32string text;
  std::vector<double> advances;  // points
  std::string uri;               // link to the outside
  std::string target;            // link to an id in the document
  int footnote = -1;             // index in InlineContent::footnotes of a note referred to here
  // A hyphenation penalty whose break changes the spelling on the next line (the trema rule,
  // co-ordinatie): the next piece's first after_replaces characters are written as after.
  std::u32string after;
  std::size_t after_replaces = 0;
  bool hyphenatable = false;  // a word whose hyphenation points are still to be inserted
  bool has_link() const { return !uri.empty() || !target.empty(); }
};

struct InlineContent {
  std::vector<BreakItem> items;
  std::vector<Piece> pieces;  // parallel to items
  Chunks footnotes;           // one stacked chunk per note
  double max_size = 0;        // largest font size used
};

struct InlineSetup {
  const style::ParagraphStyle* style = nullptr;
  double measure = 0;    // narrowest line width: longer words are split (emergency)
  bool justify = false;  // glue shrinks only in justified text
  doc::SourceRef source;
  std::u32string prefix;  // text put before the content (heading numbers, note numbers)
  // Words that may be hyphenated are only marked (Piece::hyphenatable), for hyphenate_words
  // to expand when the paragraph cannot be set without hyphenation (TeX's first pass).
  bool defer_hyphenation = false;
};

InlineContent build_inline(Context& ctx, const doc::Inlines& spans, const InlineSetup& setup);
// Inserts the hyphenation points of the words build_inline marked (defer_hyphenation);
// false when there were none. setup must be the one content was built with.
bool hyphenate_words(Context& ctx, InlineContent& content, const InlineSetup& setup);

// Narrowest and natural widths of content, for automatic table column widths.
struct ContentWidths {
  double min = 0, max = 0;
};
ContentWidths measure_content(const InlineContent& content);

}  // namespace koers::layout

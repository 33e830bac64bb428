// A chunk is the unit of pagination: a slice of a block that is never split over two pages
// (a line of text, a table row, a heading line, a framed division). Chunks are stacked
// vertically; the paginator decides where pages end.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "display/display.h"

namespace koers::layout {

// A horizontal slot on the page: where a block's lines start and how wide they may be.
struct Area {
  double x = 0, width = 0;
};

// A link whose destination is an id in the document, resolved once pages are known.
struct InternalLink {
  std::size_t item = 0;  // index of the display::Link in Chunk::items
  std::string target;
};

struct Anchor {
  std::string id;
  double y = 0;  // relative to the chunk's top
};

struct OutlineMark {
  int level = 1;
  std::string title;
  double y = 0;
};

struct Chunk {
  double height = 0;
  double space_before = 0, space_after = 0;  // collapsed with the neighbour's (the larger wins)
  bool keep_with_previous = false;   // no page break between this chunk and the previous one
  bool break_before = false;         // always starts a new page
  bool ends_with_hyphen = false;     // a text line broken after a hyphen: not last on a page
  double first_baseline = 0;         // of the first text line, relative to the top
  std::vector<display::Item> items;  // x on the page, y relative to the chunk's top
  std::vector<InternalLink> internal_links;
  std::vector<Anchor> anchors;
  std::vector<OutlineMark> outline;
  std::vector<Chunk> footnotes;  // notes referred to in this chunk, for the page's bottom
  // Table header rows, repeated on top of every page this chunk starts (table body rows).
  std::shared_ptr<const Chunk> repeat_header;
};
using Chunks = std::vector<Chunk>;

void shift(display::Item& item, double dx, double dy);
// Adds from's items, links, anchors, outline marks and footnotes to into, moved by (dx, dy).
void merge_into(Chunk& into, const Chunk& from, double dx, double dy);
// Gap between two stacked chunks: collapsed spacing.
inline double gap_between(const Chunk& above, const Chunk& below) {
  return above.space_after > below.space_before ? above.space_after : below.space_before;
}
// Stacks chunks into one (for table cells and framed divisions); spacing collapses between
// them; the first chunk's space-before and the last one's space-after become the stack's.
Chunk stack_chunks(const Chunks& chunks);

}  // namespace koers::layout

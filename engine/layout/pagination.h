// Pagination: chunks are stacked onto pages of a page template. A page ends before a chunk
// that does not fit; chains of chunks that keep together (keep-with-next, widows and orphans,
// table captions and first rows) move to the next page as a whole when they fit there.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "display/display.h"
#include "layout/chunk.h"
#include "style/style.h"

namespace koers::layout {

struct PendingLink {
  std::size_t page = 0, item = 0;
  std::string target;
};

struct AnchorPlace {
  int page = 0;  // 0-based
  double y = 0;
};

// Pages of the whole document, filled section by section.
struct PageSet {
  std::vector<display::Page> pages;
  std::vector<const style::PageTemplate*> templates;  // per page
  std::vector<PendingLink> links;
  std::map<std::string, AnchorPlace> anchors;
  std::vector<display::OutlineEntry> outline;
};

inline constexpr double kFootnoteSeparator = 10;  // pt above the notes, with the rule

// Adds the pages of one section (which always starts a new page).
void paginate(const Chunks& chunks, const style::PageTemplate& page_template, PageSet& pages);

}  // namespace koers::layout

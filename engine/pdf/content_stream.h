// The content stream of one page (PDF 1.7 §8–9), written by koers itself from the display
// list: text objects with TJ arrays, rules, rectangles, paths and image placements, with
// y flipped (display lists grow downwards from the top-left corner, PDF upwards from the
// bottom-left). A pure function of the page, so pages are written on several threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "display/display.h"

namespace koers::pdf {

// What the text on a page refers to, per display font face: the font's resource number
// (/F<n>) and its widths in 1/1000 em per code (what its /W array says); null when unused.
struct FaceResource {
  int font = -1;
  const std::vector<float>* widths = nullptr;
};

struct PageContent {
  std::string operators;
  std::vector<int> fonts;   // resource numbers used, sorted, distinct
  std::vector<int> images;  // image resource numbers (/Im<n>) used, sorted, distinct
};

// images: the resource number of each Image item of the page, in item order.
// Throws PdfError for items that cannot be drawn (unknown font face, missing advances).
PageContent page_content(const display::Page& page, const std::vector<FaceResource>& faces,
                         const std::vector<int>& images);

}  // namespace koers::pdf

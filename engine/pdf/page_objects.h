// The libharu objects of a page besides its content stream: embedded images (shared
// between pages), link annotations and destinations.
#pragma once

#include <hpdf.h>

#include <map>
#include <vector>

#include "display/display.h"
#include "pdf/document_id.h"
#include "pdf/haru_document.h"

namespace koers::pdf {

// Images drawn more than once (a logo on every page) are embedded once.
class ImageCache {
 public:
  explicit ImageCache(const HaruDocument& doc) : doc_(doc) {}
  HPDF_Image get(const display::Image& image);

 private:
  const HaruDocument& doc_;
  std::map<Digest, HPDF_Image> images_;
};

struct Destinations {
  const std::vector<HPDF_Page>* pages;
  const std::vector<double>* heights;
};

// A destination showing page at top (PDF user space) without changing the zoom.
HPDF_Destination make_destination(const HaruDocument& doc, HPDF_Page page, double top);

// The link as an annotation on page (height: the page's height, to flip y).
void add_link(const HaruDocument& doc, HPDF_Page page, double height, const display::Link& link,
              const Destinations& destinations);

}  // namespace koers::pdf

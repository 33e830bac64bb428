// The PDF writer: the only module that includes libharu. Writes a display list to PDF bytes:
// embedded, subset TrueType fonts with a correct ToUnicode map, positioned text runs with
// kerning and justification in TJ arrays, rules and paths, images from decoded pixels,
// bookmarks, links, metadata. Identical input gives identical bytes, whatever the number of
// threads.
#pragma once

#include <stdexcept>
#include <string>

#include "display/display.h"

namespace koers::pdf {

// Thrown for any libharu failure; the half-built document is freed, never saved.
class PdfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Options {
  bool compress = true;
  // Threads for font subsets and page contents (the caller's included); 0: one per core.
  // A batch that already renders one document per core passes 1.
  unsigned threads = 0;
};

// Thread-safe: one libharu document per call, no shared state. Fonts and page contents are
// prepared and compressed (libdeflate) on options.threads threads; libharu then only links
// the objects and writes the file.
std::string write_pdf(const display::Document& document, const Options& options = {});

}  // namespace koers::pdf

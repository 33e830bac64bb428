// The PDF writer: the only module that includes libharu. Writes a display list to PDF bytes:
// embedded, subset TrueType fonts with a correct ToUnicode map, positioned text runs with
// kerning and justification in TJ arrays, rules and paths, images from decoded pixels,
// bookmarks, links, metadata. Identical input gives identical bytes.
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

// Thread-safe: one libharu document per call, no shared state. With compression, glibc's
// heap trimming costs about half the time (stack-notes §7); raising M_TRIM_THRESHOLD and
// M_TOP_PAD is process-wide and therefore left to the program (the CLI), not done here.
std::string write_pdf(const display::Document& document, const Options& options = {});

}  // namespace koers::pdf

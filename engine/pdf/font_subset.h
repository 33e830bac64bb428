// TrueType fonts for embedding: checked before libharu sees them (its loader returns NULL
// without an error on a truncated file, stack-notes §4) and reduced with hb-subset to the
// code points the document uses (stack-notes §12: advances and code points are kept).
#pragma once

#include <string>
#include <vector>

namespace koers::pdf {

struct TrueTypeFile {
  std::string path;
  std::string bytes;
  std::string postscript_name;  // name ID 6; libharu identifies loaded fonts by it
};

// Reads the .ttf at path and checks that it is a complete TrueType-outline font. Throws
// PdfError.
TrueTypeFile read_truetype(const std::string& path);

// The bytes of a subset of font holding code_points (sorted, BMP). Throws PdfError.
// hinting false drops the TrueType instructions (half the size; stack-notes §12).
std::string subset_truetype(const TrueTypeFile& font, const std::vector<char32_t>& code_points,
                            bool hinting = false);

}  // namespace koers::pdf

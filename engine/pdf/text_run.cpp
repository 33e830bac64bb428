#include "pdf/text_run.h"

#include <cmath>

#include "pdf/font_objects.h"
#include "pdf/pdf_number.h"

namespace koers::pdf {
namespace {

// One byte of a literal string (PDF 1.7 §7.3.4.2): the delimiters and the backslash are
// escaped, and a carriage return too (a bare one would be read as a line feed).
void append_byte(std::string& out, unsigned char b) {
  if (b == '(' || b == ')' || b == '\\') {
    out += '\\';
    out += static_cast<char>(b);
  } else if (b == '\r') {
    out += "\\r";
  } else {
    out += static_cast<char>(b);
  }
}

// The two-byte code as binary rather than hex: half the bytes, and a quarter smaller
// after compression.
void append_code(std::string& out, char32_t c) {
  append_byte(out, static_cast<unsigned char>(c >> 8));
  append_byte(out, static_cast<unsigned char>(c & 0xFF));
}

}  // namespace

void append_tj(std::string& out, const display::GlyphRun& run, const std::vector<float>& widths) {
  out += "[(";
  // Positions are tracked cumulatively and each adjustment is the rounded cumulative
  // difference minus what was already written, so rounding never drifts along a line.
  double nominal = 0, wanted = 0;
  std::int64_t written = 0;
  const std::size_t n = run.text.size();
  for (std::size_t i = 0; i < n; ++i) {
    char32_t c = pdf_code_point(run.text[i]);
    append_code(out, c);
    if (i + 1 == n) break;
    nominal += widths[c];
    wanted += run.advances[i] * 1000.0 / run.size;
    // TJ numbers are subtracted from the position, in 1/1000 em; whole numbers place each
    // glyph within 0.5/1000 em (0.005 pt at 10 pt), as pdfTeX does, and compress well.
    std::int64_t total = std::llround(nominal - wanted);
    if (total != written) {
      out += ") ";
      out += std::to_string(total - written);
      out += " (";
      written = total;
    }
  }
  out += ")] TJ\n";
}

}  // namespace koers::pdf

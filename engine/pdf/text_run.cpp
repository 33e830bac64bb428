#include "pdf/text_run.h"

#include "pdf/embedded_font.h"
#include "pdf/pdf_number.h"

namespace koers::pdf {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_code(std::string& out, char32_t c) {
  out += kHex[c >> 12 & 0xF];
  out += kHex[c >> 8 & 0xF];
  out += kHex[c >> 4 & 0xF];
  out += kHex[c & 0xF];
}

}  // namespace

void append_tj(std::string& out, const display::GlyphRun& run,
               const std::vector<std::int16_t>& widths) {
  out += "[<";
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
    // TJ numbers are subtracted from the position, in thousandths of text space units.
    std::int64_t total = to_thousandths(nominal - wanted);
    if (total != written) {
      out += "> ";
      append_thousandths(out, total - written);
      out += " <";
      written = total;
    }
  }
  out += ">] TJ\n";
}

}  // namespace koers::pdf

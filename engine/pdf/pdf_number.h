// Numbers written into the PDF by koers itself: rounded to 3 decimals, always in the C
// notation (a dot, no grouping), never through a locale (code-style.md, after QPDF).
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

namespace koers::pdf {

// v in thousandths → "12.5", "-0.125", "3".
inline void append_thousandths(std::string& out, std::int64_t v) {
  if (v < 0) {
    out += '-';
    v = -v;
  }
  out += std::to_string(v / 1000);
  int fraction = static_cast<int>(v % 1000);
  if (fraction == 0) return;
  char digits[4] = {static_cast<char>('0' + fraction / 100),
                    static_cast<char>('0' + fraction / 10 % 10),
                    static_cast<char>('0' + fraction % 10), 0};
  int length = 3;
  while (digits[length - 1] == '0') --length;
  out += '.';
  out.append(digits, length);
}

inline std::int64_t to_thousandths(double v) {
  return std::llround(v * 1000.0);
}

inline void append_number(std::string& out, double v) {
  append_thousandths(out, to_thousandths(v));
}

// The value as libharu receives it: rounded to 3 decimals first, so that tiny differences
// in layout arithmetic never reach the file.
inline double rounded(double v) {
  return static_cast<double>(to_thousandths(v)) / 1000.0;
}

}  // namespace koers::pdf

// XML whitespace in text read from files.
#pragma once

#include <string>
#include <string_view>

namespace koers {

// Collapses every run of XML whitespace (space, tab, CR, LF) into one space and trims both
// ends. Other spaces (U+00A0 no-break space) are meant and kept.
inline std::string collapse_xml_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace koers

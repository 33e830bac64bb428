// Escaping text for XML content and attribute values.
#pragma once

#include <string>
#include <string_view>

namespace koers {

// Appends c to out, escaped: &, <, > and " become entities. Byte-wise is safe for UTF-8:
// none of these bytes occurs inside a multibyte sequence.
inline void append_xml_escaped(std::string& out, char c) {
  switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
  }
}

inline std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) append_xml_escaped(out, c);
  return out;
}

}  // namespace koers

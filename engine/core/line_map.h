// Turns byte offsets (as pugixml and kainjow mustache report them) into line and column.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace koers {

struct TextPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in Unicode characters (UTF-8 continuation bytes not counted)
};

class LineMap {
 public:
  explicit LineMap(std::string_view text);
  // Offsets past the end are clamped to the end of the text.
  TextPosition at(std::ptrdiff_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace koers

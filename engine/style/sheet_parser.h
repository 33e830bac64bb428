// Reads the text of one style file into its declarations (StyleSource), checking the syntax,
// the selectors and the property names. Values are checked later, when styles are resolved,
// because they may use variables that another file defines.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "style/style.h"

namespace koers::style {

struct ParsedSheet {
  StyleSource source;
  std::string extends;  // the parent style of @extends; empty: none
  int extends_line = 0, extends_column = 0;
};

ParsedSheet parse_sheet(std::string_view text, const std::string& file, Diagnostics& diags);

// Adds from's declarations to into; a declaration in from replaces the one in into.
void merge(StyleSource& into, const StyleSource& from);

}  // namespace koers::style

// Builds the resolved styles of a StyleSheet (paragraphs, tables, pages, …) from its merged
// declarations, checking every value. Called after each style file is applied.
#pragma once

#include "core/diagnostic.h"
#include "style/style.h"

namespace koers::style {

void resolve(StyleSheet& sheet, Diagnostics& diags);

}  // namespace koers::style

// Layout: the document tree with its style becomes pages of the display list.
#pragma once

#include <string>

#include "core/diagnostic.h"
#include "display/display.h"
#include "document/document.h"
#include "style/style.h"
#include "text/font.h"

namespace koers::layout {

struct Options {
  int max_passes = 5;  // re-layout until page references (contents) are stable
  std::string file;    // the markup's name, for diagnostics
};

display::Document layout_document(const doc::Document& document, const style::StyleSheet& style,
                                  text::FontLibrary& fonts, Diagnostics& diags,
                                  const Options& options = {});

}  // namespace koers::layout

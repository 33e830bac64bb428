// Layout: the document tree with its style becomes pages of the display list.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/resources.h"
#include "display/display.h"
#include "document/document.h"
#include "layout/hyphenation_source.h"
#include "style/style.h"
#include "text/font.h"
#include "text/format.h"
#include "text/messages.h"

namespace koers::layout {

struct Options {
  int max_passes = 5;  // re-layout until page references (contents) are stable
  std::string file;    // the markup's name, for diagnostics
  // Where pictures (<image src>) are read: through resources, relative to base_dir (the
  // markup file's folder, or the input file's for a rendered document). Without resources
  // every picture is an error.
  const Resources* resources = nullptr;
  std::filesystem::path base_dir;
  // Dutch hyphenation; null: hyph_nl from hyphen-nl, loaded once per process. A dictionary
  // that failed to load gives a warning and unhyphenated text.
  const LoadedHyphenator* hyphenation = nullptr;
  bool first_fit = false;  // greedy line breaking instead of Knuth–Plass (for comparisons)
  // The fixed words layout writes itself ("tabel 4", "Figuur 2:", chart legends), in the
  // document's language; null: Dutch.
  const text::Messages* messages = nullptr;
  // Limits (core/limits.h): a document with more pages, a table with more rows, or a layout
  // that takes longer (all passes together, checked between and within passes) is an error
  // and gives no pages.
  int max_pages = Limits{}.max_pages;
  int max_table_rows = Limits{}.max_table_rows;
  std::chrono::milliseconds time_budget = Limits{}.max_layout_time;
};

// The house style's formatting choices (@format) for a text::Formatter: the view's and the
// charts' numbers are written alike.
text::FormatChoices format_choices(const style::NumberStyle& format);

display::Document layout_document(const doc::Document& document, const style::StyleSheet& style,
                                  text::FontLibrary& fonts, Diagnostics& diags,
                                  const Options& options = {});

}  // namespace koers::layout

// The limits that keep hostile or mistaken input from making koers hang, crash or eat all
// memory: each one, when reached, is a clear error instead. The defaults lie far above
// anything a real document needs; docs/input-format.md ("Grenzen") lists them for users.
// koers::Engine takes them in its constructor; layout::Options and templ::TemplateSet take
// their share.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace koers {

struct Limits {
  // Largest file koers reads as text: municipality XML, document markup, house-style sheets,
  // templates and partials, the frameworks catalogue, message catalogues. A larger file is
  // refused before it is read.
  std::uintmax_t max_input_bytes = std::uintmax_t{64} << 20;
  // Deepest element nesting in XML (municipality file, markup, catalogues; the root element
  // is level 1) and deepest section nesting in one template file.
  int max_nesting_depth = 100;

  // Partials inside partials (a partial that includes itself stops here).
  int max_partial_depth = 32;
  // Partials inserted in one render, and section repeats (one per list item) in one render.
  long max_partial_expansions = 100'000;
  long max_section_repeats = 1'000'000;
  // Markup one render of the templates may write.
  std::uintmax_t max_template_output_bytes = std::uintmax_t{64} << 20;

  // Pages of one document, rows (header, body and footer) of one table.
  int max_pages = 2'000;
  int max_table_rows = 50'000;
  // Wall-clock time layout may take for one document, all its passes together.
  std::chrono::milliseconds max_layout_time{120'000};
};

// Limits and what exceeded them, as messages write them: "50.000", "64 MB", "1,5 kB",
// "120 seconden", "250 ms".
std::string describe_count(std::uintmax_t n);
std::string describe_size(std::uintmax_t bytes);
std::string describe_duration(std::chrono::milliseconds duration);

}  // namespace koers

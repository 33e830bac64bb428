// Replaces every <chart> in koers document markup by a <table> of the same data, so the
// benchmark can compare a chart-heavy document with its all-tables twin. A <figure> holding
// a chart becomes a table with the figure's id and caption (a figure may hold no table).
#pragma once

#include <string>

namespace koers::bench {

struct Replaced {
  std::string markup;
  int charts = 0;
};

// Throws std::runtime_error when the markup is not well-formed XML.
Replaced charts_as_tables(const std::string& markup);

}  // namespace koers::bench

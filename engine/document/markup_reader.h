// Walks the XML tree of koers document markup and builds the Document, reporting every
// misplaced element, unknown attribute and bad value (they are template bugs).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/line_map.h"
#include "document/document.h"
#include "document/inline_builder.h"

namespace koers::doc {

class MarkupReader {
 public:
  MarkupReader(std::string_view markup, const std::string& file, Diagnostics& diags);

  Document read(pugi::xml_node root);

 private:
  // Positions: an element at its '<', an attribute at its name, text at its first character.
  SourceRef at(pugi::xml_node node);
  SourceRef at(pugi::xml_node node, pugi::xml_attribute attribute);
  SourceRef at_offset(std::ptrdiff_t offset);
  void error(SourceRef where, std::string message, std::string hint = {});
  void warning(SourceRef where, std::string message, std::string hint = {});

  // Attributes
  void check_attributes(pugi::xml_node node, std::initializer_list<std::string_view> allowed);
  bool yes_no(pugi::xml_node node, const char* name, bool fallback);
  std::optional<double> length(pugi::xml_node node, const char* name);
  std::string align(pugi::xml_node node, std::initializer_list<std::string_view> allowed);
  std::string required(pugi::xml_node node, const char* name);
  void register_id(pugi::xml_node node, std::string id);

  // Content models
  void read_sections(pugi::xml_node document, Document& out);
  void read_blocks(pugi::xml_node parent, Blocks& out);
  void read_flow(pugi::xml_node parent, Blocks& out);
  bool read_block(pugi::xml_node node, Blocks& out);
  void read_inlines(pugi::xml_node parent, InlineBuilder& builder, const InlineFlags& flags);
  void read_inline_element(pugi::xml_node node, InlineBuilder& builder, InlineFlags flags);
  Inlines read_inline_content(pugi::xml_node parent);
  void check_empty(pugi::xml_node node);
  void misplaced(pugi::xml_node node, std::string_view context);
  void check_text(pugi::xml_node text_node);

  // Blocks
  Heading read_heading(pugi::xml_node node, int level);
  Paragraph read_paragraph(pugi::xml_node node);
  List read_list(pugi::xml_node node, bool ordered);
  Table read_table(pugi::xml_node node);
  void read_rows(pugi::xml_node group, std::vector<TableRow>& rows);
  TableRow read_row(pugi::xml_node row);
  TableColumn read_column(pugi::xml_node col);
  void check_table_widths(pugi::xml_node node, Table& table);
  Toc read_toc(pugi::xml_node node);
  Division read_division(pugi::xml_node node);
  Image read_image(pugi::xml_node node);
  Figure read_figure(pugi::xml_node node);

  // Charts (chart_reader.cpp)
  Chart read_chart(pugi::xml_node node);
  Chart::Type chart_type(pugi::xml_node node);
  void read_chart_options(pugi::xml_node node, Chart& chart);
  void read_chart_content(pugi::xml_node node, Chart& chart);
  void read_categories(pugi::xml_node node, Chart& chart);
  void read_series(pugi::xml_node node, Chart& chart, bool categories_declared);
  void read_point(pugi::xml_node node, Chart& chart, bool categories_declared, ChartSeries& series);
  ChartTask read_task(pugi::xml_node node);
  ChartMilestone read_milestone(pugi::xml_node node);
  ChartItem read_item(pugi::xml_node node);
  void check_chart_data(pugi::xml_node node, const Chart& chart);
  // The value of one of a fixed set of words; nullopt (reported) when it is none of them.
  std::optional<std::size_t> choice(pugi::xml_node node, const char* name,
                                    std::initializer_list<std::string_view> allowed);
  std::optional<double> number(pugi::xml_node node, const char* name);
  std::optional<ChartPeriod> period(pugi::xml_node node, const char* name);
  // The text of an element that holds only text (<category>, <item>), whitespace collapsed.
  std::string text_content(pugi::xml_node node);

  Span::Show ref_show(pugi::xml_node ref);
  void check_references();

  std::string_view markup_;
  const std::string& file_;
  Diagnostics& diags_;
  LineMap lines_;
  // Positions are asked for in document order, so a cursor walks forward instead of
  // scanning each line from its start (one long line of markup stays linear).
  std::ptrdiff_t cursor_offset_ = 0;
  TextPosition cursor_position_{1, 1};
  int footnote_depth_ = 0;
  std::map<std::string, SourceRef> ids_;
  std::vector<std::pair<std::string, SourceRef>> references_;
};

}  // namespace koers::doc

// The table part of MarkupReader: captions, columns, header/body/footer rows and cells.
#include <algorithm>
#include <charconv>

#include "core/length.h"
#include "document/markup_reader.h"

namespace koers::doc {
namespace {

bool is_text(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// Column widths: "auto", "*" or "2*" (shares of the remaining width), "30%" or a length.
bool valid_column_width(std::string_view w) {
  if (w == "auto" || w == "*") return true;
  if (w.size() > 1 && (w.back() == '*' || w.back() == '%')) {
    auto number = parse_number(w.substr(0, w.size() - 1));
    return number && *number > 0 && (w.back() == '*' || *number <= 100);
  }
  auto points = parse_length(w);
  return points && *points > 0;
}

int row_width(const TableRow& row) {
  int width = 0;
  for (const TableCell& cell : row.cells) width += cell.colspan;
  return width;
}

}  // namespace

Table MarkupReader::read_table(pugi::xml_node node) {
  check_attributes(node, {"style", "id"});
  Table table;
  table.style = node.attribute("style").value();
  table.id = node.attribute("id").value();
  register_id(node, table.id);
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      check_text(child);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (name == "caption") {
      check_attributes(child, {});
      table.caption = read_inline_content(child);
    } else if (name == "col") {
      table.columns.push_back(read_column(child));
    } else if (name == "thead" || name == "tbody" || name == "tfoot") {
      check_attributes(child, {});
      read_rows(child, name == "thead"   ? table.header
                       : name == "tfoot" ? table.footer
                                         : table.body);
    } else if (name == "tr") {
      table.body.push_back(read_row(child));
    } else {
      error(at(child), "<" + std::string(name) + "> kan niet direct in een <table> staan",
            "Een tabel bevat <caption>, <col>, <thead>, <tbody>, <tfoot> en <tr>.");
    }
  }
  check_table_widths(node, table);
  return table;
}

void MarkupReader::read_rows(pugi::xml_node group, std::vector<TableRow>& rows) {
  for (pugi::xml_node child : group.children()) {
    if (is_text(child)) {
      check_text(child);
    } else if (child.type() == pugi::node_element) {
      if (std::string_view(child.name()) == "tr") {
        rows.push_back(read_row(child));
      } else {
        error(at(child),
              "<" + std::string(child.name()) + "> kan niet direct in <" + group.name() + "> staan",
              "Hier horen alleen rijen: <tr>.");
      }
    }
  }
}

TableRow MarkupReader::read_row(pugi::xml_node row) {
  check_attributes(row, {});
  TableRow out;
  for (pugi::xml_node child : row.children()) {
    if (is_text(child)) {
      check_text(child);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (name != "th" && name != "td") {
      error(at(child), "<" + std::string(name) + "> kan niet direct in een <tr> staan",
            "Een rij bevat cellen: <th> of <td>.");
      continue;
    }
    check_attributes(child, {"colspan", "align"});
    TableCell cell;
    if (pugi::xml_attribute span = child.attribute("colspan")) {
      std::string_view v = span.value();
      int n = 0;
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc() || end != v.data() + v.size() || n < 1 || n > 100) {
        error(at(child, span), "colspan=\"" + std::string(v) + "\" is geen geldig aantal kolommen",
              "Gebruik een heel getal vanaf 1.");
      } else {
        cell.colspan = n;
      }
    }
    cell.align = align(child, {"left", "right", "center", "decimal"});
    read_flow(child, cell.blocks);
    out.cells.push_back(std::move(cell));
  }
  return out;
}

TableColumn MarkupReader::read_column(pugi::xml_node col) {
  check_attributes(col, {"width", "align"});
  check_empty(col);
  TableColumn column;
  if (pugi::xml_attribute width = col.attribute("width")) {
    std::string_view w = width.value();
    if (valid_column_width(w)) {
      column.width = w;
    } else {
      error(at(col, width), "width=\"" + std::string(w) + "\" is geen geldige kolombreedte",
            "Gebruik een lengte (\"40mm\"), een percentage (\"30%\"), \"*\" voor de rest, of "
            "\"auto\".");
    }
  }
  if (std::string a = align(col, {"left", "right", "center", "decimal"}); !a.empty())
    column.align = a;
  return column;
}

void MarkupReader::check_table_widths(pugi::xml_node node, Table& table) {
  int widest = 0;
  std::size_t rows = 0;
  for (const auto* group : {&table.header, &table.body, &table.footer}) {
    for (const TableRow& row : *group) widest = std::max(widest, row_width(row));
    rows += group->size();
  }
  if (rows == 0) {
    warning(at(node), "tabel zonder rijen");
    return;
  }
  const bool explicit_columns = !table.columns.empty();
  if (!explicit_columns) table.columns.resize(static_cast<std::size_t>(widest));
  const int expected = static_cast<int>(table.columns.size());
  // Rows have no source position of their own in the tree; walk the XML again in order.
  auto check = [&](pugi::xml_node tr, const TableRow& row) {
    int width = row_width(row);
    if (width == expected) return;
    std::string message = "deze rij heeft " + std::to_string(width) + " kolom" +
                          (width == 1 ? "" : "men") + ", de tabel " + std::to_string(expected);
    warning(at(tr), std::move(message),
            explicit_columns ? "Pas de <col>-elementen of de cellen (colspan) aan."
                             : "Geef elke rij evenveel cellen, of gebruik colspan.");
  };
  std::size_t header = 0, body = 0, footer = 0;
  auto visit = [&](pugi::xml_node tr, std::string_view group) {
    if (group == "thead" && header < table.header.size()) check(tr, table.header[header++]);
    if (group == "tfoot" && footer < table.footer.size()) check(tr, table.footer[footer++]);
    if (group == "tbody" && body < table.body.size()) check(tr, table.body[body++]);
  };
  for (pugi::xml_node child : node.children()) {
    std::string_view name = child.name();
    if (name == "tr") visit(child, "tbody");
    if (name == "thead" || name == "tbody" || name == "tfoot") {
      for (pugi::xml_node tr : child.children("tr")) visit(tr, name);
    }
  }
}

}  // namespace koers::doc

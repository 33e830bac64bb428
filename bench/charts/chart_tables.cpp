#include "chart_tables.h"

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <stdexcept>
#include <vector>

namespace koers::bench {

namespace {

using Row = std::vector<std::string>;

struct Grid {
  Row header;
  std::vector<Row> rows;
};

// bar, column, radar: a row per category; line: a row per year. A column per series.
Grid series_grid(pugi::xml_node chart, bool by_year) {
  std::vector<std::string> keys;
  auto add_key = [&](const std::string& k) {
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  };
  for (auto c : chart.children("category")) add_key(c.text().get());
  for (auto s : chart.children("series"))
    for (auto p : s.children("point")) add_key(p.attribute("x").value());
  if (by_year)
    std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
      return std::stod(a) < std::stod(b);
    });
  Grid g;
  g.header.push_back("");
  std::vector<std::map<std::string, std::string>> values;
  for (auto s : chart.children("series")) {
    g.header.push_back(s.attribute("name").value());
    auto& v = values.emplace_back();
    for (auto p : s.children("point")) v[p.attribute("x").value()] = p.attribute("y").value();
  }
  for (const auto& k : keys) {
    Row row{k};
    for (const auto& v : values) row.push_back(v.contains(k) ? v.at(k) : "–");
    g.rows.push_back(row);
  }
  return g;
}

Grid gantt_grid(pugi::xml_node chart) {
  Grid g{{"", "", "", ""}, {}};
  for (auto t : chart.children("task"))
    g.rows.push_back({t.attribute("label").value(), t.attribute("group").value(),
                      t.attribute("start").value(), t.attribute("end").value()});
  return g;
}

Grid status_grid(pugi::xml_node chart) {
  Grid g{{"", "", ""}, {}};
  for (auto i : chart.children("item"))
    g.rows.push_back({i.attribute("label").value(), i.attribute("status").value(), i.text().get()});
  return g;
}

Grid grid_of(pugi::xml_node chart) {
  const std::string type = chart.attribute("type").value();
  if (type == "gantt") return gantt_grid(chart);
  if (type == "status") return status_grid(chart);
  return series_grid(chart, type == "line");
}

void add_row(pugi::xml_node parent, const Row& cells, const char* cell) {
  pugi::xml_node tr = parent.append_child("tr");
  for (const auto& c : cells) tr.append_child(cell).text().set(c.c_str());
}

// Builds the table in place of `replaced` (the chart, or the figure around it).
void replace(pugi::xml_node replaced, pugi::xml_node chart, pugi::xml_node caption) {
  pugi::xml_node table = replaced.parent().insert_child_before("table", replaced);
  table.append_attribute("style") = "data";
  if (auto id = replaced.attribute("id")) table.append_attribute("id") = id.value();
  if (caption) table.append_copy(caption);
  const Grid g = grid_of(chart);
  for (std::size_t i = 0; i < g.header.size(); ++i) {
    pugi::xml_node col = table.append_child("col");
    col.append_attribute("width") = i == 0 ? "*" : "auto";
    col.append_attribute("align") = i == 0 ? "left" : "right";
  }
  add_row(table.append_child("thead"), g.header, "th");
  pugi::xml_node body = table.append_child("tbody");
  for (const auto& row : g.rows) add_row(body, row, "td");
  replaced.parent().remove_child(replaced);
}

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, std::size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

}  // namespace

Replaced charts_as_tables(const std::string& markup) {
  pugi::xml_document doc;
  // Keep white space between inline elements: it is text in koers markup.
  const auto ok =
      doc.load_buffer(markup.data(), markup.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!ok) throw std::runtime_error(std::string("markup is geen geldige XML: ") + ok.description());
  std::vector<pugi::xml_node> charts;
  for (auto found : doc.select_nodes("//chart")) charts.push_back(found.node());
  for (pugi::xml_node chart : charts) {
    pugi::xml_node figure = chart.parent();
    if (std::string(figure.name()) == "figure")
      replace(figure, chart, figure.child("caption"));
    else
      replace(chart, chart, {});
  }
  StringWriter writer;
  doc.save(writer, "", pugi::format_raw | pugi::format_no_declaration);
  return {writer.out, static_cast<int>(charts.size())};
}

}  // namespace koers::bench

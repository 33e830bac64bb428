// The chart part of MarkupReader: <chart> with its categories, series and points, Gantt
// tasks with milestones, and status items, each checked against the chart's type.
#include <algorithm>
#include <array>
#include <charconv>

#include "core/closest_match.h"
#include "core/length.h"
#include "core/whitespace.h"
#include "document/markup_reader.h"
#include "document/suggestion.h"

namespace koers::doc {
namespace {

using Type = Chart::Type;

constexpr std::array<std::string_view, 6> kChildren = {"category", "series",    "point",
                                                       "task",     "milestone", "item"};

bool is_text(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

bool is_blank(std::string_view text) {
  return collapse_xml_whitespace(text).empty();
}

void append_text(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) out += child.value();
    if (child.type() == pugi::node_element) append_text(child, out);
  }
}

// Where the text of a text node starts, past its leading white space.
std::ptrdiff_t text_start(pugi::xml_node text) {
  const std::string_view v = text.value();
  const std::size_t skip = v.find_first_not_of(" \t\r\n");
  return text.offset_debug() + static_cast<std::ptrdiff_t>(skip == v.npos ? 0 : skip);
}

std::string tag(std::string_view name) {
  return "<" + std::string(name) + ">";
}

std::string quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

// At most 40 bytes of text for a message, cut at a character boundary.
std::string excerpt(std::string_view text) {
  std::string out = collapse_xml_whitespace(text);
  if (out.size() <= 40) return out;
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  return out.substr(0, cut) + "…";
}

const char* type_name(Type type) {
  switch (type) {
    case Type::bar:
      return "bar";
    case Type::column:
      return "column";
    case Type::line:
      return "line";
    case Type::radar:
      return "radar";
    case Type::gantt:
      return "gantt";
    case Type::status:
      return "status";
  }
  return "";
}

bool has_values(Type type) {
  return type == Type::bar || type == Type::column || type == Type::line || type == Type::radar;
}

bool has_categories(Type type) {
  return type == Type::bar || type == Type::column || type == Type::radar;
}

// Whether a chart of this type draws what the attribute says (title, source, alt, height and
// id hold for every type).
bool uses_attribute(Type type, std::string_view attribute) {
  if (attribute == "stacked") return type == Type::bar || type == Type::column;
  if (attribute == "from" || attribute == "to") return type == Type::gantt;
  if (attribute == "unit" || attribute == "format" || attribute == "decimals" ||
      attribute == "min" || attribute == "max" || attribute == "labels")
    return has_values(type);
  return true;
}

bool holds(Type type, std::string_view child) {
  if (child == "category") return has_categories(type);
  if (child == "series") return has_values(type);
  if (child == "task") return type == Type::gantt;
  if (child == "item") return type == Type::status;
  return false;
}

bool is_default(pugi::xml_attribute a) {
  const std::string_view name = a.name(), value = a.value();
  return ((name == "stacked" || name == "labels") && value == "no") ||
         (name == "format" && value == "number");
}

std::string contents_of(Type type) {
  const std::string chart = "Een <chart type=\"" + std::string(type_name(type)) + "\"> bevat ";
  switch (type) {
    case Type::bar:
    case Type::column:
    case Type::radar:
      return chart +
             "<category>-elementen (mag weg) en <series> met <point x=\"categorie\" y=\"…\"/>.";
    case Type::line:
      return chart + "<series> met <point x=\"jaar\" y=\"…\"/>.";
    case Type::gantt:
      return chart + "<task>-elementen, eventueel met <milestone/>.";
    case Type::status:
      return chart + "<item>-elementen.";
  }
  return {};
}

// The quarter a period starts in and the one it ends in (year * 4 + quarter - 1).
int first_quarter(ChartPeriod p) {
  return p.year * 4 + (p.quarter ? p.quarter - 1 : 0);
}
int last_quarter(ChartPeriod p) {
  return p.year * 4 + (p.quarter ? p.quarter - 1 : 3);
}

// The type a chart without a valid type most likely has, so that its content is checked
// sensibly after the type error.
Type guess_type(pugi::xml_node chart) {
  if (chart.child("task")) return Type::gantt;
  if (chart.child("item")) return Type::status;
  bool any = false;
  for (pugi::xml_node series : chart.children("series"))
    for (pugi::xml_node point : series.children("point")) {
      if (!parse_number(point.attribute("x").value())) return Type::column;
      any = true;
    }
  return any ? Type::line : Type::column;
}

constexpr const char* kNumberHint =
    "Schrijf getallen met een decimale punt en zonder scheiding van duizendtallen, "
    "bijvoorbeeld 1234.5 of -12; koers zet ze zelf in de notatie van de taal (1.234,5).";

}  // namespace

Chart MarkupReader::read_chart(pugi::xml_node node) {
  check_attributes(node, {"type", "stacked", "title", "unit", "format", "decimals", "min", "max",
                          "labels", "height", "source", "alt", "from", "to", "id"});
  Chart chart;
  chart.type = chart_type(node);
  const std::string alt_hint =
      "Beschrijf in alt=\"…\" in een zin wat de grafiek laat zien, voor lezers met een "
      "schermlezer.";
  if (pugi::xml_attribute alt = node.attribute("alt"); !alt) {
    error(at(node), "<chart> zonder alt-tekst", alt_hint);
  } else {
    chart.alt = collapse_xml_whitespace(alt.value());
    if (chart.alt.empty()) error(at(node, alt), "de alt-tekst van <chart> is leeg", alt_hint);
  }
  read_chart_options(node, chart);
  read_chart_content(node, chart);
  check_chart_data(node, chart);
  return chart;
}

Chart::Type MarkupReader::chart_type(pugi::xml_node node) {
  if (!node.attribute("type")) {
    error(at(node), "<chart> mist het attribuut type",
          "Kies type=\"bar\", \"column\", \"line\", \"radar\", \"gantt\" of \"status\".");
  } else if (auto type =
                 choice(node, "type", {"bar", "column", "line", "radar", "gantt", "status"})) {
    return static_cast<Type>(*type);
  }
  return guess_type(node);
}

void MarkupReader::read_chart_options(pugi::xml_node node, Chart& chart) {
  chart.title = collapse_xml_whitespace(node.attribute("title").value());
  chart.unit = collapse_xml_whitespace(node.attribute("unit").value());
  chart.source = collapse_xml_whitespace(node.attribute("source").value());
  chart.stacked = yes_no(node, "stacked", false);
  chart.labels = yes_no(node, "labels", false);
  if (auto format = choice(node, "format", {"number", "percent", "amount"}))
    chart.format = static_cast<Chart::Format>(*format);
  if (pugi::xml_attribute decimals = node.attribute("decimals")) {
    const std::string_view v = decimals.value();
    int n = -1;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < 0 || n > 6) {
      error(at(node, decimals), "decimals=" + quoted(v) + " is geen geldig aantal decimalen",
            "Schrijf een geheel getal van 0 tot en met 6.");
    } else {
      chart.decimals = n;
    }
  }
  chart.min = number(node, "min");
  chart.max = number(node, "max");
  if (chart.min && chart.max && *chart.min >= *chart.max) {
    error(at(node, node.attribute("max")),
          "max=" + quoted(node.attribute("max").value()) +
              " is niet groter dan min=" + quoted(node.attribute("min").value()),
          "De waardeas loopt van min tot max.");
  }
  chart.height = length(node, "height").value_or(0);
  if (auto from = period(node, "from")) chart.from = *from;
  if (auto to = period(node, "to")) chart.to = *to;
  if (chart.from.year && chart.to.year && last_quarter(chart.to) < first_quarter(chart.from)) {
    error(at(node, node.attribute("to")),
          "to=" + quoted(node.attribute("to").value()) +
              " ligt vóór from=" + quoted(node.attribute("from").value()),
          "De tijdas loopt van het begin van from tot het eind van to.");
  }
  // An attribute at its default value says nothing: shared template code may always write it.
  for (pugi::xml_attribute a : node.attributes()) {
    if (uses_attribute(chart.type, a.name()) || is_default(a)) continue;
    warning(at(node, a),
            std::string(a.name()) + " wordt bij een <chart type=\"" + type_name(chart.type) +
                "\"> niet gebruikt",
            "Laat het attribuut weg, of kies een ander type grafiek.");
  }
}

void MarkupReader::read_chart_content(pugi::xml_node node, Chart& chart) {
  // Declared categories first: a point may name one declared below it.
  read_categories(node, chart);
  const bool declared = !chart.categories.empty();
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      if (!is_blank(child.value()))
        error(at_offset(text_start(child)),
              "tekst direct in een <chart>: \"" + excerpt(child.value()) + "\"",
              contents_of(chart.type));
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (std::find(kChildren.begin(), kChildren.end(), name) == kChildren.end()) {
      const std::string close =
          closest_name(name, kChildren.data(), kChildren.data() + kChildren.size());
      error(at(child), tag(name) + " kan niet in een <chart> staan",
            close.empty() ? contents_of(chart.type) : "Bedoelt u " + tag(close) + "?");
    } else if (name == "point") {
      error(at(child), "<point> hoort in een <series>, niet direct in een <chart>",
            contents_of(chart.type));
    } else if (name == "milestone") {
      error(at(child), "<milestone> hoort in een <task>, niet direct in een <chart>",
            contents_of(chart.type));
    } else if (!holds(chart.type, name)) {
      error(at(child),
            tag(name) + " hoort niet in een <chart type=\"" + type_name(chart.type) + "\">",
            contents_of(chart.type));
    } else if (name == "series") {
      read_series(child, chart, declared);
    } else if (name == "task") {
      chart.tasks.push_back(read_task(child));
    } else if (name == "item") {
      chart.items.push_back(read_item(child));
    }
  }
}

void MarkupReader::read_categories(pugi::xml_node node, Chart& chart) {
  if (!holds(chart.type, "category")) return;
  for (pugi::xml_node child : node.children("category")) {
    check_attributes(child, {});
    std::string name = text_content(child);
    if (name.empty()) {
      error(at(child), "lege <category>",
            "Schrijf de naam van de categorie: <category>Energie</category>.");
    } else if (std::find(chart.categories.begin(), chart.categories.end(), name) !=
               chart.categories.end()) {
      error(at(child), "categorie \"" + name + "\" komt twee keer voor",
            "Noem elke categorie één keer.");
    } else {
      chart.categories.push_back(std::move(name));
    }
  }
}

void MarkupReader::read_series(pugi::xml_node node, Chart& chart, bool categories_declared) {
  check_attributes(node, {"name", "kind"});
  ChartSeries series;
  series.name = collapse_xml_whitespace(node.attribute("name").value());
  if (auto kind = choice(node, "kind", {"measured", "target", "projection", "reference"})) {
    series.kind = static_cast<ChartSeries::Kind>(*kind);
    if (chart.type != Type::line && series.kind != ChartSeries::Kind::measured)
      warning(at(node, node.attribute("kind")),
              "kind wordt alleen bij een <chart type=\"line\"> gebruikt",
              "Laat kind=\"…\" weg bij dit type grafiek.");
  }
  const auto siblings = node.parent().children("series");
  if (series.name.empty() && std::distance(siblings.begin(), siblings.end()) > 1)
    warning(at(node), "<series> zonder naam in een grafiek met meer reeksen",
            "Geef elke reeks name=\"…\": de legenda noemt de reeksen bij naam.");
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      if (!is_blank(child.value()))
        error(at_offset(text_start(child)),
              "tekst direct in een <series>: \"" + excerpt(child.value()) + "\"",
              "Een reeks bevat <point x=\"…\" y=\"…\"/>-elementen.");
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    if (std::string_view(child.name()) != "point") {
      const std::string close = closest_name(child.name(), {"point"});
      error(at(child), tag(child.name()) + " kan niet in een <series> staan",
            close.empty() ? "Een reeks bevat <point x=\"…\" y=\"…\"/>-elementen."
                          : "Bedoelt u <point>?");
      continue;
    }
    read_point(child, chart, categories_declared, series);
  }
  chart.series.push_back(std::move(series));
}

void MarkupReader::read_point(pugi::xml_node node, Chart& chart, bool categories_declared,
                              ChartSeries& series) {
  check_attributes(node, {"x", "y", "provisional"});
  check_empty(node);
  ChartPoint point;
  point.source = at(node);
  const std::string in_series =
      series.name.empty() ? "deze reeks" : "reeks \"" + series.name + "\"";
  bool ok = true;
  if (node.attribute("y")) {
    auto y = number(node, "y");
    ok = y.has_value();
    point.y = y.value_or(0);
  } else {
    required(node, "y");
    ok = false;
  }
  point.provisional = yes_no(node, "provisional", false);
  pugi::xml_attribute x_attribute = node.attribute("x");
  const std::string x = collapse_xml_whitespace(x_attribute.value());
  if (x.empty()) {
    required(node, "x");
    return;
  }
  if (chart.type == Type::line) {
    auto year = parse_number(x);
    if (!year || *year < 1000 || *year > 9999) {
      error(at(node, x_attribute), "x=" + quoted(x) + " is geen jaar",
            "In een lijngrafiek is x een jaartal, bijvoorbeeld x=\"2024\" (x=\"2024.5\" is "
            "half 2024).");
      return;
    }
    point.x = *year;
    const bool twice = std::any_of(series.points.begin(), series.points.end(),
                                   [&](const ChartPoint& p) { return p.x == point.x; });
    if (twice) {
      error(at(node, x_attribute), "het jaar " + x + " staat twee keer in " + in_series,
            "Geef elk jaar één punt per reeks.");
      return;
    }
  } else {
    auto& categories = chart.categories;
    const bool known = std::find(categories.begin(), categories.end(), x) != categories.end();
    if (!known && categories_declared) {
      const std::string close = closest_match(x, categories);
      error(at(node, x_attribute), "categorie \"" + x + "\" is niet met <category> genoemd",
            close.empty()
                ? "Voeg <category>" + x + "</category> toe, of laat alle <category>-elementen weg."
                : "Bedoelt u \"" + close + "\"?");
      return;
    }
    point.category = x;
    const bool twice = std::any_of(series.points.begin(), series.points.end(),
                                   [&](const ChartPoint& p) { return p.category == x; });
    if (twice) {
      error(at(node, x_attribute), "categorie \"" + x + "\" staat twee keer in " + in_series,
            "Geef elke categorie één punt per reeks.");
      return;
    }
    if (!known) categories.push_back(x);
  }
  if (ok) series.points.push_back(std::move(point));
}

ChartTask MarkupReader::read_task(pugi::xml_node node) {
  check_attributes(node, {"label", "group", "start", "end"});
  ChartTask task;
  task.label = collapse_xml_whitespace(required(node, "label"));
  task.group = collapse_xml_whitespace(node.attribute("group").value());
  auto required_period = [&](const char* name) {
    if (node.attribute(name)) return period(node, name);
    required(node, name);
    return std::optional<ChartPeriod>();
  };
  const std::optional<ChartPeriod> start = required_period("start");
  const std::optional<ChartPeriod> end = required_period("end");
  if (start) task.start = *start;
  if (end) task.end = *end;
  if (start && end && last_quarter(*end) < first_quarter(*start)) {
    error(at(node, node.attribute("end")),
          "end=" + quoted(node.attribute("end").value()) +
              " ligt vóór start=" + quoted(node.attribute("start").value()),
          "Een taak loopt van het begin van start tot het eind van end: end=\"2027\" is eind "
          "2027, end=\"2027-Q2\" eind juni 2027.");
  }
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      if (!is_blank(child.value()))
        error(at_offset(text_start(child)),
              "tekst direct in een <task>: \"" + excerpt(child.value()) + "\"",
              "De naam van de taak staat in label=\"…\".");
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    if (std::string_view(child.name()) != "milestone") {
      const std::string close = closest_name(child.name(), {"milestone"});
      error(at(child), tag(child.name()) + " kan niet in een <task> staan",
            close.empty() ? "Een taak bevat alleen <milestone at=\"2027-Q3\" label=\"…\"/>."
                          : "Bedoelt u <milestone>?");
      continue;
    }
    task.milestones.push_back(read_milestone(child));
  }
  return task;
}

ChartMilestone MarkupReader::read_milestone(pugi::xml_node node) {
  check_attributes(node, {"at", "label"});
  check_empty(node);
  ChartMilestone milestone;
  milestone.label = collapse_xml_whitespace(node.attribute("label").value());
  if (!node.attribute("at")) {
    required(node, "at");
  } else if (auto at_period = period(node, "at")) {
    milestone.at = *at_period;
  }
  return milestone;
}

ChartItem MarkupReader::read_item(pugi::xml_node node) {
  check_attributes(node, {"label", "status"});
  ChartItem item;
  item.label = collapse_xml_whitespace(required(node, "label"));
  if (!node.attribute("status")) {
    required(node, "status");
  } else if (auto status =
                 choice(node, "status", {"on-track", "attention", "off-track", "unknown"})) {
    item.status = static_cast<ChartItem::Status>(*status);
  }
  item.detail = text_content(node);
  return item;
}

void MarkupReader::check_chart_data(pugi::xml_node node, const Chart& chart) {
  if (has_values(chart.type)) {
    const bool any = std::any_of(chart.series.begin(), chart.series.end(),
                                 [](const ChartSeries& s) { return !s.points.empty(); });
    if (!any)
      warning(at(node), "<chart> zonder gegevens: de grafiek blijft leeg", contents_of(chart.type));
    if (chart.type == Type::radar && any && chart.categories.size() < 3)
      warning(at(node), "een radargrafiek met minder dan drie categorieën toont geen vorm",
              "Gebruik voor één of twee categorieën type=\"bar\".");
  } else if (chart.type == Type::gantt && chart.tasks.empty()) {
    warning(at(node), "<chart type=\"gantt\"> zonder <task>: de planning blijft leeg",
            contents_of(chart.type));
  } else if (chart.type == Type::status && chart.items.empty()) {
    warning(at(node), "<chart type=\"status\"> zonder <item>: het overzicht blijft leeg",
            contents_of(chart.type));
  }
}

std::optional<std::size_t> MarkupReader::choice(pugi::xml_node node, const char* name,
                                                std::initializer_list<std::string_view> allowed) {
  pugi::xml_attribute a = node.attribute(name);
  if (!a) return std::nullopt;
  const std::string_view v = a.value();
  if (auto it = std::find(allowed.begin(), allowed.end(), v); it != allowed.end())
    return static_cast<std::size_t>(it - allowed.begin());
  std::string hint = "Kies";
  std::size_t i = 0;
  for (std::string_view word : allowed) {
    hint += (i == 0 ? " " : i + 1 == allowed.size() ? " of " : ", ") + quoted(word);
    ++i;
  }
  hint += ".";
  if (std::string close = closest_name(v, allowed); !close.empty())
    hint = "Bedoelt u " + std::string(name) + "=" + quoted(close) + "? " + hint;
  error(at(node, a),
        std::string(name) + "=" + quoted(v) + " is geen geldige waarde bij " + tag(node.name()),
        hint);
  return std::nullopt;
}

std::optional<double> MarkupReader::number(pugi::xml_node node, const char* name) {
  pugi::xml_attribute a = node.attribute(name);
  if (!a) return std::nullopt;
  const std::string text = collapse_xml_whitespace(a.value());
  if (auto value = parse_number(text)) return value;
  const bool comma = text.find(',') != std::string::npos;
  error(at(node, a),
        std::string(name) + "=" + quoted(a.value()) +
            (comma ? " is geen getal met een decimale punt" : " is geen getal"),
        kNumberHint);
  return std::nullopt;
}

std::optional<ChartPeriod> MarkupReader::period(pugi::xml_node node, const char* name) {
  pugi::xml_attribute a = node.attribute(name);
  if (!a) return std::nullopt;
  const std::string_view v = a.value();
  auto digits = [](std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  ChartPeriod p;
  const bool year_only = v.size() == 4 && digits(v);
  const bool quarter = v.size() == 7 && digits(v.substr(0, 4)) && v.substr(4, 2) == "-Q" &&
                       v[6] >= '1' && v[6] <= '4';
  if ((year_only || quarter) && v[0] != '0') {
    std::from_chars(v.data(), v.data() + 4, p.year);
    p.quarter = quarter ? v[6] - '0' : 0;
    return p;
  }
  error(at(node, a),
        std::string(name) + "=" + quoted(v) + " is geen geldige periode bij " + tag(node.name()),
        "Schrijf een jaar (2027) of een kwartaal (2027-Q3).");
  return std::nullopt;
}

std::string MarkupReader::text_content(pugi::xml_node node) {
  std::string text;
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      text += child.value();
    } else if (child.type() == pugi::node_element) {
      error(at(child), tag(child.name()) + " kan niet in een " + tag(node.name()) + " staan",
            "Schrijf alleen tekst in een " + tag(node.name()) + ".");
      append_text(child, text);  // still counts, so that one mistake gives one error
    }
  }
  return collapse_xml_whitespace(text);
}

}  // namespace koers::doc

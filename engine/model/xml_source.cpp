#include "model/xml_source.h"

#include <algorithm>
#include <cstring>

#include "core/xml_depth.h"
#include "core/xml_errors.h"
#include "model/rich_text.h"
#include "model/value_parsing.h"

namespace koers::model {

XmlSource::XmlSource(std::string_view text, std::string file, int max_depth)
    : text_(text), file_(std::move(file)), max_depth_(max_depth), lines_(text) {}

bool XmlSource::parse(const char* root) {
  if (!check_utf8()) return false;
  check_entities();
  // parse_fragment keeps text outside the root element, so it can be reported;
  // parse_ws_pcdata keeps the space in "<em>a</em> <strong>b</strong>".
  auto result = document_.load_buffer(
      text_.data(), text_.size(),
      pugi::parse_default | pugi::parse_fragment | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    auto problem = describe_parse_error(text_, result.status, result.offset);
    error(at_offset(problem.offset), problem.message, problem.hint);
    return false;
  }
  if (pugi::xml_node deep = first_too_deep_element(document_, max_depth_)) {
    error(at(deep), too_deep_message(deep, max_depth_), too_deep_hint());
    return false;
  }
  bool ok = true;
  for (pugi::xml_node node : document_.children()) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      std::string_view value = node.value();
      auto first = value.find_first_not_of(" \t\r\n");
      if (first == std::string_view::npos) continue;
      error(at_offset(node.offset_debug() + static_cast<std::ptrdiff_t>(first)),
            "tekst buiten het hoofdelement '" + std::string(root) + "'",
            "alle inhoud hoort tussen <" + std::string(root) + "> en </" + root + ">");
      ok = false;
    } else if (node.type() == pugi::node_element) {
      if (!root_ && std::strcmp(node.name(), root) == 0) {
        root_ = node;
      } else if (!root_) {
        error(at(node),
              "het hoofdelement heet '" + std::string(node.name()) + "', verwacht '" + root + "'");
        ok = false;
        root_ = node;
      } else {
        error(at(node), "tweede hoofdelement '" + std::string(node.name()) +
                            "': een bestand heeft precies één hoofdelement '" + root + "'");
        ok = false;
      }
    }
  }
  if (!root_) {
    bool blank = trim(text_).empty();
    error({1, 1},
          blank ? "het bestand is leeg"
                : "het bestand bevat geen element '" + std::string(root) + "'",
          "een bestand begint met <" + std::string(root) + "> en eindigt met </" + root + ">");
    return false;
  }
  return ok;
}

bool XmlSource::check_utf8() {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
  std::size_t n = text_.size();
  for (std::size_t i = 0; i < n;) {
    unsigned char c = bytes[i];
    std::size_t length = c < 0x80           ? 1
                         : (c >> 5) == 0x6  ? 2
                         : (c >> 4) == 0xE  ? 3
                         : (c >> 3) == 0x1E ? 4
                                            : 0;
    bool valid = length > 0 && i + length <= n && !(length == 2 && c < 0xC2);
    for (std::size_t k = 1; valid && k < length; ++k) valid = (bytes[i + k] & 0xC0) == 0x80;
    if (!valid) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", c);
      error(at_offset(static_cast<std::ptrdiff_t>(i)),
            std::string("het bestand is geen geldige UTF-8 (byte ") + byte + ")",
            "sla het bestand op als UTF-8; Windows-1252 of Latin-1 (bijvoorbeeld een 'é' "
            "uit een oude editor) leest koers niet");
      return false;
    }
    i += length;
  }
  return true;
}

bool XmlSource::check_entities() {
  bool ok = true;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    std::string_view rest = text_.substr(i);
    auto skip_to = [&](std::string_view end) {
      auto found = text_.find(end, i);
      i = found == std::string_view::npos ? text_.size() : found + end.size() - 1;
    };
    if (rest.starts_with("<!--")) {
      skip_to("-->");
    } else if (rest.starts_with("<![CDATA[")) {
      skip_to("]]>");
    } else if (rest.starts_with("<?")) {
      skip_to("?>");
    } else if (rest.starts_with("<!DOCTYPE")) {
      // pugixml skips the DTD and expands none of its entities, so a SYSTEM entity never
      // reads a file; an entity declared there would only vanish from the text unexplained.
      const std::size_t open = rest.find('['), close = rest.find('>');
      const std::size_t end = open < close ? rest.find("]>") : close;
      if (rest.substr(0, end).find("<!ENTITY") != std::string_view::npos) {
        error(at_offset(static_cast<std::ptrdiff_t>(i)),
              "het bestand declareert entiteiten in een DOCTYPE; koers gebruikt die niet en "
              "leest nooit een ander bestand via een entiteit",
              "haal de DOCTYPE-declaratie weg en schrijf de tekst zelf in het bestand");
        ok = false;
      }
      skip_to(open < close ? "]>" : ">");
    } else if (rest.front() == '&') {
      auto reference = entity_problem(rest);
      if (reference) {
        error(at_offset(static_cast<std::ptrdiff_t>(i)), reference->message, reference->hint);
        ok = false;
      }
    }
  }
  return ok;
}

TextPosition XmlSource::at(pugi::xml_node element) const {
  // pugixml gives the offset of the name; the '<' before it is where an editor jumps to.
  return at_offset(std::max<std::ptrdiff_t>(0, element.offset_debug() - 1));
}

std::ptrdiff_t XmlSource::attribute_offset(pugi::xml_node element,
                                           std::string_view attribute) const {
  // pugixml keeps no attribute offsets, so scan the start tag for `name=` (skipping quoted
  // values, which may hold anything but their own quote).
  std::size_t i = static_cast<std::size_t>(element.offset_debug());
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  auto name_char = [&](char c) { return !is_space(c) && c != '=' && c != '>' && c != '/'; };
  while (i < text_.size() && name_char(text_[i])) ++i;  // the element name
  while (i < text_.size()) {
    while (i < text_.size() && is_space(text_[i])) ++i;
    if (i >= text_.size() || text_[i] == '>' || text_[i] == '/') return -1;
    std::size_t name_start = i;
    while (i < text_.size() && name_char(text_[i])) ++i;
    std::string_view name = text_.substr(name_start, i - name_start);
    while (i < text_.size() && (is_space(text_[i]) || text_[i] == '=')) ++i;
    if (i < text_.size() && (text_[i] == '"' || text_[i] == '\'')) {
      auto close = text_.find(text_[i], i + 1);
      i = close == std::string_view::npos ? text_.size() : close + 1;
    }
    if (name == attribute) return static_cast<std::ptrdiff_t>(name_start);
    if (name.empty()) ++i;
  }
  return -1;
}

TextPosition XmlSource::at(pugi::xml_node element, std::string_view attribute) const {
  auto offset = attribute_offset(element, attribute);
  return offset < 0 ? at(element) : at_offset(offset);
}

TextPosition XmlSource::at_text(pugi::xml_node element) const {
  for (pugi::xml_node child : element.children()) {
    if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
    std::string_view raw = text_.substr(static_cast<std::size_t>(child.offset_debug()));
    auto first = raw.find_first_not_of(" \t\r\n");
    return at_offset(child.offset_debug() +
                     static_cast<std::ptrdiff_t>(first == std::string_view::npos ? 0 : first));
  }
  return at(element);
}

Location XmlSource::location(pugi::xml_node element) const {
  auto pos = at(element);
  return {pos.line, pos.column};
}

void XmlSource::error(TextPosition pos, std::string message, std::string hint) {
  diags_.error(file_, pos.line, pos.column, std::move(message), std::move(hint));
}

void XmlSource::warning(TextPosition pos, std::string message, std::string hint) {
  diags_.warning(file_, pos.line, pos.column, std::move(message), std::move(hint));
}

Diagnostics XmlSource::sorted_diagnostics() const {
  std::vector<Diagnostic> items = diags_.items();
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
  });
  Diagnostics sorted;
  for (auto& d : items) sorted.add(std::move(d));
  return sorted;
}

// --- Element -----------------------------------------------------------------------------

namespace {

bool listed(std::string_view name, Element::Names names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string hint_for(std::string_view name, Element::Names names) {
  auto match = closest_match(name, std::vector<std::string>(names.begin(), names.end()));
  return match ? "bedoelt u '" + *match + "'?" : std::string();
}

}  // namespace

Element::Element(XmlSource& src, pugi::xml_node node, Names attributes, Names children)
    : src_(src), node_(node) {
  std::vector<std::string_view> seen;
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view name = a.name();
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      src_.error(src_.at(node),
                 "attribuut '" + std::string(name) + "' staat twee keer in '" + node.name() + "'");
      continue;
    }
    seen.push_back(name);
    if (!listed(name, attributes) && !name.starts_with("xmlns") && !name.starts_with("xsi:"))
      src_.warning(src_.at(node, name),
                   "onbekend attribuut '" + std::string(name) + "' in '" + node.name() +
                       "'; koers slaat het over",
                   hint_for(name, attributes));
  }
  if (listed("*", children)) return;  // rich text: its converter checks the children
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element || listed(child.name(), children)) continue;
    src_.warning(src_.at(child),
                 "onbekend element '" + std::string(child.name()) + "' in '" + node.name() +
                     "'; koers slaat het over",
                 hint_for(child.name(), children));
  }
}

std::string Element::who() const {
  std::string id = node_.attribute("id").value();
  if (id.empty()) return node_.name();
  return std::string(node_.name()) + " '" + id + "'";
}

std::string Element::text(const char* attribute) const {
  return collapse_whitespace(node_.attribute(attribute).value());
}

void Element::missing(const char* attribute) const {
  bool present = has(attribute);
  src_.error(src_.at(node_, attribute),
             present ? "attribuut '" + std::string(attribute) + "' van " + who() + " is leeg"
                     : who() + " mist het verplichte attribuut '" + attribute + "'");
}

std::string Element::required(const char* attribute) const {
  std::string value = text(attribute);
  if (value.empty()) missing(attribute);
  return value;
}

void Element::wrong_value(const char* attribute, std::string_view expected,
                          std::string_view example) const {
  std::string message = "attribuut '" + std::string(attribute) + "' van " + who() + ": verwacht " +
                        std::string(expected);
  if (!example.empty()) message += " (bijvoorbeeld " + std::string(example) + ")";
  message += ", maar vond '" + text(attribute) + "'";
  src_.error(src_.at(node_, attribute), message);
}

std::optional<double> Element::number(const char* attribute, bool required) const {
  std::string value = text(attribute);
  if (value.empty()) {
    if (required) missing(attribute);
    return std::nullopt;
  }
  auto parsed = parse_decimal(value);
  if (!parsed) {
    bool comma = value.find(',') != std::string::npos;
    wrong_value(attribute, comma ? "een getal met een decimale punt" : "een getal",
                comma ? "412.5" : "");
  }
  return parsed;
}

std::optional<long long> Element::integer(const char* attribute, long long min, long long max,
                                          bool required) const {
  std::string value = text(attribute);
  if (value.empty()) {
    if (required) missing(attribute);
    return std::nullopt;
  }
  auto parsed = parse_integer(value);
  if (!parsed || *parsed < min || *parsed > max) {
    wrong_value(
        attribute,
        "een geheel getal van " + std::to_string(min) + " tot en met " + std::to_string(max), "");
    return std::nullopt;
  }
  return parsed;
}

namespace {

std::string year_range_message(int year) {
  return "jaar " + std::to_string(year) + " ligt buiten het bereik " + std::to_string(kFirstYear) +
         "–" + std::to_string(kLastYear);
}

}  // namespace

std::optional<int> Element::year(const char* attribute, bool required) const {
  std::string value = text(attribute);
  if (value.empty()) {
    if (required) missing(attribute);
    return std::nullopt;
  }
  auto parsed = parse_integer(value);
  if (!parsed || value.size() != 4) {
    wrong_value(attribute, "een jaartal", "2030");
    return std::nullopt;
  }
  if (*parsed < kFirstYear || *parsed > kLastYear) {
    src_.error(src_.at(node_, attribute), "attribuut '" + std::string(attribute) + "' van " +
                                              who() + ": " +
                                              year_range_message(static_cast<int>(*parsed)));
    return std::nullopt;
  }
  return static_cast<int>(*parsed);
}

std::optional<Date> Element::dated(const char* attribute, bool required,
                                   std::optional<Date> (*parse)(std::string_view),
                                   const char* expected, const char* example) const {
  std::string value = text(attribute);
  if (value.empty()) {
    if (required) missing(attribute);
    return std::nullopt;
  }
  auto parsed = parse(value);
  if (!parsed) {
    wrong_value(attribute, expected, example);
    return std::nullopt;
  }
  if (parsed->year < kFirstYear || parsed->year > kLastYear) {
    src_.error(src_.at(node_, attribute), "attribuut '" + std::string(attribute) + "' van " +
                                              who() + ": " + year_range_message(parsed->year));
    return std::nullopt;
  }
  return parsed;
}

std::optional<Date> Element::date(const char* attribute, bool required) const {
  return dated(attribute, required, parse_iso_date, "een datum jjjj-mm-dd", "2026-11-27");
}

std::optional<Date> Element::year_month(const char* attribute, bool required) const {
  return dated(attribute, required, parse_year_month, "een jaar en maand jjjj-mm", "2027-06");
}

std::optional<std::size_t> Element::choice_index(const char* attribute,
                                                 const std::vector<std::string>& names,
                                                 bool required) const {
  std::string value = text(attribute);
  if (value.empty()) {
    if (required) missing(attribute);
    return std::nullopt;
  }
  auto found = std::find(names.begin(), names.end(), value);
  if (found != names.end()) return static_cast<std::size_t>(found - names.begin());
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  auto match = closest_match(value, names);
  src_.error(src_.at(node_, attribute),
             "attribuut '" + std::string(attribute) + "' van " + who() + ": verwacht een van " +
                 list + ", maar vond '" + value + "'",
             match ? "bedoelt u '" + *match + "'?" : std::string());
  return std::nullopt;
}

std::optional<double> Element::number_content() const {
  std::string value = plain_text(node_);
  if (value.empty()) {
    src_.error(src_.at(node_), who() + " heeft geen getal als inhoud");
    return std::nullopt;
  }
  auto parsed = parse_decimal(value);
  if (!parsed) {
    bool comma = value.find(',') != std::string::npos;
    src_.error(src_.at_text(node_),
               "inhoud van " + who() + ": verwacht een getal" +
                   (comma ? " met een decimale punt (bijvoorbeeld 412.5)" : "") + ", maar vond '" +
                   value + "'");
  }
  return parsed;
}

std::optional<long long> Element::integer_content() const {
  std::string value = plain_text(node_);
  if (value.empty()) {
    src_.error(src_.at(node_), who() + " heeft geen getal als inhoud");
    return std::nullopt;
  }
  auto parsed = parse_integer(value);
  if (!parsed) {
    src_.error(src_.at_text(node_), "inhoud van " + who() +
                                        ": verwacht een geheel getal zonder punten of "
                                        "spaties (bijvoorbeeld 48250), maar vond '" +
                                        value + "'");
  }
  return parsed;
}

std::string Element::child_text(const char* child) const {
  return plain_text(node_.child(child));
}

RichText Element::child_rich(const char* child) const {
  pugi::xml_node node = node_.child(child);
  return node ? read_rich_text(src_, node) : RichText{};
}

bool Element::require_child(const char* child) const {
  if (node_.child(child) && !plain_text(node_.child(child)).empty()) return true;
  src_.error(src_.at(node_), who() + " mist het verplichte element '" + child + "'");
  return false;
}

std::string plain_text(pugi::xml_node node) {
  std::string raw;
  for (pugi::xml_node n = node.first_child(); n;) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) raw += n.value();
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    if (n.type() == pugi::node_element) raw += ' ';
    while (n && n != node && !n.next_sibling()) n = n.parent();
    if (!n || n == node) break;
    n = n.next_sibling();
  }
  return collapse_whitespace(raw);
}

}  // namespace koers::model

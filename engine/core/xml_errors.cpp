#include "core/xml_errors.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace koers {
namespace {

struct OpenElement {
  std::string name;
  std::size_t offset;  // of its '<'
};

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
         c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// Elements still open at `end`, outermost first: a small tag scanner, enough to name the
// element a mismatched or missing end tag belongs to.
std::vector<OpenElement> open_elements(std::string_view text, std::size_t end) {
  std::vector<OpenElement> open;
  std::size_t i = 0;
  auto skip_past = [&](std::string_view marker) {
    auto found = text.find(marker, i);
    i = found == std::string_view::npos ? end : found + marker.size();
  };
  while (i < end) {
    if (text[i] != '<') {
      ++i;
      continue;
    }
    std::string_view rest = text.substr(i);
    if (rest.starts_with("<!--")) {
      skip_past("-->");
    } else if (rest.starts_with("<![CDATA[")) {
      skip_past("]]>");
    } else if (rest.starts_with("<?") || rest.starts_with("<!")) {
      skip_past(">");
    } else if (rest.starts_with("</")) {
      if (!open.empty()) open.pop_back();
      skip_past(">");
    } else {
      std::size_t start = i;
      std::size_t n = i + 1;
      while (n < text.size() && name_char(text[n])) ++n;
      std::string name(text.substr(i + 1, n - i - 1));
      i = n;
      char quote = 0;
      while (i < end && (quote || text[i] != '>')) {
        if (quote && text[i] == quote)
          quote = 0;
        else if (!quote && (text[i] == '"' || text[i] == '\''))
          quote = text[i];
        ++i;
      }
      bool self_closing = i < text.size() && i > 0 && text[i - 1] == '/';
      if (!self_closing && !name.empty()) open.push_back({name, start});
      ++i;
    }
  }
  return open;
}

int line_of(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

std::string end_tag_name(std::string_view text, std::size_t offset) {
  std::size_t n = offset;
  while (n < text.size() && name_char(text[n])) ++n;
  return std::string(text.substr(offset, n - offset));
}

XmlProblem mismatch(std::string_view text, std::ptrdiff_t offset, const XmlReading& reading) {
  auto at = static_cast<std::size_t>(offset);
  // pugixml points at the name in the end tag, or near the end of the text when the file
  // stops with elements still open.
  bool at_end_tag = at >= 2 && at < text.size() && text.substr(at - 2, 2) == "</";
  if (!at_end_tag) {
    auto open = open_elements(text, text.size());
    if (open.empty())
      return {offset, std::string(reading.what) + " houdt midden in een element op", ""};
    const auto& last = open.back();
    return {static_cast<std::ptrdiff_t>(last.offset),
            "element '" + last.name + "' is niet afgesloten: '</" + last.name + ">' ontbreekt",
            "voeg '</" + last.name + ">' toe op de plek waar het element eindigt"};
  }
  std::size_t tag = at - 2;
  auto open = open_elements(text, tag);
  std::string name = end_tag_name(text, at);
  if (open.empty())
    return {static_cast<std::ptrdiff_t>(tag),
            "eindtag '</" + name + ">' zonder bijbehorende begintag", ""};
  const auto& last = open.back();
  const bool closes_outer = std::any_of(open.begin(), open.end() - 1,
                                        [&](const OpenElement& e) { return e.name == name; });
  if (reading.at_unclosed_element && closes_outer)
    return {static_cast<std::ptrdiff_t>(last.offset),
            "element '" + last.name + "' is niet afgesloten: '</" + last.name +
                ">' ontbreekt vóór '</" + name + ">'",
            "voeg '</" + last.name + ">' toe op de plek waar het element eindigt"};
  std::string message =
      "eindtag '</" + name + ">' past niet bij het open element '" + last.name + "'";
  if (!reading.at_unclosed_element)
    message += " (regel " + std::to_string(line_of(text, last.offset)) + ")";
  return {static_cast<std::ptrdiff_t>(tag), std::move(message),
          "sluit eerst '" + last.name + "' af met '</" + last.name + ">', of verbeter de naam"};
}

}  // namespace

XmlProblem describe_parse_error(std::string_view text, pugi::xml_parse_status status,
                                std::ptrdiff_t offset, const XmlReading& reading) {
  const std::string quotes = "schrijf een attribuut als naam=\"waarde\", met aanhalingstekens";
  switch (status) {
    case pugi::status_end_element_mismatch:
      return mismatch(text, offset, reading);
    case pugi::status_unrecognized_tag:
      return {offset, "onherkenbare tag (een '<' die niet bij een element hoort; schrijf &lt;)",
              ""};
    case pugi::status_bad_pi:
      return {offset, "ongeldige verwerkingsinstructie ('<?…?>')", ""};
    case pugi::status_bad_comment:
      return {offset, "commentaar is niet afgesloten met '-->'", ""};
    case pugi::status_bad_cdata:
      return {offset, "CDATA-blok is niet afgesloten met ']]>'", ""};
    case pugi::status_bad_doctype:
      return {offset, "ongeldige DOCTYPE-declaratie", ""};
    case pugi::status_bad_pcdata:
      return {offset, "ongeldige tekst", ""};
    case pugi::status_bad_start_element:
      return {offset, "begintag is niet goed geschreven of niet afgesloten met '>'", quotes};
    case pugi::status_bad_attribute:
      return {offset, "attribuut is niet goed geschreven", quotes};
    case pugi::status_bad_end_element:
      return {offset, "eindtag is niet goed geschreven of niet afgesloten met '>'", ""};
    case pugi::status_no_document_element:
      return {offset, std::string(reading.what) + " bevat geen element", ""};
    case pugi::status_file_not_found:
    case pugi::status_io_error:
      return {offset, std::string(reading.what) + " kan niet worden gelezen", ""};
    case pugi::status_out_of_memory:
      return {offset, "te weinig geheugen om " + std::string(reading.what) + " te lezen", ""};
    case pugi::status_append_invalid_root:
      return {offset, "ongeldig hoofdelement", ""};
    default:
      return {offset, std::string(reading.what) + " is geen geldige XML", ""};
  }
}

std::optional<XmlProblem> entity_problem(std::string_view rest) {
  static constexpr std::string_view kNamed[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};
  for (auto named : kNamed)
    if (rest.starts_with(named)) return std::nullopt;
  std::size_t n = 1;
  if (rest.size() > 2 && rest[1] == '#') {
    bool hex = rest[2] == 'x';
    n = hex ? 3 : 2;
    std::size_t digits_start = n;
    while (n < rest.size() && (hex ? std::isxdigit(static_cast<unsigned char>(rest[n]))
                                   : std::isdigit(static_cast<unsigned char>(rest[n]))))
      ++n;
    if (n > digits_start && n < rest.size() && rest[n] == ';') return std::nullopt;
    return XmlProblem{0, "ongeldige tekencode '" + std::string(rest.substr(0, n)) + "'",
                      "schrijf een tekencode als &#8364; of &#x20AC;"};
  }
  while (n < rest.size() && name_char(rest[n])) ++n;
  const std::string hint =
      "XML kent alleen &amp; &lt; &gt; &quot; en &apos;; schrijf een losse & als &amp;";
  if (n > 1 && n < rest.size() && rest[n] == ';')
    return XmlProblem{0, "onbekende entiteit '" + std::string(rest.substr(0, n + 1)) + "'", hint};
  return XmlProblem{0, "losse '&' in de tekst", hint};
}

}  // namespace koers

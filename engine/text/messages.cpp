// Reading catalogues (pugixml) and formatting messages (icu::MessageFormat). A MessageFormat is
// built per call: its lazily created plural rules and sub-formats make a shared instance
// unsafe across threads, and building one costs a few microseconds (MessagesTest.Throughput).
#include "text/messages.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

#include <algorithm>
#include <charconv>
#include <pugixml.hpp>
#include <set>

#include "core/whitespace.h"

#include "core/closest_match.h"
#include "core/confined_path.h"
#include "core/line_map.h"
#include "core/text_file.h"
#include "core/xml_depth.h"
#include "core/xml_errors.h"

namespace koers::text {

namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::UnicodeString unicode(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

const char* kind_name(ArgumentKind kind) {
  switch (kind) {
    case ArgumentKind::text:
      return "tekst";
    case ArgumentKind::number:
      return "getal";
    case ArgumentKind::date:
      return "datum";
  }
  return "";
}

std::string describe(const std::map<std::string, ArgumentKind>& args) {
  if (args.empty()) return "geen";
  std::string s;
  for (const auto& [name, kind] : args)
    s += (s.empty() ? "" : ", ") + ("{" + name + "} (" + kind_name(kind) + ")");
  return s;
}

ArgumentKind simple_kind(const std::string& type) {
  if (type == "date" || type == "time") return ArgumentKind::date;
  if (type == "number" || type == "spellout" || type == "ordinal" || type == "duration")
    return ArgumentKind::number;
  return ArgumentKind::text;
}

struct PatternCheck {
  std::map<std::string, ArgumentKind> arguments;
  std::string error;  // empty when the pattern is valid
  int offset = 0;     // in the pattern, UTF-16 units
};

// ICU's parse error in words (its names, such as U_UNMATCHED_BRACES, say nothing to a
// translator).
std::string pattern_problem(UErrorCode status) {
  switch (status) {
    case U_UNMATCHED_BRACES:
      return "een accolade { wordt niet gesloten met }";
    case U_DEFAULT_KEYWORD_MISSING:
      return "een plural of select heeft altijd ook een tak other {…}";
    case U_DUPLICATE_KEYWORD:
      return "een tak van een plural of select staat er twee keer in";
    case U_ILLEGAL_ARGUMENT_ERROR:
      return "na de naam van een argument staat een soort die niet bestaat; schrijf {aantal}, "
             "{aantal, number} of {aantal, plural, one {…} other {…}}";
    default:
      return "de opbouw klopt hier niet: elke { heeft een }, en een meervoud schrijft u als "
             "{aantal, plural, one {# doel} other {# doelen}}";
  }
}

PatternCheck check_pattern(const std::string& pattern, const icu::Locale& locale) {
  PatternCheck result;
  const icu::UnicodeString text = unicode(pattern);
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(text, locale, parse_error, status);
  if (U_FAILURE(status)) {
    result.error = "ongeldig berichtpatroon: " + pattern_problem(status);
    result.offset = std::max(0, static_cast<int>(parse_error.offset));
    return result;
  }
  status = U_ZERO_ERROR;
  icu::MessagePattern parsed(text, &parse_error, status);
  for (int i = 0; U_SUCCESS(status) && i + 1 < parsed.countParts(); ++i) {
    const icu::MessagePattern::Part& part = parsed.getPart(i);
    if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
    const icu::MessagePattern::Part& name = parsed.getPart(i + 1);
    if (name.getType() == UMSGPAT_PART_TYPE_ARG_NUMBER) {
      result.error = "argumenten hebben een naam, geen nummer: schrijf {aantal}, niet {0}";
      result.offset = name.getIndex();
      return result;
    }
    ArgumentKind kind = ArgumentKind::text;
    switch (part.getArgType()) {
      case UMSGPAT_ARG_TYPE_PLURAL:
      case UMSGPAT_ARG_TYPE_SELECTORDINAL:
      case UMSGPAT_ARG_TYPE_CHOICE:
        kind = ArgumentKind::number;
        break;
      case UMSGPAT_ARG_TYPE_SIMPLE:
        kind = simple_kind(utf8(parsed.getSubstring(parsed.getPart(i + 2))));
        break;
      default:
        break;
    }
    ArgumentKind& known =
        result.arguments.try_emplace(utf8(parsed.getSubstring(name)), kind).first->second;
    if (kind != ArgumentKind::text) known = kind;  // {n} next to {n, plural, …} is the number
  }
  return result;
}

icu::Locale icu_locale(const std::string& tag) {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Locale::forLanguageTag(tag, status);
}

bool valid_language(const std::string& language) {
  return language.size() >= 2 && language.size() <= 3 &&
         std::all_of(language.begin(), language.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Reads one catalogue file; nullopt when it cannot be read or is not well-formed XML.
std::optional<Messages::Catalogue> read_catalogue(const std::string& language,
                                                  const Resources& resources, Diagnostics& diags,
                                                  const Limits& limits) {
  const std::filesystem::path path = resources.project_root() / "locales" / (language + ".xml");
  const std::string file = path.string();
  const AllowedFolder locales{resources.project_root() / "locales", "de map met tekstcatalogi"};
  const ConfinedPath confined =
      confine_path(language + ".xml", locales.path, {locales}, resources, "de tekstcatalogus");
  if (!confined.ok()) {
    diags.error(file, 0, 0, confined.message, confined.hint);
    return std::nullopt;
  }
  TextFile text_file = read_text_file(resources, path, limits.max_input_bytes, diags);
  if (text_file.too_large) return std::nullopt;
  const std::optional<std::string>& bytes = text_file.text;
  if (!bytes) {
    diags.error(file, 0, 0, "geen tekstcatalogus voor taal '" + language + "'",
                "Beschikbaar zijn de talen met een bestand in locales/ (nl, en, fy). Een nieuwe "
                "taal begint als kopie van locales/nl.xml; zie docs/locales.md.");
    return std::nullopt;
  }
  const LineMap lines(*bytes);
  auto at = [&](std::ptrdiff_t offset) { return lines.at(offset); };
  // pugixml gives an element's offset after its '<'; diagnostics point at the '<'.
  auto element_at = [&](pugi::xml_node n) { return lines.at(n.offset_debug() - 1); };
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(bytes->data(), bytes->size());
  if (!parsed) {
    const XmlProblem problem =
        describe_parse_error(*bytes, parsed.status, parsed.offset, {.what = "de catalogus"});
    TextPosition p = at(problem.offset);
    diags.error(file, p.line, p.column, "de catalogus is geen geldige XML: " + problem.message,
                problem.hint);
    return std::nullopt;
  }
  if (pugi::xml_node deep = first_too_deep_element(doc, limits.max_nesting_depth)) {
    TextPosition p = element_at(deep);
    diags.error(file, p.line, p.column, too_deep_message(deep, limits.max_nesting_depth),
                too_deep_hint());
    return std::nullopt;
  }

  Messages::Catalogue cat;
  cat.language = language;
  cat.file = file;
  pugi::xml_node root = doc.document_element();
  TextPosition root_at = element_at(root);
  if (std::string_view(root.name()) != "catalogus") {
    diags.error(file, root_at.line, root_at.column,
                "het hoofdelement heet <" + std::string(root.name()) + ">, verwacht <catalogus>");
    return std::nullopt;
  }
  const std::string declared = root.attribute("taal").value();
  if (declared != language)
    diags.error(
        file, root_at.line, root_at.column,
        "het bestand " + language + ".xml zegt taal=\"" + declared + "\"",
        "Het attribuut taal moet gelijk zijn aan de bestandsnaam: taal=\"" + language + "\".");
  cat.locale = root.attribute("locale").value();
  if (cat.locale.empty()) cat.locale = language;
  try {
    Formatter probe(cat.locale);  // ICU must know the locale; no silent process-locale fallback
  } catch (const std::exception& e) {
    diags.error(file, root_at.line, root_at.column, e.what());
  }
  const icu::Locale locale = icu_locale(cat.locale);

  for (pugi::xml_node node : root.children()) {
    TextPosition node_at =
        node.type() == pugi::node_element ? element_at(node) : at(node.offset_debug());
    if (node.type() != pugi::node_element) {
      if (node.type() == pugi::node_pcdata)
        diags.error(file, node_at.line, node_at.column,
                    "tekst buiten een <bericht>; zet elke tekst in <bericht id=\"…\">…</bericht>");
      continue;
    }
    if (std::string_view(node.name()) != "bericht") {
      diags.error(file, node_at.line, node_at.column,
                  "onbekend element <" + std::string(node.name()) + ">; verwacht <bericht>");
      continue;
    }
    for (pugi::xml_attribute a : node.attributes())
      if (std::string_view(a.name()) != "id")
        diags.error(file, node_at.line, node_at.column,
                    "onbekend attribuut '" + std::string(a.name()) + "' op <bericht>");
    const std::string id = node.attribute("id").value();
    if (id.empty()) {
      diags.error(file, node_at.line, node_at.column, "<bericht> zonder id");
      continue;
    }
    std::string raw;
    bool markup = false;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
        raw += child.value();
      else if (child.type() == pugi::node_element)
        markup = true;
    }
    if (markup) {
      diags.error(file, node_at.line, node_at.column,
                  "bericht '" + id + "' bevat een element; een bericht is gewone tekst",
                  "Schrijf < en & als &lt; en &amp;.");
      continue;
    }
    Messages::Message message;
    message.pattern = collapse_xml_whitespace(raw);
    message.file = file;
    pugi::xml_node text_node = node.first_child();
    TextPosition text_at = text_node ? at(text_node.offset_debug()) : node_at;
    message.line = node_at.line;
    message.column = node_at.column;
    PatternCheck check = check_pattern(message.pattern, locale);
    if (!check.error.empty()) {
      // The offset counts in the collapsed pattern: exact for one-line messages.
      const std::size_t lead = raw.find_first_not_of(" \t\r\n");
      diags.error(
          file, text_at.line,
          text_at.column + static_cast<int>(lead == std::string::npos ? 0 : lead) + check.offset,
          "bericht '" + id + "': " + check.error);
      continue;
    }
    message.arguments = std::move(check.arguments);
    auto [it, inserted] = cat.messages.try_emplace(id, std::move(message));
    if (!inserted)
      diags.error(file, node_at.line, node_at.column, "bericht '" + id + "' staat er twee keer in",
                  "De eerste staat op regel " + std::to_string(it->second.line) + ".");
  }
  return cat;
}

// A translation must take the arguments of the Dutch original: the code and templates that ask
// for a message pass the same arguments whatever the language.
void compare_with_base(const Messages::Catalogue& cat, const Messages::Catalogue& base,
                       Diagnostics& diags) {
  std::vector<std::string> base_ids;
  for (const auto& [id, unused] : base.messages) base_ids.push_back(id);
  for (const auto& [id, message] : cat.messages) {
    auto original = base.messages.find(id);
    if (original == base.messages.end()) {
      std::string suggestion = closest_match(id, base_ids);
      diags.error(message.file, message.line, message.column,
                  "bericht '" + id + "' bestaat niet in de Nederlandse catalogus (" +
                      std::string(kBaseLanguage) + ".xml)",
                  suggestion.empty() ? "Een nieuwe tekst komt eerst in nl.xml."
                                     : "Bedoelt u '" + suggestion + "'?");
      continue;
    }
    if (message.arguments != original->second.arguments)
      diags.error(message.file, message.line, message.column,
                  "bericht '" + id + "' gebruikt andere argumenten dan het Nederlandse origineel",
                  "Hier: " + describe(message.arguments) +
                      "; in nl.xml: " + describe(original->second.arguments) + ".");
  }
}

std::optional<double> to_number(const std::string& s) {
  double value = 0;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

icu::Formattable formattable(const std::string& id, const std::string& name, ArgumentKind kind,
                             const Argument& value) {
  auto wrong = [&](const std::string& what) -> MessageError {
    return MessageError("bericht '" + id + "': argument {" + name + "} moet een " +
                        kind_name(kind) + " zijn, niet " + what);
  };
  if (const auto* s = std::get_if<std::string>(&value)) {
    if (kind == ArgumentKind::number) {
      if (auto n = to_number(*s)) return icu::Formattable(*n);
      throw wrong("'" + *s + "'");
    }
    if (kind == ArgumentKind::date) {
      if (auto d = parse_date(*s)) return formattable(id, name, kind, *d);
      throw wrong("'" + *s + "'");
    }
    return icu::Formattable(unicode(*s));
  }
  if (const auto* n = std::get_if<double>(&value)) {
    if (kind == ArgumentKind::date) throw wrong("een getal");
    return icu::Formattable(*n);
  }
  const Date& d = std::get<Date>(value);
  if (kind == ArgumentKind::number) throw wrong("een datum");
  // Noon in the default time zone, which MessageFormat also formats in: the day cannot shift.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(status));
  calendar->clear();
  calendar->set(d.year, std::max(d.month, 1) - 1, std::max(d.day, 1), 12, 0, 0);
  const UDate when = calendar->getTime(status);
  if (U_FAILURE(status)) throw wrong("een onmogelijke datum");
  return icu::Formattable(when, icu::Formattable::kIsDate);
}

}  // namespace

Messages::Messages(std::vector<Catalogue> chain) : chain_(std::move(chain)) {
  if (chain_.empty()) throw std::invalid_argument("Messages zonder catalogus");
}

std::shared_ptr<const Messages> Messages::load(const std::string& language,
                                               const Resources& resources, Diagnostics& diags,
                                               const Limits& limits) {
  if (!valid_language(language)) {
    diags.error("--lang", 0, 0, "ongeldige taalcode '" + language + "'",
                "Gebruik een taalcode van twee letters: nl, en of fy.");
    return nullptr;
  }
  const std::size_t errors_before = diags.error_count();
  std::vector<Catalogue> chain;
  auto own = read_catalogue(language, resources, diags, limits);
  if (!own) return nullptr;
  chain.push_back(std::move(*own));
  if (language != kBaseLanguage) {
    auto base = read_catalogue(kBaseLanguage, resources, diags, limits);
    if (!base) return nullptr;
    compare_with_base(chain.front(), *base, diags);
    chain.push_back(std::move(*base));
  }
  if (diags.error_count() != errors_before) return nullptr;
  return std::make_shared<const Messages>(std::move(chain));
}

std::vector<std::string> Messages::fallback_chain() const {
  std::vector<std::string> languages;
  for (const auto& c : chain_) languages.push_back(c.language);
  return languages;
}

const Messages::Message* Messages::find(std::string_view id, const Catalogue** from) const {
  for (const auto& cat : chain_) {
    auto it = cat.messages.find(id);
    if (it == cat.messages.end()) continue;
    if (from) *from = &cat;
    return &it->second;
  }
  return nullptr;
}

bool Messages::has(std::string_view id) const {
  return find(id) != nullptr;
}

std::string Messages::source_language(std::string_view id) const {
  const Catalogue* from = nullptr;
  return find(id, &from) ? from->language : std::string();
}

const std::map<std::string, ArgumentKind>& Messages::arguments(std::string_view id) const {
  const Message* m = find(id);
  if (!m) throw MessageError("onbekend bericht '" + std::string(id) + "'");
  return m->arguments;
}

const std::string& Messages::pattern(std::string_view id) const {
  const Message* m = find(id);
  if (!m) throw MessageError("onbekend bericht '" + std::string(id) + "'");
  return m->pattern;
}

std::vector<std::string> Messages::own_ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, unused] : chain_.front().messages) ids.push_back(id);
  return ids;
}

std::vector<std::string> Messages::ids() const {
  std::set<std::string> ids;
  for (const auto& cat : chain_)
    for (const auto& [id, unused] : cat.messages) ids.insert(id);
  return {ids.begin(), ids.end()};
}

std::string Messages::closest_id(std::string_view id) const {
  return closest_match(id, ids());
}

std::string Messages::format(std::string_view id, const Arguments& args) const {
  const Catalogue* from = nullptr;
  const Message* message = find(id, &from);
  if (!message) {
    std::string suggestion = closest_id(id);
    throw MessageError("onbekend bericht '" + std::string(id) + "'" +
                       (suggestion.empty() ? "" : " (bedoelt u '" + suggestion + "'?)"));
  }
  for (const auto& [name, unused] : args)
    if (!message->arguments.contains(name))
      throw MessageError("bericht '" + std::string(id) + "' kent geen argument {" + name +
                         "}; het verwacht: " + describe(message->arguments));
  if (message->arguments.empty()) {
    // Without arguments ICU still reads apostrophes as quotes; format for identical output.
    if (message->pattern.find('\'') == std::string::npos) return message->pattern;
  }
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, kind] : message->arguments) {
    auto given = args.find(name);
    if (given == args.end())
      throw MessageError("bericht '" + std::string(id) + "' mist argument {" + name + "}");
    names.push_back(unicode(name));
    values.push_back(formattable(std::string(id), name, kind, given->second));
  }
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  icu::MessageFormat format(unicode(message->pattern), icu_locale(from->locale), parse_error,
                            status);
  icu::UnicodeString out;
  format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), out, status);
  if (U_FAILURE(status))
    throw MessageError("bericht '" + std::string(id) +
                       "' kan niet worden opgemaakt met de gegeven argumenten");
  return utf8(out);
}

std::shared_ptr<const Messages> MessageCache::get(const std::string& language, Diagnostics& diags) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(language);
  if (it == entries_.end()) {
    Entry entry;
    entry.messages = Messages::load(language, resources_, entry.diags, limits_);
    it = entries_.emplace(language, std::move(entry)).first;
  }
  diags.append(it->second.diags);
  return it->second.messages;
}

}  // namespace koers::text

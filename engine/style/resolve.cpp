#include "style/resolve.h"

#include <cmath>
#include <initializer_list>
#include <set>

#include "core/length.h"
#include "style/properties.h"
#include "style/values.h"

namespace koers::style {
namespace {

constexpr double kMaxLength = 5000;  // pt; anything larger is a typo (about 1.76 m)

class Resolver {
 public:
  Resolver(StyleSheet& sheet, Diagnostics& diags)
      : sheet_(sheet), source_(sheet.source), diags_(diags) {}

  void run() {
    sheet_.paragraphs.clear();
    sheet_.characters.clear();
    sheet_.tables.clear();
    sheet_.pages.clear();
    sheet_.settings.clear();
    sheet_.font_files.clear();
    sheet_.format = {};
    sheet_.chart = {};
    sheet_.source.failed.clear();
    check_colour_variables();
    for (std::string_view element : element_styles()) paragraph(std::string(element), 0);
    paragraph("p", 0);
    table("table", 0);
    page("body", 0);
    for (const auto& [key, properties] : source_.rules) {
      std::size_t colon = key.find(':');
      std::string kind = key.substr(0, colon), name = key.substr(colon + 1);
      if (kind == "p") paragraph(name, 0);
      if (kind == "table") table(name, 0);
      if (kind == "page") page(name, 0);
      if (kind == "span") character(name, properties);
      if (kind == "format") format(properties);
    }
    chart(rule("chart:"));
    for (const auto& [name, declaration] : source_.settings) {
      if (auto value = setting(name, declaration)) sheet_.settings[name] = *value;
    }
    for (const auto& [family, declaration] : source_.fonts) {
      auto text = value_of(declaration);
      if (!text) continue;
      auto folder = unquote(*text);
      if (!folder || folder->empty()) {
        problem(declaration, "src verwacht een map tussen aanhalingstekens",
                "Bijvoorbeeld: src: \"fonts/\";");
        continue;
      }
      sheet_.font_files[family] = std::filesystem::path(declaration.file).parent_path() / *folder;
    }
  }

 private:
  // --- reporting and values ----------------------------------------------------------

  void problem(const Declaration& d, std::string message, std::string hint = {}) {
    sheet_.source.failed.insert(position_key(d));
    std::string key = position_key(d) + ':' + message;
    if (!sheet_.source.reported.insert(key).second) return;
    diags_.error(d.file, d.line, d.column, std::move(message), std::move(hint));
  }

  std::optional<std::string> value_of(const Declaration& d) {
    for (const std::string& name : referenced_variables(d.value)) {
      if (broken_.count(name)) {  // reported at the variable, where the mistake is written
        sheet_.source.failed.insert(position_key(d));
        return std::nullopt;
      }
    }
    std::string why, hint;
    auto text = substitute_variables(d.value, source_.variables, why, hint);
    if (!text) problem(d, why, hint);
    return text;
  }

  // A value that is one variable ("var(--accent)") is wrong where the variable is given
  // its value, often in another file than the declaration that uses it: reported there.
  void bad_value(const std::string& property, const Declaration& d, const std::string& text,
                 std::string hint) {
    const std::vector<std::string> names = referenced_variables(d.value);
    if (names.size() == 1 && d.value.starts_with("var(") && d.value.ends_with(")")) {
      if (auto it = source_.variables.find(names.front()); it != source_.variables.end()) {
        sheet_.source.failed.insert(position_key(d));
        problem(it->second, "ongeldige waarde voor " + it->first + ": \"" + text + "\"",
                std::move(hint));
        return;
      }
    }
    problem(d, "ongeldige waarde voor " + property + ": \"" + text + "\"", std::move(hint));
  }

  static std::string position_key(const Declaration& d) {
    return d.file + ':' + std::to_string(d.line) + ':' + std::to_string(d.column);
  }

  // The variables a value names in var(--name) or var(--name, fallback).
  static std::vector<std::string> referenced_variables(std::string_view value) {
    std::vector<std::string> names;
    for (std::size_t at = value.find("var("); at != std::string_view::npos;
         at = value.find("var(", at + 4)) {
      std::size_t end = value.find_first_of(",)", at + 4);
      std::string_view name = value.substr(at + 4, end - at - 4);
      while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
      while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
      if (!name.empty()) names.emplace_back(name);
    }
    return names;
  }

  // A variable whose value is meant as a colour (#…, rgb(…)) but is none is reported once,
  // at the variable; the declarations that use it then stay silent (value_of), instead of
  // one error per use in the styles it reaches.
  void check_colour_variables() {
    broken_.clear();
    const std::string hint =
        "Schrijf een kleur als #0b5d4b, #ccc, rgb(11, 93, 75) of een naam zoals black.";
    for (const auto& [name, d] : source_.variables) {
      if (!referenced_variables(d.value).empty()) continue;
      const std::string& value = d.value;  // trimmed by the parser
      if ((value.starts_with("#") || value.starts_with("rgb(")) && !parse_color(value)) {
        problem(d, "ongeldige waarde voor " + name + ": \"" + value + "\"", hint);
        broken_.insert(name);
      }
    }
    // Variables defined by a broken one are broken too (--accent-light: var(--accent)).
    for (bool grew = !broken_.empty(); grew;) {
      grew = false;
      for (const auto& [name, d] : source_.variables) {
        if (broken_.count(name)) continue;
        for (const std::string& used : referenced_variables(d.value))
          if (broken_.count(used)) grew = broken_.insert(name).second;
      }
    }
  }

  std::optional<double> length(const std::string& property, const Declaration& d,
                               bool allow_negative = false) {
    auto text = value_of(d);
    if (!text) return std::nullopt;
    auto points = parse_length(*text);
    if (!points || (!allow_negative && *points < 0) || std::abs(*points) > kMaxLength) {
      bad_value(property, d, *text,
                "Schrijf een lengte met eenheid (pt, mm, cm, in of px), bijvoorbeeld 6pt.");
      return std::nullopt;
    }
    return points;
  }

  std::optional<std::vector<double>> lengths(const std::string& property, const Declaration& d,
                                             std::size_t most) {
    auto text = value_of(d);
    if (!text) return std::nullopt;
    std::vector<double> out;
    auto words = split_words(*text);
    for (std::string_view w : words) {
      auto points = parse_length(w);
      if (!points || *points < 0 || *points > kMaxLength) {
        out.clear();
        break;
      }
      out.push_back(*points);
    }
    if (out.empty() || out.size() > most) {
      bad_value(property, d, *text,
                "Schrijf 1 tot " + std::to_string(most) + " lengtes, bijvoorbeeld 3pt 4pt.");
      return std::nullopt;
    }
    return out;
  }

  std::optional<display::Color> color(const std::string& property, const Declaration& d) {
    auto text = value_of(d);
    if (!text) return std::nullopt;
    auto c = parse_color(*text);
    if (!c) {
      bad_value(property, d, *text,
                "Schrijf een kleur als #0b5d4b, #ccc, rgb(11, 93, 75) of een naam zoals black.");
    }
    return c;
  }

  // The index of the keyword the value is, or nullopt (reported).
  std::optional<std::size_t> keyword(const std::string& property, const Declaration& d,
                                     std::initializer_list<std::string_view> allowed) {
    auto text = value_of(d);
    if (!text) return std::nullopt;
    std::size_t i = 0;
    for (std::string_view k : allowed) {
      if (*text == k) return i;
      ++i;
    }
    std::string hint = "Gebruik";
    i = 0;
    for (std::string_view k : allowed) hint += (i++ ? ", " : " ") + std::string(k);
    bad_value(property, d, *text, hint + ".");
    return std::nullopt;
  }

  std::optional<std::string> name_value(const std::string& property, const Declaration& d) {
    auto text = value_of(d);
    if (!text) return std::nullopt;
    std::string name = unquote(*text).value_or(*text);
    if (name.empty() || name.find(',') != std::string::npos ||
        name.find('"') != std::string::npos) {
      bad_value(property, d, *text, "Noem één naam, bijvoorbeeld \"Lato\".");
      return std::nullopt;
    }
    return name;
  }

  // A @setting's value without its quotes, or nullopt (reported). The spellings layout
  // reads: heading-numbering a depth ("2") or a format ("1.1"), the others yes or no; none,
  // off and nee are older spellings of no.
  std::optional<std::string> setting(const std::string& name, const Declaration& d) {
    auto text = value_of(d);
    if (!text) return std::nullopt;
    const std::string value = unquote(*text).value_or(*text);
    const bool no = value == "no" || value == "none" || value == "off" || value == "nee";
    if (name == "heading-numbering") {
      const bool depth = value.size() == 1 && value[0] >= '0' && value[0] <= '4';
      const bool format = value == "1.1" || value == "1.1.1" || value == "1.1.1.1";
      if (no || depth || format) return value;
      problem(d, "ongeldige waarde voor " + name + ": \"" + value + "\"",
              "Gebruik \"1.1\" (hoofdstukken en paragrafen), \"1.1.1\" (drie niveaus), een "
              "aantal niveaus (\"2\") of no (geen nummers).");
      return std::nullopt;
    }
    if (no || value == "yes") return value;
    problem(d, "ongeldige waarde voor " + name + ": \"" + value + "\"", "Gebruik yes of no.");
    return std::nullopt;
  }

  const std::map<std::string, Declaration>* rule(const std::string& key) const {
    auto it = source_.rules.find(key);
    return it == source_.rules.end() ? nullptr : &it->second;
  }

  // The parent named by based-on, when it names a style of the same kind.
  std::optional<std::string> based_on(const std::map<std::string, Declaration>* properties,
                                      const std::string& prefix, bool element_ok) {
    if (!properties) return std::nullopt;
    auto it = properties->find("based-on");
    if (it == properties->end()) return std::nullopt;
    auto parent = name_value("based-on", it->second);
    if (!parent) return std::nullopt;
    if (rule(prefix + *parent) || (element_ok && is_element_style(*parent)) ||
        (prefix == "table:" && *parent == "table") || (prefix == "page:" && *parent == "body"))
      return parent;
    problem(it->second, "based-on noemt een onbekende stijl \"" + *parent + "\"");
    return std::nullopt;
  }

  bool guard(const std::string& key, const std::map<std::string, Declaration>* properties,
             int depth) {
    if (depth <= 8 && !in_progress_.count(key)) return true;
    if (properties && properties->count("based-on"))
      problem(properties->at("based-on"), "based-on maakt een kring of is dieper dan 8 stijlen");
    return false;
  }

  // --- paragraph styles --------------------------------------------------------------

  const ParagraphStyle& paragraph(const std::string& name, int depth) {
    if (auto it = sheet_.paragraphs.find(name); it != sheet_.paragraphs.end()) return it->second;
    const std::string key = "p:" + name;
    const auto* properties = rule(key);
    if (!guard(key, properties, depth)) return kDefaultParagraph;
    in_progress_.insert(key);
    ParagraphStyle s;
    auto parent = based_on(properties, "p:", true);
    if (parent) {
      s = paragraph(*parent, depth + 1);
    } else if (name != "p") {
      const ParagraphStyle& p = paragraph("p", depth + 1);
      if (is_element_style(name)) {
        // Element styles (h1, td, …) take only the font from p: spacing and alignment of a
        // heading or a table cell have nothing to do with those of body text.
        s.font_family = p.font_family;
        s.font_size = p.font_size;
        s.line_height = p.line_height;
        s.bold = p.bold;
        s.italic = p.italic;
        s.color = p.color;
      } else {
        s = p;
      }
    }
    const double ratio = s.line_height / s.font_size;
    if (properties) apply_paragraph(*properties, s, ratio);
    in_progress_.erase(key);
    return sheet_.paragraphs[name] = s;
  }

  void apply_paragraph(const std::map<std::string, Declaration>& properties, ParagraphStyle& s,
                       double inherited_ratio) {
    for (const auto& [property, d] : properties) {
      if (property == "font-family") {
        if (auto v = name_value(property, d)) s.font_family = *v;
      } else if (property == "font-size") {
        if (auto v = length(property, d); v && *v > 0) s.font_size = *v;
      } else if (property == "font-weight") {
        if (auto v = font_weight(property, d)) s.bold = *v;
      } else if (property == "font-style") {
        if (auto v = keyword(property, d, {"normal", "italic", "oblique"})) s.italic = *v > 0;
      } else if (property == "color") {
        if (auto v = color(property, d)) s.color = *v;
      } else if (property == "text-align") {
        if (auto v = keyword(property, d, {"left", "right", "center", "justify"}))
          s.text_align = static_cast<TextAlign>(*v);
      } else if (property == "space-before") {
        if (auto v = length(property, d)) s.space_before = *v;
      } else if (property == "space-after") {
        if (auto v = length(property, d)) s.space_after = *v;
      } else if (property == "margin-left") {
        if (auto v = length(property, d, true)) s.margin_left = *v;
      } else if (property == "margin-right") {
        if (auto v = length(property, d, true)) s.margin_right = *v;
      } else if (property == "text-indent") {
        if (auto v = length(property, d, true)) s.text_indent = *v;
      } else if (property == "keep-with-next") {
        if (auto v = keyword(property, d, {"auto", "always"})) s.keep_with_next = *v == 1;
      } else if (property == "keep-together") {
        if (auto v = keyword(property, d, {"auto", "always"})) s.keep_together = *v == 1;
      } else if (property == "page-break-before") {
        if (auto v = keyword(property, d, {"auto", "always"})) s.page_break_before = *v == 1;
      } else if (property == "hyphenate") {
        if (auto v = keyword(property, d, {"none", "auto"})) s.hyphenate = *v == 1;
      } else if (property == "text-transform") {
        if (auto v = keyword(property, d, {"none", "uppercase"})) s.uppercase = *v == 1;
      } else if (property == "background") {
        if (auto text = value_of(d); text && *text == "none") {
          s.has_background = false;
        } else if (auto v = color(property, d)) {
          s.background = *v;
          s.has_background = true;
        }
      } else if (property == "border-bottom") {
        border(property, d, s);
      } else if (property == "padding") {
        if (auto v = length(property, d)) s.padding = *v;
      }
    }
    if (auto it = properties.find("line-height"); it != properties.end()) {
      line_height(it->second, s);
    } else if (properties.count("font-size")) {
      s.line_height = s.font_size * inherited_ratio;  // follows the font size it inherited
    }
  }

  void line_height(const Declaration& d, ParagraphStyle& s) {
    auto text = value_of(d);
    if (!text) return;
    if (auto factor = parse_number(*text); factor && *factor > 0 && *factor <= 10) {
      s.line_height = *factor * s.font_size;
    } else if (auto points = parse_length(*text); points && *points > 0 && *points < kMaxLength) {
      s.line_height = *points;
    } else {
      bad_value("line-height", d, *text,
                "Schrijf een lengte (13pt) of een factor van de lettergrootte (1.3).");
    }
  }

  std::optional<bool> font_weight(const std::string& property, const Declaration& d) {
    auto text = value_of(d);
    if (!text) return std::nullopt;
    if (*text == "bold") return true;
    if (*text == "normal") return false;
    if (auto number = parse_number(*text);
        number && *number >= 100 && *number <= 900 && static_cast<int>(*number) % 100 == 0)
      return *number >= 600;
    bad_value(property, d, *text, "Gebruik normal of bold (of 100–900).");
    return std::nullopt;
  }

  void border(const std::string& property, const Declaration& d, ParagraphStyle& s) {
    auto text = value_of(d);
    if (!text) return;
    if (*text == "none") {
      s.border_width = 0;
      return;
    }
    std::optional<double> width;
    std::optional<display::Color> c;
    bool ok = true;
    for (std::string_view word : split_words(*text)) {
      if (auto w = parse_length(word); w && *w >= 0 && !width) {
        width = *w;
      } else if (word == "solid") {
        continue;
      } else if (auto col = parse_color(word); col && !c) {
        c = *col;
      } else {
        ok = false;
      }
    }
    if (!ok || !width) {
      bad_value(property, d, *text, "Schrijf breedte, stijl en kleur: 0.5pt solid #cccccc.");
      return;
    }
    s.border_width = *width;
    if (c) s.border_color = *c;
  }

  // --- character, table and page styles ----------------------------------------------

  void character(const std::string& name, const std::map<std::string, Declaration>& properties) {
    CharacterStyle c;
    for (const auto& [property, d] : properties) {
      if (property == "font-family") {
        if (auto v = name_value(property, d)) c.font_family = *v;
      } else if (property == "font-size") {
        if (auto v = length(property, d); v && *v > 0) c.font_size = *v;
      } else if (property == "font-weight") {
        if (auto v = font_weight(property, d)) c.bold = *v;
      } else if (property == "font-style") {
        if (auto v = keyword(property, d, {"normal", "italic", "oblique"})) c.italic = *v > 0;
      } else if (property == "color") {
        if (auto v = color(property, d)) c.color = *v;
      }
    }
    sheet_.characters[name] = c;
  }

  const TableStyle& table(const std::string& name, int depth) {
    if (auto it = sheet_.tables.find(name); it != sheet_.tables.end()) return it->second;
    const std::string key = "table:" + name;
    const auto* properties = rule(key);
    if (!guard(key, properties, depth)) return kDefaultTable;
    in_progress_.insert(key);
    TableStyle t;
    if (auto parent = based_on(properties, "table:", false)) {
      t = table(*parent, depth + 1);
    } else if (name != "table") {
      t = table("table", depth + 1);
    }
    for (const auto& [property, d] : properties ? *properties : kNoProperties) {
      if (property == "cell-padding") {
        if (auto v = lengths(property, d, 2)) {
          t.cell_padding_y = (*v)[0];
          t.cell_padding_x = v->size() > 1 ? (*v)[1] : (*v)[0];
        }
      } else if (property == "rule-color") {
        if (auto v = color(property, d)) t.rule_color = *v;
      } else if (property == "rule-width") {
        if (auto v = length(property, d)) t.rule_width = *v;
      } else if (property == "header-background") {
        if (auto text = value_of(d); text && *text == "none") {
          t.header_background = {1, 1, 1};
        } else if (auto v = color(property, d)) {
          t.header_background = *v;
        }
      } else if (property == "header-color") {
        if (auto v = color(property, d)) t.header_color = *v;
      } else if (property == "zebra") {
        if (auto v = keyword(property, d, {"no", "yes"})) t.zebra = *v == 1;
      } else if (property == "zebra-background") {
        if (auto v = color(property, d)) t.zebra_background = *v;
      } else if (property == "space-before") {
        if (auto v = length(property, d)) t.space_before = *v;
      } else if (property == "space-after") {
        if (auto v = length(property, d)) t.space_after = *v;
      }
    }
    in_progress_.erase(key);
    return sheet_.tables[name] = t;
  }

  const PageTemplate& page(const std::string& name, int depth) {
    if (auto it = sheet_.pages.find(name); it != sheet_.pages.end()) return it->second;
    const std::string key = "page:" + name;
    const auto* properties = rule(key);
    if (!guard(key, properties, depth)) return kDefaultPage;
    in_progress_.insert(key);
    PageTemplate p;
    if (auto parent = based_on(properties, "page:", false)) {
      p = page(*parent, depth + 1);
    } else if (name != "body") {
      p = page("body", depth + 1);
    }
    for (const auto& [property, d] : properties ? *properties : kNoProperties) {
      if (property == "size") {
        page_size(d, p);
      } else if (property == "margin") {
        if (auto v = lengths(property, d, 4)) {
          // CSS order: top, right, bottom, left; missing values repeat their opposite.
          const auto& m = *v;
          p.margin_top = m[0];
          p.margin_right = m.size() > 1 ? m[1] : m[0];
          p.margin_bottom = m.size() > 2 ? m[2] : m[0];
          p.margin_left = m.size() > 3 ? m[3] : p.margin_right;
        }
      } else if (property == "header" || property == "footer") {
        if (keyword(property, d, {"none"})) (property == "header" ? p.header : p.footer) = {};
      } else if (property.starts_with("header-") || property.starts_with("footer-")) {
        running(property, d, p);
      } else if (property == "background") {
        if (auto text = value_of(d); text && *text == "none") {
          p.has_background = false;
        } else if (auto v = color(property, d)) {
          p.background = *v;
          p.has_background = true;
        }
      } else if (property == "running-style") {
        if (auto v = name_value(property, d)) p.running_style = *v;
      } else if (property == "count-pages") {
        if (auto v = keyword(property, d, {"no", "yes"})) p.count_pages = *v == 1;
      }
    }
    in_progress_.erase(key);
    return sheet_.pages[name] = p;
  }

  void running(const std::string& property, const Declaration& d, PageTemplate& p) {
    if (property == "header-offset" || property == "footer-offset") {
      if (auto v = length(property, d))
        (property == "header-offset" ? p.header_offset : p.footer_offset) = *v;
      return;
    }
    auto text = value_of(d);
    if (!text) return;
    std::optional<std::string> content = *text == "none" ? std::string() : unquote(*text);
    if (!content) {
      bad_value(property, d, *text,
                "Zet de tekst tussen aanhalingstekens, bijvoorbeeld \"Pagina {page} van "
                "{pages}\", of schrijf none.");
      return;
    }
    RunningText& r = property.starts_with("header-") ? p.header : p.footer;
    std::string_view where = std::string_view(property).substr(7);
    (where == "left" ? r.left : where == "center" ? r.center : r.right) = *content;
  }

  void page_size(const Declaration& d, PageTemplate& p) {
    auto text = value_of(d);
    if (!text) return;
    auto words = split_words(*text);
    struct Named {
      std::string_view name;
      double width, height;
    };
    static constexpr Named kSizes[] = {{"A3", 841.89, 1190.55},
                                       {"A4", 595.276, 841.89},
                                       {"A5", 419.528, 595.276},
                                       {"letter", 612, 792}};
    if (!words.empty() && words.size() <= 2) {
      for (const Named& n : kSizes) {
        if (words[0] != n.name) continue;
        bool landscape = words.size() == 2 && words[1] == "landscape";
        if (words.size() == 2 && !landscape && words[1] != "portrait") break;
        p.width = landscape ? n.height : n.width;
        p.height = landscape ? n.width : n.height;
        return;
      }
      if (words.size() == 2) {
        auto w = parse_length(words[0]), h = parse_length(words[1]);
        if (w && h && *w > 0 && *h > 0 && *w < kMaxLength && *h < kMaxLength) {
          p.width = *w;
          p.height = *h;
          return;
        }
      }
    }
    bad_value("size", d, *text,
              "Gebruik A4, A4 landscape, A3, A5, letter of twee lengtes (210mm 297mm).");
  }

  // --- @format ------------------------------------------------------------------------

  void format(const std::map<std::string, Declaration>& properties) {
    NumberStyle& f = sheet_.format;
    for (const auto& [property, d] : properties) {
      if (property == "currency-spacing") {
        if (auto v = keyword(property, d, {"auto", "space", "none"}))
          f.currency_spacing = static_cast<Spacing>(*v);
      } else if (property == "percent-spacing") {
        if (auto v = keyword(property, d, {"auto", "space", "none"}))
          f.percent_spacing = static_cast<Spacing>(*v);
      } else if (property == "whole-amounts") {
        if (auto v = keyword(property, d, {"plain", "dash"})) f.whole_amount_dash = *v == 1;
      } else if (property == "quotes") {
        quotes(d, f);
      }
    }
  }

  // CSS quotes: auto, or an opening and a closing mark (a second pair, for quotes inside
  // quotes, is accepted and not used).
  void quotes(const Declaration& d, NumberStyle& f) {
    auto text = value_of(d);
    if (!text) return;
    if (*text == "auto") {
      f.quote_open.clear();
      f.quote_close.clear();
      return;
    }
    std::vector<std::string> marks;
    for (std::string_view word : split_words(*text)) {
      auto mark = unquote(word);
      if (!mark || mark->empty()) {
        marks.clear();
        break;
      }
      marks.push_back(*mark);
    }
    if (marks.size() != 2 && marks.size() != 4) {
      bad_value("quotes", d, *text,
                "Schrijf auto, of het openings- en sluitteken tussen aanhalingstekens: "
                "quotes: \"„\" \"”\";");
      return;
    }
    f.quote_open = marks[0];
    f.quote_close = marks[1];
  }

  // --- @chart -------------------------------------------------------------------------

  void chart(const std::map<std::string, Declaration>* properties) {
    ChartStyle& c = sheet_.chart;
    const ParagraphStyle& p = paragraph("p", 0);
    c.font_family = p.font_family;
    c.color = p.color;
    if (!properties) return;
    for (const auto& [property, d] : *properties) {
      if (property == "palette") {
        palette(d, c);
      } else if (property == "font-family") {
        if (auto v = name_value(property, d)) c.font_family = *v;
      } else if (property == "font-size" || property == "title-size") {
        if (auto v = length(property, d); v && *v > 0)
          (property == "font-size" ? c.font_size : c.title_size) = *v;
      } else if (auto v = color(property, d)) {
        if (property == "color") c.color = *v;
        if (property == "axis-color") c.axis_color = *v;
        if (property == "grid-color") c.grid_color = *v;
        if (property == "on-track-color") c.on_track_color = *v;
        if (property == "attention-color") c.attention_color = *v;
        if (property == "off-track-color") c.off_track_color = *v;
        if (property == "unknown-color") c.unknown_color = *v;
      }
    }
  }

  // A list of colours, or auto: the charts' own palette.
  void palette(const Declaration& d, ChartStyle& c) {
    auto text = value_of(d);
    if (!text) return;
    if (*text == "auto") {
      c.palette.clear();
      return;
    }
    std::vector<Color> colors;
    for (std::string_view word : split_words(*text)) {
      auto col = parse_color(word);
      if (!col) {
        bad_value("palette", d, *text,
                  "Schrijf kleuren met spaties ertussen, bijvoorbeeld #1b5e20 #f9a825 "
                  "var(--blauw), of auto voor het standaardpalet.");
        return;
      }
      colors.push_back(*col);
    }
    c.palette = std::move(colors);
  }

  static inline const ParagraphStyle kDefaultParagraph{};
  static inline const TableStyle kDefaultTable{};
  static inline const PageTemplate kDefaultPage{};
  static inline const std::map<std::string, Declaration> kNoProperties{};

  StyleSheet& sheet_;
  const StyleSource& source_;
  Diagnostics& diags_;
  std::set<std::string> in_progress_;
  std::set<std::string> broken_;  // variables reported as wrong colours
};

}  // namespace

void resolve(StyleSheet& sheet, Diagnostics& diags) {
  Resolver(sheet, diags).run();
}

}  // namespace koers::style

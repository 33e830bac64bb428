#include "style/sheet_parser.h"

#include <algorithm>
#include <vector>

#include "core/line_map.h"
#include "style/properties.h"

namespace koers::style {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

struct PendingDeclaration {
  std::string name;
  std::size_t name_offset = 0;
  Declaration declaration;
};

struct Selector {
  RuleKind kind = RuleKind::paragraph;
  std::string key;  // rule key in StyleSource::rules; empty for :root
};

class SheetParser {
 public:
  SheetParser(std::string_view text, const std::string& file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags), lines_(text) {}

  ParsedSheet parse() {
    skip_space();
    while (pos_ < text_.size()) {
      std::size_t before = pos_;
      statement();
      first_statement_ = false;
      skip_space();
      if (pos_ == before) ++pos_;  // never loop on a character nothing consumes
    }
    return std::move(out_);
  }

 private:
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void error_at(std::size_t offset, std::string message, std::string hint = {}) {
    TextPosition p = lines_.at(static_cast<std::ptrdiff_t>(offset));
    diags_.error(file_, p.line, p.column, std::move(message), std::move(hint));
  }

  Declaration declaration_at(std::size_t offset, std::string value) const {
    TextPosition p = lines_.at(static_cast<std::ptrdiff_t>(offset));
    return {std::move(value), file_, p.line, p.column};
  }

  // Skips white space and /* comments */.
  void skip_space() {
    while (pos_ < text_.size()) {
      if (is_space(text_[pos_])) {
        ++pos_;
      } else if (text_.substr(pos_, 2) == "/*") {
        std::size_t end = text_.find("*/", pos_ + 2);
        if (end == std::string_view::npos) {
          error_at(pos_, "commentaar wordt niet gesloten", "Sluit /* … af met */.");
          pos_ = text_.size();
          return;
        }
        pos_ = end + 2;
      } else {
        return;
      }
    }
  }

  std::string_view name() {
    std::size_t start = pos_;
    while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
    return text_.substr(start, pos_ - start);
  }

  // A quoted string ("…" or '…') at pos_, without the quotes.
  std::optional<std::string> string_literal() {
    char quote = peek();
    if (quote != '"' && quote != '\'') return std::nullopt;
    std::size_t end = text_.find(quote, pos_ + 1);
    if (end == std::string_view::npos ||
        text_.substr(pos_, end - pos_).find('\n') != std::string_view::npos) {
      error_at(pos_, "tekst tussen aanhalingstekens wordt niet gesloten");
      end = std::min(text_.find('\n', pos_), text_.size());
      std::string value(text_.substr(pos_ + 1, end - pos_ - 1));
      pos_ = end;
      return value;
    }
    std::string value(text_.substr(pos_ + 1, end - pos_ - 1));
    pos_ = end + 1;
    return value;
  }

  // Skips past the '}' that closes the block pos_ is in (error recovery).
  void skip_block() {
    int depth = 0;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '{') ++depth;
      if (c == '}' && --depth <= 0) return;
    }
  }

  // Skips to the end of a statement: past ';' or a whole {…} block.
  void skip_statement() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ';') {
        ++pos_;
        return;
      }
      if (c == '{') {
        skip_block();
        return;
      }
      ++pos_;
    }
  }

  // A declaration value: up to ';' or '}' outside quotes and parentheses, comments removed.
  // Returns the value and the offset of its first character.
  std::pair<std::string, std::size_t> value() {
    skip_space();
    std::size_t start = pos_;
    std::string out;
    int depth = 0;
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '"' || c == '\'') {
        std::size_t end = text_.find(c, pos_ + 1);
        if (end == std::string_view::npos) end = text_.size() - 1;
        out.append(text_.substr(pos_, end - pos_ + 1));
        pos_ = end + 1;
        continue;
      }
      if (text_.substr(pos_, 2) == "/*") {
        std::size_t end = text_.find("*/", pos_ + 2);
        pos_ = end == std::string_view::npos ? text_.size() : end + 2;
        out += ' ';
        continue;
      }
      if (c == '(') ++depth;
      if (c == ')') --depth;
      if (depth <= 0 && (c == ';' || c == '}' || c == '{')) break;
      out += c;
      ++pos_;
    }
    return {std::string(trim(out)), start};
  }

  void statement() {
    if (peek() == '@') {
      at_rule();
    } else {
      rule();
    }
  }

  void at_rule() {
    std::size_t start = pos_++;
    std::string keyword(name());
    skip_space();
    if (keyword == "extends") {
      extends(start);
    } else if (keyword == "page") {
      std::string page(name());
      if (page.empty()) page = "body";
      skip_space();
      if (!expect_block_start()) return;
      declarations({{RuleKind::page, "page:" + page}});
    } else if (keyword == "font") {
      auto family = string_literal();
      if (!family) family = std::string(name());
      skip_space();
      if (family->empty()) {
        error_at(pos_, "@font noemt geen lettertypefamilie",
                 "Bijvoorbeeld: @font \"Huisletter\" { src: \"fonts/\"; }");
        skip_statement();
        return;
      }
      if (!expect_block_start()) return;
      declarations({{RuleKind::font, "font:" + *family}});
    } else if (keyword == "setting") {
      setting();
    } else if (keyword == "format") {
      if (!expect_block_start()) return;
      declarations({{RuleKind::format, "format:"}});
    } else if (keyword == "chart") {
      if (!expect_block_start()) return;
      declarations({{RuleKind::chart, "chart:"}});
    } else {
      std::string close =
          closest(keyword, {"extends", "page", "font", "setting", "format", "chart"});
      error_at(start, "onbekende @-regel @" + keyword,
               close.empty() ? "Er zijn @extends, @page, @font, @setting, @format en @chart."
                             : "Bedoelt u @" + close + "?");
      skip_statement();
    }
  }

  void extends(std::size_t start) {
    std::size_t name_offset = pos_;
    auto parent = string_literal();
    if (!parent) parent = std::string(name());
    if (parent->empty()) {
      error_at(name_offset, "@extends noemt geen stijl", "Bijvoorbeeld: @extends \"base\";");
    } else if (!first_statement_) {
      error_at(start, "@extends moet de eerste regel van het stijlbestand zijn");
    } else {
      out_.extends = *parent;
      TextPosition p = lines_.at(static_cast<std::ptrdiff_t>(name_offset));
      out_.extends_line = p.line;
      out_.extends_column = p.column;
    }
    expect_semicolon();
  }

  void setting() {
    std::size_t name_offset = pos_;
    std::string key(name());
    skip_space();
    if (key.empty() || peek() != ':') {
      error_at(key.empty() ? name_offset : pos_, "@setting verwacht naam: waarde;",
               "Bijvoorbeeld: @setting heading-numbering: \"1.1\";");
      skip_statement();
      return;
    }
    ++pos_;
    auto [text, offset] = value();
    const auto& known = setting_names();
    if (std::find(known.begin(), known.end(), key) != known.end()) {
      out_.source.settings[key] = declaration_at(offset, std::move(text));
    } else {
      const std::string close = closest(key, known);
      error_at(name_offset, "onbekende instelling " + key,
               close.empty() ? "Er zijn heading-numbering, table-numbering en figure-numbering."
                             : "Bedoelt u " + close + "?");
    }
    expect_semicolon();
  }

  void expect_semicolon() {
    skip_space();
    if (peek() == ';') {
      ++pos_;
      return;
    }
    error_at(pos_, "hier wordt een ';' verwacht");
    skip_statement();
  }

  bool expect_block_start() {
    if (peek() == '{') {
      ++pos_;
      return true;
    }
    error_at(pos_, "hier wordt een '{' verwacht");
    skip_statement();
    return false;
  }

  std::optional<Selector> selector(std::string_view text, std::size_t offset) {
    auto bad = [&](std::string message) -> std::optional<Selector> {
      error_at(offset, std::move(message),
               "Gebruik een elementnaam (p, h1, td, toc-1, …), .naam (alineastijl), "
               "span.naam (tekenstijl), table of table.naam, :root of @page naam.");
      return std::nullopt;
    };
    if (text == ":root") return Selector{RuleKind::root, ""};
    std::size_t dot = text.find('.');
    std::string_view element = text.substr(0, dot);
    std::string_view cls = dot == std::string_view::npos ? "" : text.substr(dot + 1);
    auto valid_name = [](std::string_view n) {
      if (n.empty()) return false;
      for (char c : n)
        if (!is_name_char(c)) return false;
      return true;
    };
    if (dot != std::string_view::npos && !valid_name(cls))
      return bad("ongeldige selector \"" + std::string(text) + "\"");
    if (element.empty()) return Selector{RuleKind::paragraph, "p:" + std::string(cls)};
    if (element == "span") {
      if (cls.empty()) return bad("span heeft een naam nodig: span.naam");
      return Selector{RuleKind::character, "span:" + std::string(cls)};
    }
    if (element == "table")
      return Selector{RuleKind::table, "table:" + std::string(cls.empty() ? "table" : cls)};
    if (element == "p" && !cls.empty())
      return Selector{RuleKind::paragraph, "p:" + std::string(cls)};
    if (is_element_style(element) && cls.empty())
      return Selector{RuleKind::paragraph, "p:" + std::string(element)};
    std::string message = "onbekende selector \"" + std::string(text) + "\"";
    if (std::string close = closest(element, element_styles()); !close.empty() && cls.empty()) {
      error_at(offset, message, "Bedoelt u " + close + "?");
      return std::nullopt;
    }
    return bad(message);
  }

  void rule() {
    std::size_t start = pos_;
    std::size_t brace = start;
    while (brace < text_.size() && text_[brace] != '{' && text_[brace] != '}' &&
           text_[brace] != ';')
      ++brace;
    if (brace >= text_.size() || text_[brace] != '{') {
      error_at(start, "hier wordt een selector met { … } verwacht");
      // Skip the broken rule up to its '}' when one follows before the next block.
      std::size_t end = text_.find_first_of("{}", brace);
      pos_ = end != std::string_view::npos && text_[end] == '}' ? end + 1 : brace + 1;
      return;
    }
    // Comments inside a selector list become spaces (offsets stay as in the file).
    std::string selector_text(text_.substr(0, brace));
    for (std::size_t c = selector_text.find("/*", start); c != std::string::npos;
         c = selector_text.find("/*", c)) {
      std::size_t end = selector_text.find("*/", c + 2);
      end = end == std::string::npos ? selector_text.size() : end + 2;
      std::fill(selector_text.begin() + static_cast<std::ptrdiff_t>(c),
                selector_text.begin() + static_cast<std::ptrdiff_t>(end), ' ');
    }
    const std::string_view all(selector_text);
    std::vector<Selector> selectors;
    std::size_t item = start;
    while (item < brace) {
      std::size_t comma = all.find(',', item);
      if (comma == std::string_view::npos || comma > brace) comma = brace;
      std::string_view raw = all.substr(item, comma - item);
      std::size_t lead = 0;
      while (lead < raw.size() && is_space(raw[lead])) ++lead;
      std::string_view sel = trim(raw);
      if (sel.empty()) {
        error_at(item + lead, "lege selector");
      } else if (auto s = selector(sel, item + lead)) {
        selectors.push_back(*s);
      }
      item = comma + 1;
    }
    pos_ = brace + 1;
    declarations(selectors);
  }

  // Declarations up to the closing '}', stored under every selector that accepts them.
  void declarations(const std::vector<Selector>& selectors) {
    std::vector<PendingDeclaration> pending;
    while (true) {
      skip_space();
      if (pos_ >= text_.size()) {
        error_at(text_.size(), "het blok wordt niet gesloten met '}'");
        break;
      }
      if (peek() == '}') {
        ++pos_;
        break;
      }
      if (peek() == ';') {
        ++pos_;
        continue;
      }
      std::size_t name_offset = pos_;
      std::string property(name());
      skip_space();
      if (property.empty() || peek() != ':') {
        error_at(property.empty() ? name_offset : pos_,
                 property.empty() ? "hier wordt een eigenschap verwacht"
                                  : "na \"" + property + "\" wordt een ':' verwacht",
                 "Schrijf eigenschap: waarde;");
        while (pos_ < text_.size() && peek() != ';' && peek() != '}') ++pos_;
        continue;
      }
      ++pos_;
      auto [text, offset] = value();
      if (text.empty()) {
        error_at(offset, "eigenschap " + property + " heeft geen waarde");
      } else {
        pending.push_back({property, name_offset, declaration_at(offset, std::move(text))});
      }
      if (peek() == '{') {
        error_at(pos_, "onverwachte '{' in een declaratie");
        skip_block();
      }
    }
    for (const Selector& s : selectors) store(s, pending);
  }

  void store(const Selector& selector, const std::vector<PendingDeclaration>& pending) {
    for (const PendingDeclaration& d : pending) {
      bool variable = d.name.size() > 2 && d.name.compare(0, 2, "--") == 0;
      if (selector.kind == RuleKind::root) {
        if (variable) {
          out_.source.variables[d.name] = d.declaration;
        } else {
          error_at(d.name_offset, "in :root staan alleen variabelen, niet " + d.name,
                   "Een variabele begint met twee streepjes: --groen: #0b5d4b;");
        }
        continue;
      }
      if (variable) {
        error_at(d.name_offset, "variabele " + d.name + " hoort in :root { … }");
        continue;
      }
      if (accepts(selector.kind, d.name) && selector.kind == RuleKind::font) {
        out_.source.fonts[selector.key.substr(5)] = d.declaration;
        continue;
      }
      if (accepts(selector.kind, d.name)) {
        out_.source.rules[selector.key][d.name] = d.declaration;
        continue;
      }
      std::string hint;
      if (std::string close = closest(d.name, properties_of(selector.kind)); !close.empty()) {
        hint = "Bedoelt u " + close + "?";
      } else {
        for (RuleKind other : {RuleKind::paragraph, RuleKind::table, RuleKind::page,
                               RuleKind::format, RuleKind::chart}) {
          if (accepts(other, d.name)) {
            hint = d.name + " hoort bij " + std::string(describe(other)) + ".";
            break;
          }
        }
      }
      error_at(d.name_offset,
               "onbekende eigenschap " + d.name + " voor " + std::string(describe(selector.kind)),
               std::move(hint));
    }
  }

  std::string_view text_;
  const std::string& file_;
  Diagnostics& diags_;
  LineMap lines_;
  std::size_t pos_ = 0;
  bool first_statement_ = true;
  ParsedSheet out_;
};

}  // namespace

ParsedSheet parse_sheet(std::string_view text, const std::string& file, Diagnostics& diags) {
  return SheetParser(text, file, diags).parse();
}

void merge(StyleSource& into, const StyleSource& from) {
  for (const auto& [key, properties] : from.rules)
    for (const auto& [property, declaration] : properties) into.rules[key][property] = declaration;
  for (const auto& [name, declaration] : from.variables) into.variables[name] = declaration;
  for (const auto& [name, declaration] : from.settings) into.settings[name] = declaration;
  for (const auto& [name, declaration] : from.fonts) into.fonts[name] = declaration;
}

}  // namespace koers::style

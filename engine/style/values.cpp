#include "style/values.h"

#include <array>
#include <charconv>

#include "core/length.h"
#include "style/properties.h"

namespace koers::style {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<std::string> substitute(const std::string& value,
                                      const std::map<std::string, Declaration>& variables,
                                      std::string& problem, std::string& hint, int depth) {
  if (depth > 8) {
    problem = "variabelen verwijzen in een kring naar elkaar";
    return std::nullopt;
  }
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t var = value.find("var(", pos);
    if (var == std::string::npos) break;
    out.append(value, pos, var - pos);
    std::size_t close = var + 4;
    int level = 1;
    while (close < value.size() && level > 0) {
      if (value[close] == '(') ++level;
      if (value[close] == ')') --level;
      if (level > 0) ++close;
    }
    if (close >= value.size()) {
      problem = "var( wordt niet gesloten met )";
      return std::nullopt;
    }
    std::string_view inside = std::string_view(value).substr(var + 4, close - var - 4);
    std::size_t comma = inside.find(',');
    std::string name(trim(inside.substr(0, comma)));
    std::optional<std::string> fallback;
    if (comma != std::string_view::npos) fallback = std::string(trim(inside.substr(comma + 1)));
    if (auto it = variables.find(name); it != variables.end()) {
      auto resolved = substitute(it->second.value, variables, problem, hint, depth + 1);
      if (!resolved) return std::nullopt;
      out += *resolved;
    } else if (fallback) {
      auto resolved = substitute(*fallback, variables, problem, hint, depth + 1);
      if (!resolved) return std::nullopt;
      out += *resolved;
    } else {
      problem = "onbekende variabele " + name;
      std::vector<std::string_view> known;
      for (const auto& [n, d] : variables) known.push_back(n);
      if (std::string c = closest(name, known); !c.empty()) {
        hint = "Bedoelt u " + c + "?";
      } else {
        hint = "Definieer de variabele in :root { " + name + ": …; }";
      }
      return std::nullopt;
    }
    pos = close + 1;
  }
  out.append(value, pos, std::string::npos);
  return out;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> substitute_variables(const std::string& value,
                                                const std::map<std::string, Declaration>& variables,
                                                std::string& problem, std::string& hint) {
  return substitute(value, variables, problem, hint, 0);
}

std::optional<display::Color> parse_color(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.front() == '#') {
    std::string_view hex = text.substr(1);
    for (char c : hex)
      if (hex_digit(c) < 0) return std::nullopt;
    if (hex.size() == 3) {
      return display::Color{hex_digit(hex[0]) * 17 / 255.0, hex_digit(hex[1]) * 17 / 255.0,
                            hex_digit(hex[2]) * 17 / 255.0};
    }
    if (hex.size() == 6) {
      auto byte = [&](int i) { return (hex_digit(hex[i]) * 16 + hex_digit(hex[i + 1])) / 255.0; };
      return display::Color{byte(0), byte(2), byte(4)};
    }
    return std::nullopt;
  }
  if (text.substr(0, 4) == "rgb(" && text.back() == ')') {
    std::string_view inside = text.substr(4, text.size() - 5);
    std::array<double, 3> channels{};
    for (int i = 0; i < 3; ++i) {
      std::size_t comma = inside.find(',');
      if ((i < 2) != (comma != std::string_view::npos)) return std::nullopt;
      std::string_view part = trim(inside.substr(0, comma));
      inside = comma == std::string_view::npos ? "" : inside.substr(comma + 1);
      bool percent = !part.empty() && part.back() == '%';
      if (percent) part.remove_suffix(1);
      auto number = parse_number(part);
      if (!number) return std::nullopt;
      double v = percent ? *number / 100.0 : *number / 255.0;
      if (v < 0 || v > 1) return std::nullopt;
      channels[static_cast<std::size_t>(i)] = v;
    }
    return display::Color{channels[0], channels[1], channels[2]};
  }
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kNames{{
      {"black", "#000000"},
      {"white", "#ffffff"},
      {"gray", "#808080"},
      {"grey", "#808080"},
      {"darkgray", "#404040"},
      {"darkgrey", "#404040"},
      {"lightgray", "#d3d3d3"},
      {"lightgrey", "#d3d3d3"},
      {"silver", "#c0c0c0"},
      {"red", "#ff0000"},
      {"green", "#008000"},
      {"darkgreen", "#006400"},
      {"blue", "#0000ff"},
      {"navy", "#000080"},
      {"darkblue", "#00008b"},
      {"teal", "#008080"},
      {"orange", "#ffa500"},
  }};
  for (const auto& [name, hex] : kNames)
    if (text == name) return parse_color(hex);
  return std::nullopt;
}

std::vector<std::string_view> split_words(std::string_view value) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && is_space(value[i])) ++i;
    if (i >= value.size()) break;
    std::size_t start = i;
    int depth = 0;
    while (i < value.size() && (depth > 0 || !is_space(value[i]))) {
      char c = value[i];
      if (c == '"' || c == '\'') {
        std::size_t end = value.find(c, i + 1);
        i = end == std::string_view::npos ? value.size() : end + 1;
        continue;
      }
      if (c == '(') ++depth;
      if (c == ')') --depth;
      ++i;
    }
    words.push_back(value.substr(start, i - start));
  }
  return words;
}

std::optional<std::string> unquote(std::string_view text) {
  text = trim(text);
  if (text.size() < 2) return std::nullopt;
  char q = text.front();
  if ((q != '"' && q != '\'') || text.back() != q) return std::nullopt;
  std::string_view inner = text.substr(1, text.size() - 2);
  if (inner.find(q) != std::string_view::npos) return std::nullopt;
  return std::string(inner);
}

}  // namespace koers::style

#include "style/contrast.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "style/properties.h"
#include "style/values.h"

namespace koers::style {
namespace {

double channel(double c) {
  // WCAG 2.1, definition of relative luminance (sRGB).
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::string hex(display::Color c) {
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
  return text;
}

std::string ratio_text(double ratio) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", std::floor(ratio * 100) / 100);
  std::string s = text;
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

class ContrastCheck {
 public:
  ContrastCheck(StyleSheet& sheet, Diagnostics& diags) : sheet_(sheet), diags_(diags) {}

  void run() {
    // p first: a colour the other styles inherit from it is reported as p's.
    std::vector<std::string> names = {"p"};
    for (const auto& [name, style] : sheet_.paragraphs)
      if (name != "p") names.push_back(name);
    for (const std::string& name : names) {
      const ParagraphStyle& style = sheet_.paragraph(name);
      const std::string key = "p:" + name;
      if (style.has_background) {
        pair(key, "color", key, "background", style.color, style.background, style.font_size,
             style.bold, "alineastijl " + label(name));
        continue;
      }
      // Header cells take the table's header-color on its header-background (checked below).
      if (name == "th") continue;
      if (failed(find(key, "background", 0))) continue;  // its background is not known
      const std::string page = name.starts_with("cover-") ? "cover" : "body";
      on_page(key, style.color, style.font_size, style.bold, page, "alineastijl " + label(name));
    }
    for (const auto& [name, style] : sheet_.characters) {
      if (!style.color) continue;
      const ParagraphStyle& p = sheet_.paragraph("p");
      on_page("span:" + name, *style.color, style.font_size.value_or(p.font_size),
              style.bold.value_or(false), "body", "tekenstijl span." + name);
    }
    for (const auto& [name, table] : sheet_.tables) {
      const ParagraphStyle& th = sheet_.paragraph("th");
      const std::string key = "table:" + name;
      pair(key, "header-color", key, "header-background", table.header_color,
           table.header_background, th.font_size, th.bold,
           "kopregel van tabelstijl " + (name == "table" ? std::string("table") : "table." + name));
    }
  }

 private:
  static std::string label(const std::string& name) {
    return is_element_style(name) ? name : "." + name;
  }

  void on_page(const std::string& key, display::Color text, double size, bool bold,
               const std::string& page_name, const std::string& what) {
    const PageTemplate& page = sheet_.page(page_name);
    const display::Color background =
        page.has_background ? page.background : display::Color{1, 1, 1};
    const std::string page_key = sheet_.pages.count(page_name) ? "page:" + page_name : "page:body";
    pair(key, "color", page_key, "background", text, background, size, bold,
         what + " op de pagina (@page " + page_name + ")");
  }

  void pair(const std::string& text_key, const std::string& text_property,
            const std::string& background_key, const std::string& background_property,
            display::Color text, display::Color background, double size, bool bold,
            const std::string& what) {
    const double ratio = contrast_ratio(text, background);
    const double needed = required_contrast(size, bold);
    if (ratio >= needed) return;
    const Declaration* text_at = find(text_key, text_property, 0);
    const Declaration* background_at = find(background_key, background_property, 0);
    // A colour that could not be read is reported already; its default proves nothing.
    if (failed(text_at) || failed(background_at)) return;
    const Declaration* at = text_at ? text_at : background_at;
    if (!at) return;  // both built-in defaults, which pass
    const std::string message = "te weinig contrast in " + what + ": tekst " + hex(text) + " op " +
                                hex(background) + " is " + ratio_text(ratio) +
                                ":1, WCAG AA vraagt minstens " + (needed < 4 ? "3" : "4,5") + ":1";
    // Once per declaration and colour pair: p's colour would otherwise warn again for every
    // style that inherits it.
    const std::string report_key = "contrast:" + at->file + ':' + std::to_string(at->line) + ':' +
                                   std::to_string(at->column) + ':' + hex(text) + ':' +
                                   hex(background);
    if (!sheet_.source.reported.insert(report_key).second) return;
    diags_.warning(at->file, at->line, at->column, message,
                   "Maak de tekst donkerder of de achtergrond lichter (of andersom). Slecht "
                   "zienden en lezers van een afdruk in grijs hebben dit contrast nodig.");
  }

  bool failed(const Declaration* d) const {
    return d && sheet_.source.failed.count(d->file + ':' + std::to_string(d->line) + ':' +
                                           std::to_string(d->column));
  }

  // The declaration that gives a rule its property: its own, else its based-on parent's,
  // else that of the style it falls back to (p, table, @page body).
  const Declaration* find(const std::string& key, const std::string& property, int depth) const {
    if (depth > 8) return nullptr;
    const auto rule = sheet_.source.rules.find(key);
    const std::size_t colon = key.find(':');
    const std::string kind = key.substr(0, colon + 1);
    if (rule != sheet_.source.rules.end()) {
      if (auto it = rule->second.find(property); it != rule->second.end()) return &it->second;
      if (auto it = rule->second.find("based-on"); it != rule->second.end()) {
        const std::string parent = unquote(it->second.value).value_or(it->second.value);
        if (const Declaration* d = find(kind + parent, property, depth + 1)) return d;
      }
    }
    const std::string fallback = kind == "p:"       ? "p:p"
                                 : kind == "table:" ? "table:table"
                                 : kind == "page:"  ? "page:body"
                                                    : "";
    if (fallback.empty() || fallback == key) return nullptr;
    return find(fallback, property, depth + 1);
  }

  StyleSheet& sheet_;
  Diagnostics& diags_;
};

}  // namespace

double relative_luminance(display::Color c) {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast_ratio(display::Color a, display::Color b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double required_contrast(double font_size, bool bold) {
  // WCAG 2.1: "large scale" text is at least 18 point, or 14 point bold.
  return font_size >= 18 || (bold && font_size >= 14) ? 3.0 : 4.5;
}

void check_contrast(StyleSheet& sheet, Diagnostics& diags) {
  ContrastCheck(sheet, diags).run();
}

}  // namespace koers::style

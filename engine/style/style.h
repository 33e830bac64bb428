// House styles: named paragraph, character, table and page styles read from a small CSS-like
// style sheet (styles/<name>/style.css) that can extend another. Property names follow
// CSS / XSL-FO (font-size, space-before, keep-with-next). docs/styles.md documents them.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/resources.h"
#include "display/display.h"

namespace koers::style {

using display::Color;

enum class TextAlign { left, right, center, justify };

struct ParagraphStyle {
  std::string font_family = "Lato";
  double font_size = 10;    // pt
  double line_height = 12;  // pt, baseline to baseline
  bool bold = false;
  bool italic = false;
  Color color{0, 0, 0};
  TextAlign text_align = TextAlign::justify;
  double space_before = 0, space_after = 0;  // pt
  double margin_left = 0, margin_right = 0;  // pt
  double text_indent = 0;                    // pt, first line
  bool keep_with_next = false;
  bool keep_together = false;
  bool page_break_before = false;
  bool hyphenate = true;
  bool uppercase = false;  // text-transform: uppercase
  Color background{1, 1, 1};
  bool has_background = false;
  Color border_color{0, 0, 0};
  double border_width = 0;  // pt; 0: none (a rule under the block: border-bottom)
  double padding = 0;       // pt, inside background/border
};

struct CharacterStyle {
  std::optional<std::string> font_family;
  std::optional<double> font_size;
  std::optional<bool> bold, italic;
  std::optional<Color> color;
};

struct TableStyle {
  double cell_padding_x = 4, cell_padding_y = 3;  // pt
  Color rule_color{0.6, 0.6, 0.6};
  double rule_width = 0.5;
  Color header_background{0.9, 0.9, 0.9};
  Color header_color{0, 0, 0};
  bool zebra = false;
  Color zebra_background{0.96, 0.96, 0.96};
  double space_before = 6, space_after = 10;
};

// A region of the page outside the text area. Text may use {page}, {pages}, {title},
// {subtitle}, {municipality}, {date}.
struct RunningText {
  std::string left, center, right;
  bool empty() const { return left.empty() && center.empty() && right.empty(); }
};

struct PageTemplate {
  double width = 595.276, height = 841.89;           // A4, pt
  double margin_top = 70.87, margin_bottom = 70.87;  // 25 mm
  double margin_left = 70.87, margin_right = 70.87;
  RunningText header, footer;
  double header_offset = 35;              // pt from the top edge to the header baseline
  double footer_offset = 35;              // pt from the bottom edge to the footer baseline
  std::string running_style = "running";  // paragraph style for header and footer
  Color background{1, 1, 1};
  bool has_background = false;
  bool count_pages = true;  // included in {pages} and numbered
};

// Formatting choices that differ between municipalities (@format { … }). The defaults keep
// the conventions of the document's language.
enum class Spacing { locale, space, none };
struct NumberStyle {
  Spacing currency_spacing = Spacing::locale;  // "€ 5" (space) or "€5" (none)
  bool whole_amount_dash = false;             // whole amounts "€ 5,–" (dash) or "€ 5" (plain)
  Spacing percent_spacing = Spacing::locale;  // "49 %" (space) or "49%" (none)
  std::string quote_open, quote_close;        // empty: the language's own marks
};

// The look of charts (@chart { … }). font-family and color default to those of p.
struct ChartStyle {
  std::vector<Color> palette;  // series colours in order; empty: the charts' fallback palette
  std::string font_family = "Lato";
  double font_size = 8;     // pt: labels, ticks, legend
  double title_size = 9.5;  // pt: the chart's title (bold)
  Color color{0.15, 0.15, 0.15};
  Color axis_color{0.35, 0.35, 0.35};
  Color grid_color{0.85, 0.85, 0.85};
  Color on_track_color{0.0, 0.55, 0.35}, attention_color{0.9, 0.6, 0.0},
      off_track_color{0.8, 0.15, 0.1}, unknown_color{0.6, 0.6, 0.6};
};

// One declaration as written ("font-size: 10pt"), with where its value starts.
struct Declaration {
  std::string value;  // as written, comments removed, variables not yet substituted
  std::string file;
  int line = 0, column = 0;
};

// Everything the style files said, merged in @extends order (a child's declaration replaces
// its parent's, property by property). The resolved styles in StyleSheet are rebuilt from
// this after each file, so inheritance and variables (var(--green)) bind late: a child that
// changes --green or p's font-size changes every style that uses them.
struct StyleSource {
  // Rule keys: "p:<name>" paragraph styles ("p:p", "p:h1", "p:cover-title"),
  // "span:<name>" character styles, "table:<name>" table styles, "page:<name>" page
  // templates, "format:" the @format rule, "chart:" the @chart rule. Each maps property name ->
  // declaration.
  std::map<std::string, std::map<std::string, Declaration>> rules;
  std::map<std::string, Declaration> variables;  // "--green" -> value
  std::map<std::string, Declaration> settings;   // @setting name: value
  std::map<std::string, Declaration> fonts;      // @font "Family" { src } -> src
  std::set<std::string> reported;                // value problems already reported
  // Declarations (file:line:col) whose value could not be used, so that later checks
  // (contrast) do not judge the default that took their place.
  std::set<std::string> failed;
};

struct StyleSheet {
  std::string name;  // e.g. "base", "lindeveld"
  // Named paragraph styles. Element styles use the element name: "p", "h1".."h4", "li",
  // "th", "td", "caption", "toc-1".."toc-4", "toc-title", "running", "footnote";
  // class styles (p style="cover-title") use their own name.
  std::map<std::string, ParagraphStyle> paragraphs;
  std::map<std::string, CharacterStyle> characters;
  std::map<std::string, TableStyle> tables;     // "table" is the default
  std::map<std::string, PageTemplate> pages;    // "body", "cover", …
  std::map<std::string, std::string> settings;  // free settings: "heading-numbering", …
  NumberStyle format;                           // @format: amounts, percentages, quotes
  ChartStyle chart;                             // @chart: palette, fonts and colours of charts
  // The style and the styles it extends, most specific first ("zuiderhaven", "base").
  std::vector<std::string> chain;
  // Font files for families not found through fontconfig: family -> faces next to the style.
  std::map<std::string, std::filesystem::path> font_files;
  // The declarations the styles above were resolved from.
  StyleSource source;

  // Lookups fall back to sensible defaults: an unknown paragraph style to "p", an unknown
  // page template to "body", an unknown table style to "table".
  const ParagraphStyle& paragraph(const std::string& name) const;
  const TableStyle& table(const std::string& name) const;
  const PageTemplate& page(const std::string& name) const;
};

// Loads styles/<name>/style.css from the project root through resources, following
// @extends chains (at most 8 deep; a cycle is an error). Problems are reported with the
// style file's name, line and column. A style file larger than limits.max_input_bytes is an
// error.
StyleSheet load_style(const std::string& name, const Resources& resources, Diagnostics& diags,
                      const Limits& limits = {});

// Parses one style sheet's text on top of base (used by load_style and by tests). Both warn
// about text and background colours with too little contrast (style/contrast.h).
void apply_style_text(std::string_view text, const std::string& file, StyleSheet& sheet,
                      Diagnostics& diags);

}  // namespace koers::style

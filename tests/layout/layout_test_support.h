// Builders for documents and style sheets in code, and readers of the display list.
#pragma once

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "display/display.h"
#include "document/document.h"
#include "layout/layout.h"
#include "style/style.h"
#include "text/font.h"

namespace koers::layout::testing {

inline style::StyleSheet test_style() {
  style::StyleSheet s;
  s.name = "test";
  style::ParagraphStyle p;
  p.font_size = 10, p.line_height = 12, p.space_after = 6;
  s.paragraphs["p"] = p;
  style::ParagraphStyle li = p;
  li.space_after = 2;
  s.paragraphs["li"] = li;
  for (int level = 1; level <= 4; ++level) {
    style::ParagraphStyle h = p;
    h.bold = true;
    h.text_align = style::TextAlign::left;
    h.font_size = 18 - 2 * level;
    h.line_height = h.font_size * 1.25;
    h.space_before = 14, h.space_after = 6;
    s.paragraphs["h" + std::to_string(level)] = h;
  }
  style::ParagraphStyle td = p;
  td.text_align = style::TextAlign::left;
  td.space_after = 0;
  s.paragraphs["td"] = td;
  td.bold = true;
  s.paragraphs["th"] = td;
  s.paragraphs["caption"] = td;
  for (int level = 1; level <= 4; ++level) s.paragraphs["toc-" + std::to_string(level)] = td;
  style::ParagraphStyle small = td;
  small.font_size = 8, small.line_height = 10;
  s.paragraphs["footnote"] = small;
  s.paragraphs["running"] = small;
  style::PageTemplate body;
  body.footer.center = "Pagina {page} van {pages}";
  body.header.right = "{title}";
  s.pages["body"] = body;
  style::PageTemplate cover;
  cover.count_pages = false;
  s.pages["cover"] = cover;
  s.tables["table"] = style::TableStyle{};
  return s;
}

inline doc::Span text_span(std::string t) {
  doc::Span s;
  s.text = std::move(t);
  return s;
}

inline doc::Block paragraph(std::string t) {
  doc::Paragraph p;
  p.content.push_back(text_span(std::move(t)));
  return {p};
}

inline doc::Block paragraph(doc::Inlines spans) {
  doc::Paragraph p;
  p.content = std::move(spans);
  return {p};
}

inline doc::Block heading(int level, std::string t, std::string id = {}) {
  doc::Heading h;
  h.level = level;
  h.id = std::move(id);
  h.content.push_back(text_span(std::move(t)));
  return {h};
}

// Deterministic Dutch-looking running text of n words.
inline std::string words(int n, int seed = 0) {
  static const char* vocabulary[] = {"de",           "gemeente", "werkt",        "aan",
                                     "een",          "duurzame", "toekomst",     "met",
                                     "inwoners",     "en",       "bedrijven",    "warmte",
                                     "zonnepanelen", "op",       "daken",        "klimaatadaptatie",
                                     "groen",        "in",       "wijken",       "circulaire",
                                     "economie",     "vraagt",   "samenwerking", "tussen",
                                     "partners",     "raad",     "college",      "besluit",
                                     "over",         "budget"};
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i) out += ' ';
    out += vocabulary[(i * 7 + seed * 13 + i / 3) % 30];
  }
  return out;
}

inline doc::Document one_section(doc::Blocks blocks, std::string tpl = "body") {
  doc::Document d;
  d.metadata.title = "Duurzaamheidsvisie";
  d.metadata.municipality = "Lindeveld";
  d.metadata.date = "2026-11-27";
  doc::Section s;
  s.page_template = std::move(tpl);
  s.blocks = std::move(blocks);
  d.sections.push_back(std::move(s));
  return d;
}

inline std::vector<const display::GlyphRun*> runs(const display::Page& page) {
  std::vector<const display::GlyphRun*> out;
  for (const auto& item : page.items)
    if (const auto* r = std::get_if<display::GlyphRun>(&item)) out.push_back(r);
  return out;
}

// Runs between the top and bottom margins (no running header or footer).
inline std::vector<const display::GlyphRun*> body_runs(const display::Page& page) {
  std::vector<const display::GlyphRun*> out;
  for (const auto* r : runs(page))
    if (r->y > 70.87 && r->y < page.height - 70.87) out.push_back(r);
  return out;
}

inline std::string utf8(const display::GlyphRun& run) {
  return text::to_utf8(run.text);
}

// Text of a page: runs grouped by baseline (rounded), in order top to bottom.
inline std::map<long, std::string> lines_of(const display::Page& page) {
  std::map<long, std::string> lines;
  for (const auto* r : runs(page)) lines[std::lround(r->y * 100)] += utf8(*r);
  return lines;
}

inline std::string page_text(const display::Page& page) {
  std::string all;
  for (const auto& [y, line] : lines_of(page)) all += line + "\n";
  return all;
}

inline bool page_contains(const display::Page& page, const std::string& needle) {
  return page_text(page).find(needle) != std::string::npos;
}

inline int page_of(const display::Document& d, const std::string& needle) {
  for (std::size_t i = 0; i < d.pages.size(); ++i)
    if (page_contains(d.pages[i], needle)) return static_cast<int>(i);
  return -1;
}

struct Laid {
  text::FontLibrary fonts;
  Diagnostics diags;
  display::Document document;
};

}  // namespace koers::layout::testing

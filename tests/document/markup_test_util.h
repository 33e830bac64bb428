// Helpers shared by the markup tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "document/document.h"

namespace koers::doc::testing {

struct Parsed {
  Document document;
  Diagnostics diags;
};

inline Parsed parse(const std::string& markup) {
  Parsed p;
  p.document = parse_markup(markup, "doc.xml", p.diags);
  return p;
}

// Parses blocks wrapped in a bare <document>, expecting no diagnostics.
inline Blocks blocks_of(const std::string& body) {
  Parsed p = parse("<document>" + body + "</document>");
  EXPECT_TRUE(p.diags.empty()) << p.diags.to_string();
  if (p.document.sections.empty()) return {};
  return p.document.sections.front().blocks;
}

// The text of a run of spans, with [em]/[b] markers so tests see the structure.
inline std::string flatten(const Inlines& spans) {
  std::string out;
  for (const Span& s : spans) {
    switch (s.kind) {
      case Span::Kind::text:
        if (s.emphasis) out += "[em]";
        if (s.strong) out += "[b]";
        if (s.nobreak) out += "[nobr]";
        if (!s.href.empty()) out += "[a " + s.href + "]";
        if (!s.style.empty()) out += "[span " + s.style + "]";
        out += s.text;
        if (s.emphasis || s.strong || s.nobreak || !s.href.empty() || !s.style.empty())
          out += "[/]";
        break;
      case Span::Kind::line_break:
        out += "[br]";
        break;
      case Span::Kind::footnote:
        out += "[fn]";
        break;
      case Span::Kind::page_ref:
        out += "[ref " + s.target + "]";
        break;
    }
  }
  return out;
}

inline std::string paragraph_text(const Block& block) {
  return flatten(std::get<Paragraph>(block.value).content);
}

}  // namespace koers::doc::testing

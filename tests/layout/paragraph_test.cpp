#include <gtest/gtest.h>

#include <cmath>

#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

constexpr double kLeft = 70.87;
constexpr double kMeasure = 595.276 - 2 * 70.87;

struct LineBox {
  double y = 0, x0 = 1e9, x1 = -1e9;
  std::string text;
  std::vector<const display::GlyphRun*> runs;
};

// Body text lines of a page (between the margins), top to bottom.
std::vector<LineBox> body_lines(const display::Page& page) {
  std::map<long, LineBox> by_y;
  for (const auto* r : runs(page)) {
    if (r->y < 70.87 || r->y > page.height - 70.87) continue;
    LineBox& l = by_y[std::lround(r->y * 100)];
    l.y = r->y;
    l.x0 = std::min(l.x0, r->x);
    l.x1 = std::max(l.x1, r->x + r->width());
    l.text += utf8(*r);
    l.runs.push_back(r);
  }
  std::vector<LineBox> out;
  for (auto& [y, l] : by_y) out.push_back(l);
  return out;
}

display::Document lay(Laid& laid, const doc::Document& d, const style::StyleSheet& s) {
  laid.document = layout_document(d, s, laid.fonts, laid.diags);
  return laid.document;
}

TEST(Paragraph, JustifiedLinesFillTheMeasureAndTheLastIsNotStretched) {
  Laid laid;
  const auto d = lay(laid, one_section({paragraph(words(180))}), test_style());
  ASSERT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  ASSERT_EQ(d.pages.size(), 1u);
  const auto lines = body_lines(d.pages[0]);
  ASSERT_GT(lines.size(), 5u);
  const double space = laid.fonts.get("Lato", false, false).measure(U" ") * 10;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_LE(lines[i].x1, kLeft + kMeasure + 0.01) << "line " << i << " sticks out";
    EXPECT_NEAR(lines[i].x0, kLeft, 0.01);
    if (i + 1 < lines.size()) {
      EXPECT_NEAR(lines[i].x1 - lines[i].x0, kMeasure, 0.01) << "line " << i;
      EXPECT_EQ(lines[i].runs.size(), 1u) << "one run per line and style";
    }
  }
  // The last line keeps its natural spaces.
  const auto& last = *lines.back().runs.front();
  EXPECT_LT(lines.back().x1 - lines.back().x0, kMeasure - 1);
  for (std::size_t i = 0; i < last.text.size(); ++i)
    if (last.text[i] == U' ') {
      EXPECT_NEAR(last.advances[i], space, 1e-6);
    }
  // Spaces stay in the runs as U+0020, so text extraction keeps word boundaries.
  EXPECT_NE(lines.front().text.find(' '), std::string::npos);
}

TEST(Paragraph, RaggedRightLinesAreNotStretched) {
  auto s = test_style();
  s.paragraphs["p"].text_align = style::TextAlign::left;
  Laid laid;
  const auto d = lay(laid, one_section({paragraph(words(120))}), s);
  const auto lines = body_lines(d.pages[0]);
  const double space = laid.fonts.get("Lato", false, false).measure(U" ") * 10;
  int short_lines = 0;
  for (const auto& l : lines) {
    EXPECT_LE(l.x1, kLeft + kMeasure + 0.01);
    if (l.x1 < kLeft + kMeasure - 1) ++short_lines;
    const auto& r = *l.runs.front();
    for (std::size_t i = 0; i < r.text.size(); ++i)
      if (r.text[i] == U' ') {
        EXPECT_NEAR(r.advances[i], space, 1e-6);
      }
  }
  EXPECT_GT(short_lines, 1);
}

TEST(Paragraph, CenteredAndRightAlignedLines) {
  auto s = test_style();
  s.paragraphs["c"] = s.paragraphs["p"];
  s.paragraphs["c"].text_align = style::TextAlign::center;
  s.paragraphs["r"] = s.paragraphs["p"];
  s.paragraphs["r"].text_align = style::TextAlign::right;
  doc::Paragraph c, r;
  c.style = "c", r.style = "r";
  c.content = r.content = {text_span("kort")};
  Laid laid;
  const auto d = lay(laid, one_section({{c}, {r}}), s);
  const auto lines = body_lines(d.pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NEAR((lines[0].x0 + lines[0].x1) / 2, kLeft + kMeasure / 2, 0.01);
  EXPECT_NEAR(lines[1].x1, kLeft + kMeasure, 0.01);
}

TEST(Paragraph, OverlongWordIsBrokenInsteadOfStickingOut) {
  std::string longword(200, 'x');
  Laid laid;
  const auto d = lay(laid, one_section({paragraph("begin " + longword + " einde")}), test_style());
  const auto lines = body_lines(d.pages[0]);
  ASSERT_GE(lines.size(), 2u);
  for (const auto& l : lines) EXPECT_LE(l.x1, kLeft + kMeasure + 0.01);
}

TEST(Paragraph, NobrWiderThanTheMeasureBreaksRatherThanSticksOut) {
  // In a narrow table cell, "<nobr>1.150 m³ per woning</nobr>" cannot stay together.
  doc::Span nobr = text_span(words(30));
  nobr.nobreak = true;
  Laid laid;
  const auto d = lay(laid, one_section({paragraph(doc::Inlines{nobr})}), test_style());
  const auto lines = body_lines(d.pages[0]);
  ASSERT_GE(lines.size(), 2u);
  for (const auto& l : lines) EXPECT_LE(l.x1, kLeft + kMeasure + 0.01) << l.text;
  // It breaks at its spaces, not inside its words.
  for (const auto& l : lines) EXPECT_NE(l.text.back(), ' ');
  EXPECT_EQ(lines[0].text.find("  "), std::string::npos);
}

TEST(Paragraph, NoBreakSpaceAndNobrKeepWordsTogether) {
  auto s = test_style();
  // 20 repetitions of "€\u00A0100 xxxxxxxx": the amount never ends a line.
  std::string t;
  for (int i = 0; i < 40; ++i) t += "bedrag \xE2\x82\xAC\xC2\xA0" + std::to_string(100 + i) + " ";
  Laid laid;
  const auto d = lay(laid, one_section({paragraph(t)}), s);
  for (const auto& l : body_lines(d.pages[0])) {
    EXPECT_NE(l.text.substr(l.text.size() - 3), "\xE2\x82\xAC") << l.text;
    EXPECT_NE(l.text.back(), '\xAC') << l.text;
  }
  doc::Span nobr = text_span("niet te breken woordgroep");
  nobr.nobreak = true;
  doc::Inlines spans;
  for (int i = 0; i < 12; ++i) {
    spans.push_back(text_span(" tekst ervoor "));
    spans.push_back(nobr);
  }
  Laid laid2;
  const auto d2 = lay(laid2, one_section({paragraph(spans)}), s);
  int found = 0;
  for (const auto& l : body_lines(d2.pages[0])) {
    // Every occurrence sits whole on one line.
    for (std::size_t at = l.text.find("niet"); at != std::string::npos;
         at = l.text.find("niet", at + 1)) {
      EXPECT_EQ(l.text.compare(at, 25, "niet te breken woordgroep"), 0) << l.text;
      ++found;
    }
  }
  EXPECT_EQ(found, 12);
}

TEST(Paragraph, LineBreakEmphasisStrongAndLinks) {
  doc::Span em = text_span("schuin");
  em.emphasis = true;
  doc::Span strong = text_span("vet");
  strong.strong = true;
  doc::Span link = text_span("de website");
  link.href = "https://example.nl";
  doc::Span br;
  br.kind = doc::Span::Kind::line_break;
  Laid laid;
  const auto d = lay(laid,
                     one_section({paragraph({text_span("Gewoon "), em, text_span(" en "), strong,
                                             br, text_span("zie "), link, text_span(".")})}),
                     test_style());
  const auto lines = body_lines(d.pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "Gewoon schuin en vet");
  EXPECT_EQ(lines[1].text, "zie de website.");
  // The line before a <br/> is not stretched.
  EXPECT_LT(lines[0].x1 - lines[0].x0, kMeasure / 2);
  ASSERT_EQ(lines[0].runs.size(), 4u);
  const auto& italic = d.fonts[lines[0].runs[1]->face];
  const auto& bold = d.fonts[lines[0].runs[3]->face];
  EXPECT_TRUE(italic.italic);
  EXPECT_FALSE(italic.bold);
  EXPECT_TRUE(bold.bold);
  int links = 0;
  for (const auto& item : d.pages[0].items)
    if (const auto* l = std::get_if<display::Link>(&item)) {
      ++links;
      EXPECT_EQ(l->uri, "https://example.nl");
      EXPECT_GT(l->w, 20);
      EXPECT_NEAR(l->y + l->h / 2, lines[1].y - 3, 3);
    }
  EXPECT_EQ(links, 1);
}

TEST(Paragraph, CharacterStyleColours) {
  auto s = test_style();
  style::CharacterStyle accent;
  accent.color = display::Color{0.8, 0.1, 0.1};
  accent.bold = true;
  s.characters["accent"] = accent;
  doc::Span styled = text_span("rood");
  styled.style = "accent";
  Laid laid;
  const auto d = lay(laid, one_section({paragraph({text_span("Een "), styled})}), s);
  const auto lines = body_lines(d.pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_EQ(lines[0].runs[1]->color, (display::Color{0.8, 0.1, 0.1}));
  EXPECT_TRUE(d.fonts[lines[0].runs[1]->face].bold);
}

TEST(Paragraph, UnknownFontIsADiagnosticNotACrash) {
  auto s = test_style();
  s.paragraphs["p"].font_family = "Bestaat Niet Sans";
  Laid laid;
  const auto d = lay(laid, one_section({paragraph("tekst")}), s);
  EXPECT_TRUE(laid.diags.has_errors());
  EXPECT_NE(laid.diags.to_string().find("Bestaat Niet Sans"), std::string::npos);
  ASSERT_EQ(d.pages.size(), 1u);
  EXPECT_TRUE(page_contains(d.pages[0], "tekst"));
}

TEST(Paragraph, MetadataAndFontsAreFilledIn) {
  Laid laid;
  auto doc = one_section({paragraph("tekst")});
  doc.metadata.author = "Adviesbureau";
  const auto d = lay(laid, doc, test_style());
  EXPECT_EQ(d.metadata.title, "Duurzaamheidsvisie");
  EXPECT_EQ(d.metadata.author, "Adviesbureau");
  EXPECT_EQ(d.metadata.creation_date, "2026-11-27");
  EXPECT_EQ(d.metadata.language, "nl-NL");
  ASSERT_FALSE(d.fonts.empty());
  for (const auto& page : d.pages)
    for (const auto* r : runs(page)) {
      ASSERT_LT(static_cast<std::size_t>(r->face), d.fonts.size());
      EXPECT_EQ(r->text.size(), r->advances.size());
    }
}

}  // namespace
}  // namespace koers::layout

namespace koers::layout {
namespace {

TEST(Paragraph, BreaksAfterExplicitHyphensWithoutDoublingThem) {
  auto s = testing::test_style();
  s.paragraphs["smal"] = s.paragraphs["p"];
  s.paragraphs["smal"].margin_right = 330;
  s.paragraphs["smal"].hyphenate = false;  // only the explicit hyphens break words here
  std::string t;
  for (int i = 0; i < 8; ++i) t += "CO2-uitstoot klimaatadaptatie-uitvoeringsprogramma ";
  doc::Paragraph p;
  p.style = "smal";
  p.content.push_back(testing::text_span(t));
  testing::Laid laid;
  const auto d = layout_document(testing::one_section({{p}}), s, laid.fonts, laid.diags);
  std::string joined;
  int hyphen_ends = 0;
  for (const auto& [y, line] : testing::lines_of(d.pages[0])) {
    if (y < 7087 || y > 77102) continue;  // running header and footer
    if (line.back() == '-') ++hyphen_ends;
    joined += line.back() == '-' ? line : line + " ";
  }
  EXPECT_GT(hyphen_ends, 0);
  EXPECT_EQ(joined, t);
}

}  // namespace
}  // namespace koers::layout

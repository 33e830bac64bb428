#include <gtest/gtest.h>

#include "style_test_util.h"

namespace koers::style {
namespace {

using testing::kMm;
using testing::sheet_from;

StyleSheet clean(const std::string& css) {
  Diagnostics diags;
  StyleSheet sheet = sheet_from(css, diags);
  EXPECT_EQ(diags.error_count(), 0u) << diags.to_string();
  return sheet;
}

TEST(StyleProperties, ParagraphProperties) {
  auto s = clean(R"(p { font-family: "Open Sans"; font-size: 10pt; line-height: 13pt;
    font-weight: bold; font-style: italic; color: #0b5d4b; text-align: left;
    space-before: 2mm; space-after: 6pt; margin-left: 1cm; margin-right: 0.5in;
    text-indent: -12px; keep-with-next: always; keep-together: always;
    page-break-before: always; hyphenate: none; text-transform: uppercase;
    background: #eee; border-bottom: 0.5pt solid #ccc; padding: 3pt; })");
  const ParagraphStyle& p = s.paragraph("p");
  EXPECT_EQ(p.font_family, "Open Sans");
  EXPECT_DOUBLE_EQ(p.font_size, 10);
  EXPECT_DOUBLE_EQ(p.line_height, 13);
  EXPECT_TRUE(p.bold);
  EXPECT_TRUE(p.italic);
  EXPECT_NEAR(p.color.r, 11 / 255.0, 1e-9);
  EXPECT_NEAR(p.color.g, 93 / 255.0, 1e-9);
  EXPECT_NEAR(p.color.b, 75 / 255.0, 1e-9);
  EXPECT_EQ(p.text_align, TextAlign::left);
  EXPECT_NEAR(p.space_before, 2 * kMm, 1e-9);
  EXPECT_DOUBLE_EQ(p.space_after, 6);
  EXPECT_NEAR(p.margin_left, 10 * kMm, 1e-9);
  EXPECT_DOUBLE_EQ(p.margin_right, 36);
  EXPECT_DOUBLE_EQ(p.text_indent, -9);
  EXPECT_TRUE(p.keep_with_next);
  EXPECT_TRUE(p.keep_together);
  EXPECT_TRUE(p.page_break_before);
  EXPECT_FALSE(p.hyphenate);
  EXPECT_TRUE(p.uppercase);
  EXPECT_TRUE(p.has_background);
  EXPECT_NEAR(p.background.r, 0xee / 255.0, 1e-9);
  EXPECT_DOUBLE_EQ(p.border_width, 0.5);
  EXPECT_NEAR(p.border_color.g, 0xcc / 255.0, 1e-9);
  EXPECT_DOUBLE_EQ(p.padding, 3);
}

TEST(StyleProperties, Colours) {
  auto s = clean(R"(.a { color: #fff; } .b { color: rgb(255, 0, 51); } .c { color: navy; }
    .d { color: rgb(100%, 50%, 0%); } .e { color: #0B5D4B; })");
  EXPECT_EQ(s.paragraph("a").color, (display::Color{1, 1, 1}));
  EXPECT_EQ(s.paragraph("b").color, (display::Color{1, 0, 0.2}));
  EXPECT_EQ(s.paragraph("c").color, (display::Color{0, 0, 128 / 255.0}));
  EXPECT_EQ(s.paragraph("d").color, (display::Color{1, 0.5, 0}));
  EXPECT_NEAR(s.paragraph("e").color.g, 93 / 255.0, 1e-12);
}

TEST(StyleProperties, LineHeightFactorAndInheritedRatio) {
  auto s = clean(R"(p { font-size: 10pt; line-height: 1.3; } h1 { font-size: 20pt; }
    .big { font-size: 12pt; } .fixed { font-size: 12pt; line-height: 14pt; })");
  EXPECT_DOUBLE_EQ(s.paragraph("p").line_height, 13);
  EXPECT_DOUBLE_EQ(s.paragraph("h1").line_height, 26);  // keeps p's proportion
  EXPECT_NEAR(s.paragraph("big").line_height, 15.6, 1e-9);
  EXPECT_DOUBLE_EQ(s.paragraph("fixed").line_height, 14);
}

TEST(StyleProperties, ElementStylesInheritOnlyFontFromP) {
  auto s = clean(R"(p { font-family: "Lato"; font-size: 11pt; color: #333; space-after: 6pt;
    text-align: justify; margin-left: 5mm; } td { text-align: left; })");
  const ParagraphStyle& td = s.paragraph("td");
  EXPECT_DOUBLE_EQ(td.font_size, 11);
  EXPECT_NEAR(td.color.r, 0x33 / 255.0, 1e-9);
  EXPECT_DOUBLE_EQ(td.space_after, 0);
  EXPECT_DOUBLE_EQ(td.margin_left, 0);
  EXPECT_EQ(td.text_align, TextAlign::left);
  // Element styles exist even when the sheet does not mention them.
  EXPECT_EQ(s.paragraphs.count("h3"), 1u);
  EXPECT_DOUBLE_EQ(s.paragraph("h3").font_size, 11);
  EXPECT_DOUBLE_EQ(s.paragraph("h3").space_after, 0);
}

TEST(StyleProperties, ClassStylesInheritEverythingFromPOrBasedOn) {
  auto s = clean(R"(p { font-size: 10pt; space-after: 6pt; }
    h2 { font-size: 13pt; font-weight: bold; keep-with-next: always; }
    .lead { font-size: 12pt; } .bijlage { based-on: h2; color: red; })");
  EXPECT_DOUBLE_EQ(s.paragraph("lead").space_after, 6);
  EXPECT_DOUBLE_EQ(s.paragraph("lead").font_size, 12);
  const ParagraphStyle& b = s.paragraph("bijlage");
  EXPECT_DOUBLE_EQ(b.font_size, 13);
  EXPECT_TRUE(b.bold);
  EXPECT_TRUE(b.keep_with_next);
  EXPECT_DOUBLE_EQ(b.space_after, 0);
  EXPECT_EQ(b.color, (display::Color{1, 0, 0}));
}

TEST(StyleProperties, CharacterStylesSetOnlyWhatTheySay) {
  auto s = clean(R"(span.accent { color: #0b5d4b; font-weight: bold; }
    span.klein { font-size: 8pt; font-style: italic; font-family: Lato; })");
  const CharacterStyle& a = s.characters.at("accent");
  EXPECT_TRUE(a.color.has_value());
  EXPECT_EQ(a.bold, true);
  EXPECT_FALSE(a.font_size.has_value());
  EXPECT_FALSE(a.italic.has_value());
  const CharacterStyle& k = s.characters.at("klein");
  EXPECT_EQ(k.font_size, 8.0);
  EXPECT_EQ(k.italic, true);
  EXPECT_EQ(k.font_family, "Lato");
}

TEST(StyleProperties, TableStyles) {
  auto s = clean(R"(table { cell-padding: 3pt 4pt; rule-color: #999; rule-width: 0.75pt;
      header-background: #e6efe9; header-color: white; zebra: yes; zebra-background: #fafafa;
      space-before: 4pt; space-after: 8pt; }
    table.compact { cell-padding: 1pt; })");
  const TableStyle& t = s.table("table");
  EXPECT_DOUBLE_EQ(t.cell_padding_y, 3);
  EXPECT_DOUBLE_EQ(t.cell_padding_x, 4);
  EXPECT_EQ(t.rule_color, (display::Color{0.6, 0.6, 0.6}));
  EXPECT_DOUBLE_EQ(t.rule_width, 0.75);
  EXPECT_EQ(t.header_color, (display::Color{1, 1, 1}));
  EXPECT_TRUE(t.zebra);
  EXPECT_DOUBLE_EQ(t.space_after, 8);
  const TableStyle& c = s.table("compact");
  EXPECT_DOUBLE_EQ(c.cell_padding_x, 1);
  EXPECT_DOUBLE_EQ(c.cell_padding_y, 1);
  EXPECT_TRUE(c.zebra);  // from table
  EXPECT_DOUBLE_EQ(s.table("onbekend").rule_width, 0.75);
}

TEST(StyleProperties, PageTemplates) {
  auto s = clean(R"(@page body { size: A4; margin: 25mm 25mm 28mm 25mm; header-left: "{title}";
      header-right: "{municipality}"; footer-center: "Pagina {page} van {pages}";
      header-offset: 12mm; footer-offset: 10mm; }
    @page cover { margin: 40mm 25mm; header: none; footer: none; background: #0b5d4b;
      count-pages: no; }
    @page breed { size: A4 landscape; margin: 1cm; footer-right: none; running-style: klein; }
    @page eigen { size: 100mm 150mm; margin: 1mm 2mm 3mm; })");
  const PageTemplate& body = s.page("body");
  EXPECT_NEAR(body.width, 595.276, 1e-3);
  EXPECT_NEAR(body.margin_bottom, 28 * kMm, 1e-9);
  EXPECT_NEAR(body.margin_left, 25 * kMm, 1e-9);
  EXPECT_EQ(body.header.left, "{title}");
  EXPECT_EQ(body.header.right, "{municipality}");
  EXPECT_EQ(body.footer.center, "Pagina {page} van {pages}");
  EXPECT_NEAR(body.header_offset, 12 * kMm, 1e-9);
  const PageTemplate& cover = s.page("cover");
  EXPECT_NEAR(cover.margin_top, 40 * kMm, 1e-9);
  EXPECT_NEAR(cover.margin_bottom, 40 * kMm, 1e-9);
  EXPECT_NEAR(cover.margin_left, 25 * kMm, 1e-9);
  EXPECT_TRUE(cover.header.empty());
  EXPECT_TRUE(cover.footer.empty());
  EXPECT_TRUE(cover.has_background);
  EXPECT_FALSE(cover.count_pages);
  const PageTemplate& breed = s.page("breed");
  EXPECT_NEAR(breed.width, 841.89, 1e-3);
  EXPECT_NEAR(breed.height, 595.276, 1e-3);
  EXPECT_EQ(breed.header.left, "{title}");  // from body
  EXPECT_EQ(breed.footer.center, "Pagina {page} van {pages}");
  EXPECT_EQ(breed.running_style, "klein");
  const PageTemplate& eigen = s.page("eigen");
  EXPECT_NEAR(eigen.width, 100 * kMm, 1e-9);
  EXPECT_NEAR(eigen.margin_left, 2 * kMm, 1e-9);
  EXPECT_NEAR(eigen.margin_bottom, 3 * kMm, 1e-9);
  EXPECT_EQ(&s.page("onbekend"), &body);
}

TEST(StyleProperties, VariablesBindLateAndNest) {
  auto s = clean(R"(:root { --groen: #0b5d4b; --kop: var(--groen); --maat: 12pt; }
    h1 { color: var(--kop); font-size: var(--maat); }
    h2 { color: var(--onbekend, #ff0000); })");
  EXPECT_NEAR(s.paragraph("h1").color.g, 93 / 255.0, 1e-9);
  EXPECT_DOUBLE_EQ(s.paragraph("h1").font_size, 12);
  EXPECT_EQ(s.paragraph("h2").color, (display::Color{1, 0, 0}));
}

TEST(StyleProperties, SettingsFontsCommentsAndSelectorLists) {
  auto s = clean(R"(/* kop */ @setting heading-numbering: "1.1";
    @font "Huisletter" { src: "fonts/"; }
    h1, h2, .x /* ook x */ { color: red; })");
  EXPECT_EQ(s.settings.at("heading-numbering"), "1.1");
  EXPECT_EQ(s.font_files.at("Huisletter"), std::filesystem::path("fonts/"));
  EXPECT_EQ(s.paragraph("h2").color, (display::Color{1, 0, 0}));
  EXPECT_EQ(s.paragraph("x").color, (display::Color{1, 0, 0}));
}

TEST(StyleProperties, LaterDeclarationsWin) {
  auto s = clean("p { font-size: 9pt; font-size: 11pt; } p { color: red; font-size: 12pt; }");
  EXPECT_DOUBLE_EQ(s.paragraph("p").font_size, 12);
  EXPECT_EQ(s.paragraph("p").color, (display::Color{1, 0, 0}));
}

TEST(StyleProperties, UnknownNamesFallBack) {
  auto s = clean("p { font-size: 9pt; }");
  EXPECT_DOUBLE_EQ(s.paragraph("bestaat-niet").font_size, 9);
}

}  // namespace
}  // namespace koers::style

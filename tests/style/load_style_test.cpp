#include <gtest/gtest.h>

#include "core/resources.h"
#include "style_test_util.h"

namespace koers::style {
namespace {

using testing::kMm;

class LoadStyle : public ::testing::Test {
 protected:
  void put(const std::string& name, const std::string& css) {
    resources.put("/koers/styles/" + name + "/style.css", css);
  }
  MemoryResources resources;
  Diagnostics diags;
};

TEST_F(LoadStyle, ChildOverridesPropertyByProperty) {
  put("base", R"(:root { --accent: #0b5d4b; }
    p { font-family: "Lato"; font-size: 10pt; line-height: 13pt; space-after: 6pt; }
    h1 { font-size: 20pt; line-height: 24pt; color: var(--accent); keep-with-next: always; }
    .cover-title { font-size: 32pt; line-height: 38pt; color: var(--accent); }
    @page body { margin: 25mm; footer-center: "Pagina {page}"; })");
  put("stad", R"(@extends "base";
    :root { --accent: #12436b; }
    p { font-size: 11pt; }
    h1 { space-after: 10pt; }
    .lead { font-size: 12pt; }
    @page body { margin-left: 30mm; })");
  // margin-left is not a page property: one error, the rest still loads.
  StyleSheet sheet = load_style("stad", resources, diags);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items()[0].file, "/koers/styles/stad/style.css");
  EXPECT_EQ(diags.items()[0].line, 6);
  EXPECT_EQ(sheet.name, "stad");
  const ParagraphStyle& p = sheet.paragraph("p");
  EXPECT_DOUBLE_EQ(p.font_size, 11);
  EXPECT_DOUBLE_EQ(p.line_height, 13);  // base set it for p: it stays as written
  EXPECT_DOUBLE_EQ(p.space_after, 6);   // from base
  // A style that changes only the size keeps the proportion it inherited (13/11).
  EXPECT_NEAR(sheet.paragraph("lead").line_height, 12 * 13 / 11.0, 1e-9);
  const ParagraphStyle& h1 = sheet.paragraph("h1");
  EXPECT_DOUBLE_EQ(h1.font_size, 20);           // from base
  EXPECT_TRUE(h1.keep_with_next);               // from base
  EXPECT_DOUBLE_EQ(h1.space_after, 10);         // from child
  EXPECT_NEAR(h1.color.b, 0x6b / 255.0, 1e-9);  // child's variable in base's rule
  EXPECT_NEAR(sheet.paragraph("cover-title").color.b, 0x6b / 255.0, 1e-9);
  EXPECT_DOUBLE_EQ(sheet.paragraph("cover-title").space_after, 6);  // p via base
  EXPECT_EQ(sheet.page("body").footer.center, "Pagina {page}");
}

TEST_F(LoadStyle, ThreeLevels) {
  put("a", "p { font-size: 9pt; color: red; }");
  put("b", "@extends \"a\"; p { font-size: 10pt; }");
  put("c", "@extends 'b';\np { font-weight: bold; }");
  StyleSheet sheet = load_style("c", resources, diags);
  EXPECT_EQ(diags.error_count(), 0u) << diags.to_string();
  const ParagraphStyle& p = sheet.paragraph("p");
  EXPECT_DOUBLE_EQ(p.font_size, 10);
  EXPECT_TRUE(p.bold);
  EXPECT_EQ(p.color, (display::Color{1, 0, 0}));
}

TEST_F(LoadStyle, MissingStyle) {
  StyleSheet sheet = load_style("nergens", resources, diags);
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.items()[0].message, "huisstijl \"nergens\" niet gevonden");
  EXPECT_EQ(diags.items()[0].line, 0);
  EXPECT_DOUBLE_EQ(sheet.paragraph("p").font_size, 10);  // defaults still usable
}

TEST_F(LoadStyle, MissingParent) {
  put("kind", "/* huisstijl */\n@extends \"ouder\";\np { }");
  load_style("kind", resources, diags);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.file, "/koers/styles/kind/style.css");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 10);
  EXPECT_EQ(d.message, "de huisstijl \"ouder\" waarop deze stijl voortbouwt bestaat niet");
}

TEST_F(LoadStyle, Cycle) {
  put("a", "@extends \"b\";");
  put("b", "@extends \"a\";");
  load_style("a", resources, diags);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items()[0].message, "@extends maakt een kring: a → b → a");
  EXPECT_EQ(diags.items()[0].file, "/koers/styles/b/style.css");
  EXPECT_EQ(diags.items()[0].column, 10);
}

TEST_F(LoadStyle, TooDeep) {
  for (int i = 0; i < 12; ++i)
    put("s" + std::to_string(i), "@extends \"s" + std::to_string(i + 1) + "\";");
  put("s12", "p { }");
  load_style("s0", resources, diags);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items()[0].message, "@extends gaat dieper dan 8 stijlen");
}

TEST_F(LoadStyle, RejectsPathsAsNames) {
  load_style("../geheim", resources, diags);
  EXPECT_EQ(diags.error_count(), 1u);
}

TEST_F(LoadStyle, FontFolderIsNextToTheStyle) {
  put("huis", "@font \"Huisletter\" { src: \"fonts/\"; }");
  StyleSheet sheet = load_style("huis", resources, diags);
  EXPECT_EQ(diags.error_count(), 0u) << diags.to_string();
  EXPECT_EQ(sheet.font_files.at("Huisletter"), std::filesystem::path("/koers/styles/huis/fonts/"));
}

class ShippedStyles : public ::testing::Test {
 protected:
  DiskResources disk{KOERS_SOURCE_DIR};
  Diagnostics diags;
};

TEST_F(ShippedStyles, BaseLoadsWithoutDiagnostics) {
  StyleSheet sheet = load_style("base", disk, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  const ParagraphStyle& p = sheet.paragraph("p");
  EXPECT_EQ(p.font_family, "Lato");
  EXPECT_DOUBLE_EQ(p.font_size, 10);
  EXPECT_DOUBLE_EQ(p.line_height, 13);
  EXPECT_EQ(p.text_align, TextAlign::justify);
  const ParagraphStyle& h1 = sheet.paragraph("h1");
  EXPECT_GE(h1.font_size, 18);
  EXPECT_LE(h1.font_size, 20);
  EXPECT_TRUE(h1.page_break_before);
  EXPECT_FALSE(h1.hyphenate);
  EXPECT_DOUBLE_EQ(sheet.paragraph("h2").font_size, 13);
  EXPECT_TRUE(sheet.paragraph("h3").bold);
  EXPECT_DOUBLE_EQ(sheet.paragraph("running").font_size, 8);
  const PageTemplate& body = sheet.page("body");
  EXPECT_NEAR(body.margin_left, 25 * kMm, 1e-9);
  EXPECT_GT(body.margin_bottom, body.margin_top);
  EXPECT_FALSE(body.footer.empty());
  EXPECT_TRUE(sheet.page("cover").header.empty());
  EXPECT_TRUE(sheet.paragraphs.count("cover-title"));
  EXPECT_TRUE(sheet.paragraphs.count("colofon"));
  EXPECT_TRUE(sheet.paragraph("cover-band").has_background);
  EXPECT_EQ(sheet.settings.at("heading-numbering"), "1.1");
}

TEST_F(ShippedStyles, ZuiderhavenExtendsBaseWithItsOwnAccent) {
  StyleSheet base = load_style("base", disk, diags);
  StyleSheet city = load_style("zuiderhaven", disk, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_NE(city.paragraph("h1").color, base.paragraph("h1").color);
  EXPECT_EQ(city.paragraph("cover-band").background, city.paragraph("h1").color);
  EXPECT_TRUE(city.table("table").zebra);
  EXPECT_EQ(city.page("body").header.left, "{municipality}");
  EXPECT_EQ(city.page("body").footer.center, base.page("body").footer.center);  // from base
}

}  // namespace
}  // namespace koers::style

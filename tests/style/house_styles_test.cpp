// House styles across files: a three-level chain resolved property by property, and the
// three shipped styles (base, zuiderhaven, heideveen), which must load cleanly and differ.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "style_test_util.h"

namespace koers::style {
namespace {

class ThreeFiles : public ::testing::Test {
 protected:
  ThreeFiles() {
    put("basis", R"(:root { --accent: #0b5d4b; --tekst: #1a1a1a; --letter: "Lato"; }
p { font-family: var(--letter); font-size: 10pt; line-height: 13pt; color: var(--tekst); }
h1 { font-size: 20pt; color: var(--accent); space-after: 12pt; }
table { header-background: #e6efe9; rule-width: 0.5pt; }
table.data { zebra: yes; }
@page body { margin: 25mm; header-left: "{title}"; }
@format { whole-amounts: dash; percent-spacing: space; }
@setting heading-numbering: "1.1";)");
    put("provincie", R"(@extends "basis";
:root { --accent: #7a4e2d; }
h1 { font-size: 18pt; }
table { rule-width: 1pt; }
@format { percent-spacing: none; })");
    put("dorp", R"(@extends "provincie";
:root { --letter: "DejaVu Serif"; }
h1 { space-after: 8pt; }
table.data { header-color: #2b2a26; }
@page body { header-left: none; header-right: "{municipality}"; }
@setting heading-numbering: "none";)");
  }
  void put(const std::string& name, const std::string& css) {
    resources.put("/koers/styles/" + name + "/style.css", css);
  }
  MemoryResources resources;
  Diagnostics diags;
};

TEST_F(ThreeFiles, EachLevelOverridesOnlyWhatItSets) {
  StyleSheet sheet = load_style("dorp", resources, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_EQ(sheet.chain, (std::vector<std::string>{"dorp", "provincie", "basis"}));
  const ParagraphStyle& h1 = sheet.paragraph("h1");
  EXPECT_DOUBLE_EQ(h1.font_size, 18);           // provincie
  EXPECT_DOUBLE_EQ(h1.space_after, 8);          // dorp
  EXPECT_NEAR(h1.color.r, 0x7a / 255.0, 1e-9);  // provincie's variable, basis' rule
  EXPECT_EQ(h1.font_family, "DejaVu Serif");    // dorp's variable via p
  EXPECT_EQ(sheet.paragraph("p").font_family, "DejaVu Serif");
  EXPECT_DOUBLE_EQ(sheet.paragraph("p").line_height, 13);               // basis
  EXPECT_DOUBLE_EQ(sheet.table("table").rule_width, 1);                 // provincie
  EXPECT_DOUBLE_EQ(sheet.table("data").rule_width, 1);                  // table.data takes table
  EXPECT_TRUE(sheet.table("data").zebra);                               // basis
  EXPECT_NEAR(sheet.table("data").header_color.r, 0x2b / 255.0, 1e-9);  // dorp
  EXPECT_TRUE(sheet.page("body").header.left.empty());                  // dorp: none
  EXPECT_EQ(sheet.page("body").header.right, "{municipality}");
  EXPECT_NEAR(sheet.page("body").margin_top, 25 * testing::kMm, 1e-9);  // basis
  EXPECT_TRUE(sheet.format.whole_amount_dash);                          // basis
  EXPECT_EQ(sheet.format.percent_spacing, Spacing::none);               // provincie
  EXPECT_EQ(sheet.settings.at("heading-numbering"), "none");            // dorp
}

TEST_F(ThreeFiles, TheMiddleStyleAloneKeepsTheBase) {
  StyleSheet sheet = load_style("provincie", resources, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_EQ(sheet.paragraph("p").font_family, "Lato");
  EXPECT_DOUBLE_EQ(sheet.paragraph("h1").space_after, 12);
  EXPECT_EQ(sheet.page("body").header.left, "{title}");
}

TEST_F(ThreeFiles, ErrorsNameTheFileTheyAreIn) {
  put("dorp", "@extends \"provincie\";\nh1 { font-sise: 12pt; }");
  put("provincie", "@extends \"basis\";\n\ntable { rule-width: dik; }");
  load_style("dorp", resources, diags);
  ASSERT_EQ(diags.error_count(), 2u) << diags.to_string();
  EXPECT_EQ(diags.to_string().find("/koers/styles/dorp/style.css:2:6: error: onbekende "
                                   "eigenschap font-sise"),
            0u)
      << diags.to_string();
  EXPECT_NE(diags.to_string().find("/koers/styles/provincie/style.css:3:21: error: ongeldige "
                                   "waarde voor rule-width: \"dik\""),
            std::string::npos)
      << diags.to_string();
}

TEST_F(ThreeFiles, AnUnknownVariableInTheParentIsFoundThroughTheChild) {
  put("basis", "p { color: var(--tekst); }");  // defined only by the child
  put("provincie", "@extends \"basis\";\n:root { --tekst: #222222; }");
  StyleSheet sheet = load_style("provincie", resources, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_NEAR(sheet.paragraph("p").color.r, 0x22 / 255.0, 1e-9);
  Diagnostics alone;
  load_style("basis", resources, alone);
  ASSERT_EQ(alone.error_count(), 1u);
  EXPECT_EQ(alone.items()[0].message, "onbekende variabele --tekst");
}

TEST_F(ThreeFiles, AParentThatIsNotThereIsAnErrorAtTheExtends) {
  put("dorp", "@extends \"gewest\";");
  load_style("dorp", resources, diags);
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.items()[0].line, 1);
  EXPECT_EQ(diags.items()[0].column, 10);
  EXPECT_EQ(diags.items()[0].message,
            "de huisstijl \"gewest\" waarop deze stijl voortbouwt bestaat niet");
}

class Shipped : public ::testing::Test {
 protected:
  StyleSheet load(const std::string& name) {
    Diagnostics diags;
    StyleSheet sheet = load_style(name, disk, diags);
    EXPECT_TRUE(diags.empty()) << name << ":\n" << diags.to_string();
    return sheet;
  }
  DiskResources disk{KOERS_SOURCE_DIR};
};

TEST_F(Shipped, ThreeStylesLoadWithoutDiagnosticsAndLookDifferent) {
  const StyleSheet base = load("base"), city = load("zuiderhaven"), rural = load("heideveen");
  EXPECT_EQ(city.chain, (std::vector<std::string>{"zuiderhaven", "base"}));
  EXPECT_EQ(rural.chain, (std::vector<std::string>{"heideveen", "base"}));
  // Different body fonts, heading fonts and colours.
  const std::set<std::string> fonts = {base.paragraph("p").font_family,
                                       city.paragraph("p").font_family,
                                       rural.paragraph("p").font_family};
  EXPECT_EQ(fonts.size(), 3u);
  EXPECT_NE(city.paragraph("h1").font_family, city.paragraph("p").font_family);
  EXPECT_NE(base.paragraph("h1").color, city.paragraph("h1").color);
  EXPECT_NE(base.paragraph("h1").color, rural.paragraph("h1").color);
  EXPECT_NE(city.paragraph("h1").color, rural.paragraph("h1").color);
  EXPECT_FALSE(rural.paragraph("h1").bold);          // a quiet chapter title …
  EXPECT_GT(rural.paragraph("h1").border_width, 0);  // … over a rule
  EXPECT_TRUE(rural.paragraph("h2").italic);
  // Tables: blue header with white text; sand header with brown text.
  EXPECT_EQ(city.table("table").header_color, (display::Color{1, 1, 1}));
  EXPECT_NE(rural.table("table").header_background, base.table("table").header_background);
  // Covers: a bleeding band in the city, a green page in the country.
  EXPECT_LT(city.paragraph("cover-band").margin_left, 0);
  EXPECT_EQ(city.paragraph("cover-title").color, (display::Color{1, 1, 1}));
  EXPECT_TRUE(rural.page("cover").has_background);
  EXPECT_FALSE(base.page("cover").has_background);
  EXPECT_EQ(rural.paragraph("cover-title").text_align, TextAlign::center);
  // Formatting choices.
  EXPECT_TRUE(city.format.whole_amount_dash);
  EXPECT_EQ(city.format.percent_spacing, Spacing::none);
  EXPECT_FALSE(rural.format.whole_amount_dash);
  EXPECT_EQ(rural.format.percent_spacing, Spacing::space);
  EXPECT_EQ(rural.format.quote_open, "„");
}

}  // namespace
}  // namespace koers::style

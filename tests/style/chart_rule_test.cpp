// @chart: the palette, fonts and colours of charts.
#include <gtest/gtest.h>

#include "style_test_util.h"

namespace koers::style {
namespace {

using testing::only_error;
using testing::only_hint;
using testing::sheet_from;

bool near(const Color& a, const Color& b) {
  return std::abs(a.r - b.r) < 1e-3 && std::abs(a.g - b.g) < 1e-3 && std::abs(a.b - b.b) < 1e-3;
}

TEST(ChartRule, DefaultsFollowTheBodyText) {
  Diagnostics diags;
  StyleSheet sheet = sheet_from("p { font-family: \"DejaVu Sans\"; color: #222222; }", diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_TRUE(sheet.chart.palette.empty());
  EXPECT_EQ(sheet.chart.font_family, "DejaVu Sans");
  EXPECT_TRUE(near(sheet.chart.color, {0x22 / 255.0, 0x22 / 255.0, 0x22 / 255.0}));
  EXPECT_DOUBLE_EQ(sheet.chart.font_size, 8);
  EXPECT_DOUBLE_EQ(sheet.chart.title_size, 9.5);
}

TEST(ChartRule, EveryProperty) {
  Diagnostics diags;
  StyleSheet sheet = sheet_from(R"(:root { --blauw: #12436b; }
@chart {
  palette: #1b5e20 #f9a825 var(--blauw) rgb(255, 0, 0);
  font-family: "DejaVu Sans Condensed";
  font-size: 7.5pt;
  title-size: 10pt;
  color: #111111;
  axis-color: #333333;
  grid-color: #dddddd;
  on-track-color: #2e7d32;
  attention-color: #f9a825;
  off-track-color: #c62828;
  unknown-color: grey;
})",
                                diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  const ChartStyle& c = sheet.chart;
  ASSERT_EQ(c.palette.size(), 4u);
  EXPECT_TRUE(near(c.palette[0], {0x1b / 255.0, 0x5e / 255.0, 0x20 / 255.0}));
  EXPECT_TRUE(near(c.palette[2], {0x12 / 255.0, 0x43 / 255.0, 0x6b / 255.0}));
  EXPECT_TRUE(near(c.palette[3], {1, 0, 0}));
  EXPECT_EQ(c.font_family, "DejaVu Sans Condensed");
  EXPECT_DOUBLE_EQ(c.font_size, 7.5);
  EXPECT_DOUBLE_EQ(c.title_size, 10);
  EXPECT_TRUE(near(c.color, {0x11 / 255.0, 0x11 / 255.0, 0x11 / 255.0}));
  EXPECT_TRUE(near(c.axis_color, {0x33 / 255.0, 0x33 / 255.0, 0x33 / 255.0}));
  EXPECT_TRUE(near(c.grid_color, {0xdd / 255.0, 0xdd / 255.0, 0xdd / 255.0}));
  EXPECT_TRUE(near(c.on_track_color, {0x2e / 255.0, 0x7d / 255.0, 0x32 / 255.0}));
  EXPECT_TRUE(near(c.attention_color, {0xf9 / 255.0, 0xa8 / 255.0, 0x25 / 255.0}));
  EXPECT_TRUE(near(c.off_track_color, {0xc6 / 255.0, 0x28 / 255.0, 0x28 / 255.0}));
  EXPECT_TRUE(near(c.unknown_color, {0x80 / 255.0, 0x80 / 255.0, 0x80 / 255.0}));
}

TEST(ChartRule, ErrorsWithPosition) {
  EXPECT_EQ(only_error("@chart {\n  palette: #1b5e20 groen;\n}"),
            "2:12: ongeldige waarde voor palette: \"#1b5e20 groen\"");
  EXPECT_EQ(only_hint("@chart { palette: #1b5e20 groen; }"),
            "Schrijf kleuren met spaties ertussen, bijvoorbeeld #1b5e20 #f9a825 var(--blauw), of "
            "auto voor het standaardpalet.");
  EXPECT_EQ(only_error("@chart { palette: #1b5e20, #f9a825; }"),
            "1:19: ongeldige waarde voor palette: \"#1b5e20, #f9a825\"");
  EXPECT_EQ(only_error("@chart { font-size: 8; }"), "1:21: ongeldige waarde voor font-size: \"8\"");
  EXPECT_EQ(only_error("@chart { title-size: -1pt; }"),
            "1:22: ongeldige waarde voor title-size: \"-1pt\"");
  EXPECT_EQ(only_error("@chart { axis-color: blauw; }"),
            "1:22: ongeldige waarde voor axis-color: \"blauw\"");
  EXPECT_EQ(only_error("@chart { font-family: \"A\", \"B\"; }"),
            "1:23: ongeldige waarde voor font-family: \"\"A\", \"B\"\"");
  EXPECT_EQ(only_error("@chart { palette: var(--groen); }"), "1:19: onbekende variabele --groen");
  EXPECT_EQ(only_error("@chart { grid-colour: #eee; }"),
            "1:10: onbekende eigenschap grid-colour voor @chart");
  EXPECT_EQ(only_hint("@chart { grid-colour: #eee; }"), "Bedoelt u grid-color?");
  EXPECT_EQ(only_error("@charts { }"), "1:1: onbekende @-regel @charts");
  EXPECT_EQ(only_hint("@charts { }"), "Bedoelt u @chart?");
  // A chart property in a paragraph style says where it belongs.
  EXPECT_EQ(only_hint("p { palette: #000; }"), "palette hoort bij @chart.");
  EXPECT_EQ(only_error("@chart { text-align: left; }"),
            "1:10: onbekende eigenschap text-align voor @chart");
}

TEST(ChartRule, WhatIsValidIsStillUsed) {
  Diagnostics diags;
  StyleSheet sheet = sheet_from("@chart { font-size: 7pt; grid-color: nee; }", diags);
  EXPECT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_DOUBLE_EQ(sheet.chart.font_size, 7);
}

TEST(ChartRule, ChildOverridesPropertyByProperty) {
  Diagnostics diags;
  StyleSheet sheet;
  apply_style_text(
      ":root { --accent: #0b5d4b; }\n"
      "@chart { palette: var(--accent) #777777; font-size: 7pt; grid-color: #eee; }",
      "base.css", sheet, diags);
  apply_style_text(":root { --accent: #12436b; }\n@chart { grid-color: #ccc; }", "stad.css", sheet,
                   diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  ASSERT_EQ(sheet.chart.palette.size(), 2u);
  // The parent's palette, with the child's value of the variable it uses.
  EXPECT_TRUE(near(sheet.chart.palette[0], {0x12 / 255.0, 0x43 / 255.0, 0x6b / 255.0}));
  EXPECT_DOUBLE_EQ(sheet.chart.font_size, 7);
  EXPECT_TRUE(near(sheet.chart.grid_color, {0.8, 0.8, 0.8}));
}

TEST(ChartRule, AutoBringsBackTheFallbackPalette) {
  Diagnostics diags;
  StyleSheet sheet;
  apply_style_text("@chart { palette: #000 #fff; }", "base.css", sheet, diags);
  apply_style_text("@chart { palette: auto; }", "stad.css", sheet, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_TRUE(sheet.chart.palette.empty());
}

}  // namespace
}  // namespace koers::style

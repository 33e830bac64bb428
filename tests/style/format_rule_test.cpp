// @format: the formatting choices that differ between municipalities.
#include <gtest/gtest.h>

#include "style_test_util.h"

namespace koers::style {
namespace {

using testing::only_error;
using testing::only_hint;
using testing::sheet_from;

TEST(FormatRule, DefaultsKeepTheLanguagesConventions) {
  Diagnostics diags;
  StyleSheet sheet = sheet_from("p { font-size: 10pt; }", diags);
  EXPECT_EQ(sheet.format.currency_spacing, Spacing::locale);
  EXPECT_EQ(sheet.format.percent_spacing, Spacing::locale);
  EXPECT_FALSE(sheet.format.whole_amount_dash);
  EXPECT_TRUE(sheet.format.quote_open.empty());
}

TEST(FormatRule, AllChoices) {
  Diagnostics diags;
  StyleSheet sheet = sheet_from(R"(@format {
      currency-spacing: none; whole-amounts: dash; percent-spacing: space;
      quotes: "„" "”" "‚" "’"; })",
                                diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_EQ(sheet.format.currency_spacing, Spacing::none);
  EXPECT_TRUE(sheet.format.whole_amount_dash);
  EXPECT_EQ(sheet.format.percent_spacing, Spacing::space);
  EXPECT_EQ(sheet.format.quote_open, "„");
  EXPECT_EQ(sheet.format.quote_close, "”");
}

TEST(FormatRule, VariablesAndAuto) {
  Diagnostics diags;
  StyleSheet sheet = sheet_from(R"(:root { --ruimte: space; }
      @format { currency-spacing: var(--ruimte); quotes: auto; })",
                                diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_EQ(sheet.format.currency_spacing, Spacing::space);
  EXPECT_TRUE(sheet.format.quote_close.empty());
}

TEST(FormatRule, ErrorsWithPosition) {
  EXPECT_EQ(only_error("@format {\n  whole-amounts: streepje;\n}"),
            "2:18: ongeldige waarde voor whole-amounts: \"streepje\"");
  EXPECT_EQ(only_hint("@format { whole-amounts: streepje; }"), "Gebruik plain, dash.");
  EXPECT_EQ(only_error("@format { quotes: \"„\"; }"),
            "1:19: ongeldige waarde voor quotes: \"\"„\"\"");
  EXPECT_EQ(only_error("@format { quotes: „ ”; }"), "1:19: ongeldige waarde voor quotes: \"„ ”\"");
  EXPECT_EQ(only_error("@format { percent-space: none; }"),
            "1:11: onbekende eigenschap percent-space voor @format");
  EXPECT_EQ(only_hint("@format { percent-space: none; }"), "Bedoelt u percent-spacing?");
  EXPECT_EQ(only_error("@formaat { }"), "1:1: onbekende @-regel @formaat");
  EXPECT_EQ(only_hint("@formaat { }"), "Bedoelt u @format?");
  // A format property in a paragraph style says where it belongs.
  EXPECT_EQ(only_hint("p { whole-amounts: dash; }"), "whole-amounts hoort bij @format.");
}

TEST(FormatRule, ChildOverridesOneChoice) {
  Diagnostics diags;
  StyleSheet sheet;
  apply_style_text("@format { whole-amounts: dash; percent-spacing: space; }", "base.css", sheet,
                   diags);
  apply_style_text("@format { percent-spacing: none; }", "stad.css", sheet, diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  EXPECT_TRUE(sheet.format.whole_amount_dash);
  EXPECT_EQ(sheet.format.percent_spacing, Spacing::none);
}

}  // namespace
}  // namespace koers::style

// The contrast check (WCAG 2.1 AA, success criterion 1.4.3).
#include "style/contrast.h"

#include <gtest/gtest.h>

#include "core/resources.h"
#include "style_test_util.h"

namespace koers::style {
namespace {

using testing::sheet_from;

const display::Color kWhite{1, 1, 1}, kBlack{0, 0, 0};

TEST(Contrast, LuminanceAndRatioFollowWcag) {
  EXPECT_DOUBLE_EQ(relative_luminance(kWhite), 1.0);
  EXPECT_DOUBLE_EQ(relative_luminance(kBlack), 0.0);
  EXPECT_NEAR(contrast_ratio(kBlack, kWhite), 21.0, 1e-9);
  EXPECT_NEAR(contrast_ratio(kWhite, kBlack), 21.0, 1e-9);
  const display::Color grey77{0x77 / 255.0, 0x77 / 255.0, 0x77 / 255.0};
  const display::Color grey76{0x76 / 255.0, 0x76 / 255.0, 0x76 / 255.0};
  EXPECT_NEAR(contrast_ratio(grey77, kWhite), 4.48, 0.005);  // the classic just-too-light grey
  EXPECT_NEAR(contrast_ratio(grey76, kWhite), 4.54, 0.005);
  EXPECT_DOUBLE_EQ(required_contrast(10, false), 4.5);
  EXPECT_DOUBLE_EQ(required_contrast(18, false), 3.0);
  EXPECT_DOUBLE_EQ(required_contrast(14, true), 3.0);
  EXPECT_DOUBLE_EQ(required_contrast(14, false), 4.5);
}

TEST(Contrast, WarnsAtTheColourDeclaration) {
  Diagnostics diags;
  sheet_from("p { color: #000; }\n.zacht {\n  color: #777777;\n}", diags);
  ASSERT_EQ(diags.items().size(), 1u) << diags.to_string();
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_EQ(d.file, "style.css");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 10);
  EXPECT_EQ(d.message,
            "te weinig contrast in alineastijl .zacht op de pagina (@page body): tekst #777777 "
            "op #ffffff is 4,47:1, WCAG AA vraagt minstens 4,5:1");  // 4.478, shown rounded down
  EXPECT_FALSE(diags.has_errors());
}

TEST(Contrast, JustEnoughPasses) {
  Diagnostics diags;
  sheet_from(".zacht { color: #767676; }", diags);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST(Contrast, LargeTextNeedsThreeToOne) {
  Diagnostics diags;
  sheet_from(".kop { color: #949494; font-size: 18pt; }", diags);  // 3.03:1
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  sheet_from(".kop { color: #949494; font-size: 12pt; }", diags);
  EXPECT_EQ(diags.warning_count(), 1u) << diags.to_string();
}

TEST(Contrast, ParagraphBackground) {
  Diagnostics diags;
  sheet_from(".kader {\n  background: #0b5d4b;\n  color: #333333;\n}", diags);
  ASSERT_EQ(diags.items().size(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items()[0].line, 3);
  EXPECT_NE(diags.items()[0].message.find("alineastijl .kader:"), std::string::npos);
  Diagnostics fine;
  sheet_from(".kader { background: #0b5d4b; color: white; }", fine);
  EXPECT_TRUE(fine.empty()) << fine.to_string();
}

TEST(Contrast, InheritedColourIsReportedOnceWhereItIsDeclared) {
  Diagnostics diags;
  sheet_from("p {\n  color: #aaaaaa;\n}\n.lead { font-size: 12pt; }", diags);
  ASSERT_EQ(diags.items().size(), 1u) << diags.to_string();  // not again for h1, li, .lead, …
  EXPECT_EQ(diags.items()[0].line, 2);
  EXPECT_NE(diags.items()[0].message.find("alineastijl p "), std::string::npos);
}

TEST(Contrast, TableHeader) {
  Diagnostics diags;
  sheet_from("table.licht {\n  header-background: #e6efe9;\n  header-color: #9aa09c;\n}", diags);
  ASSERT_EQ(diags.items().size(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items()[0].line, 3);
  EXPECT_NE(diags.items()[0].message.find("kopregel van tabelstijl table.licht"),
            std::string::npos);
}

TEST(Contrast, CoverTextOnACoverBackground) {
  Diagnostics diags;
  // White on the green cover is fine; the date, still dark grey from p, is not.
  sheet_from(R"(p { color: #333333; }
@page cover {
  background: #3d6b35;
}
.cover-title { color: white; }
.cover-date { font-size: 11pt; })",
             diags);
  ASSERT_EQ(diags.items().size(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items()[0].line, 1);  // p's colour, inherited by .cover-date
  EXPECT_NE(diags.items()[0].message.find(".cover-date op de pagina (@page cover)"),
            std::string::npos)
      << diags.items()[0].message;
}

TEST(Contrast, RunningTextOnAColouredBodyPage) {
  Diagnostics diags;
  sheet_from("@page body {\n  background: #202020;\n}", diags);
  ASSERT_GE(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].line, 2);  // text colour is the default: point at the background
  EXPECT_NE(diags.items()[0].message.find("alineastijl p op de pagina (@page body)"),
            std::string::npos);
}

TEST(Contrast, CharacterStyles) {
  Diagnostics diags;
  sheet_from("span.geel { color: #ffd700; }", diags);
  ASSERT_EQ(diags.items().size(), 1u) << diags.to_string();
  EXPECT_NE(diags.items()[0].message.find("tekenstijl span.geel"), std::string::npos);
}

TEST(Contrast, WarnsOnceWhenStylesAreAppliedOneAfterAnother) {
  Diagnostics diags;
  StyleSheet sheet;
  apply_style_text(".zacht { color: #999; }", "a.css", sheet, diags);
  apply_style_text(".lead { font-size: 12pt; }", "b.css", sheet, diags);
  EXPECT_EQ(diags.warning_count(), 1u) << diags.to_string();
}

}  // namespace
}  // namespace koers::style

#include <gtest/gtest.h>

#include "style_test_util.h"

namespace koers::style {
namespace {

using testing::only_error;
using testing::only_hint;

TEST(StyleErrors, UnknownPropertyWithHint) {
  EXPECT_EQ(only_error("p {\n  font-sise: 10pt;\n}"),
            "2:3: onbekende eigenschap font-sise voor een alineastijl");
  EXPECT_EQ(only_hint("p { font-sise: 10pt; }"), "Bedoelt u font-size?");
  EXPECT_EQ(only_hint("p { zebra: yes; }"), "zebra hoort bij een tabelstijl.");
  EXPECT_EQ(only_hint("table { spce-after: 2pt; }"), "Bedoelt u space-after?");
}

TEST(StyleErrors, BadValues) {
  EXPECT_EQ(only_error("p { font-size: 10; }"), "1:16: ongeldige waarde voor font-size: \"10\"");
  EXPECT_EQ(only_error("h1 {\n color: #12345; }"), "2:9: ongeldige waarde voor color: \"#12345\"");
  EXPECT_EQ(only_error("p { text-align: justified; }"),
            "1:17: ongeldige waarde voor text-align: \"justified\"");
  EXPECT_EQ(only_hint("p { text-align: justified; }"), "Gebruik left, right, center, justify.");
  EXPECT_EQ(only_error("@page body { size: B7; }"), "1:20: ongeldige waarde voor size: \"B7\"");
  EXPECT_EQ(only_error("@page body { margin: 1mm 2mm 3mm 4mm 5mm; }"),
            "1:22: ongeldige waarde voor margin: \"1mm 2mm 3mm 4mm 5mm\"");
  EXPECT_EQ(only_error("@page body { header-left: Pagina; }"),
            "1:27: ongeldige waarde voor header-left: \"Pagina\"");
  EXPECT_EQ(only_error("p { border-bottom: dashed; }"),
            "1:20: ongeldige waarde voor border-bottom: \"dashed\"");
  EXPECT_EQ(only_error("p { line-height: wide; }"),
            "1:18: ongeldige waarde voor line-height: \"wide\"");
  EXPECT_EQ(only_error("table { zebra: ja; }"), "1:16: ongeldige waarde voor zebra: \"ja\"");
  EXPECT_EQ(only_error("p { color: rgb(300, 0, 0); }"),
            "1:12: ongeldige waarde voor color: \"rgb(300, 0, 0)\"");
}

TEST(StyleErrors, Variables) {
  EXPECT_EQ(only_error(":root { --groen: #0b5d4b; }\nh1 { color: var(--goren); }"),
            "2:13: onbekende variabele --goren");
  EXPECT_EQ(only_hint(":root { --groen: #0b5d4b; }\nh1 { color: var(--goren); }"),
            "Bedoelt u --groen?");
  EXPECT_EQ(only_error(":root { --a: var(--b); --b: var(--a); } p { color: var(--a); }"),
            "1:52: variabelen verwijzen in een kring naar elkaar");
  EXPECT_EQ(only_error(":root { color: red; }"),
            "1:9: in :root staan alleen variabelen, niet color");
  EXPECT_EQ(only_error("p { --x: 1pt; }"), "1:5: variabele --x hoort in :root { … }");
}

TEST(StyleErrors, Selectors) {
  EXPECT_EQ(only_error("div { color: red; }"), "1:1: onbekende selector \"div\"");
  EXPECT_EQ(only_error("p { }\nh5 { color: red; }"), "2:1: onbekende selector \"h5\"");
  EXPECT_EQ(only_hint("hh1 { color: red; }"), "Bedoelt u h1?");
  EXPECT_EQ(only_error("p, #id { color: red; }"), "1:4: onbekende selector \"#id\"");
  EXPECT_EQ(only_error("span { color: red; }"), "1:1: span heeft een naam nodig: span.naam");
}

TEST(StyleErrors, Syntax) {
  EXPECT_EQ(only_error("p { font-size 10pt; }"), "1:15: na \"font-size\" wordt een ':' verwacht");
  EXPECT_EQ(only_error("p { color: red;\n"), "2:1: het blok wordt niet gesloten met '}'");
  EXPECT_EQ(only_error("/* open\np { }"), "1:1: commentaar wordt niet gesloten");
  EXPECT_EQ(only_error("p { color: red; }\n@pagina body { }"), "2:1: onbekende @-regel @pagina");
  EXPECT_EQ(only_hint("@pages body { }"), "Bedoelt u @page?");
  EXPECT_EQ(only_error("p { color: ; }"), "1:12: eigenschap color heeft geen waarde");
  EXPECT_EQ(only_error("p color: red; }"), "1:1: hier wordt een selector met { … } verwacht");
  EXPECT_EQ(only_error("p { color: red; }\n@extends \"base\";"),
            "2:1: @extends moet de eerste regel van het stijlbestand zijn");
}

TEST(StyleErrors, RecoversAndReportsEverything) {
  Diagnostics diags;
  StyleSheet sheet = testing::sheet_from(
      "p { font-sise: 1pt; color: blauw; }\nh1 { font-size: 20pt; }\nxx { }", diags);
  EXPECT_EQ(diags.error_count(), 3u) << diags.to_string();
  EXPECT_DOUBLE_EQ(sheet.paragraph("h1").font_size, 20);
}

TEST(StyleErrors, BasedOnUnknownOrCircular) {
  EXPECT_EQ(only_error(".a { based-on: nergens; }"),
            "1:16: based-on noemt een onbekende stijl \"nergens\"");
  Diagnostics diags;
  testing::sheet_from(".a { based-on: b; }\n.b { based-on: a; }", diags);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_NE(diags.items()[0].message.find("kring"), std::string::npos);
}

TEST(StyleErrors, DiagnosticNamesTheFile) {
  Diagnostics diags;
  StyleSheet sheet;
  apply_style_text("p { color: paars; }", "styles/x/style.css", sheet, diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(to_string(diags.items()[0]),
            "styles/x/style.css:1:12: error: ongeldige waarde voor color: \"paars\"\n"
            "  hint: Schrijf een kleur als #0b5d4b, #ccc, rgb(11, 93, 75) of een naam zoals "
            "black.");
}

}  // namespace
}  // namespace koers::style

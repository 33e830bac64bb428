#include <gtest/gtest.h>

#include <chrono>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::parse;

// The one error the markup gives, as "line:col: message".
std::string only_error(const std::string& markup) {
  auto p = parse(markup);
  std::string all;
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : p.diags.items()) {
    if (d.severity != Severity::error) continue;
    if (found) return "more than one error:\n" + p.diags.to_string();
    found = &d;
  }
  if (!found) return "no error:\n" + p.diags.to_string();
  return std::to_string(found->line) + ":" + std::to_string(found->column) + ": " + found->message;
}

TEST(MarkupErrors, MalformedXml) {
  auto p = parse("<document>\n  <p>open <em>tekst</p>\n</document>");
  ASSERT_EQ(p.diags.error_count(), 1u);
  const Diagnostic& d = p.diags.items()[0];
  EXPECT_EQ(d.file, "doc.xml");
  // At the element left open, which a template wrote (the end tag may come from another).
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 11);
  EXPECT_NE(d.message.find("geen geldige XML"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("element 'em' is niet afgesloten: '</em>' ontbreekt vóór '</p>'"),
            std::string::npos)
      << d.message;
  EXPECT_TRUE(p.document.sections.empty());
}

TEST(MarkupErrors, EmptyInput) {
  auto p = parse("");
  EXPECT_EQ(p.diags.error_count(), 1u);
}

TEST(MarkupErrors, WrongRoot) {
  EXPECT_EQ(only_error("<doc><p>x</p></doc>"),
            "1:1: het buitenste element is <doc>, verwacht <document>");
}

TEST(MarkupErrors, UnknownElementWithHint) {
  auto p = parse("<document>\n  <pp>x</pp>\n</document>");
  ASSERT_EQ(p.diags.items().size(), 1u);
  EXPECT_EQ(to_string(p.diags.items()[0]),
            "doc.xml:2:3: error: onbekend element <pp>\n  hint: Bedoelt u <p>?");
}

TEST(MarkupErrors, UnknownAttributeWithHint) {
  auto p = parse("<document>\n<h1 numbred=\"no\">x</h1></document>");
  ASSERT_EQ(p.diags.items().size(), 1u);
  EXPECT_EQ(to_string(p.diags.items()[0]),
            "doc.xml:2:5: error: onbekend attribuut numbred bij <h1>\n"
            "  hint: Bedoelt u numbered=\"…\"?");
}

TEST(MarkupErrors, UnknownAttributeOnDocument) {
  EXPECT_EQ(only_error("<document titel=\"x\"/>"), "1:11: onbekend attribuut titel bij <document>");
}

TEST(MarkupErrors, ListItemOutsideList) {
  EXPECT_EQ(only_error("<document>\n<li>x</li></document>"),
            "2:1: <li> hoort in een <ul> of <ol>, niet in <document>");
}

TEST(MarkupErrors, NonItemInsideList) {
  EXPECT_EQ(only_error("<document><ul><p>x</p></ul></document>"),
            "1:15: <p> kan niet direct in <ul> staan");
}

TEST(MarkupErrors, BlockInsideInline) {
  EXPECT_EQ(only_error("<document><p>tekst <em><p>x</p></em></p></document>"),
            "1:24: <p> kan niet binnen een regel tekst staan (in <em>)");
}

TEST(MarkupErrors, RowOutsideTable) {
  EXPECT_EQ(only_error("<document><div><tr><td>x</td></tr></div></document>"),
            "1:16: <tr> hoort in een <table>, <thead>, <tbody> of <tfoot>, niet in <div>");
}

TEST(MarkupErrors, CellOutsideRow) {
  EXPECT_EQ(only_error("<document><table><tbody><td>x</td></tbody></table></document>"),
            "1:25: <td> kan niet direct in <tbody> staan");
}

TEST(MarkupErrors, SectionInsideDiv) {
  EXPECT_EQ(only_error("<document><div><section/></div></document>"),
            "1:16: <section> hoort direct in <document>, niet in <div>");
}

TEST(MarkupErrors, TextOutsideParagraph) {
  EXPECT_EQ(only_error("<document>\n  losse tekst\n</document>"),
            "2:3: tekst buiten een alinea: \"losse tekst\"");
}

TEST(MarkupErrors, InlineOutsideParagraph) {
  EXPECT_EQ(only_error("<document><div><em>x</em></div></document>"),
            "1:16: <em> staat buiten een alinea (in <div>)");
}

TEST(MarkupErrors, BadLength) {
  EXPECT_EQ(only_error("<document><spacer height=\"20 mm\"/></document>"),
            "1:19: height=\"20 mm\" is geen geldige lengte bij <spacer>");
  EXPECT_EQ(only_error("<document><image src=\"a.png\" alt=\"\" width=\"-3mm\"/></document>"),
            "1:37: width=\"-3mm\" is geen geldige lengte bij <image>");
}

TEST(MarkupErrors, MissingRequiredAttribute) {
  EXPECT_EQ(only_error("<document><spacer/></document>"),
            "1:11: <spacer> mist het attribuut height");
  EXPECT_EQ(only_error("<document><p><a>x</a></p></document>"),
            "1:14: <a> mist het attribuut href");
}

TEST(MarkupErrors, BadAlign) {
  EXPECT_EQ(only_error("<document><table><tr><td align=\"middle\">x</td></tr></table></document>"),
            "1:26: align=\"middle\" is geen geldige uitlijning");
}

TEST(MarkupErrors, BadYesNo) {
  EXPECT_EQ(only_error("<document><h2 toc=\"nee\">x</h2></document>"),
            "1:15: toc=\"nee\" is geen geldige waarde bij <h2>");
}

TEST(MarkupErrors, BadTocDepth) {
  EXPECT_EQ(only_error("<document><toc depth=\"5\"/></document>"),
            "1:16: depth=\"5\" is geen geldige diepte");
}

TEST(MarkupErrors, BadNumberingAndColspanAndColumnWidth) {
  EXPECT_EQ(only_error("<document><ol numbering=\"x\"><li>a</li></ol></document>"),
            "1:15: numbering=\"x\" is geen geldige nummering");
  EXPECT_EQ(only_error("<document><table><tr><td colspan=\"0\">a</td></tr></table></document>"),
            "1:26: colspan=\"0\" is geen geldig aantal kolommen");
  EXPECT_EQ(only_error("<document><table><col width=\"breed\"/><tr><td>a</td></tr></table>"
                       "</document>"),
            "1:23: width=\"breed\" is geen geldige kolombreedte");
}

TEST(MarkupErrors, UnorderedListHasNoNumbering) {
  EXPECT_EQ(only_error("<document><ul numbering=\"1\"><li>a</li></ul></document>"),
            "1:15: onbekend attribuut numbering bij <ul>");
}

TEST(MarkupErrors, BadDate) {
  EXPECT_EQ(only_error("<document date=\"27-11-2026\"/>"),
            "1:11: date=\"27-11-2026\" is geen geldige datum");
}

TEST(MarkupErrors, EmptyElementsMustBeEmpty) {
  EXPECT_EQ(only_error("<document><p>a<br>b</br></p></document>"), "1:19: <br> moet leeg zijn");
}

TEST(MarkupErrors, NestedFootnote) {
  EXPECT_EQ(only_error("<document><p>a<footnote>b<footnote>c</footnote></footnote></p></document>"),
            "1:26: een <footnote> kan niet in een andere voetnoot staan");
}

TEST(MarkupErrors, DuplicateIdAndUnknownReference) {
  EXPECT_EQ(only_error("<document><h1 id=\"a\">x</h1>\n<p id=\"a\">y</p></document>"),
            "2:4: id \"a\" komt twee keer voor");
  EXPECT_EQ(only_error("<document><p>zie <ref to=\"nergens\"/></p></document>"),
            "1:23: verwijzing naar onbekend id \"nergens\"");
}

TEST(MarkupErrors, HtmlEntity) {
  EXPECT_EQ(only_error("<document><p>€&nbsp;5</p></document>"), "1:15: onbekende entiteit &nbsp;");
}

TEST(MarkupErrors, ReportsAllProblemsAtOnce) {
  auto p = parse("<document><pp/><h5/><p foo=\"1\"/></document>");
  EXPECT_EQ(p.diags.error_count(), 3u) << p.diags.to_string();
}

TEST(MarkupSpeed, OneMegabyteParsesQuickly) {
  std::string markup = "<document title=\"groot\">";
  int paragraphs = 0;
  while (markup.size() < 1'000'000) {
    markup += "<h2 id=\"k" + std::to_string(paragraphs) + "\">Kop</h2>";
    markup +=
        "<p>De gemeente wil in 2030 <em>55 procent</em> minder CO<span style=\"sub\">2</span> "
        "uitstoten dan in 1990, met <strong>warmtenetten</strong> en zon op daken.</p>\n"
        "<table><tr><td>a</td><td>1</td></tr></table>";
    ++paragraphs;
  }
  markup += "</document>";
  Diagnostics diags;
  auto start = std::chrono::steady_clock::now();
  Document document = parse_markup(markup, "groot.xml", diags);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(document.sections.size(), 1u);
  EXPECT_EQ(document.sections[0].blocks.size(), static_cast<std::size_t>(paragraphs) * 3);
  // "A few ms" on a quiet machine; generous so a busy CI box does not fail it.
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 250);
  std::printf("1 MB markup: %lld ms\n",
              static_cast<long long>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));
}

}  // namespace
}  // namespace koers::doc

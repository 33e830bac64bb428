#include <gtest/gtest.h>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::blocks_of;
using testing::flatten;
using testing::paragraph_text;

std::string para(const std::string& inner) {
  auto blocks = blocks_of("<p>" + inner + "</p>");
  return blocks.empty() ? "" : paragraph_text(blocks[0]);
}

TEST(MarkupWhitespace, CollapsesRunsAndTrims) {
  EXPECT_EQ(para("  \n\t Een   lange\r\n\n  zin.  \n"), "Een lange zin.");
}

TEST(MarkupWhitespace, SpaceBetweenInlineElementAndTextMatters) {
  EXPECT_EQ(para("de <em>grote</em> stad"), "de [em]grote[/] stad");
  EXPECT_EQ(para("de<em>grote</em>stad"), "de[em]grote[/]stad");
  EXPECT_EQ(para("<em>een</em> <strong>twee</strong>"), "[em]een[/] [b]twee[/]");
}

TEST(MarkupWhitespace, CollapsesAcrossElementBoundaries) {
  EXPECT_EQ(para("de <em> grote </em> stad"), "de [em]grote [/]stad");
  EXPECT_EQ(para("<em>  grote</em>"), "[em]grote[/]");
  EXPECT_EQ(para("stad <em> </em>"), "stad");
}

TEST(MarkupWhitespace, KeepsNoBreakAndOtherUnicodeSpaces) {
  // U+00A0 no-break space and U+202F narrow no-break space are content, not layout.
  EXPECT_EQ(para("€\u00a01.250  \u00a0 x\u202fy"), "€\u00a01.250 \u00a0 x\u202fy");
  EXPECT_EQ(para("&#160;a&#160;"), "\u00a0a\u00a0");
}

TEST(MarkupWhitespace, LineBreakSwallowsSurroundingSpace) {
  EXPECT_EQ(para("Raadhuisplein 1 <br/> 1234 AB Zuiderhaven"),
            "Raadhuisplein 1[br]1234 AB Zuiderhaven");
}

TEST(MarkupInline, NestedFlagsCombine) {
  EXPECT_EQ(para("<strong>vet <em>en schuin</em></strong>"), "[b]vet [/][em][b]en schuin[/]");
  auto blocks = blocks_of(R"(<p><a href="https://example.nl"><em>site</em></a></p>)");
  const Span& s = std::get<Paragraph>(blocks[0].value).content[0];
  EXPECT_TRUE(s.emphasis);
  EXPECT_EQ(s.href, "https://example.nl");
}

TEST(MarkupInline, SpanNobrEntitiesAndCdata) {
  EXPECT_EQ(para(R"(<span style="accent">groen</span>)"), "[span accent]groen[/]");
  EXPECT_EQ(para("<nobr>art. 4</nobr>"), "[nobr]art. 4[/]");
  EXPECT_EQ(para("A &amp; B &lt;3 <![CDATA[x < y]]>"), "A & B <3 x < y");
}

TEST(MarkupInline, FootnoteWithInlineAndParagraphContent) {
  auto blocks = blocks_of(
      "<p>Tekst<footnote>Bron: <em>CBS</em>.</footnote> verder"
      "<footnote><p>Een.</p><p>Twee.</p></footnote></p>");
  const auto& content = std::get<Paragraph>(blocks[0].value).content;
  EXPECT_EQ(flatten(content), "Tekst[fn] verder[fn]");
  ASSERT_TRUE(content[1].note);
  ASSERT_EQ(content[1].note->size(), 1u);
  EXPECT_EQ(paragraph_text((*content[1].note)[0]), "Bron: [em]CBS[/].");
  ASSERT_EQ(content[3].note->size(), 2u);
  EXPECT_EQ(paragraph_text((*content[3].note)[1]), "Twee.");
}

TEST(MarkupInline, PageReference) {
  auto blocks = blocks_of(R"(<h1 id="doelen">Doelen</h1><p>zie pagina <ref to="doelen"/>.</p>)");
  EXPECT_EQ(paragraph_text(blocks[1]), "zie pagina [ref doelen].");
}

TEST(MarkupInline, HeadingContentIsInline) {
  auto blocks = blocks_of("<h2>\n  Energie en <em>warmte</em>\n</h2>");
  EXPECT_EQ(flatten(std::get<Heading>(blocks[0].value).content), "Energie en [em]warmte[/]");
}

TEST(MarkupInline, CaptionAndCellsCollapseWhitespace) {
  auto blocks =
      blocks_of("<table><caption>  Tabel   1 </caption><tr><td>  a  <em>b</em> </td></tr></table>");
  const auto& table = std::get<Table>(blocks[0].value);
  EXPECT_EQ(flatten(table.caption), "Tabel 1");
  EXPECT_EQ(paragraph_text(table.body[0].cells[0].blocks[0]), "a [em]b[/]");
}

}  // namespace
}  // namespace koers::doc

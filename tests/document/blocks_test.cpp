#include <gtest/gtest.h>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::blocks_of;
using testing::flatten;
using testing::paragraph_text;
using testing::parse;

TEST(Markup, ReadsMetadata) {
  auto p = parse(
      R"(<document title="Duurzaamheidsvisie" subtitle="2026-2030" author="Adviesbureau"
          subject="Visie" keywords="klimaat, energie" lang="nl-NL" date="2026-11-27"
          style="zuiderhaven" municipality="Gemeente Zuiderhaven"><p>x</p></document>)");
  ASSERT_TRUE(p.diags.empty()) << p.diags.to_string();
  const Metadata& m = p.document.metadata;
  EXPECT_EQ(m.title, "Duurzaamheidsvisie");
  EXPECT_EQ(m.subtitle, "2026-2030");
  EXPECT_EQ(m.author, "Adviesbureau");
  EXPECT_EQ(m.subject, "Visie");
  EXPECT_EQ(m.keywords, "klimaat, energie");
  EXPECT_EQ(m.language, "nl-NL");
  EXPECT_EQ(m.date, "2026-11-27");
  EXPECT_EQ(m.style, "zuiderhaven");
  EXPECT_EQ(m.municipality, "Gemeente Zuiderhaven");
}

TEST(Markup, SectionsAndImplicitBodySections) {
  auto p = parse(R"(<document>
  <section page="cover"><p>Titel</p></section>
  <p>een</p>
  <p>twee</p>
  <section page="landscape"><p>breed</p></section>
  <p>drie</p>
</document>)");
  ASSERT_TRUE(p.diags.empty()) << p.diags.to_string();
  const auto& s = p.document.sections;
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].page_template, "cover");
  EXPECT_EQ(s[0].source.line, 2);
  EXPECT_EQ(s[0].source.column, 3);
  EXPECT_EQ(s[1].page_template, "body");
  EXPECT_EQ(s[1].blocks.size(), 2u);
  EXPECT_EQ(s[1].source.line, 3);
  EXPECT_EQ(s[2].page_template, "landscape");
  EXPECT_EQ(s[3].page_template, "body");
  EXPECT_EQ(s[3].blocks.size(), 1u);
}

TEST(Markup, SectionWithoutPageIsBody) {
  auto p = parse("<document><section><p>x</p></section></document>");
  ASSERT_EQ(p.document.sections.size(), 1u);
  EXPECT_EQ(p.document.sections[0].page_template, "body");
}

TEST(Markup, Headings) {
  auto blocks =
      blocks_of(R"(<h1 id="inleiding">Inleiding</h1><h2 numbered="no" toc="no">Bijlage</h2>)"
                R"(<h3 outline="no">Drie</h3><h4>Vier</h4>)");
  ASSERT_EQ(blocks.size(), 4u);
  const auto& h1 = std::get<Heading>(blocks[0].value);
  EXPECT_EQ(h1.level, 1);
  EXPECT_EQ(h1.id, "inleiding");
  EXPECT_EQ(blocks[0].id, "inleiding");
  EXPECT_TRUE(h1.numbered);
  EXPECT_TRUE(h1.in_toc);
  EXPECT_EQ(flatten(h1.content), "Inleiding");
  const auto& h2 = std::get<Heading>(blocks[1].value);
  EXPECT_EQ(h2.level, 2);
  EXPECT_FALSE(h2.numbered);
  EXPECT_FALSE(h2.in_toc);
  EXPECT_FALSE(std::get<Heading>(blocks[2].value).in_outline);
  EXPECT_EQ(std::get<Heading>(blocks[3].value).level, 4);
}

TEST(Markup, ParagraphStyleAndId) {
  auto blocks = blocks_of(R"(<p style="cover-title" id="t">Visie</p><p>gewoon</p>)");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(std::get<Paragraph>(blocks[0].value).style, "cover-title");
  EXPECT_EQ(blocks[0].id, "t");
  EXPECT_EQ(std::get<Paragraph>(blocks[1].value).style, "");
}

TEST(Markup, Lists) {
  auto blocks = blocks_of(R"(<ul style="compact"><li>een</li><li><p>twee</p><p>drie</p></li></ul>
<ol numbering="a"><li>eerste <em>punt</em></li></ol><ol><li>x</li></ol>)");
  ASSERT_EQ(blocks.size(), 3u);
  const auto& ul = std::get<List>(blocks[0].value);
  EXPECT_FALSE(ul.ordered);
  EXPECT_EQ(ul.style, "compact");
  ASSERT_EQ(ul.items.size(), 2u);
  ASSERT_EQ(ul.items[0].blocks.size(), 1u);
  EXPECT_EQ(paragraph_text(ul.items[0].blocks[0]), "een");
  ASSERT_EQ(ul.items[1].blocks.size(), 2u);
  EXPECT_EQ(paragraph_text(ul.items[1].blocks[1]), "drie");
  const auto& ol = std::get<List>(blocks[1].value);
  EXPECT_TRUE(ol.ordered);
  EXPECT_EQ(ol.numbering, "a");
  EXPECT_EQ(paragraph_text(ol.items[0].blocks[0]), "eerste [em]punt[/]");
  EXPECT_EQ(std::get<List>(blocks[2].value).numbering, "1");
}

TEST(Markup, ListItemMixesTextAndBlocks) {
  auto blocks =
      blocks_of("<ul><li>Inleiding <strong>kort</strong> <ul><li>sub</li></ul> slot</li></ul>");
  const auto& item = std::get<List>(blocks[0].value).items[0];
  ASSERT_EQ(item.blocks.size(), 3u);
  EXPECT_EQ(paragraph_text(item.blocks[0]), "Inleiding [b]kort[/]");
  EXPECT_TRUE(std::holds_alternative<List>(item.blocks[1].value));
  EXPECT_EQ(paragraph_text(item.blocks[2]), "slot");
}

TEST(Markup, TocPageBreakSpacerDivImage) {
  auto blocks = blocks_of(R"(<toc depth="3" title="Inhoud"/><page-break/><spacer height="20mm"/>
<div style="colofon" keep-together="yes"><p>Colofon</p></div>
<image src="kaart.png" alt="Kaart" width="80mm" height="2in"/>)");
  ASSERT_EQ(blocks.size(), 5u);
  const auto& toc = std::get<Toc>(blocks[0].value);
  EXPECT_EQ(toc.depth, 3);
  EXPECT_EQ(flatten(toc.title), "Inhoud");
  EXPECT_TRUE(std::holds_alternative<PageBreak>(blocks[1].value));
  EXPECT_NEAR(std::get<Spacer>(blocks[2].value).height, 56.693, 1e-3);
  const auto& div = std::get<Division>(blocks[3].value);
  EXPECT_EQ(div.style, "colofon");
  EXPECT_TRUE(div.keep_together);
  ASSERT_EQ(div.blocks.size(), 1u);
  const auto& image = std::get<Image>(blocks[4].value);
  EXPECT_EQ(image.src, "kaart.png");
  EXPECT_EQ(image.alt, "Kaart");
  EXPECT_NEAR(image.width, 226.77, 1e-2);
  EXPECT_DOUBLE_EQ(image.height, 144);
}

TEST(Markup, TocDefaults) {
  auto blocks = blocks_of("<toc/>");
  EXPECT_EQ(std::get<Toc>(blocks[0].value).depth, 2);
  EXPECT_TRUE(std::get<Toc>(blocks[0].value).title.empty());
}

TEST(Markup, BlocksCarryTheirSource) {
  auto blocks = blocks_of("\n  <p>a</p>\n\n    <h2>b</h2>");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].source.line, 2);
  EXPECT_EQ(blocks[0].source.column, 3);
  EXPECT_EQ(blocks[1].source.line, 4);
  EXPECT_EQ(blocks[1].source.column, 5);
}

TEST(Markup, ColumnsCountInCharactersNotBytes) {
  auto p = parse("<document title=\"één\"><p>x</p>\n<p>ë</p><p>y</p></document>");
  const auto& blocks = p.document.sections[0].blocks;
  EXPECT_EQ(blocks[2].source.line, 2);
  EXPECT_EQ(blocks[2].source.column, 9);
}

TEST(Markup, EmptyDocumentHasNoSections) {
  auto p = parse("<document/>");
  EXPECT_TRUE(p.diags.empty());
  EXPECT_TRUE(p.document.sections.empty());
}

}  // namespace
}  // namespace koers::doc

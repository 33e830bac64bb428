// Rich text in the input becomes koers document markup.
#include <gtest/gtest.h>

#include "model/model.h"
#include "model_test_support.h"

namespace koers::model {
namespace {

RichText voorwoord(const std::string& content, Diagnostics* diags_out = nullptr) {
  auto r = testing::read(
      testing::gemeente("<teksten><tekst id=\"voorwoord\">" + content + "</tekst></teksten>"));
  if (diags_out) *diags_out = r.diags;
  const NamedText* t = r.municipality.text("voorwoord");
  return t ? t->text : RichText{};
}

TEST(RichText, PlainTextBecomesOneParagraphWithWhitespaceCollapsed) {
  auto t = voorwoord("\n   Een   tekst\n  over   twee regels.  ");
  EXPECT_EQ(t.markup, "<p>Een tekst over twee regels.</p>");
  EXPECT_EQ(t.plain, (std::vector<std::string>{"Een tekst over twee regels."}));
}

TEST(RichText, TextIsEscaped) {
  auto t = voorwoord("A &amp; B &lt; C \"D\"");
  EXPECT_EQ(t.markup, "<p>A &amp; B &lt; C &quot;D&quot;</p>");
  EXPECT_EQ(t.plain[0], "A & B < C \"D\"");
}

TEST(RichText, InlineMarkupKeepsSpacesBetweenWords) {
  auto t = voorwoord("Dit is <em>heel</em> <strong>belangrijk </strong>nu.");
  EXPECT_EQ(t.markup, "<p>Dit is <em>heel</em> <strong>belangrijk</strong> nu.</p>");
  EXPECT_EQ(t.plain[0], "Dit is heel belangrijk nu.");
}

TEST(RichText, ParagraphsAndLists) {
  auto t = voorwoord(
      "<p>Een.</p>\n<ol><li>eerste</li><li><em>tweede</em></li></ol>\n"
      "<ul><li>los</li></ul><p>Slot.</p>");
  EXPECT_EQ(t.markup,
            "<p>Een.</p><ol><li>eerste</li><li><em>tweede</em></li></ol><ul><li>los</li></ul>"
            "<p>Slot.</p>");
  EXPECT_EQ(t.plain, (std::vector<std::string>{"Een.", "eerste", "tweede", "los", "Slot."}));
}

TEST(RichText, LooseTextBetweenBlocksBecomesAParagraph) {
  auto t = voorwoord("Inleiding <em>kort</em>.<p>Daarna.</p>");
  EXPECT_EQ(t.markup, "<p>Inleiding <em>kort</em>.</p><p>Daarna.</p>");
}

TEST(RichText, LinksAndFootnotes) {
  auto t = voorwoord(
      "Zie <a href=\"https://x.nl/?a=1&amp;b=2\">de site</a>"
      "<voetnoot>Geraadpleegd in <em>2026</em>.</voetnoot> voor meer.");
  EXPECT_EQ(t.markup,
            "<p>Zie <a href=\"https://x.nl/?a=1&amp;b=2\">de site</a><footnote>Geraadpleegd in "
            "<em>2026</em>.</footnote> voor meer.</p>");
  EXPECT_EQ(t.plain[0], "Zie de site voor meer.");
}

TEST(RichText, UnknownElementKeepsItsTextWithAWarning) {
  Diagnostics diags;
  auto t = voorwoord("Een <u>onderstreept</u> woord", &diags);
  EXPECT_EQ(t.markup, "<p>Een onderstreept woord</p>");
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].severity, Severity::warning);
  EXPECT_EQ(diags.items()[0].message,
            "onbekend element 'u' in tekst; koers neemt alleen de tekst over");
}

TEST(RichText, EmptyElementGivesEmptyText) {
  EXPECT_TRUE(voorwoord("   ").empty());
}

}  // namespace
}  // namespace koers::model

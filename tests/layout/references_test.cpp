// Cross-references: <ref show="page|number|title|label"/> to headings and tables, resolved
// by re-layout, linked to their target.
#include <gtest/gtest.h>

#include "layout/references.h"
#include "layout_test_support.h"
#include "text/messages.h"

namespace koers::layout {
namespace {

using namespace testing;

const std::string kNbsp = "\u00A0";

doc::Span ref(std::string target, doc::Span::Show show = doc::Span::Show::page) {
  doc::Span s;
  s.kind = doc::Span::Kind::page_ref;
  s.target = std::move(target);
  s.show = show;
  return s;
}

doc::Block captioned_table(std::string id, std::string caption) {
  doc::Table t;
  t.id = std::move(id);
  t.caption.push_back(text_span(std::move(caption)));
  doc::TableCell c;
  c.blocks.push_back(paragraph("1.250,0"));
  t.body.push_back({{c}});
  return {t};
}

// "zie <label> op pagina <page>" for every target, ahead of and behind the targets.
doc::Document report() {
  using Show = doc::Span::Show;
  auto see = [](const std::string& id) {
    return paragraph({text_span("zie "), ref(id, Show::label), text_span(" op pagina "), ref(id),
                      text_span(" (nummer "), ref(id, Show::number), text_span(", titel "),
                      ref(id, Show::title), text_span(").")});
  };
  doc::Blocks b;
  b.push_back(heading(1, "Inleiding", "inleiding"));
  b.push_back(see("aanleiding"));
  b.push_back(see("budget"));
  b.push_back(paragraph(words(900)));
  b.push_back(heading(2, "Aanleiding", "aanleiding"));
  b.push_back(paragraph(words(700, 3)));
  b.push_back(captioned_table("budget", "Budget per jaar"));
  b.push_back(heading(1, "Doelen", "doelen"));
  b.push_back(see("inleiding"));
  b.push_back(see("aanleiding"));
  doc::Heading appendix;
  appendix.level = 1;
  appendix.numbered = false;
  appendix.id = "bijlage";
  appendix.content.push_back(text_span("Bijlage"));
  b.push_back({appendix});
  b.push_back(paragraph({text_span("zie "), ref("bijlage", Show::label)}));
  return one_section(std::move(b));
}

std::string label_of(const display::Document& d, int page) {
  return d.pages[page].label.empty() ? std::to_string(page + 1) : d.pages[page].label;
}

TEST(References, ShowLabelPageNumberAndTitleOfTheirTarget) {
  Laid laid;
  const auto d = layout_document(report(), test_style(), laid.fonts, laid.diags);
  ASSERT_TRUE(laid.diags.empty()) << laid.diags.to_string();
  const int aanleiding = page_of(d, "1.1 Aanleiding");
  const int budget = page_of(d, "Tabel" + kNbsp + "1: Budget per jaar");
  const int inleiding = page_of(d, "1 Inleiding");
  ASSERT_GE(aanleiding, 1) << "the test needs the target on a later page";
  ASSERT_GE(budget, 1);
  EXPECT_GE(page_of(d, "zie paragraaf" + kNbsp + "1.1 op pagina " + label_of(d, aanleiding) +
                           " (nummer 1.1, titel Aanleiding)."),
            0);
  EXPECT_GE(page_of(d, "zie tabel" + kNbsp + "1 op pagina " + label_of(d, budget) +
                           " (nummer 1, titel Budget per jaar)."),
            0);
  EXPECT_GE(page_of(d, "zie hoofdstuk" + kNbsp + "1 op pagina " + label_of(d, inleiding) +
                           " (nummer 1, titel Inleiding)."),
            0);
  EXPECT_GE(page_of(d, "zie \u201EBijlage\u201D"), 0) << "an unnumbered heading by its title";
}

TEST(References, AreLinksToTheirTarget) {
  Laid laid;
  const auto d = layout_document(report(), test_style(), laid.fonts, laid.diags);
  const int aanleiding = page_of(d, "1.1 Aanleiding");
  double heading_y = -1;
  for (const auto* r : runs(d.pages[aanleiding]))
    if (utf8(*r).rfind("1.1 Aanleiding", 0) == 0) heading_y = r->y;
  ASSERT_GT(heading_y, 0);
  int to_aanleiding = 0;
  for (const auto& page : d.pages)
    for (const auto& item : page.items)
      if (const auto* l = std::get_if<display::Link>(&item); l && l->dest_page == aanleiding) {
        // The destination is the top of the heading's line, above its baseline.
        EXPECT_LT(l->dest_y, heading_y);
        EXPECT_GT(l->dest_y, heading_y - 20);
        ++to_aanleiding;
      }
  // Two "zie" paragraphs, four references each.
  EXPECT_EQ(to_aanleiding, 8);
}

TEST(References, TableNumberingCanBeSwitchedOff) {
  auto style = test_style();
  style.settings["table-numbering"] = "no";
  doc::Blocks b;
  b.push_back(captioned_table("budget", "Budget per jaar"));
  b.push_back(paragraph({text_span("zie "), ref("budget", doc::Span::Show::label)}));
  Laid laid;
  const auto d = layout_document(one_section(std::move(b)), style, laid.fonts, laid.diags);
  EXPECT_TRUE(page_contains(d.pages[0], "Budget per jaar"));
  EXPECT_FALSE(page_contains(d.pages[0], "Tabel"));
  // Without a number there is no label: "??" and a warning.
  EXPECT_TRUE(page_contains(d.pages[0], "zie ??"));
  EXPECT_EQ(laid.diags.warning_count(), 1u) << laid.diags.to_string();
}

TEST(References, UnknownIdShowsQuestionMarksAndWarnsAtTheRef) {
  doc::Span r = ref("nergens", doc::Span::Show::label);
  r.source = {12, 7};
  Laid laid;
  const auto d = layout_document(one_section({paragraph({text_span("Zie "), r})}), test_style(),
                                 laid.fonts, laid.diags);
  EXPECT_TRUE(page_contains(d.pages[0], "Zie ??"));
  ASSERT_EQ(laid.diags.warning_count(), 1u) << laid.diags.to_string();
  EXPECT_EQ(laid.diags.items().front().line, 12);
  EXPECT_EQ(laid.diags.items().front().column, 7);
  for (const auto& item : d.pages[0].items)
    EXPECT_FALSE(std::holds_alternative<display::Link>(item));
}

TEST(References, ReferenceTextNamesHeadingsTablesAndFigures) {
  using Kind = ReferenceTarget::Kind;
  using Show = doc::Span::Show;
  Laid laid;
  const style::StyleSheet style = test_style();
  Context ctx(style, laid.fonts, laid.diags, laid.diags, "doc.xml");
  EXPECT_EQ(reference_text(ctx, {Kind::heading, 1, "3", "Doelen"}, Show::label, "7"),
            "hoofdstuk" + kNbsp + "3");
  EXPECT_EQ(reference_text(ctx, {Kind::heading, 2, "3.2", "Wonen"}, Show::label, "7"),
            "paragraaf" + kNbsp + "3.2");
  EXPECT_EQ(reference_text(ctx, {Kind::heading, 1, "", "Bijlage"}, Show::label, "7"),
            "\u201EBijlage\u201D");
  EXPECT_EQ(reference_text(ctx, {Kind::heading, 3, "3.2.1", "Wonen"}, Show::number, "7"), "3.2.1");
  EXPECT_EQ(reference_text(ctx, {Kind::table, 0, "4", "Budget"}, Show::label, "7"),
            "tabel" + kNbsp + "4");
  EXPECT_EQ(reference_text(ctx, {Kind::figure, 0, "2", "Kaart"}, Show::label, "7"),
            "figuur" + kNbsp + "2");
  EXPECT_EQ(reference_text(ctx, {Kind::table, 0, "4", "Budget"}, Show::page, "7"), "7");
  EXPECT_EQ(reference_text(ctx, {Kind::table, 0, "4", "Budget"}, Show::title, "7"), "Budget");
  EXPECT_EQ(reference_text(ctx, {Kind::other, 0, "", ""}, Show::label, "7"), "");
  EXPECT_EQ(caption_prefix(ctx, {Kind::table, 0, "4", "Budget"}), "Tabel" + kNbsp + "4: ");
  EXPECT_EQ(caption_prefix(ctx, {Kind::table, 0, "", "Budget"}), "");
}

TEST(References, WordsComeFromTheDocumentsCatalogue) {
  using Kind = ReferenceTarget::Kind;
  using Show = doc::Span::Show;
  text::Messages::Catalogue en{"en", "en-GB", "en.xml", {}};
  en.messages["verwijzing.hoofdstuk"] = {"chapter", {}, "en.xml", 1, 1};
  en.messages["verwijzing.titel"] = {
      "\u201C{titel}\u201D", {{"titel", text::ArgumentKind::text}}, "en.xml", 2, 1};
  en.messages["bijschrift.figuur"] = {"Figure", {}, "en.xml", 3, 1};
  const text::Messages messages({en});
  Laid laid;
  const style::StyleSheet style = test_style();
  Context ctx(style, laid.fonts, laid.diags, laid.diags, "doc.xml");
  ctx.messages = &messages;
  EXPECT_EQ(reference_text(ctx, {Kind::heading, 1, "3", "Goals"}, Show::label, "7"),
            "chapter" + kNbsp + "3");
  EXPECT_EQ(reference_text(ctx, {Kind::heading, 1, "", "Annex"}, Show::label, "7"),
            "\u201CAnnex\u201D");
  EXPECT_EQ(caption_prefix(ctx, {Kind::figure, 0, "2", "Map"}), "Figure" + kNbsp + "2: ");
  // A message the catalogue lacks keeps the Dutch word rather than failing.
  EXPECT_EQ(reference_text(ctx, {Kind::table, 0, "4", "Budget"}, Show::label, "7"),
            "tabel" + kNbsp + "4");
}

}  // namespace
}  // namespace koers::layout

#include <gtest/gtest.h>

#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

doc::Document report() {
  doc::Document d;
  d.metadata.title = "Visie";
  doc::Section cover;
  cover.page_template = "cover";
  cover.blocks.push_back(paragraph("Omslag"));
  d.sections.push_back(cover);
  doc::Section body;
  doc::Toc toc;
  toc.title.push_back(text_span("Inhoud"));
  body.blocks.push_back({toc});
  body.blocks.push_back({doc::PageBreak{}});
  body.blocks.push_back(heading(1, "Inleiding"));
  body.blocks.push_back(paragraph(words(700)));
  body.blocks.push_back(heading(2, "Aanleiding", "aanleiding"));
  body.blocks.push_back(paragraph(words(900, 2)));
  body.blocks.push_back(heading(1, "Doelen"));
  doc::Span ref;
  ref.kind = doc::Span::Kind::page_ref;
  ref.target = "aanleiding";
  body.blocks.push_back(paragraph({text_span("Zie pagina "), ref, text_span(".")}));
  doc::Heading unnumbered;
  unnumbered.level = 1;
  unnumbered.numbered = false;
  unnumbered.content.push_back(text_span("Bijlage"));
  body.blocks.push_back({unnumbered});
  d.sections.push_back(body);
  return d;
}

TEST(Toc, PageNumbersAndLinksMatchTheHeadings) {
  Laid laid;
  const auto d = layout_document(report(), test_style(), laid.fonts, laid.diags);
  ASSERT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  const auto& toc_page = d.pages[1];
  const std::vector<std::pair<std::string, std::string>> entries = {
      {"1 Inleiding", "1 Inleiding"},
      {"1.1 Aanleiding", "1.1 Aanleiding"},
      {"2 Doelen", "2 Doelen"},
      {"Bijlage", "Bijlage"}};
  int checked = 0;
  for (const auto& [y, line] : lines_of(toc_page)) {
    for (const auto& [entry, heading_text] : entries) {
      if (line.rfind(entry, 0) != 0) continue;
      // The heading's own page (not the contents page).
      int page = -1;
      for (std::size_t p = 2; p < d.pages.size(); ++p)
        if (page_contains(d.pages[p], heading_text)) page = static_cast<int>(p);
      ASSERT_GE(page, 2) << entry;
      const std::string number = d.pages[page].label;
      EXPECT_EQ(line.substr(line.size() - number.size()), number) << line;
      EXPECT_NE(line.find("....."), std::string::npos) << "dotted leaders: " << line;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 4);
  // Every entry is a link to the heading's page.
  int links = 0;
  for (const auto& item : toc_page.items)
    if (const auto* l = std::get_if<display::Link>(&item)) {
      ++links;
      ASSERT_GE(l->dest_page, 2);
      EXPECT_TRUE(runs(d.pages[l->dest_page]).size() > 0);
    }
  EXPECT_EQ(links, 4);
  // Outline mirrors the headings with their numbers.
  ASSERT_EQ(d.outline.size(), 4u);
  EXPECT_EQ(d.outline[1].title, "1.1 Aanleiding");
  EXPECT_EQ(d.outline[1].level, 2);
  EXPECT_TRUE(page_contains(d.pages[d.outline[1].page], "1.1 Aanleiding"));
  // The page reference gives the page label of its target.
  const int aanleiding = d.outline[1].page;
  EXPECT_GE(page_of(d, "Zie pagina " + d.pages[aanleiding].label + "."), 0);
}

TEST(Toc, UnknownReferenceIsAWarning) {
  doc::Span ref;
  ref.kind = doc::Span::Kind::page_ref;
  ref.target = "bestaat-niet";
  Laid laid;
  const auto d = layout_document(one_section({paragraph({text_span("Zie "), ref})}), test_style(),
                                 laid.fonts, laid.diags);
  EXPECT_EQ(laid.diags.warning_count(), 1u) << laid.diags.to_string();
  EXPECT_TRUE(page_contains(d.pages[0], "Zie ?"));
}

TEST(Toc, HeadingNumberingCanBeSwitchedOff) {
  auto s = test_style();
  s.settings["heading-numbering"] = "none";
  Laid laid;
  const auto d = layout_document(one_section({heading(1, "Inleiding")}), s, laid.fonts, laid.diags);
  EXPECT_TRUE(page_contains(d.pages[0], "Inleiding"));
  EXPECT_FALSE(page_contains(d.pages[0], "1 Inleiding"));
  ASSERT_EQ(d.outline.size(), 1u);
  EXPECT_EQ(d.outline[0].title, "Inleiding");
}

}  // namespace
}  // namespace koers::layout

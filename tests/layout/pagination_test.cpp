#include <gtest/gtest.h>

#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

constexpr double kTop = 70.87;

// Baselines of body runs with a given size on a page.
std::vector<double> baselines(const display::Page& page, double size) {
  std::vector<double> ys;
  for (const auto* r : runs(page))
    if (r->size == size && r->y > kTop && r->y < page.height - kTop &&
        (ys.empty() || std::abs(ys.back() - r->y) > 0.01))
      ys.push_back(r->y);
  return ys;
}

TEST(Pagination, HeadingIsNeverLastOnAPageAndKeepsTwoLines) {
  for (int fillers = 30; fillers < 42; ++fillers) {
    doc::Blocks blocks;
    for (int i = 0; i < fillers; ++i) blocks.push_back(paragraph("vul " + std::to_string(i)));
    blocks.push_back(heading(2, "Ambitie"));
    blocks.push_back(paragraph(words(160)));
    Laid laid;
    const auto d = layout_document(one_section(blocks), test_style(), laid.fonts, laid.diags);
    const int page = page_of(d, "Ambitie");
    ASSERT_GE(page, 0);
    const auto heading_y = baselines(d.pages[page], 14);
    ASSERT_EQ(heading_y.size(), 1u);
    int lines_below = 0;
    for (double y : baselines(d.pages[page], 10))
      if (y > heading_y[0]) ++lines_below;
    EXPECT_GE(lines_below, 2) << "fillers " << fillers;
  }
}

TEST(Pagination, NoWidowsOrOrphans) {
  int splits = 0;
  for (int fillers = 20; fillers < 60; fillers += 3) {
    doc::Blocks blocks;
    for (int i = 0; i < fillers; ++i) blocks.push_back(paragraph("vul " + std::to_string(i)));
    blocks.push_back(paragraph(words(140, 3)));
    blocks.push_back(paragraph("vul einde"));
    Laid laid;
    const auto d = layout_document(one_section(blocks), test_style(), laid.fonts, laid.diags);
    for (const auto& page : d.pages) {
      int lines = 0;
      for (const auto& [y, text] : lines_of(page))
        if (y > kTop * 100 && y < (page.height - kTop) * 100 &&
            text.find("vul") == std::string::npos)
          ++lines;
      if (lines > 0) {
        EXPECT_GE(lines, 2) << "fillers " << fillers;
      }
    }
    if (d.pages.size() > 1 && page_of(d, "vul einde") > page_of(d, "vul 0")) ++splits;
  }
  EXPECT_GT(splits, 3);  // the paragraph was really split over pages in several cases
}

TEST(Pagination, RunningFooterAndCoverWithout) {
  doc::Document d;
  d.metadata.title = "Visie";
  doc::Section cover;
  cover.page_template = "cover";
  cover.blocks.push_back(paragraph("Omslag"));
  d.sections.push_back(cover);
  doc::Section body;
  for (int i = 0; i < 3; ++i) {
    body.blocks.push_back(heading(1, "Hoofdstuk " + std::to_string(i + 1)));
    body.blocks.push_back(paragraph(words(100)));
    body.blocks.push_back({doc::PageBreak{}});
  }
  d.sections.push_back(body);
  Laid laid;
  const auto out = layout_document(d, test_style(), laid.fonts, laid.diags);
  ASSERT_EQ(out.pages.size(), 4u);
  EXPECT_EQ(runs(out.pages[0]).size(), 1u) << page_text(out.pages[0]);  // only "Omslag"
  EXPECT_TRUE(page_contains(out.pages[2], "Pagina 2 van 3"));
  EXPECT_TRUE(page_contains(out.pages[3], "Pagina 3 van 3"));
  EXPECT_TRUE(page_contains(out.pages[1], "Visie"));  // {title} in the header
  EXPECT_EQ(out.pages[2].label, "2");
  EXPECT_EQ(page_of(out, "Hoofdstuk 3"), 3);
}

TEST(Pagination, SpaceBeforeIsSuppressedAtTheTopOfAPage) {
  doc::Blocks blocks;
  blocks.push_back(heading(1, "Eerste"));
  blocks.push_back({doc::PageBreak{}});
  blocks.push_back(heading(1, "Tweede"));
  Laid laid;
  const auto d = layout_document(one_section(blocks), test_style(), laid.fonts, laid.diags);
  ASSERT_EQ(d.pages.size(), 2u);
  EXPECT_NEAR(baselines(d.pages[0], 16)[0], baselines(d.pages[1], 16)[0], 1e-9);
  EXPECT_LT(baselines(d.pages[1], 16)[0], kTop + 20);
}

TEST(Pagination, KeepTogetherDivisionMovesWhole) {
  doc::Blocks blocks;
  for (int i = 0; i < 50; ++i) blocks.push_back(paragraph("vul " + std::to_string(i)));
  doc::Division div;
  div.keep_together = true;
  for (int i = 0; i < 6; ++i) div.blocks.push_back(paragraph("blok " + std::to_string(i)));
  blocks.push_back({div});
  Laid laid;
  const auto d = layout_document(one_section(blocks), test_style(), laid.fonts, laid.diags);
  EXPECT_EQ(page_of(d, "blok 0"), page_of(d, "blok 5"));
}

TEST(Pagination, FootnotesStandAtTheBottomOfTheirPage) {
  doc::Span note;
  note.kind = doc::Span::Kind::footnote;
  note.note = std::make_shared<doc::Blocks>(doc::Blocks{paragraph("Bron: Klimaatmonitor.")});
  doc::Blocks blocks;
  for (int i = 0; i < 45; ++i) blocks.push_back(paragraph("vul " + std::to_string(i)));
  blocks.push_back(paragraph({text_span("Met noot"), note, text_span(" erna.")}));
  blocks.push_back(paragraph({text_span("Nog een noot"), note}));
  Laid laid;
  const auto d = layout_document(one_section(blocks), test_style(), laid.fonts, laid.diags);
  const int ref_page = page_of(d, "Met noot");
  ASSERT_GE(ref_page, 0);
  EXPECT_EQ(page_of(d, "1 Bron: Klimaatmonitor."), ref_page);
  EXPECT_EQ(page_of(d, "2 Bron: Klimaatmonitor."), page_of(d, "Nog een noot"));
  // The notes sit below all body text of their page.
  double lowest_body = 0, note_y = 0;
  for (const auto* r : runs(d.pages[ref_page])) {
    if (utf8(*r).find("Bron") != std::string::npos)
      note_y = r->y;
    else if (r->size == 10)
      lowest_body = std::max(lowest_body, r->y);
  }
  EXPECT_GT(note_y, lowest_body);
  EXPECT_LT(note_y, d.pages[ref_page].height - kTop + 0.01);
}

}  // namespace
}  // namespace koers::layout

namespace koers::layout {
namespace {

TEST(Blocks, FramedDivisionHasBackgroundAndPadding) {
  auto s = testing::test_style();
  style::ParagraphStyle frame;
  frame.has_background = true;
  frame.background = {0.9, 0.95, 0.9};
  frame.padding = 8;
  s.paragraphs["kader"] = frame;
  doc::Division div;
  div.style = "kader";
  div.blocks.push_back(testing::paragraph("In het kader."));
  testing::Laid laid;
  const auto d = layout_document(testing::one_section({{div}}), s, laid.fonts, laid.diags);
  const display::Rect* rect = nullptr;
  for (const auto& item : d.pages[0].items)
    if (const auto* r = std::get_if<display::Rect>(&item)) rect = r;
  ASSERT_NE(rect, nullptr);
  EXPECT_EQ(rect->fill_color, (display::Color{0.9, 0.95, 0.9}));
  const auto r = testing::body_runs(d.pages[0]);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_NEAR(r[0]->x, rect->x + 8, 0.01);
  EXPECT_GT(r[0]->y, rect->y + 8);
  EXPECT_LT(r[0]->y, rect->y + rect->h - 8);
}

TEST(Blocks, UnreadableImageReservesItsBoxWithAnError) {
  doc::Image img;
  img.src = "kaart.png";
  img.width = 200, img.height = 100;
  doc::Block block{img};
  block.source = {12, 3};
  testing::Laid laid;
  const auto d =
      layout_document(testing::one_section({block, testing::paragraph("Onder de kaart.")}),
                      testing::test_style(), laid.fonts, laid.diags);
  ASSERT_EQ(laid.diags.error_count(), 1u);
  EXPECT_EQ(laid.diags.items()[0].line, 12);
  const auto r = testing::body_runs(d.pages[0]);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_GT(r[0]->y, 70.87 + 100);
}

TEST(Blocks, ContentsThatDoNotSettleAreAnError) {
  doc::Toc toc;
  Options options;
  options.max_passes = 1;
  options.file = "visie.xml";
  testing::Laid laid;
  layout_document(testing::one_section({{toc}, testing::heading(1, "Inleiding")}),
                  testing::test_style(), laid.fonts, laid.diags, options);
  EXPECT_TRUE(laid.diags.has_errors());
  EXPECT_EQ(laid.diags.items().back().file, "visie.xml");
}

}  // namespace
}  // namespace koers::layout

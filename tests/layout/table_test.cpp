#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

doc::TableCell cell(std::string t) {
  doc::TableCell c;
  c.blocks.push_back(paragraph(std::move(t)));
  return c;
}

doc::Table numbers_table(int rows, int lines_per_row = 1) {
  doc::Table t;
  t.columns = {{"auto", "left"}, {"*", "left"}, {"25mm", "right"}};
  t.header.push_back({{cell("Actie"), cell("Omschrijving"), cell("Budget")}});
  for (int i = 0; i < rows; ++i) {
    std::string description = "rij " + std::to_string(i) + " " + words(lines_per_row * 30, i);
    t.body.push_back(
        {{cell("A" + std::to_string(i)), cell(description), cell(std::to_string(1000 + i))}});
  }
  t.footer.push_back({{cell("Totaal"), cell(""), cell("999999")}});
  return t;
}

// Vertical extent of every body row of a page: rows are between the rules the table draws.
std::vector<double> rules(const display::Page& page) {
  std::vector<double> ys;
  for (const auto& item : page.items)
    if (const auto* l = std::get_if<display::Line>(&item)) ys.push_back(l->y1);
  return ys;
}

TEST(Table, HeaderRepeatsOnEveryPageAndRowsAreNotSplit) {
  Laid laid;
  const auto d =
      layout_document(one_section({{numbers_table(60, 2)}}), test_style(), laid.fonts, laid.diags);
  ASSERT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  ASSERT_GE(d.pages.size(), 2u);
  for (const auto& page : d.pages) {
    EXPECT_TRUE(page_contains(page, "ActieOmschrijvingBudget")) << page_text(page);
    // Every row's text lines ("rij N …") stay on one page: each "rij N" appears on exactly
    // one page, and so does its last word line (the amount is on its first line).
  }
  for (int i = 0; i < 60; ++i) {
    const std::string amount = std::to_string(1000 + i);
    const int page = page_of(d, "rij " + std::to_string(i) + " ");
    ASSERT_GE(page, 0);
    // The row's cells are drawn between two rules on that page.
    EXPECT_EQ(page_of(d, amount), page);
  }
  // Row bottoms never pass the bottom margin.
  for (const auto& page : d.pages)
    for (double y : rules(page)) EXPECT_LE(y, page.height - 70.87 + 0.01);
  EXPECT_EQ(page_of(d, "Totaal"), static_cast<int>(d.pages.size()) - 1);
}

TEST(Table, ColumnWidthsFollowTheSpecs) {
  doc::Table t;
  t.columns = {{"30%", "left"}, {"50mm", "left"}, {"auto", "right"}};
  t.body.push_back({{cell("een"), cell("twee"), cell("1.234")}});
  Laid laid;
  const auto d = layout_document(one_section({{t}}), test_style(), laid.fonts, laid.diags);
  const auto r = body_runs(d.pages[0]);
  ASSERT_EQ(r.size(), 3u);
  const double measure = 595.276 - 2 * 70.87;
  const double pad = style::TableStyle{}.cell_padding_x;
  EXPECT_NEAR(r[0]->x, 70.87 + pad, 0.01);
  EXPECT_NEAR(r[1]->x, 70.87 + 0.3 * measure + pad, 0.01);
  // The auto column takes the rest; its number is right-aligned in it.
  EXPECT_NEAR(r[2]->x + r[2]->width(), 70.87 + measure - pad, 0.01);
}

TEST(Table, AutoColumnsShareByContent) {
  doc::Table t;
  t.body.push_back({{cell("kort"), cell(words(60))}});
  Laid laid;
  const auto d = layout_document(one_section({{t}}), test_style(), laid.fonts, laid.diags);
  const auto r = body_runs(d.pages[0]);
  ASSERT_GE(r.size(), 3u);
  // The short column is narrow, the long one wraps.
  EXPECT_LT(r[1]->x - 70.87, 80);
  int lines = 0;
  for (const auto* run : r)
    if (run->x == r[1]->x) ++lines;
  EXPECT_GE(lines, 2);
}

TEST(Table, TwoThousandRowsAreFast) {
  doc::Table t = numbers_table(2000);
  Laid laid;
  const auto start = std::chrono::steady_clock::now();
  const auto d = layout_document(one_section({{t}}), test_style(), laid.fonts, laid.diags);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[ timing ] 2,000-row table: " << d.pages.size() << " pages in " << seconds
            << " s\n";
  EXPECT_GT(d.pages.size(), 20u);
  EXPECT_TRUE(page_contains(d.pages.back(), "Totaal"));
}

}  // namespace
}  // namespace koers::layout

namespace koers::layout {
namespace {

TEST(Table, RowTallerThanAPageIsSplitBetweenLines) {
  doc::Table t;
  t.header.push_back({{cell("Kop")}});
  t.body.push_back({{cell("kort")}});
  t.body.push_back({{cell("lang " + testing::words(2500))}});
  testing::Laid laid;
  const auto d =
      layout_document(testing::one_section({{t}}), testing::test_style(), laid.fonts, laid.diags);
  ASSERT_GE(d.pages.size(), 2u);
  for (const auto& page : d.pages) {
    EXPECT_TRUE(testing::page_contains(page, "Kop"));
    for (const auto* r : testing::runs(page)) EXPECT_LE(r->y, page.height - 35 + 0.01);
    for (const auto& item : page.items)
      if (const auto* l = std::get_if<display::Line>(&item)) {
        EXPECT_LE(l->y1, page.height - 70.87 + 0.01);
      }
  }
}

}  // namespace
}  // namespace koers::layout

// Layout refuses documents beyond its limits: too many pages, a table with too many rows, or
// more time than its budget. Each is an error and gives no pages.
#include <gtest/gtest.h>

#include <chrono>

#include "layout_test_support.h"

namespace koers::layout {
namespace {

using testing::Laid;
using testing::one_section;
using testing::paragraph;
using testing::test_style;

doc::Block table_with_rows(int rows, doc::SourceRef at = {}) {
  doc::Table table;
  for (int i = 0; i < rows; ++i) {
    doc::TableRow row;
    row.cells.push_back({{paragraph(std::to_string(i))}});
    table.body.push_back(std::move(row));
  }
  doc::Block block{table};
  block.source = at;
  return block;
}

doc::Blocks pages_of_text(int page_breaks) {
  doc::Blocks blocks;
  for (int i = 0; i <= page_breaks; ++i) {
    if (i > 0) blocks.push_back({doc::PageBreak{}});
    blocks.push_back(paragraph("Pagina " + std::to_string(i + 1)));
  }
  return blocks;
}

TEST(LayoutLimits, ATableOverTheRowLimitIsRefusedAtItsPlace) {
  Laid laid;
  Options options;
  options.file = "tabel.xml";
  options.max_table_rows = 100;
  const auto start = std::chrono::steady_clock::now();
  const auto d = layout_document(one_section({table_with_rows(101, {7, 3})}), test_style(),
                                 laid.fonts, laid.diags, options);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  EXPECT_TRUE(d.pages.empty());
  ASSERT_EQ(laid.diags.error_count(), 1u) << laid.diags.to_string();
  const Diagnostic& error = laid.diags.items().back();
  EXPECT_EQ(error.file, "tabel.xml");
  EXPECT_EQ(error.line, 7);
  EXPECT_EQ(error.column, 3);
  EXPECT_EQ(error.message, "de tabel heeft 101 rijen; koers zet tabellen tot 100 rijen");
}

TEST(LayoutLimits, ATableAtTheRowLimitIsLaidOut) {
  Laid laid;
  Options options;
  options.max_table_rows = 100;
  const auto d = layout_document(one_section({table_with_rows(100)}), test_style(), laid.fonts,
                                 laid.diags, options);
  EXPECT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  EXPECT_GE(d.pages.size(), 2u);
}

TEST(LayoutLimits, ATableInsideADivisionIsCountedToo) {
  doc::Division division;
  division.blocks.push_back(table_with_rows(60'000));
  Laid laid;
  const auto d = layout_document(one_section({{division}}), test_style(), laid.fonts, laid.diags);
  EXPECT_TRUE(d.pages.empty());
  ASSERT_EQ(laid.diags.error_count(), 1u) << laid.diags.to_string();
  EXPECT_EQ(laid.diags.items().back().message,
            "de tabel heeft 60.000 rijen; koers zet tabellen tot 50.000 rijen");
}

TEST(LayoutLimits, ADocumentOverThePageLimitIsRefused) {
  Laid laid;
  Options options;
  options.file = "lang.xml";
  options.max_pages = 3;
  const auto d =
      layout_document(one_section(pages_of_text(3)), test_style(), laid.fonts, laid.diags, options);
  EXPECT_TRUE(d.pages.empty());
  ASSERT_EQ(laid.diags.error_count(), 1u) << laid.diags.to_string();
  EXPECT_EQ(laid.diags.items().back().file, "lang.xml");
  EXPECT_EQ(laid.diags.items().back().message,
            "het document wordt langer dan 3 pagina's; koers stopt bij die grens");
}

TEST(LayoutLimits, ADocumentAtThePageLimitIsLaidOut) {
  Laid laid;
  Options options;
  options.max_pages = 3;
  const auto d =
      layout_document(one_section(pages_of_text(2)), test_style(), laid.fonts, laid.diags, options);
  EXPECT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  EXPECT_EQ(d.pages.size(), 3u);
}

TEST(LayoutLimits, NoTimeLeftStopsTheLayout) {
  Laid laid;
  Options options;
  options.file = "traag.xml";
  options.time_budget = std::chrono::milliseconds(0);
  const auto d =
      layout_document(one_section(pages_of_text(1)), test_style(), laid.fonts, laid.diags, options);
  EXPECT_TRUE(d.pages.empty());
  ASSERT_EQ(laid.diags.error_count(), 1u) << laid.diags.to_string();
  EXPECT_EQ(laid.diags.items().back().message, "de opmaak duurt langer dan 0 ms; koers is gestopt");
}

TEST(LayoutLimits, TheDefaultBudgetsLeaveOrdinaryDocumentsAlone) {
  Laid laid;
  const auto d =
      layout_document(one_section(pages_of_text(5)), test_style(), laid.fonts, laid.diags);
  EXPECT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  EXPECT_EQ(d.pages.size(), 6u);
}

}  // namespace
}  // namespace koers::layout

// Tables: numbers on the decimal comma, totals row, rows kept whole, captions with their
// table, the header on every page of a long table.
#include <gtest/gtest.h>

#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

doc::TableCell cell(std::string t, bool strong = false) {
  doc::TableCell c;
  doc::Span s = text_span(std::move(t));
  s.strong = strong;
  c.blocks.push_back(paragraph(doc::Inlines{s}));
  return c;
}

// x of the decimal point of a number drawn as one run: the comma, else the end of the
// last digit.
double decimal_x(const display::GlyphRun& run) {
  std::size_t point = run.text.size();
  while (point > 0 && !(run.text[point - 1] >= U'0' && run.text[point - 1] <= U'9')) --point;
  const std::size_t comma = run.text.rfind(U',');
  if (comma != std::u32string::npos) point = comma;
  double x = run.x;
  for (std::size_t i = 0; i < point; ++i) x += run.advances[i];
  return x;
}

const display::GlyphRun* run_with(const display::Page& page, const std::string& text) {
  for (const auto* r : runs(page))
    if (utf8(*r) == text) return r;
  return nullptr;
}

TEST(TableAlignment, DecimalColumnAlignsTheCommas) {
  doc::Table t;
  t.columns = {{"*", "left"}, {"auto", "decimal"}};
  t.header.push_back({{cell("Post"), cell("Bedrag")}});
  const std::vector<std::string> amounts = {"1.250,75", "3,5", "12", "100.000,125", "7 %", "−0,25"};
  for (std::size_t i = 0; i < amounts.size(); ++i)
    t.body.push_back({{cell("post " + std::to_string(i)), cell(amounts[i])}});
  t.footer.push_back({{cell("Totaal"), cell("101.266,6")}});
  Laid laid;
  const auto d = layout_document(one_section({{t}}), test_style(), laid.fonts, laid.diags);
  ASSERT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  const auto& page = d.pages[0];
  std::vector<double> points;
  for (const std::string& a : amounts) {
    const auto* r = run_with(page, a);
    ASSERT_NE(r, nullptr) << a << "\n" << page_text(page);
    points.push_back(decimal_x(*r));
  }
  const auto* total = run_with(page, "101.266,6");
  ASSERT_NE(total, nullptr);
  points.push_back(decimal_x(*total));
  for (double x : points) EXPECT_NEAR(x, points.front(), 0.01);
  // The widest fraction (",125") ends at the column's right edge, inside the padding.
  const auto* widest = run_with(page, "100.000,125");
  const double right = 595.276 - 70.87 - style::TableStyle{}.cell_padding_x;
  EXPECT_NEAR(widest->x + widest->width(), right, 0.01);
  // The header of a decimal column is flush right.
  const auto* header = run_with(page, "Bedrag");
  ASSERT_NE(header, nullptr);
  EXPECT_NEAR(header->x + header->width(), right, 0.01);
}

TEST(TableAlignment, DecimalAutoColumnIsWideEnoughForBothParts) {
  doc::Table t;
  t.columns = {{"auto", "decimal"}, {"*", "left"}};
  t.body.push_back({{cell("1.000.000"), cell("a")}});
  t.body.push_back({{cell("0,123456"), cell("b")}});
  Laid laid;
  const auto d = layout_document(one_section({{t}}), test_style(), laid.fonts, laid.diags);
  const auto* big = run_with(d.pages[0], "1.000.000");
  const auto* small = run_with(d.pages[0], "0,123456");
  ASSERT_TRUE(big && small);
  EXPECT_NEAR(decimal_x(*big), decimal_x(*small), 0.01);
  // Neither number sticks into the next column ("a" starts after the padding).
  const auto* a = run_with(d.pages[0], "a");
  ASSERT_NE(a, nullptr);
  EXPECT_LE(small->x + small->width(), a->x - 2 * style::TableStyle{}.cell_padding_x + 0.01);
  EXPECT_GE(big->x, 70.87 + style::TableStyle{}.cell_padding_x - 0.01);
}

TEST(TableAlignment, TotalsRowIsBoldUnderAHeavierRule) {
  doc::Table t;
  t.header.push_back({{cell("Post"), cell("Bedrag")}});
  t.body.push_back({{cell("Warmtenet"), cell("1.250,0")}});
  t.footer.push_back({{cell("Totaal"), cell("1.250,0")}});
  Laid laid;
  const auto d = layout_document(one_section({{t}}), test_style(), laid.fonts, laid.diags);
  const auto* total = run_with(d.pages[0], "Totaal");
  const auto* body = run_with(d.pages[0], "Warmtenet");
  ASSERT_TRUE(total && body);
  EXPECT_TRUE(d.fonts[total->face].bold);
  EXPECT_FALSE(d.fonts[body->face].bold);
  double heaviest_above_total = 0;
  for (const auto& item : d.pages[0].items)
    if (const auto* l = std::get_if<display::Line>(&item); l && l->y1 < total->y && l->y1 > body->y)
      heaviest_above_total = std::max(heaviest_above_total, l->width);
  EXPECT_NEAR(heaviest_above_total, 2 * style::TableStyle{}.rule_width, 1e-9);
}

std::string three_digits(int i) {
  std::string s = std::to_string(i);
  return std::string(3 - s.size(), '0') + s;
}

// A long table after some text: the caption never stays behind alone, rows of a few lines are
// never split, and every page of the table starts with its header.
doc::Table actions_table() {
  doc::Table t;
  t.caption.push_back(text_span("Acties per thema"));
  t.header.push_back({{cell("Nr."), cell("Omschrijving")}});
  for (int i = 0; i < 120; ++i)
    t.body.push_back({{cell("R" + std::to_string(i)),
                       cell("begin" + three_digits(i) + " " + words(12 + (i % 4) * 14, i) +
                            " eind" + three_digits(i))}});
  return t;
}

// Text before the table of a length that moves the table's start down the first page.
display::Document after_text(Laid& laid, int words_before) {
  return layout_document(one_section({paragraph(words(words_before)), {actions_table()}}),
                         test_style(), laid.fonts, laid.diags);
}

TEST(TableAlignment, CaptionNeverStaysBehindWithoutItsTable) {
  int moved = 0;
  for (int n = 300; n <= 720; n += 15) {
    Laid laid;
    const auto d = after_text(laid, n);
    const int caption = page_of(d, "Acties per thema");
    ASSERT_GE(caption, 0);
    EXPECT_EQ(caption, page_of(d, "R0begin000")) << n << " words before the table";
    EXPECT_EQ(caption, page_of(d, "Nr.Omschrijving")) << n << " words before the table";
    if (caption > 0) ++moved;
  }
  EXPECT_GT(moved, 0) << "no length pushed the table to the next page: the test tests nothing";
}

TEST(TableAlignment, RowsStayWholeAndEveryPageStartsWithTheHeader) {
  Laid laid;
  const auto d = after_text(laid, 400);
  ASSERT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  for (int i = 0; i < 120; ++i) {
    const int begin = page_of(d, "begin" + three_digits(i));
    ASSERT_GE(begin, 0) << "row " << i;
    EXPECT_EQ(begin, page_of(d, "eind" + three_digits(i))) << "row " << i << " split";
  }
  const int caption = page_of(d, "Acties per thema");
  ASSERT_GE(d.pages.size(), 3u);
  for (std::size_t p = static_cast<std::size_t>(caption); p < d.pages.size(); ++p) {
    const auto lines = lines_of(d.pages[p]);
    // The first body line of the page (after the running header) is the table header.
    auto it = lines.begin();
    while (it != lines.end() && it->first < 70.87 * 100) ++it;
    if (static_cast<int>(p) == caption) {
      while (it != lines.end() && it->second.find("Acties per thema") == std::string::npos) ++it;
      ASSERT_NE(it, lines.end());
      ++it;
    }
    ASSERT_NE(it, lines.end());
    EXPECT_EQ(it->second, "Nr.Omschrijving") << "page " << p + 1;
  }
}

}  // namespace
}  // namespace koers::layout

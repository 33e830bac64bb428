// Hyphenation in paragraphs: which words get hyphenation points, how a break is drawn (the
// trema rule, U+002D), the limits on hyphenated lines, and no hyphen at a page's end.
#include <gtest/gtest.h>

#include "layout/context.h"
#include "layout/hyphenation_source.h"
#include "layout/inline_items.h"
#include "layout/pagination.h"
#include "layout/paragraph.h"
#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

struct Setting {
  style::StyleSheet sheet = test_style();
  text::FontLibrary fonts;
  Diagnostics diags, lasting;
  Context ctx{sheet, fonts, diags, lasting, "test.xml"};
  Setting() { ctx.set_hyphenator(dutch_hyphenator().hyphenator.get()); }

  InlineContent build(const std::string& text, bool hyphenate, bool nobreak = false) {
    style::ParagraphStyle& ps = sheet.paragraphs["p"];
    ps.hyphenate = hyphenate;
    InlineSetup setup;
    setup.style = &ps;
    setup.measure = 400;
    setup.justify = true;
    doc::Span span = text_span(text);
    span.nobreak = nobreak;
    return build_inline(ctx, {span}, setup);
  }
};

// The text before each hyphenation point, as "fragment|fragment|…" per word.
std::string hyphenated(const InlineContent& content) {
  std::string out;
  for (std::size_t i = 0; i < content.items.size(); ++i) {
    const BreakItem& item = content.items[i];
    if (item.type == BreakItem::Type::box) out += text::to_utf8(content.pieces[i].text);
    if (item.type == BreakItem::Type::glue) out += ' ';
    if (item.origin == BreakItem::Origin::hyphenation) out += '|';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST(HyphenationLayout, DictionaryLoadsOnce) {
  ASSERT_NE(dutch_hyphenator().hyphenator, nullptr) << dutch_hyphenator().error;
  EXPECT_EQ(&dutch_hyphenator(), &dutch_hyphenator());
}

TEST(HyphenationLayout, PointsOnlyWhereTheStyleHyphenates) {
  Setting s;
  EXPECT_EQ(hyphenated(s.build("duurzaamheidsdoelstellingen gemeenteraad", true)),
            "duur|zaam|heids|doel|stel|lin|gen ge|meen|te|raad");
  EXPECT_EQ(hyphenated(s.build("duurzaamheidsdoelstellingen gemeenteraad", false)),
            "duurzaamheidsdoelstellingen gemeenteraad");
}

TEST(HyphenationLayout, HyphenatedWordKeepsItsWidthAndTheHyphenHasOne) {
  Setting s;
  const InlineContent whole = s.build("klimaatadaptatie", false);
  const InlineContent split = s.build("klimaatadaptatie", true);
  double w_whole = 0, w_split = 0, hyphen = 0;
  for (const auto& item : whole.items)
    w_whole += item.type == BreakItem::Type::box ? item.width : 0;
  for (std::size_t i = 0; i < split.items.size(); ++i) {
    const BreakItem& item = split.items[i];
    if (item.type == BreakItem::Type::box) w_split += item.width;
    if (item.origin == BreakItem::Origin::hyphenation) {
      EXPECT_TRUE(item.flagged);
      EXPECT_EQ(split.pieces[i].text, U"-");  // drawn as U+002D
      hyphen = item.width;
    }
  }
  EXPECT_NEAR(w_split, w_whole, 1e-9);
  EXPECT_GT(hyphen, 1.5);  // Lato's hyphen at 10 pt
  EXPECT_LT(hyphen, 5);
}

TEST(HyphenationLayout, NumbersAddressesAndNobrAreNotHyphenated) {
  Setting s;
  EXPECT_EQ(hyphenated(s.build("CO2-uitstoot 2030-doelstelling", true)),
            "CO2-uitstoot 2030-doelstelling");
  EXPECT_EQ(hyphenated(s.build("www.zuiderhaven.nl duurzaamheid@zuiderhaven.nl", true)),
            "www.zuiderhaven.nl duurzaamheid@zuiderhaven.nl");
  EXPECT_EQ(hyphenated(s.build("https://example.org/klimaatadaptatie", true)),
            "https://example.org/klimaatadaptatie");
  EXPECT_EQ(hyphenated(s.build("gemeenteraad", true, true)), "gemeenteraad");
  EXPECT_EQ(hyphenated(s.build("RES VANG", true)), "RES VANG");  // capitals: abbreviations
  // An explicit hyphen is a break for the breaker, flagged, and never doubled.
  const InlineContent explicit_hyphen = s.build("noord-zuid", true);
  int flagged = 0;
  for (std::size_t i = 0; i < explicit_hyphen.items.size(); ++i) {
    const BreakItem& item = explicit_hyphen.items[i];
    if (item.type == BreakItem::Type::penalty && item.flagged) {
      ++flagged;
      if (item.origin != BreakItem::Origin::hyphenation) {
        EXPECT_TRUE(explicit_hyphen.pieces[i].text.empty());
      }
    }
  }
  EXPECT_GE(flagged, 1);
}

TEST(HyphenationLayout, TremaRulePointCarriesTheRespelling) {
  Setting s;
  const InlineContent c = s.build("coördinatie", true);
  EXPECT_EQ(hyphenated(c), "co|ör|di|na|tie");
  ASSERT_EQ(c.items[1].origin, BreakItem::Origin::hyphenation);
  EXPECT_EQ(c.pieces[1].after, U"o");
  EXPECT_EQ(c.pieces[1].after_replaces, 1u);
}

// Breaks at the first hyphenation point that respells, and at the end.
class BreakAtTrema : public LineBreaker {
 public:
  std::vector<LineBreak> break_lines(std::span<const BreakItem> items,
                                     const LineWidths&) const override {
    for (std::size_t i = 0; i < items.size(); ++i)
      if (items[i].origin == BreakItem::Origin::hyphenation && i == 1)
        return {{i, 0}, {items.size() - 1, 0}};
    return {{items.size() - 1, 0}};
  }
};

std::vector<std::string> chunk_lines(const Chunks& chunks) {
  std::vector<std::string> out;
  for (const Chunk& c : chunks) {
    std::string line;
    for (const auto& item : c.items)
      if (const auto* r = std::get_if<display::GlyphRun>(&item)) {
        line += text::to_utf8(r->text);
        EXPECT_EQ(r->text.size(), r->advances.size());
      }
    out.push_back(line);
  }
  return out;
}

TEST(HyphenationLayout, TremaDisappearsWhereTheWordBreaks) {
  Setting s;
  BreakAtTrema breaker;
  s.ctx.breaker = &breaker;
  ParagraphSetup setup;
  setup.style = &s.sheet.paragraphs["p"];
  setup.area = {70, 400};
  const Chunks lines = layout_paragraph(s.ctx, {text_span("coördinatie")}, setup);
  EXPECT_EQ(chunk_lines(lines), (std::vector<std::string>{"co-", "ordinatie"}));
  EXPECT_TRUE(lines[0].ends_with_hyphen);
  EXPECT_FALSE(lines[1].ends_with_hyphen);
}

TEST(HyphenationLayout, NarrowColumnHyphenatesWithAtMostTwoInARow) {
  auto sheet = test_style();
  sheet.paragraphs["p"].margin_right = 300;  // a column of about 150 pt
  doc::Blocks blocks;
  for (int i = 0; i < 6; ++i) blocks.push_back(paragraph(words(120, i)));
  Laid laid;
  const auto d = layout_document(one_section(blocks), sheet, laid.fonts, laid.diags);
  int hyphenated = 0, run = 0, longest = 0;
  for (const auto& page : d.pages) {
    for (const auto& [y, line] : lines_of(page)) {
      if (y < 7087 || y > 77102) continue;  // running header and footer
      const bool hyphen = !line.empty() && line.back() == '-';
      hyphenated += hyphen;
      run = hyphen ? run + 1 : 0;
      longest = std::max(longest, run);
    }
  }
  EXPECT_GT(hyphenated, 5);
  EXPECT_LE(longest, 2);
}

TEST(HyphenationLayout, MissingDictionaryWarnsAndSetsTextUnhyphenated) {
  const LoadedHyphenator missing = load_hyphenator("/nonexistent/hyph_nl.dic");
  ASSERT_EQ(missing.hyphenator, nullptr);
  EXPECT_NE(missing.error.find("afbreekwoordenboek"), std::string::npos);
  auto sheet = test_style();
  sheet.paragraphs["p"].margin_right = 300;
  Laid laid;
  Options options;
  options.hyphenation = &missing;
  const auto d =
      layout_document(one_section({paragraph(words(200))}), sheet, laid.fonts, laid.diags, options);
  EXPECT_NE(laid.diags.to_string().find("niet afgebroken"), std::string::npos);
  for (const auto& page : d.pages)
    for (const auto& [y, line] : lines_of(page)) EXPECT_NE(line.back(), '-') << line;
}

// A column of lines of 12 pt: lines 0..n-1, each possibly hyphenated.
Chunks column(int n, int hyphenated_line) {
  Chunks chunks;
  for (int k = 0; k < n; ++k) {
    Chunk c;
    c.height = 12;
    c.keep_with_previous = k > 0 && (k < kMinLinesAtBreak || n - k < kMinLinesAtBreak);
    c.ends_with_hyphen = k == hyphenated_line;
    display::GlyphRun r;
    r.text = text::to_u32("regel " + std::to_string(k));
    r.advances.assign(r.text.size(), 5);
    r.y = 10;
    c.items.push_back(r);
    chunks.push_back(std::move(c));
  }
  return chunks;
}

int lines_on(const display::Page& page) {
  return static_cast<int>(runs(page).size());
}

TEST(HyphenationLayout, PageDoesNotEndWithAHyphen) {
  style::PageTemplate tpl;
  tpl.height = 70.87 * 2 + 12 * 10;  // ten lines a page
  PageSet plain, moved;
  paginate(column(15, -1), tpl, plain);
  ASSERT_EQ(plain.pages.size(), 2u);
  EXPECT_EQ(lines_on(plain.pages[0]), 10);
  // Line 9 is hyphenated: it goes to the next page with the rest of its word.
  paginate(column(15, 9), tpl, moved);
  ASSERT_EQ(moved.pages.size(), 2u);
  EXPECT_EQ(lines_on(moved.pages[0]), 9);
  EXPECT_TRUE(page_contains(moved.pages[1], "regel 9"));
}

TEST(HyphenationLayout, HyphenAtPageEndStaysWhenMovingWouldMakeAnOrphan) {
  // Lines 8.. of a paragraph starting at line 8: moving line 9 would leave line 8 alone.
  style::PageTemplate tpl;
  tpl.height = 70.87 * 2 + 12 * 10;
  Chunks chunks = column(8, -1);
  Chunks paragraph = column(6, 1);
  for (auto& c : paragraph) chunks.push_back(std::move(c));
  PageSet pages;
  paginate(chunks, tpl, pages);
  ASSERT_EQ(pages.pages.size(), 2u);
  EXPECT_EQ(lines_on(pages.pages[0]), 10);
}

}  // namespace
}  // namespace koers::layout

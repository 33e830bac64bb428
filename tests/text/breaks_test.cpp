#include "text/breaks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/font.h"

namespace koers::text {
namespace {

// The text cut at every opportunity; mandatory breaks are marked with "!" after the segment.
std::vector<std::string> segments(std::string_view utf8) {
  const std::u32string text = to_u32(utf8);
  std::vector<std::string> out;
  std::size_t start = 0;
  for (const BreakOpportunity& b : line_break_opportunities(text)) {
    EXPECT_GT(b.position, start);
    out.push_back(to_utf8(text.substr(start, b.position - start)) + (b.mandatory ? "!" : ""));
    start = b.position;
  }
  out.push_back(to_utf8(text.substr(start)));
  return out;
}

using Segments = std::vector<std::string>;

TEST(LineBreaks, SpacesAndEmptyText) {
  EXPECT_EQ(segments("De gemeente werkt"), (Segments{"De ", "gemeente ", "werkt"}));
  EXPECT_TRUE(line_break_opportunities(U"").empty());
  EXPECT_TRUE(line_break_opportunities(U"woord").empty());
  EXPECT_TRUE(line_break_opportunities(U"woord ").empty());  // never at text.size()
}

TEST(LineBreaks, SoftHyphenHardHyphenAndEnDash) {
  EXPECT_EQ(segments("duurzaamheids\u00ADdoelstellingen"),
            (Segments{"duurzaamheids\u00AD", "doelstellingen"}));
  EXPECT_EQ(segments("CO2-uitstoot"), (Segments{"CO2-", "uitstoot"}));
  // ICU breaks after any en dash; koers keeps number ranges whole.
  EXPECT_EQ(segments("2030\u20132050"), (Segments{"2030\u20132050"}));
  EXPECT_EQ(segments("noord\u2013zuid"), (Segments{"noord\u2013", "zuid"}));
}

TEST(LineBreaks, SlashBetweenLongWordsButNotShortOnes) {
  EXPECT_EQ(segments("doelstellingen/maatregelen"), (Segments{"doelstellingen/", "maatregelen"}));
  EXPECT_EQ(segments("wij en/of zij"), (Segments{"wij ", "en/of ", "zij"}));
  EXPECT_EQ(segments("100 kWh/jaar"), (Segments{"100 ", "kWh/jaar"}));
}

TEST(LineBreaks, UrlsBreakOnlyAfterPathSlashes) {
  EXPECT_EQ(segments("(zie https://example.nl/a/b)"),
            (Segments{"(zie ", "https://example.nl/", "a/", "b)"}));
  EXPECT_EQ(segments("zie www.lindeveld.nl/klimaat-adaptatie/plan."),
            (Segments{"zie ", "www.lindeveld.nl/", "klimaat-adaptatie/", "plan."}));
  // No break inside the host, not even at its hyphen.
  EXPECT_EQ(segments("https://gemeente-lindeveld.nl en verder"),
            (Segments{"https://gemeente-lindeveld.nl ", "en ", "verder"}));
}

TEST(LineBreaks, NoBreakAtNoBreakSpaces) {
  EXPECT_EQ(segments("€\u00A01.250.000 per jaar"), (Segments{"€\u00A01.250.000 ", "per ", "jaar"}));
  EXPECT_EQ(segments("art.\u202F12 lid 3"), (Segments{"art.\u202F12 ", "lid ", "3"}));
}

TEST(LineBreaks, HardBreaksAreMandatory) {
  EXPECT_EQ(segments("eerste regel\ntweede"), (Segments{"eerste ", "regel\n!", "tweede"}));
  EXPECT_EQ(segments("a\u2028b"), (Segments{"a\u2028!", "b"}));
}

TEST(LineBreaks, PositionsCountCharactersOutsideTheBmp) {
  // U+1F331 takes two UTF-16 units; positions must still be UTF-32 indexes.
  const std::u32string text = U"groen \U0001F331 beleid";
  const auto breaks = line_break_opportunities(text);
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_EQ(breaks[0].position, 6u);
  EXPECT_EQ(breaks[1].position, 8u);
}

}  // namespace
}  // namespace koers::text

TEST(LineBreaks, NoBreakInsideANumberRange) {
  const std::u32string text = U"periode 2027\u20132035 en 10\u201315% of noord\u2013zuid";
  std::vector<std::size_t> after_dash;
  for (const auto& b : koers::text::line_break_opportunities(text))
    if (text[b.position - 1] == U'\u2013') after_dash.push_back(b.position);
  // Only "noord–zuid" may break after its dash; the number ranges stay whole.
  ASSERT_EQ(after_dash.size(), 1u);
  EXPECT_EQ(text.substr(after_dash[0]), U"zuid");
}

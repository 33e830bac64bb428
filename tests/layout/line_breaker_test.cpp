#include "layout/line_breaker.h"

#include <gtest/gtest.h>

namespace koers::layout {
namespace {

std::vector<BreakItem> words(std::initializer_list<double> widths) {
  std::vector<BreakItem> items;
  for (double w : widths) {
    if (!items.empty()) items.push_back(BreakItem::glue(3, 1.5, 1));
    items.push_back(BreakItem::box(w));
  }
  items.push_back(BreakItem::glue(0, kFillStretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  return items;
}

TEST(GreedyLineBreaker, FillsLinesFirstFit) {
  const auto items = words({10, 10, 10, 10, 10});  // 10 3 10 3 10 | 10 3 10
  const auto breaks = GreedyLineBreaker().break_lines(items, {{36}});
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_EQ(breaks[0].position, 5u);  // the glue after the third word
  EXPECT_NEAR(breaks[0].ratio, (36.0 - 36.0) / 3.0, 1e-9);
  EXPECT_EQ(breaks[1].position, items.size() - 1);
}

TEST(GreedyLineBreaker, ShrinksGlueWhenThatMakesItFit) {
  const auto items = words({10, 10, 10});  // natural 36, shrink 2
  const auto breaks = GreedyLineBreaker().break_lines(items, {{35}});
  ASSERT_EQ(breaks.size(), 1u);
  EXPECT_LT(breaks[0].ratio, 0);
}

TEST(GreedyLineBreaker, ForcedBreakEndsTheLine) {
  std::vector<BreakItem> items = {BreakItem::box(5),
                                  BreakItem::glue(0, kFillStretch, 0),
                                  BreakItem::penalty(0, -kInfinitePenalty),
                                  BreakItem::box(5),
                                  BreakItem::glue(0, kFillStretch, 0),
                                  BreakItem::penalty(0, -kInfinitePenalty)};
  const auto breaks = GreedyLineBreaker().break_lines(items, {{100}});
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_EQ(breaks[0].position, 2u);
}

TEST(GreedyLineBreaker, NeverBreaksAtInfinitePenaltyOrGlueAfterIt) {
  std::vector<BreakItem> items = {BreakItem::box(10),
                                  BreakItem::penalty(0, kInfinitePenalty),
                                  BreakItem::glue(3, 1, 1),
                                  BreakItem::box(10),
                                  BreakItem::glue(0, kFillStretch, 0),
                                  BreakItem::penalty(0, -kInfinitePenalty)};
  const auto breaks = GreedyLineBreaker().break_lines(items, {{15}});
  ASSERT_EQ(breaks.size(), 1u);  // overfull, but not broken at the no-break space
}

TEST(GreedyLineBreaker, UsesPerLineWidths) {
  const auto items = words({10, 10, 10, 10});
  const auto breaks = GreedyLineBreaker().break_lines(items, {{12, 40}});
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_EQ(breaks[0].position, 1u);
}

}  // namespace
}  // namespace koers::layout

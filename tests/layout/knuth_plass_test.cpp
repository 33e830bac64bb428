#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <random>

#include "layout/line_breaker.h"

namespace koers::layout {
namespace {

using Items = std::vector<BreakItem>;

// Words of the given widths joined by spaces of 6 pt (stretch 3, shrink 2), ended as a
// paragraph.
Items words(std::initializer_list<double> widths, double space = 6) {
  Items items;
  for (double w : widths) {
    if (!items.empty()) items.push_back(BreakItem::glue(space, space / 2, space / 3));
    items.push_back(BreakItem::box(w));
  }
  items.push_back(BreakItem::glue(0, kFillStretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  return items;
}

// TeX's plain values, so that the expected breaks do not follow koers' tuning.
KnuthPlassParams tex() {
  KnuthPlassParams p;
  p.pretolerance = 100;
  p.tolerance = 200;
  p.line_penalty = 10;
  return p;
}

std::vector<std::size_t> positions(const std::vector<LineBreak>& breaks) {
  std::vector<std::size_t> out;
  for (const auto& b : breaks) out.push_back(b.position);
  return out;
}

// Width of each line as set (glue at its natural width), per the breaks.
std::vector<LineMeasure> measures(const Items& items, const std::vector<LineBreak>& breaks) {
  std::vector<LineMeasure> out;
  std::size_t start = 0;
  for (const auto& b : breaks) {
    out.push_back(measure_line(items, start, b.position));
    start = line_start_after(items, b.position);
  }
  return out;
}

bool is_flagged_break(const Items& items, std::size_t position) {
  return items[position].type == BreakItem::Type::penalty && items[position].flagged;
}

int longest_hyphen_run(const Items& items, const std::vector<LineBreak>& breaks) {
  int run = 0, longest = 0;
  for (const auto& b : breaks) {
    run = is_flagged_break(items, b.position) ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

TEST(KnuthPlassLineBreaker, SpreadsLooseSpaceOverTheParagraph) {
  // First fit fills line one to the brim (shrunk) and leaves line two 1.6 stretched;
  // optimum fit sets both lines within a third of their stretch.
  const Items items = words({12, 16, 16, 10, 18, 8, 24, 14, 12, 18, 24});
  const LineWidths widths{{100}};
  const auto greedy = GreedyLineBreaker().break_lines(items, widths);
  EXPECT_EQ(positions(greedy), (std::vector<std::size_t>{11, 19, 22}));
  EXPECT_GT(greedy[1].ratio, 1.5);

  const auto optimum = KnuthPlassLineBreaker(tex()).break_lines(items, widths);
  EXPECT_EQ(positions(optimum), (std::vector<std::size_t>{9, 19, 22}));
  EXPECT_NEAR(optimum[0].ratio, 1.0 / 3, 1e-9);
  EXPECT_NEAR(optimum[1].ratio, 0, 1e-9);
}

TEST(KnuthPlassLineBreaker, AdjacentFitnessClassesCostDemerits) {
  // Without the demerit a loose line is followed by a tight one (classes 1 and 3); with it,
  // by another loose line.
  const Items items = words({20, 18, 18, 18, 14, 10, 12, 16, 14, 12, 8, 10, 16});
  const LineWidths widths{{100}};
  KnuthPlassParams free = tex();
  free.adjacent_demerits = 0;
  const auto jumpy = KnuthPlassLineBreaker(free).break_lines(items, widths);
  EXPECT_EQ(positions(jumpy), (std::vector<std::size_t>{7, 19, 26}));
  EXPECT_LT(jumpy[1].ratio, -0.5);
  const auto smooth = KnuthPlassLineBreaker(tex()).break_lines(items, widths);
  EXPECT_EQ(positions(smooth), (std::vector<std::size_t>{7, 17, 26}));
  EXPECT_GT(smooth[1].ratio, 0.5);
}

TEST(KnuthPlassLineBreaker, FirstPassLeavesHyphenationAlone) {
  // Five words (84 pt, stretch 12, shrink 10), then a word with a hyphenation point.
  Items items;
  for (int i = 0; i < 5; ++i) {
    items.push_back(BreakItem::box(12));
    items.push_back(BreakItem::glue(6, 3, 2));
  }
  items.push_back(BreakItem::box(4));
  items.push_back(BreakItem::hyphenation(4, 50));
  items.push_back(BreakItem::box(20));
  items.push_back(BreakItem::glue(0, kFillStretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  // At 92 pt the space gives a decent line (r = 2/3) in the first pass; the hyphen would
  // fit too (r = −0.6) but is not tried.
  const auto wide = KnuthPlassLineBreaker(tex()).break_lines(items, {{92}});
  EXPECT_EQ(positions(wide), (std::vector<std::size_t>{9, 14}));
  // At 97 pt the space needs badness 127, beyond pretolerance; the second pass prefers
  // the hyphen (r = −0.1).
  const auto narrow = KnuthPlassLineBreaker(tex()).break_lines(items, {{97}});
  EXPECT_EQ(positions(narrow), (std::vector<std::size_t>{11, 14}));
}

TEST(KnuthPlassLineBreaker, ForcedBreaksEndLines) {
  Items items = {BreakItem::box(20), BreakItem::glue(0, kFillStretch, 0),
                 BreakItem::penalty(0, -kInfinitePenalty), BreakItem::glue(0, kFillStretch, 0),
                 BreakItem::penalty(0, -kInfinitePenalty)};
  const auto breaks = KnuthPlassLineBreaker(tex()).break_lines(items, {{100}});
  EXPECT_EQ(positions(breaks), (std::vector<std::size_t>{2, 4}));
}

TEST(KnuthPlassLineBreaker, UsesPerLineWidths) {
  const Items items = words({30, 30, 30, 30, 30, 30});
  const auto breaks = KnuthPlassLineBreaker(tex()).break_lines(items, {{66, 102}});
  ASSERT_EQ(breaks.size(), 3u);
  EXPECT_EQ(breaks[0].position, 3u);  // two words in the indented first line
  EXPECT_EQ(breaks[1].position, 9u);  // three in the second
}

TEST(KnuthPlassLineBreaker, NoOverfullLineWhenOnlyLooseLinesExist) {
  // No way to set this within tolerance: the long words leave very loose lines. The result
  // must still keep every line within its width.
  const Items items = words({60, 70, 20, 75, 65, 30});
  const auto breaks = KnuthPlassLineBreaker(tex()).break_lines(items, {{100}});
  ASSERT_FALSE(breaks.empty());
  EXPECT_EQ(breaks.back().position, items.size() - 1);
  for (const auto& m : measures(items, breaks)) EXPECT_LE(m.width - m.shrink, 100 + 1e-9);
}

TEST(KnuthPlassLineBreaker, EmergencyBreaksOnlyWhenNeeded) {
  // An over-long word split into letters by emergency penalties, as inline_items does.
  Items items = {BreakItem::box(30), BreakItem::glue(6, 3, 2)};
  for (int k = 0; k < 12; ++k) {
    if (k > 0) items.push_back(BreakItem::emergency(5000));
    items.push_back(BreakItem::box(12));
  }
  items.push_back(BreakItem::glue(0, kFillStretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  const auto breaks = KnuthPlassLineBreaker(tex()).break_lines(items, {{100}});
  ASSERT_GE(breaks.size(), 2u);
  for (const auto& m : measures(items, breaks)) EXPECT_LE(m.width - m.shrink, 100 + 1e-9);
  int emergency = 0;
  for (const auto& b : breaks)
    emergency += items[b.position].origin == BreakItem::Origin::emergency;
  EXPECT_EQ(emergency, 1);  // 144 pt of letters need one split, not more

  // A paragraph that fits never breaks inside the word.
  const auto wide = KnuthPlassLineBreaker(tex()).break_lines(items, {{200}});
  for (const auto& b : wide) EXPECT_NE(items[b.position].origin, BreakItem::Origin::emergency);
}

TEST(KnuthPlassLineBreaker, UnbreakableBoxWiderThanTheLineStillGivesLines) {
  const Items items = words({20, 150, 20, 30});
  const auto breaks = KnuthPlassLineBreaker(tex()).break_lines(items, {{100}});
  ASSERT_FALSE(breaks.empty());
  EXPECT_EQ(breaks.back().position, items.size() - 1);
  // Only the line with the wide box is overfull.
  int overfull = 0;
  for (const auto& m : measures(items, breaks)) overfull += m.width - m.shrink > 100;
  EXPECT_EQ(overfull, 1);
}

TEST(KnuthPlassLineBreaker, LoosenessChangesTheNumberOfLines) {
  Items items;
  for (int i = 0; i < 40; ++i) {
    if (i) items.push_back(BreakItem::glue(6, 3, 2));
    items.push_back(BreakItem::box(10 + (i * 7) % 13));
  }
  items.push_back(BreakItem::glue(0, kFillStretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  KnuthPlassParams looser = tex(), tighter = tex();
  looser.looseness = 1;
  tighter.looseness = -1;
  // 868 pt of text. At 166 pt: five tight lines are best, six loose ones can be had.
  const LineWidths wide{{166}};
  EXPECT_EQ(KnuthPlassLineBreaker(tex()).break_lines(items, wide).size(), 5u);
  EXPECT_EQ(KnuthPlassLineBreaker(looser).break_lines(items, wide).size(), 6u);
  // At 144 pt: seven lines are best, six tight ones can be had.
  const LineWidths narrow{{144}};
  EXPECT_EQ(KnuthPlassLineBreaker(tex()).break_lines(items, narrow).size(), 7u);
  EXPECT_EQ(KnuthPlassLineBreaker(tighter).break_lines(items, narrow).size(), 6u);
  // Looseness that cannot be had within tolerance gives the nearest number of lines.
  EXPECT_EQ(KnuthPlassLineBreaker(tighter).break_lines(items, wide).size(), 5u);
}

// Random paragraphs with hyphenation points between the fragments of longer words.
Items random_paragraph(std::mt19937& rng, int words_count, double hyphen_chance) {
  std::uniform_int_distribution<int> width(6, 30);
  std::uniform_int_distribution<int> fragments(1, 4);
  std::uniform_real_distribution<double> chance(0, 1);
  Items items;
  for (int i = 0; i < words_count; ++i) {
    if (i) items.push_back(BreakItem::glue(6, 3, 2));
    const int parts = chance(rng) < hyphen_chance ? fragments(rng) : 1;
    for (int p = 0; p < parts; ++p) {
      if (p) items.push_back(BreakItem::hyphenation(4, 50));
      items.push_back(BreakItem::box(width(rng)));
    }
  }
  items.push_back(BreakItem::glue(0, kFillStretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  return items;
}

// The demerits of one way to break items, by the rules of the paper, written out plainly
// (no active list); nullopt when a line is infeasible.
std::optional<double> demerits(const Items& items, const std::vector<std::size_t>& breaks,
                               double width, double tolerance, int max_hyphens) {
  double total = 0;
  int previous_fitness = 2, run = 0;
  std::size_t start = 0;
  for (std::size_t k = 0; k < breaks.size(); ++k) {
    const std::size_t b = breaks[k];
    const LineMeasure m = measure_line(items, start, b);
    const bool last = k + 1 == breaks.size();
    double r = 0;
    if (m.width - width > 1e-6) {
      if (m.width - m.shrink > width + 1e-6) return std::nullopt;
      r = (width - m.width) / m.shrink;
    } else if (!last && !m.fill && width - m.width > 1e-6) {
      r = (width - m.width) / m.stretch;
    }
    const double bad = std::min(10000.0, 100 * std::abs(r * r * r));
    if (bad > tolerance) return std::nullopt;
    double d = (10 + bad) * (10 + bad);
    const BreakItem& item = items[b];
    const bool flagged = item.type == BreakItem::Type::penalty && item.flagged;
    if (item.type == BreakItem::Type::penalty && std::abs(item.cost) < kInfinitePenalty)
      d += item.cost * item.cost;
    if (run > 0 && flagged) d += 10000;
    if (run > 0 && last) d += 5000;
    const int fitness = r < -0.5 ? 3 : r <= 0.5 ? 2 : r <= 1 ? 1 : 0;
    if (std::abs(fitness - previous_fitness) > 1) d += 10000;
    run = flagged ? run + 1 : 0;
    if (run > max_hyphens) return std::nullopt;
    previous_fitness = fitness;
    total += d;
    start = line_start_after(items, b);
  }
  return total;
}

// The least demerits over every way to break items, by dynamic programming over all pairs
// of legal breaks (no active list, no pruning), with the state the rules depend on: the
// fitness class of the line before and the hyphenated lines in a row.
std::optional<double> least_demerits(const Items& items, double width, double tolerance) {
  std::vector<std::size_t> legal = {static_cast<std::size_t>(-1)};  // the paragraph's start
  for (std::size_t i = 1; i < items.size(); ++i) {
    const BreakItem& item = items[i];
    if ((item.type == BreakItem::Type::glue && items[i - 1].type == BreakItem::Type::box) ||
        (item.type == BreakItem::Type::penalty && item.cost < kInfinitePenalty))
      legal.push_back(i);
  }
  constexpr double kNo = 1e300;
  // best[k][fitness][run]: least demerits of breaking at legal[k] with that state.
  std::vector<std::array<std::array<double, 3>, 4>> best(legal.size());
  for (auto& f : best)
    for (auto& r : f) r.fill(kNo);
  best[0][2][0] = 0;
  for (std::size_t k = 1; k < legal.size(); ++k) {
    const std::size_t b = legal[k];
    const bool last = b + 1 == items.size();
    const BreakItem& item = items[b];
    const bool flagged = item.type == BreakItem::Type::penalty && item.flagged;
    for (std::size_t j = 0; j < k; ++j) {
      const std::size_t start = j == 0 ? 0 : line_start_after(items, legal[j]);
      if (start > b) continue;
      const LineMeasure m = measure_line(items, start, b);
      double r = 0;
      if (m.width - width > 1e-6) {
        if (m.width - m.shrink > width + 1e-6) continue;
        r = (width - m.width) / m.shrink;
      } else if (!last && !m.fill && width - m.width > 1e-6) {
        r = m.stretch > 0 ? (width - m.width) / m.stretch : 1e9;
      }
      const double bad = std::min(10000.0, 100 * std::abs(r * r * r));
      if (bad > tolerance) continue;
      const int fitness = r < -0.5 ? 3 : r <= 0.5 ? 2 : r <= 1 ? 1 : 0;
      for (int pf = 0; pf < 4; ++pf) {
        for (int run = 0; run < 3; ++run) {
          if (best[j][pf][run] >= kNo) continue;
          const int next_run = flagged ? run + 1 : 0;
          if (next_run > 2) continue;
          double d = (10 + bad) * (10 + bad);
          if (item.type == BreakItem::Type::penalty && std::abs(item.cost) < kInfinitePenalty)
            d += item.cost * item.cost;
          if (run > 0 && flagged) d += 10000;
          if (run > 0 && last) d += 5000;
          if (std::abs(fitness - pf) > 1) d += 10000;
          double& slot = best[k][fitness][next_run];
          slot = std::min(slot, best[j][pf][run] + d);
        }
      }
    }
  }
  double least = kNo;
  for (const auto& f : best.back())
    for (double v : f) least = std::min(least, v);
  if (least >= kNo) return std::nullopt;
  return least;
}

TEST(KnuthPlassLineBreaker, FindsTheLeastDemeritsOfAllBreakings) {
  std::mt19937 rng(1981);
  KnuthPlassParams params;
  params.pretolerance = -1;  // one pass, with hyphenation: the oracle knows one pass only
  params.tolerance = 400;
  const KnuthPlassLineBreaker breaker(params);
  int compared = 0;
  for (int trial = 0; trial < 150; ++trial) {
    const Items items = random_paragraph(rng, 30, 0.5);
    const auto best = least_demerits(items, 200, params.tolerance);
    if (!best) continue;
    const auto breaks = breaker.break_lines(items, {{200}});
    const auto found = demerits(items, positions(breaks), 200, params.tolerance, 2);
    ASSERT_TRUE(found.has_value()) << "trial " << trial;
    EXPECT_NEAR(*found, *best, 1e-6 * *best) << "trial " << trial;
    ++compared;
  }
  EXPECT_GT(compared, 50);
}

TEST(KnuthPlassLineBreaker, NeverMoreThanTwoHyphenatedLinesInARow) {
  std::mt19937 rng(7);
  KnuthPlassParams unlimited;
  unlimited.max_consecutive_hyphens = 100;
  unlimited.double_hyphen_demerits = 0;
  unlimited.pretolerance = -1;
  unlimited.tolerance = 100;
  KnuthPlassParams limited = unlimited;
  limited.max_consecutive_hyphens = 2;
  int would_exceed = 0;
  for (int trial = 0; trial < 80; ++trial) {
    const Items items = random_paragraph(rng, 60, 0.9);
    const LineWidths widths{{120}};
    if (longest_hyphen_run(items, KnuthPlassLineBreaker(unlimited).break_lines(items, widths)) > 2)
      ++would_exceed;
    const auto breaks = KnuthPlassLineBreaker(limited).break_lines(items, widths);
    EXPECT_LE(longest_hyphen_run(items, breaks), 2) << "trial " << trial;
    EXPECT_EQ(breaks.back().position, items.size() - 1);
  }
  EXPECT_GT(would_exceed, 0);  // the limit was put to the test
}

TEST(KnuthPlassLineBreaker, RaggedLinesEndEvenly) {
  // Ragged text: spaces neither stretch nor shrink; the stretch is at the line ends. First
  // fit fills line one and leaves line two 30 pt short; optimum fit makes both 15 pt short.
  Items items;
  for (double w : {40, 10, 25, 10, 45, 20, 35}) {
    if (!items.empty()) items.push_back(BreakItem::glue(5, 0, 0));
    items.push_back(BreakItem::box(w));
  }
  items.push_back(BreakItem::glue(0, kFillStretch, 0));
  items.push_back(BreakItem::penalty(0, -kInfinitePenalty));
  LineWidths widths{{100}};
  widths.ragged_stretch = 20;
  EXPECT_EQ(positions(GreedyLineBreaker().break_lines(items, widths)),
            (std::vector<std::size_t>{7, 11, 14}));
  const auto breaks = KnuthPlassLineBreaker(tex()).break_lines(items, widths);
  EXPECT_EQ(positions(breaks), (std::vector<std::size_t>{5, 11, 14}));
  // Without stretch at the line ends every short line would be infinitely bad: the ragged
  // stretch is what lets the breaker weigh them.
  for (const auto& m : measures(items, breaks)) EXPECT_LE(m.width, 100);
}

TEST(KnuthPlassLineBreaker, ItemsWithoutFinalBreakFallBackToFirstFit) {
  Items items = {BreakItem::box(10), BreakItem::glue(6, 3, 2), BreakItem::box(10)};
  EXPECT_EQ(positions(KnuthPlassLineBreaker(tex()).break_lines(items, {{100}})),
            positions(GreedyLineBreaker().break_lines(items, {{100}})));
}

}  // namespace
}  // namespace koers::layout

// Amount axes write every tick in one form: all in millions with the same decimals, or all
// in full below a million.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::has_text;
using testing::texts;

Chart budget(ChartType type, std::vector<double> amounts) {
  Chart c;
  c.type = type;
  c.format = ValueFormat::amount;
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    const std::string year = std::to_string(2026 + i);
    c.categories.push_back(year);
    if (c.series.empty()) c.series.push_back({"", SeriesKind::measured, {}});
    c.series[0].points.push_back({year, 0, amounts[i]});
  }
  return c;
}

// The texts that are amounts (without data labels: the tick labels), with plain spaces for
// the no-break spaces ICU writes.
std::vector<std::string> amounts(const Drawing& d) {
  std::vector<std::string> out;
  for (std::string t : texts(d)) {
    if (t.find("\u20AC") == std::string::npos) continue;
    for (std::size_t at = t.find("\u00A0"); at != std::string::npos; at = t.find("\u00A0", at)) {
      t.replace(at, 2, " ");
    }
    out.push_back(t);
  }
  return out;
}

bool has(const std::vector<std::string>& labels, const std::string& label) {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

// Digits after the decimal comma ("€ 1,5 mln." → 1); -1 without one.
int decimals_of(const std::string& label) {
  const std::size_t comma = label.find(',');
  if (comma == std::string::npos) return -1;
  int n = 0;
  while (comma + 1 + n < label.size() && std::isdigit(label[comma + 1 + n])) ++n;
  return n;
}

class AmountAxis : public ChartTest {};

TEST_F(AmountAxis, MillionsThroughoutWithTheSameDecimals) {
  for (ChartType type : {ChartType::column, ChartType::bar}) {
    const Drawing d = render(budget(type, {400000, 1200000, 1500000, 800000}));
    const std::vector<std::string> ticks = amounts(d);
    ASSERT_GE(ticks.size(), 3u);
    for (const std::string& t : ticks) {
      EXPECT_NE(t.find(" mln."), std::string::npos) << t;
      EXPECT_EQ(decimals_of(t), decimals_of(ticks.back())) << t;
    }
    // Steps of a half or a quarter million: "€ 1,0 mln." or "€ 1,00 mln.", never "€ 1 mln.".
    EXPECT_TRUE(has(ticks, "\u20AC 1,0 mln.") || has(ticks, "\u20AC 1,00 mln."));
    EXPECT_TRUE(has(ticks, "\u20AC 0,5 mln.") || has(ticks, "\u20AC 0,50 mln."));
    EXPECT_FALSE(has_text(d, format.amount(500000)));
  }
}

TEST_F(AmountAxis, NegativeTicksInMillionsToo) {
  const Drawing d = render(budget(ChartType::column, {-1000000, 2500000}));
  const std::vector<std::string> ticks = amounts(d);
  for (const std::string& t : ticks) EXPECT_NE(t.find(" mln."), std::string::npos) << t;
  EXPECT_TRUE(has(ticks, "-\u20AC 1,0 mln.") || has(ticks, "\u20AC -1,0 mln."));
}

TEST_F(AmountAxis, BelowAMillionAllInFull) {
  const Drawing d = render(budget(ChartType::column, {250000, 600000}));
  const std::vector<std::string> ticks = amounts(d);
  ASSERT_GE(ticks.size(), 3u);
  for (const std::string& t : ticks) EXPECT_EQ(t.find("mln."), std::string::npos) << t;
  EXPECT_TRUE(has_text(d, format.amount(200000)) || has_text(d, format.amount(250000)));
}

TEST_F(AmountAxis, BillionsWhenTheLargestTickReachesOne) {
  const Drawing d = render(budget(ChartType::column, {600000000, 2000000000}));
  for (const std::string& t : amounts(d)) EXPECT_NE(t.find(" mld."), std::string::npos) << t;
}

}  // namespace
}  // namespace koers::charts

#include <gtest/gtest.h>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::FakeText;

std::vector<AxisLabel> row(int n, double pitch, double width) {
  std::vector<AxisLabel> labels;
  for (int i = 0; i < n; ++i) labels.push_back({i * pitch, width});
  return labels;
}

void expect_no_overlap(const std::vector<AxisLabel>& labels, const std::vector<bool>& shown,
                       double gap) {
  const AxisLabel* previous = nullptr;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!shown[i]) continue;
    if (previous) {
      EXPECT_GE(labels[i].centre - labels[i].width / 2 - (previous->centre + previous->width / 2),
                gap - 1e-9)
          << "label " << i;
    }
    previous = &labels[i];
  }
}

TEST(VisibleLabels, AllWhenThereIsRoom) {
  const std::vector<bool> shown = visible_labels(row(5, 40, 20), 4);
  EXPECT_EQ(shown, std::vector<bool>(5, true));
}

TEST(VisibleLabels, ThinsEvenlyKeepingFirstAndLast) {
  // Years 2019..2030 at 20 points apart, 26 points wide: every second does not fit either.
  const std::vector<AxisLabel> labels = row(12, 20, 26);
  const std::vector<bool> shown = visible_labels(labels, 4);
  ASSERT_EQ(shown.size(), 12u);
  EXPECT_TRUE(shown.front());
  EXPECT_TRUE(shown.back());
  EXPECT_FALSE(shown[1]);
  expect_no_overlap(labels, shown, 4);
  EXPECT_GE(std::count(shown.begin(), shown.end(), true), 4);
}

TEST(VisibleLabels, EverySecond) {
  const std::vector<AxisLabel> labels = row(7, 20, 30);
  const std::vector<bool> shown = visible_labels(labels, 2);
  EXPECT_EQ(shown, (std::vector<bool>{true, false, true, false, true, false, true}));
}

TEST(VisibleLabels, LastReplacesItsCrowdedNeighbour) {
  const std::vector<AxisLabel> labels = row(6, 20, 30);  // stride 2 gives 0 2 4 and 5
  const std::vector<bool> shown = visible_labels(labels, 2);
  EXPECT_TRUE(shown.front());
  EXPECT_TRUE(shown.back());
  expect_no_overlap(labels, shown, 2);
}

TEST(VisibleLabels, NoRoomAtAllKeepsTheFirst) {
  const std::vector<bool> shown = visible_labels(row(3, 5, 40), 2);
  EXPECT_EQ(shown, (std::vector<bool>{true, false, false}));
  EXPECT_TRUE(visible_labels({}, 2).empty());
  EXPECT_EQ(visible_labels(row(1, 0, 500), 2), std::vector<bool>{true});
}

TEST(VisibleLabels, UnevenWidths) {
  std::vector<AxisLabel> labels{{0, 10}, {20, 30}, {40, 10}, {60, 30}, {80, 10}};
  const std::vector<bool> shown = visible_labels(labels, 2);
  expect_no_overlap(labels, shown, 2);
  EXPECT_TRUE(shown.front());
  EXPECT_TRUE(shown.back());
}

TEST(WrapLabel, FitsOnOneLine) {
  FakeText t;
  EXPECT_EQ(wrap_label("Wonen", 100, 2, 8, false, t), std::vector<std::string>{"Wonen"});
  EXPECT_TRUE(wrap_label("", 100, 2, 8, false, t).empty());
  EXPECT_TRUE(wrap_label("Wonen", 100, 0, 8, false, t).empty());
}

TEST(WrapLabel, WrapsAtSpacesAndAfterHyphens) {
  FakeText t;  // 4 points per character at size 8: 15 characters per 60 points
  EXPECT_EQ(wrap_label("Energie en klimaat", 60, 2, 8, false, t),
            (std::vector<std::string>{"Energie en", "klimaat"}));
  EXPECT_EQ(wrap_label("CO2-uitstoot verkeer", 60, 2, 8, false, t),
            (std::vector<std::string>{"CO2-uitstoot", "verkeer"}));
  EXPECT_EQ(wrap_label("Zon-op-dakprojecten", 48, 3, 8, false, t),
            (std::vector<std::string>{"Zon-op-", "dakprojecten"}));
}

TEST(WrapLabel, ShortensTheLastLineWithAnEllipsis) {
  FakeText t;
  const std::vector<std::string> lines =
      wrap_label("Aardgasvrije wijken en warmtenetten in alle kernen", 60, 2, 8, false, t);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Aardgasvrije");
  EXPECT_EQ(lines[1], "wijken en warm\u2026");
  for (const std::string& l : lines) EXPECT_LE(t.width(l, 8, false), 60);
}

TEST(WrapLabel, OneVeryLongWord) {
  FakeText t;
  const std::vector<std::string> lines =
      wrap_label("Warmtetransitievisieuitvoeringsprogramma", 40, 2, 8, false, t);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "Warmtetra\u2026");
  EXPECT_LE(t.width(lines[0], 8, false), 40);
}

TEST(WrapLabel, TooNarrowForAnythingGivesNothing) {
  FakeText t;
  EXPECT_TRUE(wrap_label("Wonen", 2, 2, 8, false, t).empty());
}

TEST(WrapLabel, BoldIsMeasuredBold) {
  FakeText t;  // bold 4.4 points per character
  EXPECT_EQ(wrap_label("Energie en klimaat", 43, 2, 8, false, t).front(), "Energie en");
  EXPECT_EQ(wrap_label("Energie en klimaat", 43, 2, 8, true, t).front(), "Energie");
}

}  // namespace
}  // namespace koers::charts

#include <gtest/gtest.h>

#include "chart_test_support.h"

namespace koers::charts {
namespace {

using testing::ChartTest;
using testing::count_items;
using testing::has_text;
using testing::kLongLabel;
using testing::text_boxes;

int diamonds(const Drawing& d) {
  int n = 0;
  for (const display::Item& item : d.items) {
    const auto* p = std::get_if<display::Path>(&item);
    if (p && p->fill && p->segments.size() == 5) ++n;
  }
  return n;
}

Chart programme(int tasks) {
  static const char* groups[] = {"Energie", "Wonen", "Mobiliteit", "Klimaatadaptatie", "Circulair"};
  Chart c;
  c.type = ChartType::gantt;
  c.title = "Planning uitvoeringsprogramma";
  for (int i = 0; i < tasks; ++i) {
    Task t;
    t.label = "Actie " + std::to_string(i + 1) + ": " +
              (i % 3 == 0   ? "wijkaanpak aardgasvrij"
               : i % 3 == 1 ? "laadpalen"
                            : "isolatie");
    t.group = groups[i % 5];
    t.start = {2026 + i % 3, 1 + i % 4};
    t.end = {2027 + i % 4, (i % 5 == 0) ? 0 : 1 + (i + 2) % 4};
    if (i % 2 == 0) t.milestones.push_back({"Besluit", {2026 + i % 3, 4}});
    if (i % 4 == 0) t.milestones.push_back({"Oplevering fase 1", {2027 + i % 4, 2}});
    c.tasks.push_back(t);
  }
  return c;
}

class GanttChart : public ChartTest {};

TEST_F(GanttChart, FortyTasksStayReadable) {
  const Chart c = programme(40);
  const Drawing d = render(c);
  EXPECT_EQ(count_items<display::Rect>(d), 40);
  EXPECT_EQ(diamonds(d), 20 + 10);
  EXPECT_TRUE(has_text(d, "Energie"));  // group headings
  EXPECT_TRUE(has_text(d, "Circulair"));
  EXPECT_TRUE(has_text(d, "2026"));
  EXPECT_GE(d.height, 40 * theme.font_size * 1.9);
  // Every task label is there and at the font size.
  for (int i = 1; i <= 40; ++i) {
    bool found = false;
    for (const testing::TextBox& b : text_boxes(d)) {
      found = found || b.text.rfind("Actie " + std::to_string(i) + ":", 0) == 0;
    }
    EXPECT_TRUE(found) << i;
  }
}

TEST_F(GanttChart, QuartersAndMilestoneLabelsWhenThereIsRoom) {
  Chart c;
  c.type = ChartType::gantt;
  c.tasks.push_back({"Warmtevisie", "", {2026, 1}, {2026, 4}, {{"Vaststelling", {2026, 4}}}});
  c.tasks.push_back({"Wijkuitvoeringsplan", "", {2027, 1}, {2027, 2}, {}});
  const Drawing d = render(c);
  for (const char* q : {"K1", "K2", "K3", "K4"}) EXPECT_TRUE(has_text(d, q)) << q;
  EXPECT_TRUE(has_text(d, "Vaststelling"));
  EXPECT_TRUE(has_text(d, "2027"));
  // The bar runs from the start of 2026 K1 to the end of 2026 K4: half the time axis.
  const display::Rect* first = nullptr;
  for (const display::Item& item : d.items) {
    if (const auto* r = std::get_if<display::Rect>(&item)) {
      first = r;
      break;
    }
  }
  ASSERT_NE(first, nullptr);
  const double axis_w = d.width - 2 - first->x;
  EXPECT_NEAR(first->w, axis_w / 2, 1e-6);
}

// How often a milestone label appears: in its row, or as "label: task" in the notes.
int shown(const Drawing& d, const std::string& label, const std::string& task) {
  int n = 0;
  for (const testing::TextBox& b : text_boxes(d)) {
    n += b.text == label || b.text.rfind(label + ": " + task, 0) == 0 ? 1 : 0;
  }
  return n;
}

TEST_F(GanttChart, CrowdedMilestoneLabelsGoIntoTheNotes) {
  Chart c;
  c.type = ChartType::gantt;
  Task t{"Zonneparken", "", {2026, 0}, {2035, 0}, {}};
  for (int q = 1; q <= 4; ++q) t.milestones.push_back({"Mijlpaal " + std::to_string(q), {2036, q}});
  c.tasks.push_back(t);
  const Drawing d = render(c, 300);
  EXPECT_EQ(diamonds(d), 4 + 4);  // four in the row, one before each note
  for (int q = 1; q <= 4; ++q) {
    EXPECT_EQ(shown(d, "Mijlpaal " + std::to_string(q), "Zonneparken"), 1) << q;
  }
}

TEST_F(GanttChart, MilestoneInsideTheBarIsLabelledAfterTheBar) {
  Chart c;
  c.type = ChartType::gantt;
  c.from = {2026, 0};
  c.to = {2032, 0};
  c.tasks.push_back({"Zon op bedrijfsdaken", "", {2028, 0}, {2030, 0}, {{"Start", {2028, 2}}}});
  const Drawing d = render(c);
  const display::Rect* bar = nullptr;
  for (const display::Item& item : d.items) {
    if (const auto* r = std::get_if<display::Rect>(&item)) bar = r;
  }
  ASSERT_NE(bar, nullptr);
  bool after = false;
  for (const testing::TextBox& b : text_boxes(d)) {
    if (b.text == "Start") after = b.x0 > bar->x + bar->w;
  }
  EXPECT_TRUE(after);
}

TEST_F(GanttChart, EveryMilestoneLabelOfFortyTasksIsShown) {
  Chart c = programme(40);
  for (int i = 0; i < 40; i += 3) c.tasks[i].milestones.push_back({"Start", c.tasks[i].start});
  for (double width : {430.0, 250.0}) {
    const Drawing d = render(c, width);
    for (const Task& t : c.tasks) {
      for (const Milestone& m : t.milestones) {
        // Labels in rows are not told apart by task; the notes name theirs.
        int in_rows = 0;
        for (const testing::TextBox& b : text_boxes(d)) in_rows += b.text == m.label ? 1 : 0;
        EXPECT_GE(in_rows + shown(d, m.label, t.label), 1) << t.label << " " << m.label;
      }
    }
    int labels = 0, marks = 0;
    for (const Task& t : c.tasks) marks += static_cast<int>(t.milestones.size());
    for (const testing::TextBox& b : text_boxes(d)) {
      labels += b.text == "Start" || b.text == "Besluit" || b.text.rfind("Oplevering", 0) == 0 ||
                        b.text.find(": Actie") != std::string::npos
                    ? 1
                    : 0;
    }
    EXPECT_EQ(labels, marks) << width;  // each milestone's label exactly once
  }
}

TEST_F(GanttChart, LongLabelsOwnRangeAndAwkwardPeriods) {
  Chart c = programme(6);
  c.tasks[2].label = kLongLabel;
  c.tasks[3].start = {2029, 2};  // the wrong way round
  c.tasks[3].end = {2027, 1};
  c.from = {2026, 3};
  c.to = {2028, 2};  // tasks reach beyond the range: bars stop at its edges
  render(c);
  render(c, 220);
}

TEST_F(GanttChart, EmptyAndOneTask) {
  Chart none;
  none.type = ChartType::gantt;
  render(none);
  Chart range_only = none;
  range_only.from = {2026, 0};
  range_only.to = {2030, 0};
  EXPECT_TRUE(has_text(render(range_only), "2030"));
  Chart one;
  one.type = ChartType::gantt;
  one.tasks.push_back({"Enige actie", "Groep", {2027, 0}, {2027, 0}, {}});
  const Drawing d = render(one);
  EXPECT_TRUE(has_text(d, "K3"));
  EXPECT_TRUE(has_text(d, "Groep"));
}

}  // namespace
}  // namespace koers::charts

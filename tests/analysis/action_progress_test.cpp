// The monitor's signal per action from status, progress marks and planning.
#include <gtest/gtest.h>

#include "analysis/analysis.h"

namespace koers::analysis {
namespace {

model::Action action(model::ActionStatus status, int start, int end) {
  model::Action a;
  a.id = "E-01";
  a.status = status;
  a.start = text::Date{start, 1, 1};
  a.end = text::Date{end, 12, 1};
  return a;
}

using model::ActionStatus;

TEST(ActionProgress, StatusDecidesForDoneCancelledAndDelayed) {
  EXPECT_EQ(action_progress(action(ActionStatus::done, 2025, 2025), 2026).status, Status::on_track);
  EXPECT_EQ(action_progress(action(ActionStatus::cancelled, 2027, 2028), 2026).status,
            Status::unknown);
  const ActionProgress late = action_progress(action(ActionStatus::delayed, 2027, 2028), 2026);
  EXPECT_EQ(late.status, Status::off_track);
  EXPECT_EQ(late.reason, "vertraagd");
}

TEST(ActionProgress, WorstProgressMarkCounts) {
  model::Action a = action(ActionStatus::started, 2026, 2028);
  a.progress = model::Progress{model::Rag::green, model::Rag::amber, model::Rag::green};
  EXPECT_EQ(action_progress(a, 2026).status, Status::attention);
  EXPECT_EQ(action_progress(a, 2026).reason, "voortgang oranje");
  a.progress->money = model::Rag::red;
  EXPECT_EQ(action_progress(a, 2026).status, Status::off_track);
  a.progress = model::Progress{};
  EXPECT_EQ(action_progress(a, 2026).status, Status::on_track);
  EXPECT_EQ(action_progress(a, 2026).reason, "gestart");
}

TEST(ActionProgress, PlanningAgainstTheAnalysisYear) {
  const ActionProgress not_started =
      action_progress(action(ActionStatus::not_started, 2025, 2028), 2026);
  EXPECT_EQ(not_started.status, Status::attention);
  EXPECT_EQ(not_started.reason, "had volgens de planning in 2025 moeten starten");
  const ActionProgress overdue = action_progress(action(ActionStatus::started, 2024, 2025), 2026);
  EXPECT_EQ(overdue.status, Status::off_track);
  EXPECT_EQ(overdue.reason, "had volgens de planning in 2025 gereed moeten zijn");
  EXPECT_EQ(action_progress(action(ActionStatus::not_started, 2027, 2028), 2026).status,
            Status::on_track);
  // Without a year the planning is not judged.
  EXPECT_EQ(action_progress(action(ActionStatus::not_started, 2025, 2025), std::nullopt).status,
            Status::on_track);
}

TEST(AnalysisYear, MonitorYearThenDocumentDates) {
  model::Municipality m;
  EXPECT_FALSE(analysis_year(m));
  m.documents.vision.emplace();
  m.documents.vision->date = text::Date{2026, 11, 27};
  EXPECT_EQ(analysis_year(m), 2026);
  m.documents.monitor.emplace();
  m.documents.monitor->year = 2027;
  EXPECT_EQ(analysis_year(m), 2027);
}

}  // namespace
}  // namespace koers::analysis

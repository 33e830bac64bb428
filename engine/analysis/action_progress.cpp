// The signal of an action in the monitor (docs/analysis.md, "Acties"): its status, the
// worst of its progress marks, and its planning against the analysis year.
#include <algorithm>

#include "analysis/analysis.h"

namespace koers::analysis {
namespace {

int severity(Status s) {
  return s == Status::off_track ? 3 : s == Status::attention ? 2 : s == Status::on_track ? 1 : 0;
}

Status from_rag(model::Rag r) {
  return r == model::Rag::red     ? Status::off_track
         : r == model::Rag::amber ? Status::attention
                                  : Status::on_track;
}

}  // namespace

ActionProgress action_progress(const model::Action& a, std::optional<int> now) {
  ActionProgress p;
  p.action = a.id;
  switch (a.status) {
    case model::ActionStatus::done:
      p.status = Status::on_track, p.reason = "gereed";
      return p;
    case model::ActionStatus::cancelled:
      p.status = Status::unknown, p.reason = "vervallen";
      return p;
    case model::ActionStatus::delayed:
      p.status = Status::off_track, p.reason = "vertraagd";
      return p;
    default:
      break;
  }
  auto raise = [&](Status s, std::string reason) {
    if (severity(s) > severity(p.status)) p.status = s, p.reason = std::move(reason);
  };
  const bool started = a.status == model::ActionStatus::started;
  raise(Status::on_track, started ? "gestart" : "start volgens planning");
  if (a.progress) {
    const model::Rag worst = std::max({a.progress->quality, a.progress->time, a.progress->money});
    raise(from_rag(worst), worst == model::Rag::red ? "voortgang rood" : "voortgang oranje");
  }
  if (now && !started && a.start && a.start->year < *now)
    raise(Status::attention,
          "had volgens de planning in " + std::to_string(a.start->year) + " moeten starten");
  if (now && a.end && a.end->year < *now)
    raise(Status::off_track,
          "had volgens de planning in " + std::to_string(a.end->year) + " gereed moeten zijn");
  return p;
}

}  // namespace koers::analysis

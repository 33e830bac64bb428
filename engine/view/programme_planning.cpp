// The programme's planning as Gantt charts: a bar per action from its start to its end
// quarter, its milestones as diamonds, grouped by theme.
#include <algorithm>

#include "view/programme_parts.h"

namespace koers::view {

namespace {

// More bars than this on one chart no longer fit a page with readable labels: the planning is
// then split into one chart per theme.
constexpr std::size_t kMaxTasksPerChart = 20;

struct Task {
  const model::Action* action;
  std::string start, end;
};

// An action without start and end has no place on a time axis; one with only one of them runs
// from the programme's start or to its end.
std::optional<Task> task_of(const model::Action& a, const ProgrammePeriod& period) {
  if (!a.start && !a.end) return std::nullopt;
  if (!period.known() && !(a.start && a.end)) return std::nullopt;
  const text::Date start = a.start ? *a.start : text::Date{period.from, 1, 0};
  const text::Date end = a.end ? *a.end : text::Date{period.to, 12, 0};
  if (end < start) return std::nullopt;  // the model reader reports it
  return Task{&a, quarter_period(start), quarter_period(end)};
}

Data chart_of(const std::vector<Task>& tasks, bool grouped, const std::string& id,
              const std::string& caption, const ProgrammePeriod& period, const ViewInput& in) {
  int from = period.from, to = period.to;
  for (const Task& t : tasks) {
    const auto& a = *t.action;
    for (const auto& d : {a.start, a.end}) {
      if (!d) continue;
      from = from == 0 ? d->year : std::min(from, d->year);
      to = std::max(to, d->year);
    }
  }
  Data items = list();
  std::size_t milestones = 0;
  for (const Task& t : tasks) {
    const model::Action& a = *t.action;
    Data item;
    item.set("label", a.id + " " + a.title);
    set_text(item, "groep", grouped ? theme_name(in.m, a.theme) : "");
    item.set("start", t.start);
    item.set("eind", t.end);
    Data ms = list();
    for (const auto& m : a.milestones) {
      Data point;
      point.set("moment", quarter_period(m.date));
      point.set("label", m.text);
      ms << point;
      ++milestones;
    }
    item.set("mijlpalen", std::move(ms));
    items << item;
  }
  Data chart;
  chart.set("id", id);
  chart.set("van", std::to_string(from));
  chart.set("tot", std::to_string(to));
  chart.set("taken", std::move(items));
  chart.set("bijschrift", caption);
  chart.set("alt", in.msg.format("programma.figuur.planning.alt",
                                 {{"acties", std::to_string(tasks.size())},
                                  {"mijlpalen", std::to_string(milestones)},
                                  {"periode", in.fmt.year_range(from, to)}}));
  return chart;
}

}  // namespace

Data planning_charts(const ProgrammePeriod& period, const ViewInput& in) {
  std::vector<Task> all;
  for (const auto& theme : in.m.themes)
    for (const auto& a : in.m.actions)
      if (a.theme == theme.id)
        if (auto t = task_of(a, period)) all.push_back(*t);

  Data charts = list();
  if (all.empty()) return charts;
  if (all.size() <= kMaxTasksPerChart) {
    charts << chart_of(all, true, "fig-planning", in.msg.format("programma.figuur.planning"),
                       period, in);
    return charts;
  }
  for (const auto& theme : in.m.themes) {
    std::vector<Task> own;
    std::copy_if(all.begin(), all.end(), std::back_inserter(own),
                 [&](const Task& t) { return t.action->theme == theme.id; });
    if (own.empty()) continue;
    charts << chart_of(own, false, "fig-planning-" + theme.id,
                       in.msg.format("programma.figuur.planning_thema", {{"thema", theme.name}}),
                       period, in);
  }
  return charts;
}

}  // namespace koers::view

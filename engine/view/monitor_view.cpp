// The monitor (monitoringsrapportage): progress per target against its path and per action
// against its planning, from analysis::Facts (docs/analysis.md has the rules).
#include <algorithm>
#include <array>
#include <cmath>

#include "view/monitor_parts.h"
#include "view/programme_parts.h"

namespace koers::view {

namespace {

using analysis::Status;

constexpr std::array<Status, 4> kStatuses = {Status::on_track, Status::attention, Status::off_track,
                                             Status::unknown};

std::string rag_words(const text::Messages& msg, model::Rag r) {
  return msg.format(r == model::Rag::green   ? "monitor.rag.groen"
                    : r == model::Rag::amber ? "monitor.rag.oranje"
                                             : "monitor.rag.rood");
}

Data action_row(const model::Action& a, const analysis::ActionProgress& p, const ViewInput& in) {
  Data d;
  d.set("id", a.id);
  d.set("titel", a.title);
  d.set("status", action_status_name(in.msg, a.status));
  d.set("signaal", status_words(in.msg, p.status));
  set_text(d, "reden", p.reason);
  set_text(d, "planning", planning(in.fmt, in.msg, a.start, a.end));
  set_text(d, "trekker", a.lead);
  std::string progress;
  if (a.progress)
    progress =
        in.msg.format("monitor.voortgang", {{"kwaliteit", rag_words(in.msg, a.progress->quality)},
                                            {"tijd", rag_words(in.msg, a.progress->time)},
                                            {"geld", rag_words(in.msg, a.progress->money)}});
  set_text(d, "voortgang", progress);
  return d;
}

// Per theme: its monitored targets and its actions.
Data themes(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const analysis::Facts& f = in.facts;
  Data out = list();
  for (const model::Theme& theme : m.themes) {
    Data targets = list(), actions = list();
    for (std::size_t i = 0; i < m.targets.size() && i < f.monitoring.size(); ++i)
      if (m.targets[i].theme == theme.id)
        targets << monitored_target(m.targets[i], f.monitoring[i], in);
    for (std::size_t i = 0; i < m.actions.size() && i < f.action_progress.size(); ++i)
      if (m.actions[i].theme == theme.id)
        actions << action_row(m.actions[i], f.action_progress[i], in);
    if (targets.list_value().empty() && actions.list_value().empty()) continue;
    Data d;
    d.set("id", theme.id);
    d.set("naam", theme.name);
    set_list(d, "doelen", std::move(targets));
    set_list(d, "acties", std::move(actions));
    out << d;
  }
  return out;
}

// The summary: a status chart of every target and the counts per status.
Data summary(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const analysis::Facts& f = in.facts;
  Data s;
  Data items = list();
  std::array<int, 4> targets{}, actions{};
  for (std::size_t i = 0; i < m.targets.size() && i < f.monitoring.size(); ++i) {
    const analysis::TargetMonitoring& r = f.monitoring[i];
    ++targets[std::size_t(r.status)];
    const model::Indicator* ind = m.indicator(m.targets[i].indicator);
    Data item;
    item.set("label", ind ? ind->name : m.targets[i].id);
    item.set("status", status_code(r.status));
    std::string detail;
    if (r.status == Status::unknown)
      detail = r.reason;
    else
      detail = in.msg.format(
          *r.deviation > 0 ? "monitor.kort.achter" : "monitor.kort.voor",
          {{"procent", in.fmt.with_percent_sign(in.fmt.number(std::abs(*r.deviation), 1))},
           {"jaar", std::to_string(r.last->year)}});
    item.set("detail", detail);
    items << item;
  }
  for (const auto& p : f.action_progress) ++actions[std::size_t(p.status)];
  set_list(s, "items", std::move(items));
  Data counts = list();
  for (Status st : kStatuses) {
    Data c;
    c.set("status", status_words(in.msg, st));
    c.set("doelen", std::to_string(targets[std::size_t(st)]));
    c.set("acties", std::to_string(actions[std::size_t(st)]));
    counts << c;
  }
  s.set("telling", counts);
  s.set("aantal_doelen", std::to_string(m.targets.size()));
  s.set("aantal_acties", std::to_string(m.actions.size()));
  s.set("aantal_op_koers", std::to_string(targets[0]));
  s.set("grafiek_alt",
        in.msg.format("monitor.status.alt", {{"doelen", std::to_string(m.targets.size())},
                                             {"op_koers", std::to_string(targets[0])},
                                             {"aandacht", std::to_string(targets[1])},
                                             {"niet", std::to_string(targets[2])},
                                             {"onbekend", std::to_string(targets[3])}}));
  return s;
}

}  // namespace

Data monitor_report(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const model::DocumentInfo* info = m.documents.monitor ? &*m.documents.monitor : nullptr;
  Data view;
  Data meta = report_meta(info, "document.monitoring.titel", "document.monitor.onderwerp", in);
  const std::optional<int> year = info && info->year ? info->year : in.facts.now;
  set_text(meta, "jaar", year ? std::to_string(*year) : "");
  view.set("document", meta);
  add_municipality(view, in);
  add_texts(view, in);
  add_sessions(view, in);  // monitoring.tolerantie_groen/_oranje, evaluaties

  view.set("samenvatting", summary(in));
  set_list(view, "themas", themes(in));
  Data evaluations = list();
  if (m.monitoring)
    for (const auto& e : m.monitoring->evaluations) {
      Data d;
      d.set("nr", std::to_string(evaluations.list_value().size() + 1));
      d.set("datum", in.fmt.date(e.date));
      set_rich(d, "tekst", e.text);
      evaluations << d;
    }
  set_list(view, "evaluaties", std::move(evaluations));
  set_list(view, "begrippen", glossary(in.msg));
  return view;
}

}  // namespace koers::view

// The uitvoeringsprogramma: the actions of the vision per theme, their planning, the budget
// overview and an action sheet (actieblad) per action (domain.md "Execution programme").
#include <algorithm>

#include "view/programme_parts.h"

namespace koers::view {

namespace {

std::string budget_kind_name(const text::Messages& msg, model::BudgetKind kind) {
  return msg.format(kind == model::BudgetKind::incidental ? "programma.soort.incidenteel"
                                                          : "programma.soort.structureel");
}

// "2027–2028" or "2027": the years an action runs, for narrow table columns.
std::string short_planning(const model::Action& a, const ViewInput& in) {
  if (a.start && a.end) return in.fmt.year_range(a.start->year, a.end->year);
  if (a.start) return in.msg.format("planning.vanaf", {{"datum", std::to_string(a.start->year)}});
  if (a.end) return in.msg.format("planning.tot", {{"datum", std::to_string(a.end->year)}});
  return {};
}

// The action as a row of the theme's table and as its action sheet.
Data sheet_view(const model::Action& a, const ViewInput& in) {
  Data d = action_view(a, in);
  d.set("anker", "actie-" + a.id);
  d.set("thema_naam", theme_name(in.m, a.theme));
  set_text(d, "planning_kort", short_planning(a, in));

  Data targets = list();
  for (const auto& id : a.targets) {
    auto it = std::find_if(in.m.targets.begin(), in.m.targets.end(),
                           [&](const model::Target& t) { return t.id == id; });
    Data item;
    item.set("id", id);
    item.set("formulering",
             it == in.m.targets.end() || it->formulation.empty() ? id : it->formulation);
    targets << item;
  }
  set_list(d, "doelen_lijst", std::move(targets));

  Data milestones = list();
  for (const auto& ms : a.milestones) {
    Data item;
    item.set("datum", in.fmt.date(ms.date));
    item.set("tekst", ms.text);
    milestones << item;
  }
  set_list(d, "mijlpalen", std::move(milestones));

  // Budget lines by year, in input order within a year.
  std::vector<const model::Budget*> lines;
  for (const auto& b : a.budgets) lines.push_back(&b);
  std::stable_sort(lines.begin(), lines.end(), [](const model::Budget* x, const model::Budget* y) {
    return x->year < y->year;
  });
  Data budgets = list();
  for (const model::Budget* b : lines) {
    Data item;
    item.set("jaar", std::to_string(b->year));
    item.set("soort", budget_kind_name(in.msg, b->kind));
    set_text(item, "dekking", b->coverage);
    item.set("bedrag", in.fmt.amount(b->amount));
    budgets << item;
  }
  set_list(d, "budgetten", std::move(budgets));
  return d;
}

Data themes_with_actions(const ViewInput& in) {
  const analysis::BudgetTotals& budget = in.facts.budget;
  Data themes = list();
  for (const auto& theme : in.m.themes) {
    Data actions = list();
    int count = 0;
    for (const auto& a : in.m.actions)
      if (a.theme == theme.id) {
        actions << sheet_view(a, in);
        ++count;
      }
    if (count == 0) continue;
    Data t;
    t.set("id", theme.id);
    t.set("naam", theme.name);
    t.set("aantal", std::to_string(count));
    t.set("acties", std::move(actions));
    auto total = budget.per_theme.find(theme.id);
    set_text(t, "budget_totaal",
             total == budget.per_theme.end() ? "" : in.fmt.amount(total->second));
    themes << t;
  }
  return themes;
}

}  // namespace

ProgrammePeriod programme_period(const model::Municipality& m) {
  const auto& info = m.documents.programme;
  if (info && info->period_from && info->period_to) return {*info->period_from, *info->period_to};
  ProgrammePeriod p;
  for (const auto& a : m.actions) {
    for (const auto& d : {a.start, a.end}) {
      if (!d) continue;
      p.from = p.from == 0 ? d->year : std::min(p.from, d->year);
      p.to = std::max(p.to, d->year);
    }
  }
  return p;
}

std::string quarter_period(const text::Date& d) {
  if (d.month == 0) return std::to_string(d.year);
  return std::to_string(d.year) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
}

Data programme(const ViewInput& in) {
  const model::Municipality& m = in.m;
  Data view;
  const model::DocumentInfo* info = m.documents.programme ? &*m.documents.programme : nullptr;
  view.set("document", report_meta(info, "document.uitvoeringsprogramma.titel",
                                   "document.uitvoeringsprogramma.onderwerp", in));
  add_municipality(view, in);
  add_texts(view, in);
  add_actions(view, in);  // budget.* (the overview per year and theme), has_budget

  const ProgrammePeriod period = programme_period(m);
  Data p;
  set_text(p, "periode", period.known() ? in.fmt.year_range(period.from, period.to) : "");
  const model::DocumentInfo* vision = m.documents.vision ? &*m.documents.vision : nullptr;
  set_text(p, "visie_titel", vision && !vision->title.empty() ? vision->title : "");
  p.set("aantal_acties", std::to_string(m.actions.size()));
  Data themes = themes_with_actions(in);
  p.set("aantal_themas", std::to_string(themes.list_value().size()));
  view.set("programma", p);
  set_list(view, "themas", std::move(themes));

  Data charts = planning_charts(period, in);
  set_list(view, "planningen", std::move(charts));

  Data budget = view.get("budget") ? *view.get("budget") : Data();
  add_budget_breakdown(budget, in);
  view.set("budget", budget);

  set_list(view, "begrippen", glossary(in.msg));
  return view;
}

}  // namespace koers::view

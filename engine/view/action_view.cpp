#include "view/view_parts.h"

namespace koers::view {

Data action_view(const model::Action& a, const ViewInput& in) {
  Data d;
  d.set("nr", a.id);
  d.set("titel", a.title);
  set_rich(d, "omschrijving", a.description);
  set_text(d, "trekker", a.lead);
  const model::Alderman* holder = in.m.alderman(a.portfolio_holder);
  set_text(d, "portefeuillehouder", holder ? holder->name : a.portfolio_holder);
  d.set("rol", action_role_name(in.msg, a.role));
  d.set("status", action_status_name(in.msg, a.status));
  set_text(d, "planning", planning(in.fmt, in.msg, a.start, a.end));
  double total = 0;
  for (const auto& b : a.budgets) total += b.amount;
  set_text(d, "budget", a.budgets.empty() ? "" : in.fmt.amount(total));
  set_text(d, "partners", join_list(in.msg, a.partners));
  std::vector<std::string> targets;
  for (const auto& id : a.targets) targets.push_back(id);
  set_text(d, "doelen", join_list(in.msg, targets));
  return d;
}

void add_actions(Data& view, const ViewInput& in) {
  const model::Municipality& m = in.m;
  const analysis::BudgetTotals& budget = in.facts.budget;

  Data per_theme = list();
  for (const auto& theme : m.themes) {
    Data actions = list();
    for (const auto& a : m.actions)
      if (a.theme == theme.id) actions << action_view(a, in);
    if (!actions.is_non_empty_list()) continue;
    Data group;
    group.set("thema", theme.id);
    group.set("thema_naam", theme.name);
    group.set("acties", std::move(actions));
    auto total = budget.per_theme.find(theme.id);
    set_text(group, "budget_totaal",
             total == budget.per_theme.end() ? "" : in.fmt.amount(total->second));
    per_theme << group;
  }
  set_list(view, "acties_per_thema", std::move(per_theme));
  view.set("has_acties", !m.actions.empty());

  // The budget overview: a row per theme, a column per year, totals in the footer.
  Data years = list();
  Data year_totals = list();
  for (const auto& [year, amount] : budget.per_year) {
    years << Data("jaar", Data(std::to_string(year)));
    year_totals << Data("bedrag", Data(in.fmt.amount(amount)));
  }
  Data rows = list();
  for (const auto& theme : m.themes) {
    auto theme_total = budget.per_theme.find(theme.id);
    if (theme_total == budget.per_theme.end()) continue;
    auto theme_years = budget.per_theme_year.find(theme.id);
    Data amounts = list();
    for (const auto& [year, unused] : budget.per_year) {
      double amount = 0;
      if (theme_years != budget.per_theme_year.end()) {
        auto it = theme_years->second.find(year);
        if (it != theme_years->second.end()) amount = it->second;
      }
      amounts << Data("bedrag", Data(amount == 0 ? std::string("–") : in.fmt.amount(amount)));
    }
    Data row;
    row.set("thema_naam", theme.name);
    row.set("bedragen", std::move(amounts));
    row.set("totaal", in.fmt.amount(theme_total->second));
    rows << row;
  }
  Data b;
  set_list(b, "jaren", std::move(years));
  b.set("jaar_totalen", std::move(year_totals));
  set_list(b, "rijen", std::move(rows));
  b.set("totaal", in.fmt.amount(budget.total));
  b.set("incidenteel", in.fmt.amount(budget.incidental));
  b.set("structureel", in.fmt.amount(budget.structural));
  b.set("kolommen", std::to_string(budget.per_year.size() + 2));
  view.set("budget", b);
  view.set("has_budget", budget.total != 0 || !budget.per_year.empty());
}

}  // namespace koers::view

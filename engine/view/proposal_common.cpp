#include "view/proposal_common.h"

#include <map>

namespace koers::view {

std::string meeting_date(const ViewInput& in, const std::string& text) {
  if (auto d = text::parse_date(text)) return in.fmt.date(*d);
  return text;
}

Data decision_list(const std::vector<std::string>& decisions) {
  Data items = list();
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    Data d;
    d.set("nr", std::to_string(i + 1));
    d.set("tekst", decisions[i]);
    items << d;
  }
  return items;
}

Data argument_list(const std::vector<model::Argument>& arguments) {
  // Linked arguments by decision point (ascending), then the unlinked ones.
  std::map<int, std::vector<const model::Argument*>> by_decision;
  std::vector<const model::Argument*> unlinked;
  for (const auto& a : arguments) {
    if (a.decision > 0)
      by_decision[a.decision].push_back(&a);
    else
      unlinked.push_back(&a);
  }
  Data items = list();
  auto add = [&items](const model::Argument& a, const std::string& nr) {
    Data d;
    d.set("nr", nr);
    set_text(d, "beslispunt", a.decision > 0 ? std::to_string(a.decision) : "");
    d.set("stelling", a.claim);
    set_rich(d, "toelichting", a.explanation);
    items << d;
  };
  for (const auto& [decision, group] : by_decision)
    for (std::size_t i = 0; i < group.size(); ++i)
      add(*group[i], std::to_string(decision) + "." + std::to_string(i + 1));
  const int next = by_decision.empty() ? 1 : by_decision.rbegin()->first + 1;
  for (std::size_t i = 0; i < unlinked.size(); ++i)
    add(*unlinked[i], std::to_string(next + static_cast<int>(i)));
  return items;
}

Data caveat_list(const std::vector<model::Caveat>& caveats) {
  Data items = list();
  for (std::size_t i = 0; i < caveats.size(); ++i) {
    Data d;
    d.set("nr", std::to_string(i + 1));
    d.set("punt", caveats[i].point);
    set_text(d, "reactie", caveats[i].response);
    items << d;
  }
  return items;
}

Data attachment_list(const std::vector<std::string>& attachments) {
  Data items = list();
  for (std::size_t i = 0; i < attachments.size(); ++i) {
    Data d;
    d.set("nr", std::to_string(i + 1));
    d.set("naam", attachments[i]);
    items << d;
  }
  return items;
}

namespace {

// The programme's actions with only the budgets `keep` accepts, so analysis::budget_totals
// adds up a part of the budget exactly as it adds up the whole.
template <typename Keep>
analysis::BudgetTotals totals_of(const std::vector<model::Action>& actions, Keep keep) {
  std::vector<model::Action> part = actions;
  for (auto& a : part) std::erase_if(a.budgets, [&](const model::Budget& b) { return !keep(b); });
  return analysis::budget_totals(part);
}

double in_year(const analysis::BudgetTotals& t, int year) {
  auto it = t.per_year.find(year);
  return it == t.per_year.end() ? 0 : it->second;
}

}  // namespace

Data proposal_budget(const ViewInput& in) {
  const analysis::BudgetTotals& total = in.facts.budget;
  const auto& actions = in.m.actions;
  const auto incidental = totals_of(
      actions, [](const model::Budget& b) { return b.kind == model::BudgetKind::incidental; });
  const auto structural = totals_of(
      actions, [](const model::Budget& b) { return b.kind == model::BudgetKind::structural; });
  auto amount_or_dash = [&](double v) { return v == 0 ? std::string("–") : in.fmt.amount(v); };

  Data b;
  b.set("totaal", in.fmt.amount(total.total));
  b.set("incidenteel", in.fmt.amount(total.incidental));
  b.set("structureel", in.fmt.amount(total.structural));
  std::string period;
  if (!total.per_year.empty()) {
    const int first = total.per_year.begin()->first, last = total.per_year.rbegin()->first;
    period = first == last ? std::to_string(first)
                           : std::to_string(first) + "\u2013" + std::to_string(last);
  }
  set_text(b, "periode", period);

  Data years = list();
  for (const auto& [year, amount] : total.per_year) {
    Data y;
    y.set("jaar", std::to_string(year));
    y.set("incidenteel", amount_or_dash(in_year(incidental, year)));
    y.set("structureel", amount_or_dash(in_year(structural, year)));
    y.set("totaal", in.fmt.amount(amount));
    years << y;
  }
  set_list(b, "jaren", std::move(years));

  // Coverage (dekking) in order of first appearance, a column per programme year.
  std::vector<std::string> coverages;
  for (const auto& a : actions)
    for (const auto& budget : a.budgets)
      if (std::find(coverages.begin(), coverages.end(), budget.coverage) == coverages.end())
        coverages.push_back(budget.coverage);
  Data rows = list();
  for (const auto& coverage : coverages) {
    const auto part =
        totals_of(actions, [&](const model::Budget& x) { return x.coverage == coverage; });
    Data amounts = list();
    for (const auto& [year, unused] : total.per_year)
      amounts << Data("bedrag", Data(amount_or_dash(in_year(part, year))));
    Data row;
    set_text(row, "naam", coverage);
    row.set("bedragen", std::move(amounts));
    row.set("totaal", in.fmt.amount(part.total));
    rows << row;
  }
  set_list(b, "dekkingen", std::move(rows));
  b.set("kolommen", std::to_string(total.per_year.size() + 2));
  b.set("has_budget", total.total != 0 || !total.per_year.empty());
  return b;
}

}  // namespace koers::view

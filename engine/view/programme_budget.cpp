// The programme's budget beyond the overview per theme (add_actions): incidental against
// structural money and the sources of funding per year, and the budget per year and theme as
// a stacked column chart. Every sum is analysis::budget_totals over a selection of the budget
// lines, so the figures add up to the totals the council memo prints.
#include <algorithm>
#include <functional>

#include "view/programme_parts.h"

namespace koers::view {

namespace {

// The actions with only the budget lines `keep` accepts.
std::vector<model::Action> with_budgets(const std::vector<model::Action>& actions,
                                        const std::function<bool(const model::Budget&)>& keep) {
  std::vector<model::Action> out;
  for (const auto& a : actions) {
    model::Action copy;
    copy.id = a.id;
    copy.theme = a.theme;
    for (const auto& b : a.budgets)
      if (keep(b)) copy.budgets.push_back(b);
    if (!copy.budgets.empty()) out.push_back(std::move(copy));
  }
  return out;
}

// A row of a table with a column per year of the programme's budget and a total.
Data year_row(const std::string& name, const analysis::BudgetTotals& part,
              const analysis::BudgetTotals& all, const ViewInput& in) {
  Data amounts = list();
  for (const auto& [year, unused] : all.per_year) {
    auto it = part.per_year.find(year);
    const bool none = it == part.per_year.end() || it->second == 0;
    amounts << Data("bedrag", Data(none ? std::string("–") : in.fmt.amount(it->second)));
  }
  Data row;
  row.set("naam", name);
  row.set("bedragen", std::move(amounts));
  row.set("totaal", in.fmt.amount(part.total));
  return row;
}

Data budget_chart(const ViewInput& in) {
  const analysis::BudgetTotals& all = in.facts.budget;
  ChartSpec spec;
  spec.type = "column";
  spec.format = "amount";
  for (const auto& [year, unused] : all.per_year) spec.categories.push_back(std::to_string(year));
  std::vector<std::string> per_year;
  for (const auto& [year, amount] : all.per_year)
    per_year.push_back(std::to_string(year) + " " + in.fmt.amount(amount));
  for (const auto& theme : in.m.themes) {
    auto years = all.per_theme_year.find(theme.id);
    if (years == all.per_theme_year.end()) continue;
    ChartSeriesSpec series{theme.name, "measured", {}};
    for (const auto& [year, amount] : years->second)
      if (amount != 0) series.points.push_back({std::to_string(year), amount, false});
    if (!series.points.empty()) spec.series.push_back(std::move(series));
  }
  spec.alt = in.msg.format(
      "programma.figuur.budget.alt",
      {{"bedragen", join_list(in.msg, per_year)}, {"totaal", in.fmt.amount(all.total)}});
  spec.caption = in.msg.format("programma.figuur.budget");
  Data chart = chart_view(spec);
  chart.set("has_grafiek", !spec.series.empty());
  return chart;
}

}  // namespace

void add_budget_breakdown(Data& budget, const ViewInput& in) {
  const analysis::BudgetTotals& all = in.facts.budget;

  Data kinds = list();
  for (const auto kind : {model::BudgetKind::incidental, model::BudgetKind::structural}) {
    const auto part = analysis::budget_totals(
        with_budgets(in.m.actions, [kind](const model::Budget& b) { return b.kind == kind; }));
    if (part.total == 0) continue;
    kinds << year_row(
        in.msg.format(kind == model::BudgetKind::incidental ? "programma.soort.incidenteel_kop"
                                                            : "programma.soort.structureel_kop"),
        part, all, in);
  }
  set_list(budget, "soorten", std::move(kinds));

  // Sources of funding in order of first appearance.
  std::vector<std::string> coverages;
  for (const auto& a : in.m.actions)
    for (const auto& b : a.budgets)
      if (std::find(coverages.begin(), coverages.end(), b.coverage) == coverages.end())
        coverages.push_back(b.coverage);
  Data funding = list();
  for (const auto& coverage : coverages) {
    const auto part = analysis::budget_totals(
        with_budgets(in.m.actions, [&](const model::Budget& b) { return b.coverage == coverage; }));
    funding << year_row(coverage.empty() ? in.msg.format("programma.dekking.onbekend") : coverage,
                        part, all, in);
  }
  set_list(budget, "dekkingen", std::move(funding));
  budget.set("grafiek", budget_chart(in));
}

}  // namespace koers::view

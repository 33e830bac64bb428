// The quickscan's charts: the theme scores (radar) and, per theme, the indicators next to the
// national and size-class figures (horizontal bars, one chart per unit).
#include <algorithm>
#include <map>

#include "view/chart_view.h"

namespace koers::view {

namespace {

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string s;
  for (const auto& item : items) s += (s.empty() ? "" : separator) + item;
  return s;
}

// "Elektrische personenauto’s (2024, voorlopig)": the value's year belongs to the label,
// because one chart may hold values of different years.
std::string category_label(const model::Value& v, const model::Indicator* ind,
                           const ViewInput& in) {
  const text::Arguments args{{"indicator", ind ? ind->name : v.indicator},
                             {"jaar", std::to_string(v.year)}};
  return in.msg.format(v.status == model::DataStatus::provisional
                           ? "figuur.indicatoren.categorie_voorlopig"
                           : "figuur.indicatoren.categorie",
                       args);
}

bool compared(const model::Value& v) {
  return v.national.has_value() || v.size_class.has_value();
}

Data bar_chart(const std::string& theme, const std::string& unit,
               const std::vector<const model::Value*>& values, const ViewInput& in) {
  const bool percent = is_percent_unit(unit);
  ChartSpec spec;
  spec.type = "bar";
  spec.format = percent ? "percent" : "number";
  spec.unit = percent || unit == "aantal" ? "" : unit;
  spec.labels = true;
  ChartSeriesSpec own{in.m.name, "measured", {}};
  ChartSeriesSpec national{in.msg.format("figuur.reeks.nederland"), "reference", {}};
  ChartSeriesSpec size_class{in.msg.format("figuur.reeks.grootteklasse"), "reference", {}};
  std::vector<std::string> alt_parts, sources;
  int decimals = 0;
  for (const model::Value* v : values) {
    const model::Indicator* ind = in.m.indicator(v->indicator);
    if (ind) decimals = std::max(decimals, ind->decimals);
    const std::string label = category_label(*v, ind, in);
    spec.categories.push_back(label);
    std::vector<std::string> figures{own.name + " " + format_value(in.fmt, v->value, ind)};
    own.points.push_back({label, v->value, v->status == model::DataStatus::provisional});
    if (v->national) {
      national.points.push_back({label, *v->national, false});
      figures.push_back(national.name + " " + format_value(in.fmt, *v->national, ind));
    }
    if (v->size_class) {
      size_class.points.push_back({label, *v->size_class, false});
      figures.push_back(size_class.name + " " + format_value(in.fmt, *v->size_class, ind));
    }
    alt_parts.push_back(label + ": " + join(figures, ", "));
    const std::string source = indicator_source(ind, in);
    if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end())
      sources.push_back(source);
  }
  spec.decimals = decimals;
  spec.series.push_back(std::move(own));
  if (!national.points.empty()) spec.series.push_back(std::move(national));
  if (!size_class.points.empty()) spec.series.push_back(std::move(size_class));
  spec.source = join(sources, "; ");
  spec.alt = in.msg.format("figuur.indicatoren.alt", {{"waarden", join(alt_parts, "; ")}});
  spec.caption = in.msg.format("figuur.indicatoren",
                               {{"thema", theme}, {"eenheid", unit.empty() ? "–" : unit}});
  return chart_view(spec);
}

}  // namespace

Data scores_chart(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const int scale = m.quickscan ? m.quickscan->scale : 5;
  ChartSpec spec;
  spec.type = in.facts.scores.size() >= 3 ? "radar" : "bar";
  spec.min = 0;
  spec.max = scale;
  spec.decimals = 0;
  ChartSeriesSpec own{m.name, "measured", {}};
  std::vector<std::string> alt_parts;
  for (const analysis::ThemeScore& s : in.facts.scores) {
    const std::string name = theme_name(m, s.theme);
    spec.categories.push_back(name);
    own.points.push_back({name, double(s.score), false});
    alt_parts.push_back(name + " " + std::to_string(s.score));
  }
  spec.series.push_back(std::move(own));
  if (m.quickscan && m.quickscan->reference_date)
    spec.source = in.msg.format("figuur.bron.quickscan",
                                {{"datum", in.fmt.date(*m.quickscan->reference_date)}});
  spec.alt = in.msg.format("figuur.scores.alt",
                           {{"schaal", std::to_string(scale)}, {"scores", join(alt_parts, "; ")}});
  spec.caption = in.msg.format("figuur.scores");
  Data d = chart_view(spec);
  d.set("has_grafiek", !in.facts.scores.empty());
  return d;
}

Data indicator_charts(const model::Assessment& a, const ViewInput& in) {
  // Units in order of first appearance; each keeps its values in input order.
  std::vector<std::string> units;
  std::map<std::string, std::vector<const model::Value*>> by_unit;
  for (const auto& v : a.values) {
    const model::Indicator* ind = in.m.indicator(v.indicator);
    const std::string unit = ind ? ind->unit : "";
    if (!by_unit.contains(unit)) units.push_back(unit);
    by_unit[unit].push_back(&v);
  }
  const std::string theme = theme_name(in.m, a.theme);
  Data charts = list();
  int number = 0;
  for (const auto& unit : units) {
    const auto& values = by_unit[unit];
    if (std::none_of(values.begin(), values.end(), [](auto* v) { return compared(*v); })) continue;
    Data chart = bar_chart(theme, unit, values, in);
    chart.set("id", a.theme + "-" + std::to_string(++number));
    charts << chart;
  }
  return charts;
}

}  // namespace koers::view

#include "view/chart_view.h"

#include <charconv>
#include <cmath>

#include "analysis/units.h"

namespace koers::view {

std::string raw_number(double value) {
  if (!std::isfinite(value)) return "0";
  double rounded = std::round(value * 1e6) / 1e6;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buffer[400];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 6);
  if (error != std::errc{}) return "0";
  std::string s(buffer, end);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string source_line(const model::Source& source, const ViewInput& in) {
  if (!source.retrieved) return source.name;
  return in.msg.format("figuur.bron.peildatum",
                       {{"bron", source.name}, {"datum", in.fmt.date(*source.retrieved)}});
}

std::string indicator_source(const model::Indicator* indicator, const ViewInput& in) {
  if (!indicator) return {};
  const model::Source* source = in.m.source(indicator->source);
  return source ? source_line(*source, in) : std::string();
}

bool is_percent_unit(const std::string& unit) {
  return analysis::is_percent(analysis::normalised_unit(unit));
}

namespace {

void set_optional(Data& d, const std::string& key, const std::optional<std::string>& value) {
  d.set(key, value.value_or(""));
  d.set("has_" + key, value.has_value());
}

Data points_view(const std::vector<ChartPointSpec>& points) {
  Data items = list();
  for (const auto& p : points) {
    Data item;
    item.set("x", p.x);
    item.set("y", raw_number(p.y));
    item.set("voorlopig", p.provisional);
    items << item;
  }
  return items;
}

}  // namespace

Data chart_view(const ChartSpec& spec) {
  Data d;
  d.set("type", spec.type);
  d.set("opmaak", spec.format);
  set_text(d, "eenheid", spec.unit);
  set_optional(d, "decimalen",
               spec.decimals ? std::optional(std::to_string(*spec.decimals)) : std::nullopt);
  set_optional(d, "min", spec.min ? std::optional(raw_number(*spec.min)) : std::nullopt);
  set_optional(d, "max", spec.max ? std::optional(raw_number(*spec.max)) : std::nullopt);
  set_text(d, "hoogte", spec.height);
  d.set("labels", spec.labels);
  set_text(d, "bron", spec.source);
  d.set("alt", spec.alt);
  d.set("bijschrift", spec.caption);
  Data categories = list();
  for (const auto& c : spec.categories) categories << Data("naam", Data(c));
  d.set("categorieen", std::move(categories));
  Data series = list();
  for (const auto& s : spec.series) {
    Data item;
    item.set("naam", s.name);
    set_text(item, "soort", spec.type == "line" ? s.kind : "");  // kind is for lines only
    item.set("punten", points_view(s.points));
    series << item;
  }
  d.set("reeksen", std::move(series));
  return d;
}

}  // namespace koers::view

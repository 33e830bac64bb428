// Model values built in code for the analysis tests: a catalogue shaped like
// data/beleidskaders.xml and a small municipality to add targets and actions to.
#pragma once

#include <optional>
#include <string>

#include "model/model.h"

namespace koers::analysis::fixture {

inline model::FrameworkTarget framework_target(std::string id, std::string indicator,
                                               std::optional<int> year, std::optional<double> value,
                                               std::string unit,
                                               std::optional<int> reference_year = {}) {
  model::FrameworkTarget t;
  t.id = std::move(id);
  t.indicator = std::move(indicator);
  t.year = year;
  t.value = value;
  t.unit = std::move(unit);
  t.reference_year = reference_year;
  return t;
}

inline model::Framework framework(std::string id, model::Level level,
                                  std::vector<model::FrameworkTarget> targets) {
  model::Framework f;
  f.id = std::move(id);
  f.level = level;
  f.name = f.id;
  f.targets = std::move(targets);
  return f;
}

// The catalogue as domain.md lists it.
inline model::Catalogue catalogue() {
  using model::Level;
  model::Catalogue c;
  c.frameworks.push_back(
      framework("klimaatwet", Level::national,
                {framework_target("klimaatwet-2030", "broeikasgas", 2030, -55, "%", 1990),
                 framework_target("klimaatwet-2050", "broeikasgas", 2050, -100, "%", 1990)}));
  c.frameworks.push_back(framework("klimaatakkoord", Level::national,
                                   {framework_target("res-35twh", "opwek", 2030, 35, "TWh")}));
  c.frameworks.push_back(
      framework("npce", Level::national,
                {framework_target("npce-2030", "grondstoffen", 2030, -50, "procent", 2016)}));
  c.frameworks.push_back(
      framework("vang", Level::national,
                {framework_target("vang-restafval", "restafval", 2020, 100, "kg per inwoner")}));
  c.frameworks.push_back(framework(
      "deltaplan-ra", Level::national,
      {framework_target("deltaplan-ra-2050", "klimaatbestendig", 2050, std::nullopt, "")}));
  return c;
}

inline model::Indicator indicator(std::string id, std::string unit, model::Direction direction) {
  model::Indicator i;
  i.id = std::move(id);
  i.theme = "energie";
  i.name = i.id;
  i.unit = std::move(unit);
  i.direction = direction;
  return i;
}

inline model::Municipality municipality() {
  using model::Direction;
  model::Municipality m;
  m.code = "GM9901";
  m.name = "Lindeveld";
  m.indicators = {indicator("co2", "kton", Direction::lower),
                  indicator("opwek", "TWh", Direction::higher),
                  indicator("hernieuwbaar", "%", Direction::higher),
                  indicator("warmte-tj", "TJ", Direction::higher),
                  indicator("restafval", "kg/inwoner", Direction::lower),
                  indicator("restafval-totaal", "kg", Direction::lower)};
  return m;
}

inline model::YearValue year_value(std::optional<int> year, std::optional<double> value) {
  model::YearValue v;
  v.year = year;
  v.value = value;
  return v;
}

inline model::Target target(std::string id, std::string indicator,
                            std::optional<model::YearValue> baseline,
                            std::optional<model::YearValue> goal, std::string compare_with) {
  model::Target t;
  t.id = std::move(id);
  t.theme = "energie";
  t.indicator = std::move(indicator);
  t.baseline = std::move(baseline);
  t.goal = std::move(goal);
  t.compare_with = std::move(compare_with);
  return t;
}

}  // namespace koers::analysis::fixture

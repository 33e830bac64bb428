// The targets of samples/heideveen.xml, built in code: each ambition must agree with what
// the target's motivation says about it.
#include <gtest/gtest.h>

#include "analysis/analysis.h"
#include "model_builders.h"

namespace koers::analysis {
namespace {

using fixture::framework;
using fixture::framework_target;
using fixture::indicator;
using fixture::target;
using fixture::year_value;
using model::Direction;

model::Municipality heideveen() {
  model::Municipality m;
  m.indicators = {indicator("co2", "kton", Direction::lower),
                  indicator("opwek", "GWh", Direction::higher),
                  indicator("afkoppelen", "%", Direction::higher),
                  indicator("restafval", "kg per inwoner", Direction::lower),
                  indicator("co2-organisatie", "ton", Direction::lower)};
  m.frameworks.push_back(
      framework("res-drenthe", model::Level::regional,
                {framework_target("res-drenthe-heideveen-2030", "opwek", 2030, 62.0, "GWh")}));
  m.targets = {
      target("d-co2", "co2", year_value(1990, 236.0), year_value(2030, 106.2), "klimaatwet-2030"),
      target("d-opwek", "opwek", year_value(2019, 8.2), year_value(2030, 70.0),
             "res-drenthe-heideveen-2030"),
      target("d-afkoppelen", "afkoppelen", year_value(2022, 18), year_value(2035, 40),
             "deltaplan-ra-2050"),
      target("d-restafval", "restafval", year_value(2023, 128), year_value(2030, 90),
             "vang-restafval"),
      target("d-organisatie", "co2-organisatie", year_value(2019, 1240), year_value(2030, 250),
             "klimaatwet-2030")};
  return m;
}

TEST(HeideveenAmbition, AgreesWithTheMotivations) {
  Facts facts = analyse(heideveen(), fixture::catalogue());
  ASSERT_EQ(facts.ambitions.size(), 5u);
  // "Heideveen volgt de landelijke lijn van de Klimaatwet": 236 → 106.2 is −55 %.
  EXPECT_EQ(facts.ambitions[0].ambition, Ambition::equal);
  EXPECT_NEAR(*facts.ambitions[0].local_change, -55, 1e-9);
  // "hoger dan de bijdrage van 62 GWh … in de RES Drenthe"
  EXPECT_EQ(facts.ambitions[1].ambition, Ambition::higher);
  // "geeft geen getal"
  EXPECT_EQ(facts.ambitions[2].ambition, Ambition::not_comparable);
  // "een hoger doel dan de landelijke richtwaarde van 100 kg"
  EXPECT_EQ(facts.ambitions[3].ambition, Ambition::higher);
  // "de uitstoot van de organisatie in 1990 niet bekend"
  EXPECT_EQ(facts.ambitions[4].ambition, Ambition::not_comparable);
  EXPECT_NE(facts.ambitions[4].reason.find("basisjaar (2019)"), std::string::npos);
}

}  // namespace
}  // namespace koers::analysis

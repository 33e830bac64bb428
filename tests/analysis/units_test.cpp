#include <gtest/gtest.h>

#include "analysis/units.h"

namespace koers::analysis {
namespace {

TEST(Units, SpellsPercentOneWay) {
  EXPECT_EQ(normalised_unit("%"), "%");
  EXPECT_EQ(normalised_unit("procent"), "%");
  EXPECT_EQ(normalised_unit(" Procent "), "%");
  EXPECT_TRUE(is_percent(normalised_unit("procent")));
  EXPECT_FALSE(is_percent(normalised_unit("kton")));
}

TEST(Units, SpellsPerInhabitantOneWay) {
  EXPECT_EQ(normalised_unit("kg/inwoner"), "kg per inwoner");
  EXPECT_EQ(normalised_unit("kg  per   inwoner"), "kg per inwoner");
  EXPECT_EQ(normalised_unit("TWh"), normalised_unit("twh"));
  EXPECT_NE(normalised_unit("kg"), normalised_unit("kg per inwoner"));
}

TEST(Units, TellsSharesAndPerCapitaFromTotals) {
  EXPECT_TRUE(is_intensive(normalised_unit("%")));
  EXPECT_TRUE(is_intensive(normalised_unit("kg/inwoner")));
  EXPECT_FALSE(is_intensive(normalised_unit("TWh")));
  EXPECT_FALSE(is_intensive(normalised_unit("kton")));
  EXPECT_FALSE(is_intensive(normalised_unit("")));
}

TEST(Units, ConvertEnergyAndMass) {
  EXPECT_DOUBLE_EQ(*conversion_factor("gwh", "twh"), 0.001);
  EXPECT_DOUBLE_EQ(*conversion_factor("twh", "tj"), 3600);  // 1 TWh = 3.6 PJ
  EXPECT_DOUBLE_EQ(*conversion_factor("kton", "ton"), 1000);
  EXPECT_DOUBLE_EQ(*conversion_factor("ton per inwoner", "kg per inwoner"), 1000);
  EXPECT_DOUBLE_EQ(*conversion_factor("%", "%"), 1);
  EXPECT_DOUBLE_EQ(*conversion_factor("aantal", "aantal"), 1);
}

TEST(Units, RefuseToConvertDifferentThings) {
  EXPECT_FALSE(conversion_factor("kton", "twh"));
  EXPECT_FALSE(conversion_factor("kg", "kg per inwoner"));
  EXPECT_FALSE(conversion_factor("kg per inwoner", "kg per woning"));
  EXPECT_FALSE(conversion_factor("%", "kg"));
  EXPECT_FALSE(conversion_factor("aantal", "km"));
}

}  // namespace
}  // namespace koers::analysis

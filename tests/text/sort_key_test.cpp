#include "text/sort_key.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace koers::text {
namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
  sort_dutch(names, [](const std::string& s) { return s; });
  return names;
}

TEST(DutchSortKey, MunicipalitiesInDutchIndexOrder) {
  const std::vector<std::string> expected = {"Aa en Hunze",
                                             "Alkmaar",
                                             "Ede",
                                             "Emmen",
                                             "Goeree-Overflakkee",
                                             "’s-Gravenhage",
                                             "’s-Hertogenbosch",
                                             "Hilversum",
                                             "IJsselstein",
                                             "Súdwest-Fryslân",
                                             "Utrecht",
                                             "Zwolle"};
  EXPECT_EQ(
      sorted({"Zwolle", "IJsselstein", "’s-Hertogenbosch", "Utrecht", "Súdwest-Fryslân", "Emmen",
              "Hilversum", "Goeree-Overflakkee", "’s-Gravenhage", "Ede", "Alkmaar", "Aa en Hunze"}),
      expected);
}

TEST(DutchSortKey, LeadingArticlesAreSkippedWithEitherApostrophe) {
  EXPECT_EQ(without_leading_article("’s-Hertogenbosch"), "Hertogenbosch");
  EXPECT_EQ(without_leading_article("'s-Gravenhage"), "Gravenhage");
  EXPECT_EQ(without_leading_article("’t Zandt"), "Zandt");
  EXPECT_EQ(without_leading_article("'t Harde"), "Harde");
  EXPECT_EQ(without_leading_article("’s"), "’s");  // nothing after the article: keep it
  EXPECT_EQ(without_leading_article("Schagen"), "Schagen");
  EXPECT_TRUE(dutch_less("Heerlen", "'s-Hertogenbosch"));
  EXPECT_TRUE(dutch_less("'s-Hertogenbosch", "Houten"));
  EXPECT_TRUE(dutch_less("’s-Hertogenbosch", "Hilversum"));
  EXPECT_TRUE(dutch_less("’t Zandt", "Zwolle"));
  EXPECT_TRUE(dutch_less("Zaanstad", "’t Zandt"));
}

TEST(DutchSortKey, IjSortsAsIPlusJAsInVanDale) {
  // Van Dale files IJ under I, between "ij" words by their letters: idee < ijs < ik.
  EXPECT_EQ(sorted({"ik", "IJsselmeer", "idee", "Yerseke", "ijzer"}),
            (std::vector<std::string>{"idee", "IJsselmeer", "ijzer", "ik", "Yerseke"}));
}

TEST(DutchSortKey, AccentsAreSecondaryAndCaseTertiary) {
  // Accents only decide between otherwise equal words, after the letters; case after that.
  EXPECT_TRUE(dutch_less("Emmen", "Émmen"));
  EXPECT_TRUE(dutch_less("Émmen", "Ems"));
  EXPECT_TRUE(dutch_less("ede", "Ede"));
  EXPECT_TRUE(dutch_less("Ede", "Eden"));
  EXPECT_EQ(dutch_sort_key("Utrecht"), dutch_sort_key("Utrecht"));
  EXPECT_NE(dutch_sort_key("utrecht"), dutch_sort_key("Utrecht"));
}

TEST(DutchSortKey, SortingIsStableForEqualKeys) {
  std::vector<std::pair<std::string, int>> items = {{"'s-Gravenhage", 1}, {"Gravenhage", 2}};
  sort_dutch(items, [](const auto& p) { return p.first; });
  EXPECT_EQ(items[0].second, 1);
  EXPECT_EQ(items[1].second, 2);
}

}  // namespace
}  // namespace koers::text

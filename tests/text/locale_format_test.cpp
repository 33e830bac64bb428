// Numbers, amounts, percentages and dates in the three document languages, through the
// Formatter the view uses (locale from the catalogue: nl-NL, en-GB, fy-NL).
#include <gtest/gtest.h>

#include "text/format.h"

namespace koers::text {
namespace {

#define NBSP "\xC2\xA0"
#define EURO "\xE2\x82\xAC"

TEST(LocaleFormatting, Dutch) {
  const Formatter f("nl-NL");
  EXPECT_EQ(f.number(1234.5, 1), "1.234,5");
  EXPECT_EQ(f.integer(48250), "48.250");
  EXPECT_EQ(f.amount(1250000), EURO NBSP "1.250.000");
  EXPECT_EQ(f.amount(-1234.5, {.whole = false}), EURO NBSP "-1.234,50");
  EXPECT_EQ(f.percent(49.5, 1), "49,5%");
  EXPECT_EQ(f.date({2026, 11, 27}), "27 november 2026");
  EXPECT_EQ(f.date({2027, 6, 0}), "juni 2027");
  EXPECT_EQ(f.date_short({2026, 11, 27}), "27-11-2026");
  EXPECT_EQ(f.month_name(3), "maart");
}

TEST(LocaleFormatting, BritishEnglish) {
  const Formatter f("en-GB");
  EXPECT_EQ(f.number(1234.5, 1), "1,234.5");
  EXPECT_EQ(f.integer(48250), "48,250");
  EXPECT_EQ(f.amount(1250000), EURO "1,250,000");
  EXPECT_EQ(f.amount(-1234.5, {.whole = false}), "-" EURO "1,234.50");
  EXPECT_EQ(f.percent(49.5, 1), "49.5%");
  EXPECT_EQ(f.date({2026, 11, 27}), "27 November 2026");
  EXPECT_EQ(f.date({2027, 6, 0}), "June 2027");
  EXPECT_EQ(f.date_short({2026, 11, 27}), "27/11/2026");
  EXPECT_EQ(f.month_name(3), "March");
}

// CLDR 42's West Frisian data: Dutch separators and the minus after an amount; month names in
// lower case as Frisian writes them, though CLDR capitalises them (docs/locales.md).
TEST(LocaleFormatting, WestFrisian) {
  const Formatter f("fy-NL");
  EXPECT_EQ(f.number(1234.5, 1), "1.234,5");
  EXPECT_EQ(f.integer(48250), "48.250");
  EXPECT_EQ(f.amount(1250000), EURO NBSP "1.250.000");
  EXPECT_EQ(f.amount(-1234.5, {.whole = false}), EURO NBSP "1.234,50-");
  EXPECT_EQ(f.percent(49.5, 1), "49,5%");
  EXPECT_EQ(f.date({2026, 11, 27}), "27 novimber 2026");
  EXPECT_EQ(f.date({2027, 6, 0}), "juny 2027");
  EXPECT_EQ(f.date_short({2026, 11, 27}), "27-11-2026");
  EXPECT_EQ(f.month_name(3), "maart");
}

}  // namespace
}  // namespace koers::text

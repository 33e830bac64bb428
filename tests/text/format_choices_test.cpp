// A house style's formatting choices (@format) applied by the Formatter.
#include <gtest/gtest.h>

#include "text/format.h"

namespace koers::text {
namespace {

#define NBSP "\u00A0"
#define NDASH "\u2013"
using Spacing = FormatChoices::Spacing;

TEST(FormatChoices, DefaultsAreTheLocales) {
  const Formatter f("nl-NL");
  EXPECT_EQ(f.amount(5), "€" NBSP "5");
  EXPECT_EQ(f.percent(49), "49%");
  EXPECT_EQ(f.with_percent_sign("18,7"), "18,7%");
  EXPECT_EQ(f.quote_open(), "\u2018");  // CLDR nl: ‘…’
  EXPECT_EQ(f.quote_close(), "\u2019");
}

TEST(FormatChoices, WholeAmountsWithADash) {
  const Formatter plain("nl-NL", {});
  const Formatter dash("nl-NL", {.whole_amount_dash = true});
  EXPECT_EQ(plain.amount(5), "€" NBSP "5");
  EXPECT_EQ(dash.amount(5), "€" NBSP "5," NDASH);
  EXPECT_EQ(dash.amount(1250000), "€" NBSP "1.250.000," NDASH);
  // An explicit request still wins.
  EXPECT_EQ(dash.amount(5.25, {.whole = false}), "€" NBSP "5,25");
}

TEST(FormatChoices, CurrencySpacing) {
  const Formatter none("nl-NL", {.currency_space = Spacing::none});
  EXPECT_EQ(none.amount(5), "€5");
  EXPECT_EQ(none.amount(-1234.5, {.whole = false}), "€-1.234,50");
  EXPECT_EQ(none.compact_amount(2.5e9), "€2,5" NBSP "mld.");
  const Formatter space("en-GB", {.currency_space = Spacing::space});
  EXPECT_EQ(Formatter("en-GB").amount(5), "€5");
  EXPECT_EQ(space.amount(5), "€" NBSP "5");
  EXPECT_EQ(space.amount(-5), "-€" NBSP "5");
}

TEST(FormatChoices, PercentSpacing) {
  const Formatter space("nl-NL", {.percent_space = Spacing::space});
  EXPECT_EQ(space.percent(49), "49" NBSP "%");
  EXPECT_EQ(space.percent(12.345, 2), "12,35" NBSP "%");
  EXPECT_EQ(space.with_percent_sign("18,7"), "18,7" NBSP "%");
  const Formatter none("nl-NL", {.percent_space = Spacing::none});
  EXPECT_EQ(none.percent(49), "49%");
  EXPECT_EQ(none.with_percent_sign("18,7"), "18,7%");
}

TEST(FormatChoices, Quotes) {
  const Formatter f("nl-NL", {.quote_open = "\u201E", .quote_close = "\u201D"});
  EXPECT_EQ(f.quote_open(), "„");
  EXPECT_EQ(f.quote_close(), "”");
  EXPECT_EQ(Formatter("de-DE").quote_open(), "\u201E");  // CLDR de: „…“
}

}  // namespace
}  // namespace koers::text

#include "model/value_parsing.h"

#include <gtest/gtest.h>

namespace koers::model {
namespace {

TEST(ValueParsing, Decimals) {
  EXPECT_EQ(parse_decimal("412.5"), 412.5);
  EXPECT_EQ(parse_decimal(" -55 "), -55);
  EXPECT_EQ(parse_decimal("+3"), 3);
  EXPECT_FALSE(parse_decimal("412,5"));
  EXPECT_FALSE(parse_decimal("1e3"));
  EXPECT_FALSE(parse_decimal("."));
  EXPECT_FALSE(parse_decimal(""));
  EXPECT_FALSE(parse_decimal("veel"));
}

TEST(ValueParsing, Integers) {
  EXPECT_EQ(parse_integer("48250"), 48250);
  EXPECT_EQ(parse_integer("-4"), -4);
  EXPECT_FALSE(parse_integer("48.250"));
  EXPECT_FALSE(parse_integer("12a"));
}

TEST(ValueParsing, Dates) {
  EXPECT_EQ(parse_iso_date("2026-11-27"), (text::Date{2026, 11, 27}));
  EXPECT_EQ(parse_iso_date("2028-02-29"), (text::Date{2028, 2, 29}));
  EXPECT_FALSE(parse_iso_date("2027-02-29"));
  EXPECT_FALSE(parse_iso_date("2026-11-31"));
  EXPECT_FALSE(parse_iso_date("27-11-2026"));
  EXPECT_FALSE(parse_iso_date("2026-11"));
  EXPECT_EQ(parse_year_month("2027-06"), (text::Date{2027, 6, 0}));
  EXPECT_FALSE(parse_year_month("2027-6"));
  EXPECT_FALSE(parse_year_month("2027-00"));
  EXPECT_FALSE(parse_year_month("2027-06-01"));
}

TEST(ValueParsing, YearRanges) {
  EXPECT_EQ(parse_year_range("2027–2030"), (std::pair{2027, 2030}));
  EXPECT_EQ(parse_year_range("2027 - 2030"), (std::pair{2027, 2030}));
  EXPECT_FALSE(parse_year_range("2027"));
  EXPECT_FALSE(parse_year_range("27–30"));
}

TEST(ValueParsing, IdsAndWhitespace) {
  EXPECT_EQ(split_ids(" d-co2  d-opwek,d-afval "),
            (std::vector<std::string>{"d-co2", "d-opwek", "d-afval"}));
  EXPECT_EQ(collapse_whitespace("\n  a \t b\n"), "a b");
}

TEST(ValueParsing, ClosestMatch) {
  std::vector<std::string> ids = {"energie", "warmte", "klimaatadaptatie"};
  EXPECT_EQ(closest_match("energi", ids), "energie");
  EXPECT_EQ(closest_match("klimaat-adaptatie", ids), "klimaatadaptatie");
  EXPECT_FALSE(closest_match("mobiliteit", ids));
  EXPECT_FALSE(closest_match("energie", ids));  // an exact match is no suggestion
  EXPECT_FALSE(closest_match("x", {}));
}

}  // namespace
}  // namespace koers::model

// core/length.h: shared by the markup and the style sheets, tested here with its main user.
#include <gtest/gtest.h>

#include "core/length.h"

namespace koers {
namespace {

TEST(Length, Units) {
  EXPECT_DOUBLE_EQ(*parse_length("10pt"), 10);
  EXPECT_DOUBLE_EQ(*parse_length("25.4mm"), 72);
  EXPECT_DOUBLE_EQ(*parse_length("2.54cm"), 72);
  EXPECT_DOUBLE_EQ(*parse_length("1in"), 72);
  EXPECT_DOUBLE_EQ(*parse_length("96px"), 72);
  EXPECT_DOUBLE_EQ(*parse_length("-3pt"), -3);
  EXPECT_DOUBLE_EQ(*parse_length(".5pt"), 0.5);
  EXPECT_DOUBLE_EQ(*parse_length("0"), 0);
}

TEST(Length, Rejects) {
  for (const char* bad : {"", "10", "pt", "10 pt", "10PT", "10em", "1,5mm", "mm10", "abcpt", "5"})
    EXPECT_FALSE(parse_length(bad).has_value()) << bad;
}

TEST(Number, Parses) {
  EXPECT_DOUBLE_EQ(*parse_number("1.3"), 1.3);
  EXPECT_DOUBLE_EQ(*parse_number("-.5"), -0.5);
  EXPECT_DOUBLE_EQ(*parse_number("+2"), 2);
  EXPECT_FALSE(parse_number("1.3x").has_value());
  EXPECT_FALSE(parse_number("").has_value());
  EXPECT_FALSE(parse_number("inf").has_value());
}

}  // namespace
}  // namespace koers

#include "text/format.h"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace koers::text {
namespace {

// U+00A0 NO-BREAK SPACE and U+2013 EN DASH, spelled out so the tests compare exact bytes.
#define NBSP "\xC2\xA0"
#define NDASH "\xE2\x80\x93"

TEST(Formatter, DutchNumbers) {
  const Formatter f("nl-NL");
  EXPECT_EQ(f.number(1234.5, 1), "1.234,5");
  EXPECT_EQ(f.number(1234.5, 2), "1.234,50");
  EXPECT_EQ(f.number(2.5, 0), "3");  // half up, not half even
  EXPECT_EQ(f.number(-0.25, 1), "-0,3");
  EXPECT_EQ(f.number(1234567.891, 3), "1.234.567,891");
  EXPECT_EQ(f.number(1.5, 8), "1,50000000");
  EXPECT_EQ(f.integer(48250), "48.250");
  EXPECT_EQ(f.integer(-7), "-7");
  EXPECT_EQ(f.integer(999), "999");
}

TEST(Formatter, DutchAmounts) {
  const Formatter f("nl-NL");
  EXPECT_EQ(f.amount(1250000), "\xE2\x82\xAC" NBSP "1.250.000");
  EXPECT_EQ(f.amount(1234.56, {.whole = false}), "€" NBSP "1.234,56");
  EXPECT_EQ(f.amount(1234.5, {.whole = false}), "€" NBSP "1.234,50");
  EXPECT_EQ(f.amount(5, {.whole = true, .dash_for_zero_cents = true}), "€" NBSP "5," NDASH);
  EXPECT_EQ(f.amount(5, {.whole = false, .dash_for_zero_cents = true}), "€" NBSP "5," NDASH);
  EXPECT_EQ(f.amount(5.25, {.whole = false, .dash_for_zero_cents = true}), "€" NBSP "5,25");
  EXPECT_EQ(f.amount(-1234.5, {.whole = false}), "€" NBSP "-1.234,50");
  EXPECT_EQ(f.amount(5, {.whole = false}), "€" NBSP "5,00");
  EXPECT_EQ(f.amount(4.996, {.whole = false, .dash_for_zero_cents = true}), "€" NBSP "5," NDASH);
  EXPECT_EQ(f.amount(1499.6), "€" NBSP "1.500");
}

TEST(Formatter, DutchPercentAndCompact) {
  const Formatter f("nl-NL");
  EXPECT_EQ(f.percent(49), "49%");
  EXPECT_EQ(f.percent(49.5, 1), "49,5%");
  EXPECT_EQ(f.percent(12.345, 2), "12,35%");
  EXPECT_EQ(f.compact_amount(1234567.891), "€" NBSP "1,2" NBSP "mln.");
  EXPECT_EQ(f.compact_amount(2.5e9), "€" NBSP "2,5" NBSP "mld.");
  EXPECT_EQ(f.compact_amount(1500), "€" NBSP "1.500");  // not CLDR's "€ 1,5K"
  // The minus stands where the full amount has it.
  EXPECT_EQ(f.amount(-1200000), "€" NBSP "-1.200.000");
  EXPECT_EQ(f.compact_amount(-1234567.891), "€" NBSP "-1,2" NBSP "mln.");
  EXPECT_EQ(Formatter("en-GB").compact_amount(-2.5e9), "-€2.5B");
}

TEST(Formatter, DutchDates) {
  const Formatter f("nl-NL");
  EXPECT_EQ(f.date({2026, 11, 27}), "27 november 2026");
  EXPECT_EQ(f.date({2027, 6, 0}), "juni 2027");
  EXPECT_EQ(f.date({2027, 0, 0}), "2027");
  EXPECT_EQ(f.date({2024, 2, 29}), "29 februari 2024");
  EXPECT_EQ(f.date_short({2026, 11, 27}), "27-11-2026");
  EXPECT_EQ(f.date_short({2026, 3, 1}), "01-03-2026");
  EXPECT_EQ(f.month_name(11), "november");
  EXPECT_EQ(f.month_name(3), "maart");
  EXPECT_EQ(f.month_name(13), "");
  EXPECT_EQ(f.year_range(2027, 2030), "2027" NDASH "2030");
  EXPECT_EQ(f.year_range(2027, 2027), "2027");
}

TEST(Formatter, BritishEnglish) {
  const Formatter f("en-GB");
  EXPECT_EQ(f.date({2026, 11, 27}), "27 November 2026");
  EXPECT_EQ(f.date({2027, 6, 0}), "June 2027");
  EXPECT_EQ(f.date_short({2026, 11, 27}), "27/11/2026");
  EXPECT_EQ(f.amount(1250000), "€1,250,000");
  EXPECT_EQ(f.amount(5, {.dash_for_zero_cents = true}), "€5." NDASH);
  EXPECT_EQ(f.number(1234.5, 1), "1,234.5");
  EXPECT_EQ(f.percent(49), "49%");
}

TEST(Formatter, Frisian) {
  const Formatter f("fy-NL");
  EXPECT_EQ(f.date({2026, 11, 27}), "27 novimber 2026");
  EXPECT_EQ(f.month_name(11), "novimber");  // CLDR capitalises; Frisian does not
  EXPECT_EQ(f.amount(1250000), "€" NBSP "1.250.000");
  // Frisian puts the minus sign after the number; the dash for zero cents goes before it.
  EXPECT_EQ(f.amount(-5, {.dash_for_zero_cents = true}), "€" NBSP "5," NDASH "-");
}

TEST(Formatter, IcuLocaleIdsAreAccepted) {
  EXPECT_EQ(Formatter("nl_NL").date({2026, 11, 27}), "27 november 2026");
  EXPECT_EQ(Formatter("nl").integer(48250), "48.250");
}

TEST(Formatter, UnknownLocaleThrowsInsteadOfFallingBack) {
  for (const char* id : {"li", "nds", "xx-YY", "", "!!"}) {
    EXPECT_THROW(Formatter{id}, std::runtime_error) << id;
  }
  try {
    Formatter f("li");
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("'li'"), std::string::npos) << e.what();
  }
}

TEST(Formatter, MovedFormatterKeepsWorking) {
  Formatter a("nl-NL");
  Formatter b(std::move(a));
  EXPECT_EQ(b.date({2026, 11, 27}), "27 november 2026");
  EXPECT_EQ(b.locale(), "nl-NL");
}

TEST(Formatter, ConcurrentUseGivesTheSameText) {
  const Formatter f("nl-NL");
  auto work = [&f](std::vector<std::string>& out) {
    for (int i = 0; i < 2000; ++i) {
      out.push_back(f.date({2000 + i % 50, 1 + i % 12, 1 + i % 28}));
      out.push_back(f.amount(i * 1234.5, {.whole = false}));
    }
  };
  std::vector<std::string> a, b, reference;
  std::thread t1(work, std::ref(a)), t2(work, std::ref(b));
  t1.join();
  t2.join();
  work(reference);
  EXPECT_EQ(a, reference);
  EXPECT_EQ(b, reference);
}

TEST(Formatter, Throughput) {
  using us = std::chrono::duration<double, std::micro>;
  const auto construct = std::chrono::steady_clock::now();
  const Formatter f("nl-NL");
  std::printf("[ perf     ] constructing a Formatter: %.0f us (construct once, share it)\n",
              us(std::chrono::steady_clock::now() - construct).count());
  const auto start = std::chrono::steady_clock::now();
  std::size_t bytes = 0;
  constexpr int kCount = 20000;
  for (int i = 0; i < kCount; ++i) bytes += f.date({2026, 1 + i % 12, 1 + i % 28}).size();
  const auto middle = std::chrono::steady_clock::now();
  for (int i = 0; i < kCount; ++i) bytes += f.amount(i * 17.5).size();
  const auto end = std::chrono::steady_clock::now();
  std::printf("[ perf     ] %d dates: %.2f us each; %d amounts: %.2f us each (%zu bytes)\n", kCount,
              us(middle - start).count() / kCount, kCount, us(end - middle).count() / kCount,
              bytes);
  EXPECT_GT(bytes, 0u);
}

TEST(ParseDate, AcceptsTheThreeForms) {
  EXPECT_EQ(parse_date("2026-11-27"), (Date{2026, 11, 27}));
  EXPECT_EQ(parse_date("2027-06"), (Date{2027, 6, 0}));
  EXPECT_EQ(parse_date("2027"), (Date{2027, 0, 0}));
  EXPECT_EQ(parse_date("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_EQ(parse_date("2000-02-29"), (Date{2000, 2, 29}));
}

TEST(ParseDate, RejectsMalformedAndOutOfRange) {
  for (const char* bad :
       {"", "202", "20266", "2026-1", "2026-13", "2026-00", "2026-11-31", "2026-02-29",
        "1900-02-29", "2026-04-31", "2026-11-00", "2026-11-7", "2026/11/27", "2026-11-27T10:00",
        "0000", "abcd", "2026-1a", " 2026", "2026-11-27 "}) {
    EXPECT_EQ(parse_date(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace koers::text

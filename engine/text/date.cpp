
#include "text/format.h"

namespace koers::text {

namespace {

std::optional<int> digits(std::string_view s, std::size_t count) {
  if (s.size() != count) return std::nullopt;
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Date> parse_date(std::string_view iso) {
  Date date;
  const auto year = digits(iso.substr(0, 4), 4);
  if (!year || *year < 1) return std::nullopt;
  date.year = *year;
  if (iso.size() == 4) return date;
  if (iso.size() < 7 || iso[4] != '-') return std::nullopt;
  const auto month = digits(iso.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (iso.size() == 7) return date;
  if (iso.size() != 10 || iso[7] != '-') return std::nullopt;
  const auto day = digits(iso.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
  date.day = *day;
  return date;
}

}  // namespace koers::text

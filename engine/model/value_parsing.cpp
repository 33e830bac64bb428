#include "model/value_parsing.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/closest_match.h"
#include "core/whitespace.h"

namespace koers::model {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<double> parse_decimal(std::string_view s) {
  s = trim(s);
  std::string_view digits = s;
  if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) digits.remove_prefix(1);
  auto point = digits.find('.');
  std::string_view whole = digits.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? "" : digits.substr(point + 1);
  if (!all_digits(whole)) return std::nullopt;
  if (point != std::string_view::npos && !all_digits(fraction)) return std::nullopt;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<long long> parse_integer(std::string_view s) {
  s = trim(s);
  std::string_view digits = s;
  if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
  if (!all_digits(digits)) return std::nullopt;
  long long value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<text::Date> parse_year_month(std::string_view s) {
  s = trim(s);
  if (s.size() != 7 || s[4] != '-' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5)))
    return std::nullopt;
  int year = static_cast<int>(*parse_integer(s.substr(0, 4)));
  int month = static_cast<int>(*parse_integer(s.substr(5, 2)));
  if (month < 1 || month > 12) return std::nullopt;
  return text::Date{year, month, 0};
}

std::optional<text::Date> parse_iso_date(std::string_view s) {
  s = trim(s);
  if (s.size() != 10 || s[7] != '-' || !all_digits(s.substr(8))) return std::nullopt;
  auto date = parse_year_month(s.substr(0, 7));
  if (!date) return std::nullopt;
  date->day = static_cast<int>(*parse_integer(s.substr(8)));
  if (date->day < 1 || date->day > days_in_month(date->year, date->month)) return std::nullopt;
  return date;
}

std::optional<std::pair<int, int>> parse_year_range(std::string_view s) {
  s = trim(s);
  static constexpr std::string_view kEnDash = "\u2013";
  std::size_t dash = s.find(kEnDash);
  std::size_t dash_size = kEnDash.size();
  if (dash == std::string_view::npos) {
    dash = s.find('-');
    dash_size = 1;
  }
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view from = trim(s.substr(0, dash)), to = trim(s.substr(dash + dash_size));
  if (from.size() != 4 || to.size() != 4 || !all_digits(from) || !all_digits(to))
    return std::nullopt;
  return std::pair{static_cast<int>(*parse_integer(from)), static_cast<int>(*parse_integer(to))};
}

std::vector<std::string> split_ids(std::string_view s) {
  std::vector<std::string> ids;
  std::string current;
  for (char c : s) {
    if (is_space(c) || c == ',') {
      if (!current.empty()) ids.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) ids.push_back(std::move(current));
  return ids;
}

std::string collapse_whitespace(std::string_view s) {
  return collapse_xml_whitespace(s);
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  std::string match = koers::closest_match(word, candidates);
  if (match.empty()) return std::nullopt;
  return match;
}

}  // namespace koers::model

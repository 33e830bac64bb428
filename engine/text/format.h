// Locale formatting with ICU: numbers, amounts, percentages and dates as a Dutch reader
// expects them (1.234,5 · € 1.250.000 · 49% · 27 november 2026). Formatters are immutable
// after construction and safe to share between threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace koers::text {

struct Date {
  int year = 0, month = 0, day = 0;  // month/day 0 when not given (year-month, year)
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses "2026-11-27", "2026-11" or "2026"; nullopt when malformed or out of range.
std::optional<Date> parse_date(std::string_view iso);

struct AmountOptions {
  bool whole = true;                 // no cents (€ 1.250.000)
  bool dash_for_zero_cents = false;  // "€ 5,–" instead of "€ 5" (house-style choice)
};

class Formatter {
 public:
  // locale: BCP 47 or ICU id ("nl-NL", "en-GB", "fy-NL"). Throws std::runtime_error when ICU
  // has no data for it (no silent fallback to the process locale).
  explicit Formatter(const std::string& locale = "nl-NL");
  ~Formatter();
  Formatter(Formatter&&) noexcept;

  const std::string& locale() const { return locale_; }

  std::string number(double value, int decimals) const;               // 1.234,5
  std::string integer(long long value) const;                         // 48.250
  std::string amount(double euros, const AmountOptions& = {}) const;  // € 1.250.000
  std::string percent(double percent, int decimals = 0) const;        // 49% (value in %)
  std::string compact_amount(double euros) const;                     // € 1,2 mln.
  std::string date(const Date& d) const;           // 27 november 2026 / juni 2027 / 2027
  std::string date_short(const Date& d) const;     // 27-11-2026
  std::string month_name(int month) const;         // november
  std::string year_range(int from, int to) const;  // 2027–2030 (en dash)

 private:
  std::string locale_;
  struct Icu;
  std::unique_ptr<Icu> icu_;
};

}  // namespace koers::text

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

// Formatting choices that differ between municipalities (a house style's @format rule).
// The defaults keep the locale's own conventions.
struct FormatChoices {
  enum class Spacing { locale, space, none };
  Spacing currency_space = Spacing::locale;  // "€ 5" (space) or "€5" (none)
  bool whole_amount_dash = false;            // whole amounts as "€ 5,–" instead of "€ 5"
  Spacing percent_space = Spacing::locale;   // "49 %" (space) or "49%" (none)
  // Quotation marks; empty: the locale's (CLDR) marks.
  std::string quote_open, quote_close;
};

class Formatter {
 public:
  // locale: BCP 47 or ICU id ("nl-NL", "en-GB", "fy-NL"). Throws std::runtime_error when ICU
  // has no data for it (no silent fallback to the process locale).
  explicit Formatter(const std::string& locale = "nl-NL");
  Formatter(const std::string& locale, const FormatChoices& choices);
  ~Formatter();
  Formatter(Formatter&&) noexcept;

  const std::string& locale() const { return locale_; }
  const FormatChoices& choices() const { return choices_; }

  std::string number(double value, int decimals) const;  // 1.234,5
  std::string integer(long long value) const;            // 48.250
  // € 1.250.000, whole, with the house style's choices (€ 5,– or € 5; € 5 or €5).
  std::string amount(double euros) const;
  std::string amount(double euros, const AmountOptions& options) const;
  std::string percent(double percent, int decimals = 0) const;  // 49% (value in %)
  // An already formatted number with a percent sign, spaced like percent() ("49" → "49%").
  std::string with_percent_sign(const std::string& number) const;
  // The opening and closing quotation marks: the house style's, else the locale's.
  const std::string& quote_open() const { return quote_open_; }
  const std::string& quote_close() const { return quote_close_; }
  std::string compact_amount(double euros) const;  // € 1,2 mln.
  std::string date(const Date& d) const;           // 27 november 2026 / juni 2027 / 2027
  std::string date_short(const Date& d) const;     // 27-11-2026
  std::string month_name(int month) const;         // november
  std::string year_range(int from, int to) const;  // 2027–2030 (en dash)

 private:
  std::string locale_;
  FormatChoices choices_;
  std::string quote_open_, quote_close_;
  struct Icu;
  std::unique_ptr<Icu> icu_;
};

}  // namespace koers::text

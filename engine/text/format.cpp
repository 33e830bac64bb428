// Locale formatting through ICU. Number formatters are ICU's immutable LocalizedNumberFormatter
// (thread-safe); date formats are SimpleDateFormat, which is not thread-safe, so they share
// one mutex. Measured (Formatter.Throughput): about 1 µs per date under the lock, where building
// a SimpleDateFormat per call costs about 12 µs (probe, ICU 72).
#include "text/format.h"

#include <unicode/calendar.h>
#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/ulocdata.h>
#include <unicode/ures.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace koers::text {

namespace {

namespace number = icu::number;

constexpr int kPrebuiltDecimals = 6;

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

[[noreturn]] void unknown_locale(const std::string& id) {
  throw std::runtime_error("Taalinstelling '" + id +
                           "' wordt niet ondersteund: er zijn geen gegevens voor getallen en "
                           "datums in deze taal (gebruik bijvoorbeeld nl-NL, en-GB of fy-NL)");
}

void check(UErrorCode status, const std::string& id) {
  if (U_FAILURE(status)) unknown_locale(id);
}

// ICU silently falls back to the process default locale for languages it has no data for
// (stack-notes §10); that fallback shows as U_USING_DEFAULT_WARNING when opening the bundle.
icu::Locale resolve_locale(const std::string& id) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(id, status);
  if (U_FAILURE(status) || locale.isBogus() || *locale.getLanguage() == '\0') {
    locale = icu::Locale::createCanonical(id.c_str());
  }
  if (id.empty() || locale.isBogus() || *locale.getLanguage() == '\0') unknown_locale(id);
  status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(nullptr, locale.getName(), &status);
  ures_close(bundle);
  // Only the locale's own bundle tells: services report U_USING_DEFAULT_WARNING for nl_NL too,
  // because single resources come from root.
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) unknown_locale(id);
  return locale;
}

constexpr std::string_view kNoBreakSpace = "\u00A0";

bool space_at(const std::string& s, std::size_t i) {
  return s.compare(i, 1, " ") == 0 || s.compare(i, 2, "\u00A0") == 0 ||
         s.compare(i, 3, "\u202F") == 0;
}

// The length of the space character that ends just before i, or 0.
std::size_t space_before(const std::string& s, std::size_t i) {
  if (i >= 1 && s[i - 1] == ' ') return 1;
  if (i >= 2 && s.compare(i - 2, 2, "\u00A0") == 0) return 2;
  if (i >= 3 && s.compare(i - 3, 3, "\u202F") == 0) return 3;
  return 0;
}

std::size_t space_length(const std::string& s, std::size_t i) {
  if (s.compare(i, 1, " ") == 0) return 1;
  if (s.compare(i, 2, "\u00A0") == 0) return 2;
  return s.compare(i, 3, "\u202F") == 0 ? 3 : 0;
}

bool number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-';
}

// Sets the space between sign (€, %) and the number next to it: a no-break space, or none.
std::string respace(std::string s, std::string_view sign, FormatChoices::Spacing spacing) {
  if (spacing == FormatChoices::Spacing::locale) return s;
  const std::size_t at = s.find(sign);
  if (at == std::string::npos) return s;
  std::size_t end = at + sign.size();
  if (spacing == FormatChoices::Spacing::none) {
    while (std::size_t n = space_length(s, end)) s.erase(end, n);
    std::size_t start = at;
    while (std::size_t n = space_before(s, start)) {
      s.erase(start - n, n);
      start -= n;
    }
    return s;
  }
  if (end < s.size() && number_char(s[end]) && !space_at(s, end)) s.insert(end, kNoBreakSpace);
  if (at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9') s.insert(at, kNoBreakSpace);
  return s;
}

std::string locale_delimiter(const icu::Locale& locale, ULocaleDataDelimiterType type,
                             const char* fallback) {
  UErrorCode status = U_ZERO_ERROR;
  ULocaleData* data = ulocdata_open(locale.getName(), &status);
  UChar buffer[8] = {};
  int32_t length = U_SUCCESS(status) ? ulocdata_getDelimiter(data, type, buffer, 8, &status) : 0;
  ulocdata_close(data);
  if (U_FAILURE(status) || length <= 0) return fallback;
  return utf8(icu::UnicodeString(buffer, length));
}

number::LocalizedNumberFormatter base(const icu::Locale& locale) {
  // Half up, as readers of a report round (2,5 → 3), not ICU's default half-even.
  return number::NumberFormatter::withLocale(locale).roundingMode(UNUM_ROUND_HALFUP);
}

}  // namespace

struct Formatter::Icu {
  icu::Locale locale;
  std::array<std::optional<number::LocalizedNumberFormatter>, kPrebuiltDecimals + 1> decimal,
      percent;
  std::optional<number::LocalizedNumberFormatter> integer, year, amount_whole, amount_cents,
      compact;
  icu::UnicodeString monetary_separator;
  std::vector<std::string> months;  // stand-alone, wide

  std::mutex date_mutex;  // guards everything below (SimpleDateFormat is not thread-safe)
  std::unique_ptr<icu::GregorianCalendar> calendar;
  std::unique_ptr<icu::SimpleDateFormat> day_month_year, month_year, year_only, numeric;

  number::LocalizedNumberFormatter decimals(int count) const {
    return base(locale).precision(number::Precision::fixedFraction(count));
  }

  std::string format(const number::LocalizedNumberFormatter& f, double value) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString s = f.formatDouble(value, status).toString(status);
    return U_SUCCESS(status) ? utf8(s) : std::string();
  }

  std::unique_ptr<icu::SimpleDateFormat> date_format(icu::DateTimePatternGenerator& generator,
                                                     const char16_t* skeleton,
                                                     const std::string& id) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString pattern = generator.getBestPattern(skeleton, status);
    auto f = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
    check(status, id);
    f->setCalendar(*calendar);
    return f;
  }

  std::string format_date(icu::SimpleDateFormat& f, const Date& d) {
    std::lock_guard lock(date_mutex);
    calendar->clear();
    calendar->set(d.year, std::max(d.month, 1) - 1, std::max(d.day, 1));
    icu::UnicodeString s;
    icu::FieldPosition position;
    f.format(*calendar, s, position);
    return utf8(s);
  }
};

Formatter::Formatter(const std::string& locale) : Formatter(locale, FormatChoices{}) {}

Formatter::Formatter(const std::string& locale, const FormatChoices& choices)
    : locale_(locale), choices_(choices), icu_(std::make_unique<Icu>()) {
  Icu& icu = *icu_;
  icu.locale = resolve_locale(locale);
  quote_open_ = !choices.quote_open.empty()
                    ? choices.quote_open
                    : locale_delimiter(icu.locale, ULOCDATA_QUOTATION_START, "\u201C");
  quote_close_ = !choices.quote_close.empty()
                     ? choices.quote_close
                     : locale_delimiter(icu.locale, ULOCDATA_QUOTATION_END, "\u201D");
  for (int d = 0; d <= kPrebuiltDecimals; ++d) {
    icu.decimal[d] = icu.decimals(d);
    icu.percent[d] = base(icu.locale)
                         .unit(icu::MeasureUnit::getPercent())
                         .precision(number::Precision::fixedFraction(d));
  }
  icu.integer = base(icu.locale).precision(number::Precision::integer());
  icu.year = icu.integer->grouping(UNUM_GROUPING_OFF);

  UErrorCode status = U_ZERO_ERROR;
  const icu::CurrencyUnit euro(u"EUR", status);
  check(status, locale);
  icu.amount_whole = base(icu.locale).unit(euro).precision(number::Precision::integer());
  icu.amount_cents = base(icu.locale).unit(euro).precision(number::Precision::fixedFraction(2));
  icu.compact = base(icu.locale).unit(euro).notation(number::Notation::compactShort());
  const icu::DecimalFormatSymbols symbols(icu.locale, status);
  check(status, locale);
  icu.monetary_separator =
      symbols.getConstSymbol(icu::DecimalFormatSymbols::kMonetarySeparatorSymbol);

  icu::DateFormatSymbols date_symbols(icu.locale, status);
  check(status, locale);
  // CLDR 42 capitalises the Frisian months ("Novimber"); Frisian writes them in lower case,
  // as Dutch does ("27 novimber 2026").
  const bool lowercase_months = std::string_view(icu.locale.getLanguage()) == "fy";
  if (lowercase_months) {
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      int n = 0;
      const icu::UnicodeString* names =
          date_symbols.getMonths(n, context, icu::DateFormatSymbols::WIDE);
      std::vector<icu::UnicodeString> lower(names, names + n);
      for (auto& name : lower) name.toLower(icu.locale);
      date_symbols.setMonths(lower.data(), n, context, icu::DateFormatSymbols::WIDE);
    }
  }
  int count = 0;
  const icu::UnicodeString* months = date_symbols.getMonths(
      count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
  for (int i = 0; i < count && i < 12; ++i) icu.months.push_back(utf8(months[i]));

  icu.calendar = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(),
                                                          icu.locale, status);
  check(status, locale);
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(icu.locale, status));
  check(status, locale);
  icu.day_month_year = icu.date_format(*generator, u"yMMMMd", locale);
  icu.month_year = icu.date_format(*generator, u"yMMMM", locale);
  icu.year_only = icu.date_format(*generator, u"y", locale);
  icu.numeric = icu.date_format(*generator, u"yMMdd", locale);
  if (lowercase_months)
    for (auto* f : {&icu.day_month_year, &icu.month_year, &icu.year_only, &icu.numeric})
      (*f)->setDateFormatSymbols(date_symbols);
}

Formatter::~Formatter() = default;
Formatter::Formatter(Formatter&&) noexcept = default;

std::string Formatter::number(double value, int decimals) const {
  if (decimals >= 0 && decimals <= kPrebuiltDecimals) {
    return icu_->format(*icu_->decimal[decimals], value);
  }
  return icu_->format(icu_->decimals(std::max(decimals, 0)), value);
}

std::string Formatter::integer(long long value) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu_->integer->formatInt(value, status).toString(status);
  return U_SUCCESS(status) ? utf8(s) : std::string();
}

std::string Formatter::amount(double euros) const {
  return amount(euros, {.whole = true, .dash_for_zero_cents = choices_.whole_amount_dash});
}

std::string Formatter::amount(double euros, const AmountOptions& options) const {
  const bool zero_cents = std::round(euros * 100) == std::round(euros) * 100;
  if (!options.whole && !(options.dash_for_zero_cents && zero_cents)) {
    return respace(icu_->format(*icu_->amount_cents, euros), "\u20AC", choices_.currency_space);
  }
  UErrorCode status = U_ZERO_ERROR;
  const number::FormattedNumber formatted = icu_->amount_whole->formatDouble(euros, status);
  icu::UnicodeString s = formatted.toString(status);
  if (U_FAILURE(status)) return {};
  if (options.dash_for_zero_cents) {
    // "€ 5,–": the separator and an en dash go right after the integer digits, so that any
    // sign or symbol after the number (fy: "€ 5,–-") stays where the locale puts it.
    icu::ConstrainedFieldPosition position;
    position.constrainField(UFIELD_CATEGORY_NUMBER, UNUM_INTEGER_FIELD);
    if (formatted.nextPosition(position, status)) {
      s.insert(position.getLimit(), icu::UnicodeString(icu_->monetary_separator).append(u'\u2013'));
    }
  }
  return respace(utf8(s), "\u20AC", choices_.currency_space);
}

std::string Formatter::percent(double percent, int decimals) const {
  if (decimals >= 0 && decimals <= kPrebuiltDecimals) {
    return respace(icu_->format(*icu_->percent[decimals], percent), "%", choices_.percent_space);
  }
  return respace(
      icu_->format(base(icu_->locale)
                       .unit(icu::MeasureUnit::getPercent())
                       .precision(number::Precision::fixedFraction(std::max(decimals, 0))),
                   percent),
      "%", choices_.percent_space);
}

std::string Formatter::with_percent_sign(const std::string& number) const {
  // The locale's own spacing, taken from how it writes a percentage.
  if (choices_.percent_space == FormatChoices::Spacing::locale) {
    const std::string sample = icu_->format(*icu_->percent[0], 1);
    if (sample.size() > 1 && sample[0] == '1') return number + sample.substr(1);
    return number + "%";
  }
  return respace(number + "%", "%", choices_.percent_space);
}

std::string Formatter::compact_amount(double euros) const {
  // CLDR's Dutch short form for thousands is "1,5K", which no Dutch reader writes; below a
  // million the full amount reads better.
  if (std::fabs(euros) < 1e6) return amount(euros);
  std::string out =
      respace(icu_->format(*icu_->compact, std::fabs(euros)), "\u20AC", choices_.currency_space);
  if (euros > 0) return out;
  // ICU puts the compact form's minus before the euro sign ("-€ 1,2 mln."): put it where the
  // full amount has it ("€ -1.200.000" → "€ -1,2 mln."; Frisian "€ 1-" → "€ 1,2 mln.-").
  const std::string plus = amount(1.0), minus = amount(-1.0);
  std::size_t at = 0;
  while (at < plus.size() && plus[at] == minus[at]) ++at;
  const std::string sign = minus.substr(at, minus.size() - plus.size());
  return out.compare(0, at, plus, 0, at) == 0 ? out.insert(at, sign) : sign + out;
}

std::string Formatter::date(const Date& d) const {
  if (d.month == 0) return icu_->format_date(*icu_->year_only, d);
  if (d.day == 0) return icu_->format_date(*icu_->month_year, d);
  return icu_->format_date(*icu_->day_month_year, d);
}

std::string Formatter::date_short(const Date& d) const {
  if (d.month == 0 || d.day == 0) return date(d);
  return icu_->format_date(*icu_->numeric, d);
}

std::string Formatter::month_name(int month) const {
  if (month < 1 || month > static_cast<int>(icu_->months.size())) return {};
  return icu_->months[month - 1];
}

std::string Formatter::year_range(int from, int to) const {
  std::string out = icu_->format(*icu_->year, from);
  if (to == from) return out;
  return out + "\u2013" + icu_->format(*icu_->year, to);
}

}  // namespace koers::text

#include "view/view_common.h"

#include <algorithm>

namespace koers::view {

Data list() {
  return Data{Data::type::list};
}

void set_text(Data& d, const std::string& key, const std::string& value) {
  d.set(key, value);
  d.set("has_" + key, !value.empty());
}

void set_rich(Data& d, const std::string& key, const model::RichText& text) {
  d.set(key, text.markup);
  d.set("has_" + key, !text.empty());
}

void set_list(Data& d, const std::string& key, Data items) {
  bool has = items.is_non_empty_list();
  d.set(key, std::move(items));
  d.set("has_" + key, has);
}

std::string with_unit(const std::string& number, const std::string& unit) {
  // "aantal" (a count) is a unit in the input but reads oddly after a number.
  if (unit.empty() || unit == "aantal") return number;
  if (unit == "%") return number + unit;
  return number + kNoBreakSpace + unit;
}

std::string format_value(const text::Formatter& fmt, double value, const model::Indicator* ind) {
  if (!ind) return fmt.number(value, 0);
  return with_unit(fmt.number(value, ind->decimals), ind->unit);
}

std::string planning(const text::Formatter& fmt, const std::optional<text::Date>& start,
                     const std::optional<text::Date>& end) {
  if (start && end) return fmt.date(*start) + " – " + fmt.date(*end);
  if (start) return "vanaf " + fmt.date(*start);
  if (end) return "tot " + fmt.date(*end);
  return {};
}

std::string join_dutch(const std::vector<std::string>& items) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) s += i + 1 == items.size() ? " en " : ", ";
    s += items[i];
  }
  return s;
}

std::string level_name(model::Level level) {
  switch (level) {
    case model::Level::global:
      return "Mondiaal";
    case model::Level::eu:
      return "Europees";
    case model::Level::national:
      return "Nationaal";
    case model::Level::provincial:
      return "Provinciaal";
    case model::Level::regional:
      return "Regionaal";
  }
  return {};
}

std::string ambition_words(analysis::Ambition a) {
  switch (a) {
    case analysis::Ambition::higher:
      return "hoger dan";
    case analysis::Ambition::equal:
      return "gelijk aan";
    case analysis::Ambition::lower:
      return "lager dan";
    case analysis::Ambition::not_comparable:
      return "niet vergelijkbaar";
  }
  return {};
}

std::string action_status_name(model::ActionStatus s) {
  switch (s) {
    case model::ActionStatus::not_started:
      return "niet gestart";
    case model::ActionStatus::started:
      return "gestart";
    case model::ActionStatus::done:
      return "gereed";
    case model::ActionStatus::delayed:
      return "vertraagd";
    case model::ActionStatus::cancelled:
      return "vervallen";
  }
  return {};
}

std::string action_role_name(model::ActionRole r) {
  switch (r) {
    case model::ActionRole::direct:
      return "regisseren";
    case model::ActionRole::stimulate:
      return "stimuleren";
    case model::ActionRole::facilitate:
      return "faciliteren";
    case model::ActionRole::execute:
      return "uitvoeren";
  }
  return {};
}

std::string data_status_name(model::DataStatus s) {
  return s == model::DataStatus::provisional ? "voorlopig" : "definitief";
}

std::string doc_status_name(model::DocStatus s) {
  return s == model::DocStatus::draft ? "concept" : "definitief";
}

namespace {
template <typename T>
const T* by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

const model::Theme* find_theme(const model::Municipality& m, const std::string& id) {
  return by_id(m.themes, id);
}
const model::Indicator* find_indicator(const model::Municipality& m, const std::string& id) {
  return by_id(m.indicators, id);
}
const model::Alderman* find_alderman(const model::Municipality& m, const std::string& id) {
  return by_id(m.administration.aldermen, id);
}
const model::NamedText* find_text(const model::Municipality& m, const std::string& id) {
  return by_id(m.texts, id);
}
const model::Framework* find_framework(const model::Catalogue& c, const std::string& id) {
  return by_id(c.frameworks, id);
}

const model::FrameworkTarget* find_framework_target(const model::Municipality& m,
                                                    const model::Catalogue& c,
                                                    const std::string& id,
                                                    const model::Framework** owner) {
  for (const auto* frameworks : {&m.frameworks, &c.frameworks})
    for (const auto& f : *frameworks)
      if (const auto* t = by_id(f.targets, id)) {
        if (owner) *owner = &f;
        return t;
      }
  return nullptr;
}

std::string theme_name(const model::Municipality& m, const std::string& id) {
  const model::Theme* t = find_theme(m, id);
  return t ? t->name : id;
}

}  // namespace koers::view

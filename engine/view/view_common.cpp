#include "view/view_common.h"

#include <algorithm>
#include <sstream>

#include "text/sort_key.h"

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

std::string with_unit(const text::Formatter& fmt, const std::string& number,
                      const std::string& unit) {
  // "aantal" (a count) is a unit in the input but reads oddly after a number.
  if (unit.empty() || unit == "aantal") return number;
  if (unit == "%") return fmt.with_percent_sign(number);
  return number + kNoBreakSpace + unit;
}

std::string format_value(const text::Formatter& fmt, double value, const model::Indicator* ind) {
  if (!ind) return fmt.number(value, 0);
  return with_unit(fmt, fmt.number(value, ind->decimals), ind->unit);
}

std::string planning(const text::Formatter& fmt, const text::Messages& msg,
                     const std::optional<text::Date>& start, const std::optional<text::Date>& end) {
  if (start && end)
    return msg.format("planning.periode", {{"van", fmt.date(*start)}, {"tot", fmt.date(*end)}});
  if (start) return msg.format("planning.vanaf", {{"datum", fmt.date(*start)}});
  if (end) return msg.format("planning.tot", {{"datum", fmt.date(*end)}});
  return {};
}

std::string join_list(const text::Messages& msg, const std::vector<std::string>& items) {
  if (items.empty()) return {};
  std::string begin = items.front();
  for (std::size_t i = 1; i + 1 < items.size(); ++i) begin += ", " + items[i];
  if (items.size() == 1) return begin;
  return msg.format("lijst.en", {{"begin", begin}, {"laatste", items.back()}});
}

std::string level_name(const text::Messages& msg, model::Level level) {
  switch (level) {
    case model::Level::global:
      return msg.format("niveau.mondiaal");
    case model::Level::eu:
      return msg.format("niveau.europees");
    case model::Level::national:
      return msg.format("niveau.nationaal");
    case model::Level::provincial:
      return msg.format("niveau.provinciaal");
    case model::Level::regional:
      return msg.format("niveau.regionaal");
  }
  return {};
}

std::string ambition_words(const text::Messages& msg, analysis::Ambition a) {
  switch (a) {
    case analysis::Ambition::higher:
      return msg.format("ambitie.hoger");
    case analysis::Ambition::equal:
      return msg.format("ambitie.gelijk");
    case analysis::Ambition::lower:
      return msg.format("ambitie.lager");
    case analysis::Ambition::not_comparable:
      return msg.format("ambitie.niet_vergelijkbaar");
  }
  return {};
}

std::string action_status_name(const text::Messages& msg, model::ActionStatus s) {
  switch (s) {
    case model::ActionStatus::not_started:
      return msg.format("actie.status.niet_gestart");
    case model::ActionStatus::started:
      return msg.format("actie.status.gestart");
    case model::ActionStatus::done:
      return msg.format("actie.status.gereed");
    case model::ActionStatus::delayed:
      return msg.format("actie.status.vertraagd");
    case model::ActionStatus::cancelled:
      return msg.format("actie.status.vervallen");
  }
  return {};
}

std::string action_role_name(const text::Messages& msg, model::ActionRole r) {
  switch (r) {
    case model::ActionRole::direct:
      return msg.format("actie.rol.regisseren");
    case model::ActionRole::stimulate:
      return msg.format("actie.rol.stimuleren");
    case model::ActionRole::facilitate:
      return msg.format("actie.rol.faciliteren");
    case model::ActionRole::execute:
      return msg.format("actie.rol.uitvoeren");
  }
  return {};
}

std::string data_status_name(const text::Messages& msg, model::DataStatus s) {
  return msg.format(s == model::DataStatus::provisional ? "gegevens.voorlopig"
                                                        : "gegevens.definitief");
}

std::string doc_status_name(const text::Messages& msg, model::DocStatus s) {
  return msg.format(s == model::DocStatus::draft ? "document.status.concept"
                                                 : "document.status.definitief");
}

namespace {

// "tabel.acties thema=thema_naam" → the id and, per argument, the view key holding its value.
struct MessageCall {
  std::string id;
  std::vector<std::pair<std::string, std::string>> arguments;
  std::string error;
};

MessageCall parse_call(const std::string& text) {
  MessageCall call;
  std::istringstream words(text);
  words >> call.id;
  if (call.id.empty()) call.error = "{{#t}}{{/t}} zonder bericht-id";
  for (std::string word; call.error.empty() && words >> word;) {
    const std::size_t eq = word.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == word.size())
      call.error = "'" + word +
                   "' is geen argument; schrijf naam=sleutel, bijvoorbeeld "
                   "gemeente=gemeente.naam";
    else
      call.arguments.emplace_back(word.substr(0, eq), word.substr(eq + 1));
  }
  return call;
}

}  // namespace

Data message_lambda(const text::Messages& msg) {
  return Data(kainjow::mustache::lambda2(
      [&msg](const std::string& text, const kainjow::mustache::renderer& render) {
        const MessageCall call = parse_call(text);
        auto report = [&](const std::string& problem) {
          return templ::report_from_lambda(render, text, "{{#t}}" + text + "{{/t}}: " + problem,
                                           "Kijk of de id goed gespeld is en of locales/" +
                                               std::string(text::kBaseLanguage) +
                                               ".xml het bericht heeft (docs/locales.md).");
        };
        if (!call.error.empty()) return report(call.error);
        text::Arguments args;
        // {{{key}}}: the value as the view holds it; the whole message is escaped once below.
        for (const auto& [name, key] : call.arguments) args[name] = render("{{{" + key + "}}}");
        try {
          return templ::xml_escape(msg.format(call.id, args));
        } catch (const text::MessageError& e) {
          return report(e.what());
        }
      }));
}

Data glossary(const text::Messages& msg) {
  struct Entry {
    std::string term, meaning;
  };
  std::vector<Entry> entries;
  const std::string prefix = "begrip.", suffix = ".term";
  for (const auto& id : msg.ids()) {
    if (!id.starts_with(prefix) || !id.ends_with(suffix)) continue;
    const std::string meaning_id = id.substr(0, id.size() - suffix.size()) + ".betekenis";
    entries.push_back({msg.format(id), msg.has(meaning_id) ? msg.format(meaning_id) : ""});
  }
  text::sort_dutch(entries, [](const Entry& e) { return e.term; });
  Data items = list();
  for (const auto& e : entries) {
    Data item;
    item.set("term", e.term);
    item.set("betekenis", e.meaning);
    items << item;
  }
  return items;
}

namespace {
template <typename T>
const T* by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

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
  const model::Theme* t = m.theme(id);
  return t ? t->name : id;
}

}  // namespace koers::view

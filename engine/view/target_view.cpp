#include <cmath>

#include "view/chart_view.h"

namespace koers::view {

namespace {

// "520 kton (1990)": a value with the indicator's decimals and unit, and its year.
std::string year_value(const text::Formatter& fmt, const model::YearValue& yv,
                       const model::Indicator* ind) {
  std::string s = yv.value ? format_value(fmt, *yv.value, ind) : "";
  if (yv.year) s += s.empty() ? std::to_string(*yv.year) : " (" + std::to_string(*yv.year) + ")";
  return s;
}

void set_year_value(Data& d, const std::string& key, const text::Formatter& fmt,
                    const std::optional<model::YearValue>& yv, const model::Indicator* ind) {
  set_text(d, key, yv ? year_value(fmt, *yv, ind) : "");
  d.set(key + "_waarde", yv && yv->value ? format_value(fmt, *yv->value, ind) : "");
  d.set(key + "_jaar", yv && yv->year ? std::to_string(*yv->year) : "");
}

std::string signed_percent(const text::Formatter& fmt, double percent) {
  std::string s = fmt.percent(percent, std::fabs(percent - std::round(percent)) < 0.05 ? 0 : 1);
  return percent > 0 ? "+" + s : s;
}

const analysis::AmbitionFinding* finding_for(const analysis::Facts& facts, const std::string& id) {
  for (const auto& f : facts.ambitions)
    if (f.target == id) return &f;
  return nullptr;
}

// "RES U16 1.0: 1,8 TWh in 2030" — the framework target the local target is compared with.
// A written description is used as it stands; it names its own year.
std::string framework_line(const model::FrameworkTarget& t, const model::Framework* owner,
                           const ViewInput& in) {
  const text::Formatter& fmt = in.fmt;
  std::string what = t.description;
  if (what.empty()) {
    what = t.value ? with_unit(fmt, fmt.number(*t.value, 1), t.unit) : t.id;
    if (t.year)
      what =
          in.msg.format("kaders.doel_in_jaar", {{"doel", what}, {"jaar", std::to_string(*t.year)}});
  }
  return owner ? owner->name + ": " + what : what;
}

}  // namespace

Data target_view(const model::Target& t, const ViewInput& in) {
  const model::Indicator* ind = in.m.indicator(t.indicator);
  Data d;
  d.set("id", t.id);
  d.set("thema", t.theme);
  d.set("thema_naam", theme_name(in.m, t.theme));
  d.set("indicator", ind ? ind->name : t.indicator);
  d.set("eenheid", ind ? ind->unit : "");
  d.set("formulering", t.formulation);
  set_year_value(d, "basis", in.fmt, t.baseline, ind);
  set_year_value(d, "streef", in.fmt, t.goal, ind);

  Data interim = list();
  std::vector<std::string> interim_texts;
  for (const auto& yv : t.interim) {
    Data item;
    item.set("tekst", year_value(in.fmt, yv, ind));
    item.set("waarde", yv.value ? format_value(in.fmt, *yv.value, ind) : "");
    item.set("jaar", yv.year ? std::to_string(*yv.year) : "");
    interim << item;
    interim_texts.push_back(year_value(in.fmt, yv, ind));
  }
  set_list(d, "tussendoelen", std::move(interim));
  d.set("tussendoelen_tekst", join_list(in.msg, interim_texts));

  const model::Alderman* owner = in.m.alderman(t.owner);
  set_text(d, "eigenaar", owner ? owner->name : t.owner);
  set_text(d, "eigenaar_portefeuille", owner ? owner->portfolio : "");
  set_rich(d, "motivatie", t.motivation);

  const analysis::AmbitionFinding* finding = finding_for(in.facts, t.id);
  const analysis::Ambition ambition =
      finding ? finding->ambition : analysis::Ambition::not_comparable;
  d.set("ambitie", ambition_words(in.msg, ambition));
  d.set("ambitie_hoger", ambition == analysis::Ambition::higher);
  d.set("ambitie_gelijk", ambition == analysis::Ambition::equal);
  d.set("ambitie_lager", ambition == analysis::Ambition::lower);
  d.set("ambitie_niet_vergelijkbaar", ambition == analysis::Ambition::not_comparable);
  std::string reason = finding ? finding->reason : "";
  if (!finding && t.compare_with.empty()) reason = in.msg.format("ambitie.geen_kader");
  set_text(d, "ambitie_reden", reason);
  set_text(d, "lokale_verandering",
           finding && finding->local_change ? signed_percent(in.fmt, *finding->local_change) : "");
  set_text(d, "landelijke_verandering",
           finding && finding->framework_change ? signed_percent(in.fmt, *finding->framework_change)
                                                : "");

  const model::Framework* framework = nullptr;
  const model::FrameworkTarget* ft =
      t.compare_with.empty()
          ? nullptr
          : find_framework_target(in.m, in.catalogue, t.compare_with, &framework);
  set_text(d, "landelijke_lijn", ft ? framework_line(*ft, framework, in) : "");
  d.set("grafiek", target_chart(t, in));
  return d;
}

void add_targets(Data& view, const ViewInput& in) {
  Data targets = list();
  bool charts = false;
  for (const auto& t : in.m.targets) {
    targets << target_view(t, in);
    charts = charts || has_target_chart(t);
  }
  set_list(view, "doelen", std::move(targets));
  view.set("has_doelgrafieken", charts);
}

void add_frameworks(Data& view, const ViewInput& in) {
  // Inline frameworks stand as they are; references resolve to the catalogue.
  std::vector<const model::Framework*> frameworks;
  for (const auto& f : in.m.frameworks) {
    const model::Framework* resolved = f.ref.empty() ? &f : in.catalogue.framework(f.ref);
    if (resolved) frameworks.push_back(resolved);
  }
  Data levels = list();
  for (model::Level level : {model::Level::global, model::Level::eu, model::Level::national,
                             model::Level::provincial, model::Level::regional}) {
    Data rows = list();
    Data items = list();
    for (const model::Framework* f : frameworks) {
      if (f->level != level) continue;
      Data item;
      item.set("naam", f->name);
      set_text(item, "instrument", f->instrument);
      Data goals = list();
      for (const auto& t : f->targets) {
        Data goal;
        std::string what = t.description;
        if (what.empty() && t.value) {
          const model::Indicator* ind = in.m.indicator(t.indicator);
          int decimals = ind ? ind->decimals : (*t.value == std::floor(*t.value) ? 0 : 1);
          what = with_unit(in.fmt, in.fmt.number(*t.value, decimals), t.unit);
        }
        goal.set("omschrijving", what);
        set_text(goal, "jaar", t.year ? std::to_string(*t.year) : "");
        goals << goal;
        Data row;
        row.set("kader", f->name);
        row.set("instrument", f->instrument);
        row.set("doel", what);
        row.set("jaar", t.year ? std::to_string(*t.year) : "");
        rows << row;
      }
      if (f->targets.empty()) {
        Data row;
        row.set("kader", f->name);
        row.set("instrument", f->instrument);
        row.set("doel", "");
        row.set("jaar", "");
        rows << row;
      }
      set_list(item, "doelen", std::move(goals));
      items << item;
    }
    if (!items.is_non_empty_list()) continue;
    Data entry;
    entry.set("niveau", level_name(in.msg, level));
    entry.set("kaders", std::move(items));
    entry.set("rijen", std::move(rows));
    levels << entry;
  }
  set_list(view, "kader_niveaus", std::move(levels));
  view.set("has_kaders", !frameworks.empty());
}

}  // namespace koers::view

#include <cmath>

#include "text/sort_key.h"
#include "view/view_parts.h"

namespace koers::view {

namespace {

Data administration(const model::Administration& a) {
  Data d;
  set_text(d, "burgemeester", a.mayor);
  set_text(d, "secretaris", a.secretary);
  set_text(d, "griffier", a.clerk);
  Data aldermen = list();
  for (const auto& w : a.aldermen) {
    Data item;
    item.set("id", w.id);
    item.set("naam", w.name);
    set_text(item, "portefeuille", w.portfolio);
    aldermen << item;
  }
  set_list(d, "wethouders", std::move(aldermen));
  return d;
}

Data assignment(const std::optional<model::Assignment>& a) {
  Data d;
  set_text(d, "opdrachtgever", a ? a->client : "");
  set_text(d, "adviseur", a ? a->advisor_name : "");
  set_text(d, "adviseur_organisatie", a ? a->advisor_organisation : "");
  set_contact(d, a ? a->contact : std::nullopt);
  return d;
}

}  // namespace

void set_contact(Data& d, const std::optional<model::Contact>& c) {
  Data contact;
  set_text(contact, "naam", c ? c->name : "");
  set_text(contact, "telefoon", c ? c->phone : "");
  set_text(contact, "email", c ? c->email : "");
  d.set("contact", contact);
  d.set("has_contact", c.has_value());
}

void add_municipality(Data& view, const ViewInput& in) {
  const model::Municipality& m = in.m;
  Data g;
  g.set("naam", m.name);
  g.set("code", m.code);
  set_text(g, "provincie", m.province);
  set_text(g, "res_regio", m.res_name);
  set_text(g, "inwoners", m.inhabitants ? in.fmt.integer(*m.inhabitants) : "");
  set_text(g, "inwoners_peildatum", m.inhabitants_date ? in.fmt.date(*m.inhabitants_date) : "");
  set_text(g, "logo", m.logo_src);
  g.set("logo_alt",
        m.logo_alt.empty() ? in.msg.format("document.logo", {{"gemeente", m.name}}) : m.logo_alt);
  view.set("gemeente", g);
  view.set("huisstijl", m.house_style.empty() ? std::string("base") : m.house_style);

  view.set("bestuur", administration(m.administration));
  view.set("opdracht", assignment(m.assignment));
  view.set("has_opdracht", m.assignment.has_value());

  // Listed alphabetically, as a reader looks a source up by name.
  std::vector<const model::Source*> sorted;
  for (const auto& s : m.sources) sorted.push_back(&s);
  text::sort_dutch(sorted,
                   [](const model::Source* s) { return s->name.empty() ? s->id : s->name; });
  Data sources = list();
  for (const model::Source* source : sorted) {
    const model::Source& s = *source;
    Data item;
    item.set("id", s.id);
    item.set("naam", s.name.empty() ? s.id : s.name);
    set_text(item, "url", s.url);
    set_text(item, "opgehaald", s.retrieved ? in.fmt.date(*s.retrieved) : "");
    sources << item;
  }
  set_list(view, "bronnen", std::move(sources));
}

void add_texts(Data& view, const ViewInput& in) {
  Data texts;
  for (const char* id :
       {"voorwoord", "samenvatting", "inleiding", "visie", "proces", "uitvoering", "monitoring"}) {
    const model::NamedText* t = in.m.text(id);
    set_rich(texts, id, t ? t->text : model::RichText{});
  }
  view.set("teksten", texts);
}

void add_sessions(Data& view, const ViewInput& in) {
  Data sessions = list();
  for (const auto& s : in.m.sessions) {
    Data item;
    item.set("datum", in.fmt.date(s.date));
    set_text(item, "titel", s.title);
    set_text(item, "vorm", s.form);
    Data participants = list();
    for (const auto& p : s.participants) participants << Data("naam", Data(p));
    set_list(item, "deelnemers", std::move(participants));
    item.set("deelnemers_tekst", join_list(in.msg, s.participants));
    set_rich(item, "opbrengst", s.outcome);
    sessions << item;
  }
  set_list(view, "sessies", std::move(sessions));

  Data mon;
  const bool has = in.m.monitoring.has_value();
  model::Monitoring defaults;
  const model::Monitoring& mo = has ? *in.m.monitoring : defaults;
  auto percent = [&](double v) { return in.fmt.percent(v, v == std::floor(v) ? 0 : 1); };
  mon.set("tolerantie_groen", percent(mo.tolerance_green));
  mon.set("tolerantie_oranje", percent(mo.tolerance_amber));
  Data evaluations = list();
  for (const auto& e : mo.evaluations) {
    Data item;
    item.set("datum", in.fmt.date(e.date));
    set_rich(item, "tekst", e.text);
    evaluations << item;
  }
  set_list(mon, "evaluaties", std::move(evaluations));
  Data indicators = list();
  for (const auto& series : mo.series) {
    const model::Indicator* ind = in.m.indicator(series.indicator);
    indicators << Data("naam", Data(ind ? ind->name : series.indicator));
  }
  set_list(mon, "indicatoren", std::move(indicators));
  view.set("monitoring", mon);
  view.set("has_monitoring", has);
}

}  // namespace koers::view

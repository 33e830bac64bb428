// quickscan, doelen, acties.
#include "model/section_readers.h"
#include "model/value_parsing.h"

namespace koers::model {
namespace {

Value read_value(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n, {"indicator", "jaar", "status", "nederland", "grootteklasse"}, {});
  Value v;
  v.indicator = e.required("indicator");
  v.year = e.year("jaar", true).value_or(0);
  v.status = e.choice<DataStatus>("status", {{"voorlopig", DataStatus::provisional},
                                             {"definitief", DataStatus::final}})
                 .value_or(DataStatus::final);
  v.value = e.number_content().value_or(0);
  v.national = e.number("nederland");
  v.size_class = e.number("grootteklasse");
  v.loc = e.location();
  ctx.ids.refer(IdKind::indicator, v.indicator, ctx.src.at(n, "indicator"), "waarde");
  return v;
}

Assessment read_assessment(ReadContext& ctx, pugi::xml_node n, int scale) {
  Element e(ctx.src, n, {"thema", "score"}, {"samenvatting", "sterkte", "kans", "waarde"});
  Assessment a;
  a.theme = e.required("thema");
  a.score = static_cast<int>(e.integer("score", 1, scale).value_or(0));
  a.summary = e.child_rich("samenvatting");
  for (pugi::xml_node s : n.children("sterkte")) a.strengths.push_back(plain_text(s));
  for (pugi::xml_node k : n.children("kans")) a.opportunities.push_back(plain_text(k));
  for (pugi::xml_node w : n.children("waarde")) a.values.push_back(read_value(ctx, w));
  a.loc = e.location();
  ctx.ids.refer(IdKind::theme, a.theme, ctx.src.at(n, "thema"), "beoordeling");
  ctx.ids.define(IdKind::assessment, a.theme, ctx.src.at(n, "thema"));
  return a;
}

YearValue read_year_value(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n, {"jaar", "waarde"}, {});
  return {e.year("jaar"), e.number("waarde"), e.location()};
}

Target read_target(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n, {"id", "thema", "indicator", "eigenaar"},
            {"formulering", "basis", "streef", "tussendoel", "vergelijk", "motivatie"});
  Target t;
  t.id = e.required("id");
  t.theme = e.required("thema");
  t.indicator = e.text("indicator");
  t.owner = e.text("eigenaar");
  t.formulation = e.child_text("formulering");
  if (pugi::xml_node b = n.child("basis")) t.baseline = read_year_value(ctx, b);
  if (pugi::xml_node s = n.child("streef")) t.goal = read_year_value(ctx, s);
  for (pugi::xml_node i : n.children("tussendoel")) t.interim.push_back(read_year_value(ctx, i));
  if (pugi::xml_node v = n.child("vergelijk")) {
    Element ve(ctx.src, v, {"kaderdoel"}, {});
    t.compare_with = ve.required("kaderdoel");
    ctx.ids.refer(IdKind::framework_target, t.compare_with, ctx.src.at(v, "kaderdoel"), e.who());
  }
  t.motivation = e.child_rich("motivatie");
  t.loc = e.location();
  TextPosition at_id = ctx.src.at(n, "id");
  ctx.ids.define(IdKind::target, t.id, at_id);
  ctx.ids.refer(IdKind::theme, t.theme, ctx.src.at(n, "thema"), e.who());
  ctx.ids.refer(IdKind::indicator, t.indicator, ctx.src.at(n, "indicator"), e.who());
  ctx.ids.refer(IdKind::alderman, t.owner, ctx.src.at(n, "eigenaar"), e.who());
  return t;
}

Budget read_budget(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n, {"jaar", "soort", "dekking"}, {});
  Budget b;
  b.year = e.year("jaar", true).value_or(0);
  b.kind = e.choice<BudgetKind>("soort", {{"incidenteel", BudgetKind::incidental},
                                          {"structureel", BudgetKind::structural}})
               .value_or(BudgetKind::incidental);
  b.coverage = e.text("dekking");
  b.amount = e.number_content().value_or(0);
  b.loc = e.location();
  return b;
}

Action read_action(ReadContext& ctx, pugi::xml_node n) {
  Element e(
      ctx.src, n,
      {"id", "thema", "doelen", "rol", "trekker", "portefeuillehouder", "status", "start", "eind"},
      {"titel", "omschrijving", "partner", "budget", "mijlpaal", "voortgang"});
  Action a;
  a.id = e.required("id");
  a.theme = e.required("thema");
  a.targets = split_ids(e.text("doelen"));
  a.role = e.choice<ActionRole>("rol", {{"regisseren", ActionRole::direct},
                                        {"stimuleren", ActionRole::stimulate},
                                        {"faciliteren", ActionRole::facilitate},
                                        {"uitvoeren", ActionRole::execute}})
               .value_or(ActionRole::direct);
  a.lead = e.text("trekker");
  a.portfolio_holder = e.text("portefeuillehouder");
  a.status = e.choice<ActionStatus>("status", {{"niet-gestart", ActionStatus::not_started},
                                               {"gestart", ActionStatus::started},
                                               {"gereed", ActionStatus::done},
                                               {"vertraagd", ActionStatus::delayed},
                                               {"vervallen", ActionStatus::cancelled}})
                 .value_or(ActionStatus::not_started);
  a.start = e.year_month("start");
  a.end = e.year_month("eind");
  if (a.start && a.end && *a.end < *a.start)
    ctx.src.error(ctx.src.at(n, "eind"), e.who() + " eindigt (" + e.text("eind") +
                                             ") vóór de start (" + e.text("start") + ")");
  if (e.require_child("titel")) a.title = e.child_text("titel");
  a.description = e.child_rich("omschrijving");
  for (pugi::xml_node p : n.children("partner")) a.partners.push_back(plain_text(p));
  for (pugi::xml_node b : n.children("budget")) a.budgets.push_back(read_budget(ctx, b));
  for (pugi::xml_node m : n.children("mijlpaal")) {
    Element me(ctx.src, m, {"datum"}, {});
    Milestone milestone;
    milestone.date = me.year_month("datum", true).value_or(Date{});
    milestone.text = plain_text(m);
    milestone.loc = me.location();
    a.milestones.push_back(std::move(milestone));
  }
  if (pugi::xml_node v = n.child("voortgang")) {
    Element ve(ctx.src, v, {"kwaliteit", "tijd", "geld"}, {});
    std::initializer_list<std::pair<std::string_view, Rag>> rag = {
        {"groen", Rag::green}, {"oranje", Rag::amber}, {"rood", Rag::red}};
    a.progress = Progress{ve.choice<Rag>("kwaliteit", rag).value_or(Rag::green),
                          ve.choice<Rag>("tijd", rag).value_or(Rag::green),
                          ve.choice<Rag>("geld", rag).value_or(Rag::green)};
  }
  a.loc = e.location();
  ctx.ids.define(IdKind::action, a.id, ctx.src.at(n, "id"));
  ctx.ids.refer(IdKind::theme, a.theme, ctx.src.at(n, "thema"), e.who());
  for (const auto& target : a.targets)
    ctx.ids.refer(IdKind::target, target, ctx.src.at(n, "doelen"), e.who());
  ctx.ids.refer(IdKind::alderman, a.portfolio_holder, ctx.src.at(n, "portefeuillehouder"), e.who());
  return a;
}

}  // namespace

Quickscan read_quickscan(ReadContext& ctx, pugi::xml_node node) {
  Element e(ctx.src, node, {"peildatum", "schaal"}, {"beoordeling"});
  Quickscan q;
  q.reference_date = e.date("peildatum");
  q.scale = static_cast<int>(e.integer("schaal", 2, 10).value_or(5));
  q.loc = e.location();
  for (pugi::xml_node n : node.children("beoordeling"))
    q.assessments.push_back(read_assessment(ctx, n, q.scale));
  return q;
}

void read_targets(ReadContext& ctx, pugi::xml_node node, std::vector<Target>& out) {
  Element list(ctx.src, node, {}, {"doel"});
  for (pugi::xml_node n : node.children("doel")) out.push_back(read_target(ctx, n));
}

void read_actions(ReadContext& ctx, pugi::xml_node node, std::vector<Action>& out) {
  Element list(ctx.src, node, {}, {"actie"});
  for (pugi::xml_node n : node.children("actie")) out.push_back(read_action(ctx, n));
}

}  // namespace koers::model

// monitoring, participatie, teksten.
#include "model/rich_text.h"
#include "model/section_readers.h"

namespace koers::model {
namespace {

Series read_series(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n, {"indicator"}, {"meting"});
  Series s;
  s.indicator = e.required("indicator");
  s.loc = e.location();
  for (pugi::xml_node m : n.children("meting")) {
    Element me(ctx.src, m, {"jaar", "status", "bron"}, {});
    Measurement measurement;
    measurement.year = me.year("jaar", true).value_or(0);
    measurement.status = me.choice<DataStatus>("status", {{"voorlopig", DataStatus::provisional},
                                                          {"definitief", DataStatus::final}})
                             .value_or(DataStatus::final);
    measurement.source = me.text("bron");
    measurement.value = me.number_content().value_or(0);
    measurement.loc = me.location();
    ctx.ids.refer(IdKind::source, measurement.source, ctx.src.at(m, "bron"), "meting");
    s.measurements.push_back(std::move(measurement));
  }
  ctx.ids.refer(IdKind::indicator, s.indicator, ctx.src.at(n, "indicator"), "reeks");
  ctx.ids.define(IdKind::series, s.indicator, ctx.src.at(n, "indicator"));
  return s;
}

}  // namespace

Monitoring read_monitoring(ReadContext& ctx, pugi::xml_node node) {
  Element e(ctx.src, node, {"tolerantie-groen", "tolerantie-oranje"}, {"reeks", "evaluatie"});
  Monitoring m;
  auto green = e.number("tolerantie-groen");
  auto amber = e.number("tolerantie-oranje");
  if (green) m.tolerance_green = *green;
  if (amber) m.tolerance_amber = *amber;
  if (m.tolerance_green < 0 || m.tolerance_amber < m.tolerance_green)
    ctx.src.error(ctx.src.at(node, amber ? "tolerantie-oranje" : "tolerantie-groen"),
                  "de tolerantie voor oranje moet minstens zo groot zijn als die voor groen, en "
                  "geen van beide negatief");
  for (pugi::xml_node n : node.children("reeks")) m.series.push_back(read_series(ctx, n));
  for (pugi::xml_node n : node.children("evaluatie")) {
    Element ee(ctx.src, n, {"datum"}, {"*"});
    m.evaluations.push_back(
        {ee.year_month("datum", true).value_or(Date{}), read_rich_text(ctx.src, n)});
  }
  return m;
}

void read_sessions(ReadContext& ctx, pugi::xml_node node, std::vector<Session>& out) {
  Element list(ctx.src, node, {}, {"sessie"});
  for (pugi::xml_node n : node.children("sessie")) {
    Element e(ctx.src, n, {"datum", "vorm", "titel"}, {"deelnemer", "opbrengst"});
    Session s;
    s.date = e.date("datum", true).value_or(Date{});
    s.form = e.text("vorm");
    s.title = e.text("titel");
    for (pugi::xml_node d : n.children("deelnemer")) s.participants.push_back(plain_text(d));
    s.outcome = e.child_rich("opbrengst");
    s.loc = e.location();
    out.push_back(std::move(s));
  }
}

void read_texts(ReadContext& ctx, pugi::xml_node node, std::vector<NamedText>& out) {
  Element list(ctx.src, node, {}, {"tekst"});
  for (pugi::xml_node n : node.children("tekst")) {
    Element e(ctx.src, n, {"id"}, {"*"});
    NamedText t{e.required("id"), read_rich_text(ctx.src, n), e.location()};
    ctx.ids.define(IdKind::text, t.id, ctx.src.at(n, "id"));
    // thema-<id> is the chapter text of that theme.
    constexpr std::string_view kThemePrefix = "thema-";
    if (t.id.starts_with(kThemePrefix))
      ctx.ids.refer(IdKind::theme, t.id.substr(kThemePrefix.size()), ctx.src.at(n, "id"), e.who());
    out.push_back(std::move(t));
  }
}

}  // namespace koers::model

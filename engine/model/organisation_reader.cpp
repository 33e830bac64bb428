// bestuur, opdracht, bronnen, themas, indicatoren.
#include <cstring>

#include "model/section_readers.h"
#include "model/value_parsing.h"

namespace koers::model {

void read_administration(ReadContext& ctx, pugi::xml_node node, Administration& out) {
  Element bestuur(ctx.src, node, {}, {"burgemeester", "secretaris", "griffier", "wethouder"});
  out.mayor = bestuur.child_text("burgemeester");
  out.secretary = bestuur.child_text("secretaris");
  out.clerk = bestuur.child_text("griffier");
  for (pugi::xml_node n : node.children("wethouder")) {
    Element e(ctx.src, n, {"id", "naam", "portefeuille"}, {});
    Alderman a{e.required("id"), e.required("naam"), e.text("portefeuille"), e.location()};
    ctx.ids.define(IdKind::alderman, a.id, ctx.src.at(n, "id"));
    out.aldermen.push_back(std::move(a));
  }
}

Contact read_contact(ReadContext& ctx, pugi::xml_node node) {
  Element e(ctx.src, node, {"naam", "telefoon", "email"}, {});
  return {e.text("naam"), e.text("telefoon"), e.text("email")};
}

Assignment read_assignment(ReadContext& ctx, pugi::xml_node node) {
  Element e(ctx.src, node, {}, {"opdrachtgever", "adviseur", "contact"});
  Assignment a;
  a.client = e.child_text("opdrachtgever");
  if (pugi::xml_node adviser = node.child("adviseur")) {
    Element ae(ctx.src, adviser, {"naam", "organisatie"}, {});
    a.advisor_name = ae.text("naam");
    a.advisor_organisation = ae.text("organisatie");
  }
  if (pugi::xml_node contact = node.child("contact")) a.contact = read_contact(ctx, contact);
  return a;
}

void read_sources(ReadContext& ctx, pugi::xml_node node, std::vector<Source>& out) {
  Element list(ctx.src, node, {}, {"bron"});
  for (pugi::xml_node n : node.children("bron")) {
    Element e(ctx.src, n, {"id", "naam", "opgehaald", "url"}, {});
    Source s{e.required("id"), e.required("naam"), e.text("url"), e.date("opgehaald"),
             e.location()};
    ctx.ids.define(IdKind::source, s.id, ctx.src.at(n, "id"));
    out.push_back(std::move(s));
  }
}

void read_themes(ReadContext& ctx, pugi::xml_node node, std::vector<Theme>& out) {
  Element list(ctx.src, node, {}, {"thema"});
  for (pugi::xml_node n : node.children("thema")) {
    Element e(ctx.src, n, {"id", "naam", "sdg"}, {});
    Theme t{e.required("id"), e.required("naam"), {}, e.location()};
    for (const auto& goal : split_ids(e.text("sdg"))) {
      auto number = parse_integer(goal);
      // The UN Sustainable Development Goals are numbered 1 to 17.
      if (number && *number >= 1 && *number <= 17) {
        t.sdgs.push_back(static_cast<int>(*number));
      } else {
        ctx.src.error(ctx.src.at(n, "sdg"),
                      "attribuut 'sdg' van " + e.who() +
                          ": verwacht nummers van 1 tot en met 17, gescheiden door spaties "
                          "(bijvoorbeeld 7 13), maar vond '" +
                          goal + "'");
      }
    }
    ctx.ids.define(IdKind::theme, t.id, ctx.src.at(n, "id"));
    out.push_back(std::move(t));
  }
}

void read_indicators(ReadContext& ctx, pugi::xml_node node, std::vector<Indicator>& out) {
  Element list(ctx.src, node, {}, {"indicator"});
  for (pugi::xml_node n : node.children("indicator")) {
    Element e(ctx.src, n, {"id", "thema", "naam", "eenheid", "richting", "bron", "decimalen"},
              {"definitie"});
    Indicator i;
    i.id = e.required("id");
    i.theme = e.required("thema");
    i.name = e.required("naam");
    i.unit = e.required("eenheid");
    i.source = e.text("bron");
    i.direction =
        e.choice<Direction>("richting", {{"lager", Direction::lower}, {"hoger", Direction::higher}})
            .value_or(Direction::lower);
    i.decimals = static_cast<int>(e.integer("decimalen", 0, 6).value_or(0));
    i.definition = e.child_text("definitie");
    i.loc = e.location();
    ctx.ids.define(IdKind::indicator, i.id, ctx.src.at(n, "id"));
    ctx.ids.refer(IdKind::theme, i.theme, ctx.src.at(n, "thema"), e.who());
    ctx.ids.refer(IdKind::source, i.source, ctx.src.at(n, "bron"), e.who());
    out.push_back(std::move(i));
  }
}

}  // namespace koers::model

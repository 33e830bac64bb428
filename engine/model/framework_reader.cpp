// kader with its doel elements: the same shape in data/beleidskaders.xml and inline in a
// municipality file (where a kader may also just refer to the catalogue with ref).
#include "model/section_readers.h"

namespace koers::model {
namespace {

FrameworkTarget read_framework_target(ReadContext& ctx, pugi::xml_node n, bool in_catalogue) {
  Element e(ctx.src, n, {"id", "indicator", "jaar", "referentiejaar", "waarde", "eenheid"},
            {"omschrijving"});
  FrameworkTarget t;
  t.id = e.required("id");
  t.indicator = e.required("indicator");
  t.year = e.year("jaar");
  t.reference_year = e.year("referentiejaar");
  t.value = e.number("waarde");
  t.unit = e.text("eenheid");
  t.description = e.child_text("omschrijving");
  t.loc = e.location();
  if (t.value && t.unit.empty())
    ctx.src.error(ctx.src.at(n), e.who() + " heeft een waarde maar geen eenheid",
                  "voeg eenheid=\"%\" (of kton, TWh, …) toe");
  ctx.ids.define(IdKind::framework_target, t.id, ctx.src.at(n, "id"));
  // Catalogue targets name a generic kind ("broeikasgas"); inline ones the file's indicators.
  if (!in_catalogue)
    ctx.ids.refer(IdKind::indicator, t.indicator, ctx.src.at(n, "indicator"), e.who());
  return t;
}

}  // namespace

Framework read_framework(ReadContext& ctx, pugi::xml_node n, bool in_catalogue) {
  Element::Names attributes = {"id", "niveau", "naam", "instrument", "bron"};
  Element::Names with_ref = {"ref", "id", "niveau", "naam", "instrument", "bron"};
  Element e(ctx.src, n, in_catalogue ? attributes : with_ref, {"doel", "omschrijving"});
  Framework f;
  f.loc = e.location();
  if (!in_catalogue && e.has("ref")) {
    f.ref = e.required("ref");
    ctx.ids.refer(IdKind::catalogue_framework, f.ref, ctx.src.at(n, "ref"), "kader");
    if (e.has("id") || n.child("doel"))
      ctx.src.error(ctx.src.at(n, "ref"),
                    "kader met 'ref' verwijst naar de catalogus en heeft geen eigen id of doelen",
                    "gebruik óf ref=\"…\" óf een eigen kader met id, naam en doel-elementen");
    return f;
  }
  f.id = e.required("id");
  f.name = e.required("naam");
  f.level = e.choice<Level>("niveau",
                            {{"mondiaal", Level::global},
                             {"eu", Level::eu},
                             {"nationaal", Level::national},
                             {"provinciaal", Level::provincial},
                             {"regionaal", Level::regional}},
                            in_catalogue)
                .value_or(in_catalogue ? Level::national : Level::regional);
  f.instrument = e.text("instrument");
  f.source = e.text("bron");
  ctx.ids.define(IdKind::framework, f.id, ctx.src.at(n, "id"));
  for (pugi::xml_node d : n.children("doel"))
    f.targets.push_back(read_framework_target(ctx, d, in_catalogue));
  return f;
}

void read_frameworks(ReadContext& ctx, pugi::xml_node node, std::vector<Framework>& out) {
  Element list(ctx.src, node, {}, {"kader"});
  for (pugi::xml_node n : node.children("kader")) out.push_back(read_framework(ctx, n, false));
}

}  // namespace koers::model

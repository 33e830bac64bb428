// gemeente: the root of a municipality file, its own values, and the sections in any order.
#include <cstring>

#include "core/text_file.h"
#include "model/section_readers.h"
#include "model/value_parsing.h"

namespace koers::model {
namespace {

bool is_municipality_code(std::string_view code) {
  if (code.size() != 6 || !code.starts_with("GM")) return false;
  for (char c : code.substr(2))
    if (c < '0' || c > '9') return false;
  return true;
}

// Provinces have CBS codes PV20 (Groningen) to PV31 (Limburg).
bool is_province_code(std::string_view code) {
  if (code.size() != 4 || !code.starts_with("PV")) return false;
  auto number = parse_integer(code.substr(2));
  return number && *number >= 20 && *number <= 31;
}

Location location_of(TextPosition p) {
  return {p.line, p.column};
}

void read_own_values(ReadContext& ctx, Element& e, Municipality& m) {
  pugi::xml_node root = e.node();
  XmlSource& src = ctx.src;
  if (!e.has("versie")) {
    src.warning(src.at(root), "gemeente heeft geen versie; koers leest het bestand als versie 1",
                "schrijf <gemeente versie=\"1\" …>");
  } else if (e.text("versie") != "1") {
    src.error(src.at(root, "versie"), "versie '" + e.text("versie") +
                                          "' van het invoerformaat kent koers niet; " +
                                          "deze versie van koers leest versie 1");
  }
  m.code = e.required("code");
  if (!m.code.empty() && !is_municipality_code(m.code))
    src.error(src.at(root, "code"), "gemeentecode '" + m.code +
                                        "' klopt niet: verwacht GM gevolgd door 4 cijfers "
                                        "(bijvoorbeeld GM0344)");
  if (e.require_child("naam")) m.name = e.child_text("naam");
  m.sort_name = e.child_text("sorteernaam");
  if (pugi::xml_node p = root.child("provincie")) {
    Element pe(src, p, {"code"}, {});
    m.province = plain_text(p);
    m.province_code = pe.text("code");
    if (!m.province_code.empty() && !is_province_code(m.province_code))
      src.error(src.at(p, "code"), "provinciecode '" + m.province_code +
                                       "' klopt niet: verwacht PV20 tot en met PV31");
  }
  if (pugi::xml_node r = root.child("res-regio")) {
    Element re(src, r, {"id"}, {});
    m.res_id = re.text("id");
    m.res_name = plain_text(r);
  }
  if (pugi::xml_node i = root.child("inwoners")) {
    Element ie(src, i, {"peildatum", "bron"}, {});
    m.inhabitants = ie.integer_content();
    if (m.inhabitants && *m.inhabitants < 0) {
      src.error(src.at_text(i), "het aantal inwoners kan niet negatief zijn");
      m.inhabitants.reset();
    }
    m.inhabitants_date = ie.date("peildatum");
    m.inhabitants_source = ie.text("bron");
  }
  m.house_style = e.child_text("huisstijl");
  if (pugi::xml_node h = root.child("huisstijl")) m.house_style_loc = location_of(src.at_text(h));
  if (pugi::xml_node l = root.child("logo")) {
    Element le(src, l, {"src", "alt"}, {});
    m.logo_src = le.required("src");
    m.logo_src_loc = location_of(src.at(l, "src"));
    m.logo_alt = le.text("alt");
    if (m.logo_alt.empty())
      src.warning(src.at(l), "logo zonder alt-tekst; toegankelijke PDF's hebben die nodig",
                  "voeg alt=\"Logo gemeente …\" toe");
  }
}

void read_sections(ReadContext& ctx, pugi::xml_node root, Municipality& m) {
  for (pugi::xml_node n : root.children()) {
    if (n.type() != pugi::node_element) continue;
    std::string_view name = n.name();
    if (name == "bestuur")
      read_administration(ctx, n, m.administration);
    else if (name == "opdracht")
      m.assignment = read_assignment(ctx, n);
    else if (name == "bronnen")
      read_sources(ctx, n, m.sources);
    else if (name == "themas")
      read_themes(ctx, n, m.themes);
    else if (name == "indicatoren")
      read_indicators(ctx, n, m.indicators);
    else if (name == "quickscan")
      m.quickscan = read_quickscan(ctx, n);
    else if (name == "kaders")
      read_frameworks(ctx, n, m.frameworks);
    else if (name == "doelen")
      read_targets(ctx, n, m.targets);
    else if (name == "acties")
      read_actions(ctx, n, m.actions);
    else if (name == "monitoring")
      m.monitoring = read_monitoring(ctx, n);
    else if (name == "participatie")
      read_sessions(ctx, n, m.sessions);
    else if (name == "teksten")
      read_texts(ctx, n, m.texts);
    else if (name == "documenten")
      m.documents = read_documents(ctx, n);
  }
}

void define_catalogue(IdRegistry& ids, const Catalogue& catalogue) {
  for (const auto& f : catalogue.frameworks) {
    ids.define(IdKind::catalogue_framework, f.id, {});
    ids.define(IdKind::framework, f.id, {});
    for (const auto& t : f.targets) ids.define(IdKind::framework_target, t.id, {});
  }
}

}  // namespace

Municipality read_municipality(std::string_view xml, const std::string& file,
                               const Catalogue& catalogue, Diagnostics& diags,
                               const Limits& limits) {
  Municipality m;
  m.file = file;
  XmlSource src(xml, file, limits.max_nesting_depth);
  if (src.parse("gemeente")) {
    IdRegistry ids(src);
    define_catalogue(ids, catalogue);
    ReadContext ctx{src, ids};
    Element root(src, src.root(), {"versie", "code"},
                 {"naam",      "sorteernaam", "provincie",    "res-regio", "inwoners",
                  "huisstijl", "logo",        "bestuur",      "opdracht",  "bronnen",
                  "themas",    "indicatoren", "quickscan",    "kaders",    "doelen",
                  "acties",    "monitoring",  "participatie", "teksten",   "documenten"});
    read_own_values(ctx, root, m);
    read_sections(ctx, src.root(), m);
    ids.resolve();
  }
  diags.append(src.sorted_diagnostics());
  return m;
}

Municipality load_municipality(const std::filesystem::path& path, const Resources& resources,
                               const Catalogue& catalogue, Diagnostics& diags,
                               const Limits& limits) {
  TextFile file = read_text_file(resources, path, limits.max_input_bytes, diags);
  const std::optional<std::string>& bytes = file.text;
  if (!bytes) {
    Municipality m;
    m.file = path.string();
    if (file.too_large) return m;
    diags.error(path.string(), 0, 0, "kan het bestand '" + path.string() + "' niet lezen",
                resources.exists(path) ? "controleer de leesrechten"
                                       : "het bestand bestaat niet; controleer de naam en map");
    return m;
  }
  return read_municipality(*bytes, path.string(), catalogue, diags, limits);
}

}  // namespace koers::model

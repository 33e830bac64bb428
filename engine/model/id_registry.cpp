#include "model/id_registry.h"

#include "model/value_parsing.h"
#include "model/xml_source.h"

namespace koers::model {
namespace {

struct KindWords {
  const char* singular;
  const char* plural;
  const char* missing;  // the end of "…, maar <missing>"
};

KindWords words(IdKind kind) {
  switch (kind) {
    case IdKind::theme:
      return {"thema", "thema's", "dat thema bestaat niet"};
    case IdKind::indicator:
      return {"indicator", "indicatoren", "die indicator bestaat niet"};
    case IdKind::alderman:
      return {"wethouder", "wethouders", "die wethouder bestaat niet"};
    case IdKind::source:
      return {"bron", "bronnen", "die bron bestaat niet"};
    case IdKind::target:
      return {"doel", "doelen", "dat doel bestaat niet"};
    case IdKind::action:
      return {"actie", "acties", "die actie bestaat niet"};
    case IdKind::text:
      return {"tekst", "teksten", "die tekst bestaat niet"};
    case IdKind::framework:
      return {"kader", "kaders", "dat kader bestaat niet"};
    case IdKind::catalogue_framework:
      return {"kader", "kaders in de catalogus",
              "dat kader staat niet in de catalogus (data/beleidskaders.xml)"};
    case IdKind::framework_target:
      return {"kaderdoel", "kaderdoelen",
              "dat kaderdoel staat niet in de catalogus en niet in de eigen kaders"};
    case IdKind::assessment:
      return {"beoordeling van thema", "beoordelingen", ""};
    case IdKind::series:
      return {"reeks van indicator", "reeksen", ""};
  }
  return {"id", "ids", "dat id bestaat niet"};
}

}  // namespace

void IdRegistry::define(IdKind kind, const std::string& id, TextPosition pos) {
  if (id.empty()) return;
  auto [it, inserted] = defined_.try_emplace({kind, id}, pos);
  if (inserted) return;
  std::string where = it->second.line > 0
                          ? "de eerste staat op regel " + std::to_string(it->second.line)
                          : "de catalogus heeft al een met dat id";
  src_.error(pos, std::string(words(kind).singular) + " '" + id + "' komt twee keer voor; " + where,
             "ids zijn uniek per soort; geef een van beide een ander id");
}

void IdRegistry::refer(IdKind kind, const std::string& id, TextPosition pos, std::string who) {
  if (id.empty()) return;
  references_.push_back({kind, id, pos, std::move(who)});
}

std::vector<std::string> IdRegistry::ids_of(IdKind kind) const {
  std::vector<std::string> ids;
  for (const auto& [key, pos] : defined_)
    if (key.first == kind) ids.push_back(key.second);
  return ids;
}

void IdRegistry::resolve() const {
  for (const auto& ref : references_) {
    if (defined_.count({ref.kind, ref.id})) continue;
    KindWords w = words(ref.kind);
    auto known = ids_of(ref.kind);
    std::string hint;
    if (auto match = closest_match(ref.id, known)) {
      hint = "bedoelt u '" + *match + "'?";
    } else if (known.empty()) {
      hint = std::string("het bestand heeft geen ") + w.plural;
    } else {
      hint = std::string("bekende ") + w.plural + ": ";
      constexpr std::size_t kShown = 12;
      for (std::size_t i = 0; i < known.size() && i < kShown; ++i)
        hint += (i ? ", " : "") + known[i];
      if (known.size() > kShown) hint += ", …";
    }
    src_.error(ref.pos,
               ref.who + " verwijst naar " + w.singular + " '" + ref.id + "', maar " + w.missing,
               hint);
  }
}

}  // namespace koers::model

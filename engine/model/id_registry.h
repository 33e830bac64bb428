// Ids per kind and the references to them, collected while reading and resolved when the
// whole file is read (references may point forward). Private to engine/model.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/line_map.h"

namespace koers::model {

class XmlSource;

enum class IdKind {
  theme,
  indicator,
  alderman,
  source,
  target,
  action,
  text,
  framework,            // kader: inline ones and those in the catalogue
  catalogue_framework,  // kader ref: only the catalogue
  framework_target,     // kaderdoel: inline and catalogue
  assessment,           // one beoordeling per thema
  series,               // one reeks per indicator
};

class IdRegistry {
 public:
  explicit IdRegistry(XmlSource& src) : src_(src) {}

  // Records an id; a second one of the same kind is reported at `pos`. Catalogue entries
  // (from another file) are defined with a zero position.
  void define(IdKind kind, const std::string& id, TextPosition pos);
  // `who` names the referring element ("doel 'd-co2'"), for the message.
  void refer(IdKind kind, const std::string& id, TextPosition pos, std::string who);
  // Reports every reference to an id that was never defined.
  void resolve() const;

 private:
  struct Reference {
    IdKind kind;
    std::string id;
    TextPosition pos;
    std::string who;
  };
  std::vector<std::string> ids_of(IdKind kind) const;

  XmlSource& src_;
  std::map<std::pair<IdKind, std::string>, TextPosition> defined_;
  std::vector<Reference> references_;
};

}  // namespace koers::model

// The readers of the parts of a municipality file, one per top-level element, and of the
// kader shape shared with the catalogue. Private to engine/model.
#pragma once

#include <pugixml.hpp>

#include "model/id_registry.h"
#include "model/model.h"
#include "model/xml_source.h"

namespace koers::model {

struct ReadContext {
  XmlSource& src;
  IdRegistry& ids;
};

// engine/model/organisation_reader.cpp
void read_administration(ReadContext& ctx, pugi::xml_node node, Administration& out);
Assignment read_assignment(ReadContext& ctx, pugi::xml_node node);
void read_sources(ReadContext& ctx, pugi::xml_node node, std::vector<Source>& out);
void read_themes(ReadContext& ctx, pugi::xml_node node, std::vector<Theme>& out);
void read_indicators(ReadContext& ctx, pugi::xml_node node, std::vector<Indicator>& out);
Contact read_contact(ReadContext& ctx, pugi::xml_node node);

// engine/model/framework_reader.cpp: a kader in the catalogue or inline in a municipality
// file. Inline doel indicators refer to the file's indicators; catalogue ones are kinds.
Framework read_framework(ReadContext& ctx, pugi::xml_node node, bool in_catalogue);
void read_frameworks(ReadContext& ctx, pugi::xml_node node, std::vector<Framework>& out);

// engine/model/policy_reader.cpp
Quickscan read_quickscan(ReadContext& ctx, pugi::xml_node node);
void read_targets(ReadContext& ctx, pugi::xml_node node, std::vector<Target>& out);
void read_actions(ReadContext& ctx, pugi::xml_node node, std::vector<Action>& out);

// engine/model/monitoring_reader.cpp
Monitoring read_monitoring(ReadContext& ctx, pugi::xml_node node);
void read_sessions(ReadContext& ctx, pugi::xml_node node, std::vector<Session>& out);
void read_texts(ReadContext& ctx, pugi::xml_node node, std::vector<NamedText>& out);

// engine/model/documents_reader.cpp
Documents read_documents(ReadContext& ctx, pugi::xml_node node);

// Elements with this name directly under `node`.
inline auto children_named(pugi::xml_node node, const char* name) {
  return node.children(name);
}

}  // namespace koers::model

// The nesting limit for XML trees. pugixml parses any depth without recursion, but koers's
// readers recurse on the tree; this walk (iterative, so safe on the very trees it catches)
// runs right after parsing, before any reader. Header-only: core does not link pugixml,
// the stages that parse XML do.
#pragma once

#include <pugixml.hpp>

#include <string>

namespace koers {

// The first element, in document order, nested deeper than max_depth (a child of top is at
// level 1); an empty node when there is none.
inline pugi::xml_node first_too_deep_element(pugi::xml_node top, int max_depth) {
  pugi::xml_node node = top.first_child();
  int depth = 1;
  while (node) {
    if (node.type() == pugi::node_element) {
      if (depth > max_depth) return node;
      if (pugi::xml_node child = node.first_child()) {
        node = child;
        ++depth;
        continue;
      }
    }
    while (!node.next_sibling()) {
      node = node.parent();
      --depth;
      if (!node || node == top) return {};
    }
    node = node.next_sibling();
  }
  return {};
}

inline std::string too_deep_message(const pugi::xml_node& element, int max_depth) {
  return "element <" + std::string(element.name()) + "> ligt meer dan " +
         std::to_string(max_depth) + " niveaus diep genest; koers leest tot " +
         std::to_string(max_depth) + " niveaus";
}

inline std::string too_deep_hint() {
  return "Zo diep nesten komt in een gewoon bestand niet voor. Controleer of het programma "
         "dat het bestand maakte elk element op tijd sluit.";
}

}  // namespace koers

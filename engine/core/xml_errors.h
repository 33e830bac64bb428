// Malformed XML explained in Dutch, for every reader of XML (the municipality file, document
// markup, message catalogues): pugixml's status codes translated, with the element that was
// left open, and the entity references pugixml lets through unchecked. Header-only use of
// pugixml (its status enum): core does not link pugixml, the stages that parse XML do.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace koers {

struct XmlProblem {
  std::ptrdiff_t offset = 0;
  std::string message, hint;
};

struct XmlReading {
  // The subject of a message about the whole text: "het bestand", "de opmaak".
  std::string_view what = "het bestand";
  // An end tag that closes an outer element while an inner one is still open ("<p><strong>
  // …</p>") is reported at the end tag (a file people edit: where the parser stopped) or
  // at the element left open (generated markup: its position leads back to the template
  // that wrote the element, and there the end tag is missing).
  bool at_unclosed_element = false;
};

XmlProblem describe_parse_error(std::string_view text, pugi::xml_parse_status status,
                                std::ptrdiff_t offset, const XmlReading& reading = {});

// `rest` starts with '&'. Nullopt for the five XML entities and character references.
std::optional<XmlProblem> entity_problem(std::string_view rest);

}  // namespace koers

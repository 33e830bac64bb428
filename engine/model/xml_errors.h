// Malformed XML explained in Dutch: pugixml's status codes translated, with the element that
// was left open, and the entity references pugixml lets through unchecked.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace koers::model {

struct XmlProblem {
  std::ptrdiff_t offset = 0;
  std::string message, hint;
};

XmlProblem describe_parse_error(std::string_view text, pugi::xml_parse_status status,
                                std::ptrdiff_t offset);

// `rest` starts with '&'. Nullopt for the five XML entities and character references.
std::optional<XmlProblem> entity_problem(std::string_view rest);

}  // namespace koers::model

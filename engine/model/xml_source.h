// One input file while it is being read: its text, positions of elements, attributes and
// text in it, and the diagnostics found so far. Private to engine/model.
#pragma once

#include <pugixml.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/line_map.h"
#include "model/model.h"

namespace koers::model {

class XmlSource {
 public:
  // Elements nested deeper than max_depth levels (the root is level 1) are an error.
  XmlSource(std::string_view text, std::string file, int max_depth);

  // Parses the text. On malformed XML (or bytes that are not UTF-8) or nesting deeper than
  // the limit, reports the problem in Dutch and returns false. Checks that there is exactly
  // one root element called `root`.
  bool parse(const char* root);
  pugi::xml_node root() const { return root_; }

  const std::string& file() const { return file_; }
  TextPosition at_offset(std::ptrdiff_t offset) const { return lines_.at(offset); }
  TextPosition at(pugi::xml_node element) const;  // the '<' of the element
  // The attribute's name; the element when the attribute is absent.
  TextPosition at(pugi::xml_node element, std::string_view attribute) const;
  TextPosition at_text(pugi::xml_node element) const;  // first character of its content
  Location location(pugi::xml_node element) const;

  void error(TextPosition pos, std::string message, std::string hint = {});
  void warning(TextPosition pos, std::string message, std::string hint = {});
  // Diagnostics in the order they appear in the file (reference checks run last but their
  // findings belong between the others).
  Diagnostics sorted_diagnostics() const;

 private:
  std::ptrdiff_t attribute_offset(pugi::xml_node element, std::string_view attribute) const;
  bool check_utf8();
  bool check_entities();

  std::string_view text_;
  std::string file_;
  int max_depth_;
  LineMap lines_;
  Diagnostics diags_;
  pugi::xml_document document_;
  pugi::xml_node root_;
};

// One element being read: warns about attributes and child elements it does not know, and
// reads its attributes as typed values, reporting wrong values against the attribute.
class Element {
 public:
  // Attribute and child element names it knows; children {"*"}: any (checked elsewhere).
  using Names = std::initializer_list<std::string_view>;
  Element(XmlSource& src, pugi::xml_node node, Names attributes, Names children);

  pugi::xml_node node() const { return node_; }
  XmlSource& source() const { return src_; }
  Location location() const { return src_.location(node_); }
  // "doel 'd-co2'" when the element has an id, else its name; used in messages.
  std::string who() const;
  bool has(const char* attribute) const { return !node_.attribute(attribute).empty(); }

  std::string text(const char* attribute) const;
  std::string required(const char* attribute) const;
  std::optional<double> number(const char* attribute, bool required = false) const;
  std::optional<long long> integer(const char* attribute, long long min, long long max,
                                   bool required = false) const;
  std::optional<int> year(const char* attribute, bool required = false) const;
  std::optional<Date> date(const char* attribute, bool required = false) const;
  std::optional<Date> year_month(const char* attribute, bool required = false) const;

  template <typename E>
  std::optional<E> choice(const char* attribute,
                          std::initializer_list<std::pair<std::string_view, E>> values,
                          bool required = false) const {
    std::vector<std::string> names;
    for (const auto& [name, value] : values) names.emplace_back(name);
    auto index = choice_index(attribute, names, required);
    if (!index) return std::nullopt;
    return (values.begin() + *index)->second;
  }

  // The element's own text as a number (waarde, budget, meting, inwoners).
  std::optional<double> number_content() const;
  std::optional<long long> integer_content() const;

  // Plain text of the first child with that name (whitespace collapsed), "" when absent.
  std::string child_text(const char* child) const;
  // Rich text of the first child with that name; empty when absent.
  RichText child_rich(const char* child) const;
  // Reports a missing required child element; returns whether it is present.
  bool require_child(const char* child) const;

 private:
  std::optional<std::size_t> choice_index(const char* attribute,
                                          const std::vector<std::string>& names,
                                          bool required) const;
  void wrong_value(const char* attribute, std::string_view expected,
                   std::string_view example) const;
  void missing(const char* attribute) const;
  // A date-like attribute: parsed with parse, checked against the year range.
  std::optional<Date> dated(const char* attribute, bool required,
                            std::optional<Date> (*parse)(std::string_view), const char* expected,
                            const char* example) const;

  XmlSource& src_;
  pugi::xml_node node_;
};

// All text inside an element, whitespace collapsed.
std::string plain_text(pugi::xml_node node);

}  // namespace koers::model

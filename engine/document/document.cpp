#include "document/document.h"

#include <algorithm>
#include <cctype>
#include <pugixml.hpp>
#include <string_view>

#include "core/line_map.h"
#include "core/xml_depth.h"
#include "core/xml_errors.h"
#include "document/markup_reader.h"

namespace koers::doc {

Document parse_markup(std::string_view markup, const std::string& file, Diagnostics& diags,
                      const Limits& limits) {
  pugi::xml_document xml;
  // The DOCTYPE is kept only to report it: pugixml expands none of its entities.
  constexpr unsigned kOptions = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
  pugi::xml_parse_result result =
      xml.load_buffer(markup.data(), markup.size(), kOptions, pugi::encoding_utf8);
  if (!result) {
    // Reported at the element left open rather than at the end tag that found it: markup a
    // template wrote is mapped back to the template line that wrote that element.
    const XmlProblem problem = describe_parse_error(
        markup, result.status, result.offset, {.what = "de opmaak", .at_unclosed_element = true});
    TextPosition where = LineMap(markup).at(problem.offset);
    diags.error(file, where.line, where.column,
                "de document-opmaak is geen geldige XML: " + problem.message,
                problem.hint.empty()
                    ? "Dit is meestal een fout in een sjabloon: controleer de tags rond deze plek."
                    : static_cast<char>(std::toupper(static_cast<unsigned char>(problem.hint[0]))) +
                          problem.hint.substr(1) + ".");
    return {};
  }
  // The reader recurses on the tree, so the depth is checked first.
  if (pugi::xml_node deep = first_too_deep_element(xml, limits.max_nesting_depth)) {
    TextPosition where = LineMap(markup).at(deep.offset_debug() - 1);
    diags.error(file, where.line, where.column, too_deep_message(deep, limits.max_nesting_depth),
                too_deep_hint());
    return {};
  }
  for (pugi::xml_node node : xml.children()) {
    if (node.type() != pugi::node_doctype ||
        std::string_view(node.value()).find("<!ENTITY") == std::string_view::npos)
      continue;
    // The DOCTYPE's offset is that of its content; the declaration starts 10 bytes before.
    TextPosition where = LineMap(markup).at(std::max<std::ptrdiff_t>(0, node.offset_debug() - 10));
    diags.error(file, where.line, where.column,
                "de document-opmaak declareert entiteiten in een DOCTYPE; koers gebruikt die niet "
                "en leest nooit een ander bestand via een entiteit",
                "Haal de DOCTYPE-declaratie weg en schrijf de tekst zelf in de opmaak.");
  }
  return MarkupReader(markup, file, diags).read(xml.document_element());
}

}  // namespace koers::doc

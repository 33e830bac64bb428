#include "document/document.h"

#include <pugixml.hpp>

#include "core/line_map.h"
#include "document/markup_reader.h"

namespace koers::doc {
namespace {

std::string xml_problem(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_file_not_found:
    case pugi::status_io_error:
      return "het bestand kon niet worden gelezen";
    case pugi::status_out_of_memory:
      return "te weinig geheugen om de opmaak te lezen";
    case pugi::status_unrecognized_tag:
      return "onherkenbare tag (een '<' die niet bij een element hoort; schrijf &lt;)";
    case pugi::status_bad_pi:
      return "ongeldige verwerkingsinstructie (<?…?>)";
    case pugi::status_bad_comment:
      return "ongeldig commentaar (<!-- … -->)";
    case pugi::status_bad_cdata:
      return "ongeldige CDATA-sectie";
    case pugi::status_bad_doctype:
      return "ongeldige DOCTYPE";
    case pugi::status_bad_pcdata:
      return "ongeldige tekst";
    case pugi::status_bad_start_element:
      return "ongeldige begintag";
    case pugi::status_bad_attribute:
      return "ongeldig attribuut (waarde tussen aanhalingstekens?)";
    case pugi::status_bad_end_element:
      return "ongeldige eindtag";
    case pugi::status_end_element_mismatch:
      return "eindtag past niet bij de begintag (of een element is niet gesloten)";
    case pugi::status_append_invalid_root:
      return "ongeldig buitenste element";
    case pugi::status_no_document_element:
      return "de opmaak bevat geen element";
    default:
      return "ongeldige XML";
  }
}

}  // namespace

Document parse_markup(std::string_view markup, const std::string& file, Diagnostics& diags) {
  pugi::xml_document xml;
  constexpr unsigned kOptions = pugi::parse_default | pugi::parse_ws_pcdata;
  pugi::xml_parse_result result =
      xml.load_buffer(markup.data(), markup.size(), kOptions, pugi::encoding_utf8);
  if (!result) {
    TextPosition where = LineMap(markup).at(result.offset);
    diags.error(file, where.line, where.column,
                "de document-opmaak is geen geldige XML: " + xml_problem(result.status),
                "Dit is meestal een fout in een sjabloon: controleer de tags rond deze plek.");
    return {};
  }
  return MarkupReader(markup, file, diags).read(xml.document_element());
}

}  // namespace koers::doc

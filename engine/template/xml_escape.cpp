#include "core/xml_escape.h"
#include "template/template.h"

namespace koers::templ {

std::string xml_escape(std::string_view text) {
  return koers::xml_escape(text);
}

}  // namespace koers::templ

// Rich text of the input format (p, ul/ol/li, em, strong, a href, voetnoot) converted to
// koers document markup (p, ul/ol/li, em, strong, a href, footnote).
#pragma once

#include <pugixml.hpp>

#include "model/model.h"

namespace koers::model {

class XmlSource;

// Unknown elements inside rich text are reported as warnings; their text is kept.
RichText read_rich_text(XmlSource& src, pugi::xml_node element);

}  // namespace koers::model

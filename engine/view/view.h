// The view: Mustache data for one document type, built from Model + Facts, with every
// number, amount, percentage and date already formatted by the locale. Every key a
// template may use is always defined (false / empty list when absent), so a variable the
// renderer cannot find is a template bug and reported as such.
#pragma once

#include <string>

#include "analysis/analysis.h"
#include "model/model.h"
#include "template/template.h"
#include "text/format.h"
#include "text/messages.h"

namespace koers::view {

// doc_type: one of Engine::document_types(). Throws std::invalid_argument for an
// unknown type. Fixed words come from messages (the document's language); fmt formats numbers and
// dates in its locale. Templates look fixed texts up through the lambda {{#t}}id{{/t}}; its errors
// are reported by the render, at the template line. messages must outlive every render of the
// returned data.
templ::Data build_view(const std::string& doc_type, const model::Municipality& m,
                       const model::Catalogue& catalogue, const analysis::Facts& facts,
                       const text::Formatter& fmt, const text::Messages& messages);

}  // namespace koers::view

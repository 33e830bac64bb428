// Running headers and footers: the page template's texts with {page}, {pages}, {title},
// {subtitle}, {municipality}, {date} and {pagination} ("Pagina {page} van {pages}" in the
// document's language, from the markup) filled in, on every page whose template has them.
#pragma once

#include <string>

#include "document/document.h"
#include "layout/context.h"
#include "layout/pagination.h"

namespace koers::layout {

// Replaces the {name} fields of text; unknown fields stay as written.
std::string substitute_fields(const std::string& text, const doc::Metadata& meta,
                              const std::string& page, const std::string& pages,
                              const std::string& formatted_date);

// Numbers the pages (labels; pages of templates with count-pages off get none) and adds
// their running texts.
void add_running_texts(Context& ctx, PageSet& pages, const doc::Metadata& meta);

}  // namespace koers::layout

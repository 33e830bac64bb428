// Cross-references: what a <ref show="…"/> can show of the element it points to. Headings,
// numbered tables (and figures) are collected before layout, so a reference may point
// forward; page numbers come from the previous layout pass.
#pragma once

#include <string>

#include "document/document.h"
#include "layout/context.h"

namespace koers::layout {

// Numbers the tables and figures that have a caption (unless the style says
// "table-numbering: no" or "figure-numbering: no") and
// records every id with what references can show of it. Call after number_headings.
void collect_reference_targets(Context& ctx, const doc::Document& document);

// The text a reference shows of target, or empty when the target has no such thing (a
// table without a number has no label). page is the target's page label. The words
// ("hoofdstuk", "tabel") come from the document's catalogue (Context::label).
std::string reference_text(const Context& ctx, const ReferenceTarget& target, doc::Span::Show show,
                           const std::string& page);

// "Tabel 4: " in front of a numbered table's caption.
std::string caption_prefix(const Context& ctx, const ReferenceTarget& target);

}  // namespace koers::layout

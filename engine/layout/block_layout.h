// Blocks → chunks: headings (numbered), paragraphs, divisions, spacers, images, lists, tables
// and the table of contents, with their spacing and keeps.
#pragma once

#include <string>

#include "document/document.h"
#include "layout/chunk.h"
#include "layout/context.h"

namespace koers::layout {

// The text of inline spans without their markup (a line break counts as a space).
std::string plain_text(const doc::Inlines& spans);

Chunks layout_blocks(Context& ctx, const doc::Blocks& blocks, const Area& area);
Chunks layout_block(Context& ctx, const doc::Block& block, const Area& area);
// A footnote's text, set in the "footnote" style across the text area, starting with label.
Chunks layout_footnote(Context& ctx, const doc::Span& note, const std::string& label);

Chunks layout_list(Context& ctx, const doc::List& list, const Area& area);
Chunks layout_table(Context& ctx, const doc::Table& table, const Area& area,
                    const doc::SourceRef& source);
Chunks layout_toc(Context& ctx, const doc::Toc& toc, const Area& area);

// Numbers the headings of the whole document (setting "heading-numbering") and gives every
// heading an anchor, before layout, so the contents can list headings that follow it.
void number_headings(Context& ctx, const doc::Document& document);

}  // namespace koers::layout

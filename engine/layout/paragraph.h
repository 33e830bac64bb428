// A paragraph: inline content broken into lines (through the context's LineBreaker) and set
// as glyph runs, one chunk per line with widow and orphan control.
#pragma once

#include <optional>
#include <string>

#include "document/document.h"
#include "layout/chunk.h"
#include "layout/context.h"
#include "style/style.h"

namespace koers::layout {

inline constexpr int kMinLinesAtBreak = 2;  // widows and orphans: lines on each side

struct ParagraphSetup {
  const style::ParagraphStyle* style = nullptr;
  Area area;
  std::optional<style::TextAlign> align;  // overrides the style (table columns)
  doc::SourceRef source;
  std::u32string prefix;  // heading number, note number
  // content lives in the document (not made for this call), so the paragraph as set can be
  // reused by the next layout pass (ParagraphMemo).
  bool reusable = false;
};

Chunks layout_paragraph(Context& ctx, const doc::Inlines& content, const ParagraphSetup& setup);

}  // namespace koers::layout

#include "layout/block_layout.h"

#include <algorithm>
#include <cctype>

#include "layout/chart.h"
#include "layout/figure.h"
#include "layout/paragraph.h"

namespace koers::layout {
namespace {

// Deepest numbered heading level: "heading-numbering" is "no"/"none" (off), a depth ("2"),
// or a format whose parts give the depth ("1.1" numbers chapters and their paragraphs, as
// docs/styles.md shows it).
int numbering_depth(const style::StyleSheet& sheet) {
  auto it = sheet.settings.find("heading-numbering");
  if (it == sheet.settings.end()) return 3;
  const std::string& v = it->second;
  if (v == "no" || v == "none" || v == "off" || v == "nee") return 0;
  if (v.empty() || !std::isdigit(static_cast<unsigned char>(v[0]))) return 3;
  if (v.find('.') != std::string::npos)
    return std::clamp(static_cast<int>(std::count(v.begin(), v.end(), '.')) + 1, 1, 4);
  return std::clamp(v[0] - '0', 0, 4);
}

void collect_headings(Context& ctx, const doc::Blocks& blocks, int depth, int counters[4],
                      int& generated) {
  for (const auto& block : blocks) {
    if (const auto* h = std::get_if<doc::Heading>(&block.value)) {
      const int level = std::clamp(h->level, 1, 4);
      HeadingInfo info;
      info.level = level;
      info.title = plain_text(h->content);
      info.in_toc = h->in_toc;
      info.in_outline = h->in_outline;
      info.anchor = !h->id.empty()      ? h->id
                    : !block.id.empty() ? block.id
                                        : "__kop-" + std::to_string(++generated);
      if (h->numbered && level <= depth) {
        ++counters[level - 1];
        for (int i = level; i < 4; ++i) counters[i] = 0;
        for (int i = 0; i < level; ++i) info.number += (i ? "." : "") + std::to_string(counters[i]);
      }
      ctx.known_ids.insert(info.anchor);
      ctx.headings[h] = info;
      ctx.heading_order.push_back(h);
    } else if (const auto* d = std::get_if<doc::Division>(&block.value)) {
      collect_headings(ctx, d->blocks, depth, counters, generated);
    }
    if (!block.id.empty()) ctx.known_ids.insert(block.id);
  }
}

Chunks layout_heading(Context& ctx, const doc::Heading& h, const doc::SourceRef& source,
                      const Area& area) {
  const std::string name = "h" + std::to_string(std::clamp(h.level, 1, 4));
  const style::ParagraphStyle& ps = ctx.style.paragraph(name);
  const HeadingInfo& info = ctx.headings[&h];
  ParagraphSetup setup;
  setup.style = &ps;
  setup.area = area;
  setup.source = source;
  if (!info.number.empty()) setup.prefix = text::to_u32(info.number + " ");
  setup.reusable = true;
  Chunks chunks = layout_paragraph(ctx, h.content, setup);
  if (chunks.empty()) chunks.emplace_back();
  for (std::size_t i = 1; i < chunks.size(); ++i) chunks[i].keep_with_previous = true;
  chunks.front().anchors.push_back({info.anchor, 0});
  if (info.in_outline) {
    const std::string title = info.number.empty() ? info.title : info.number + " " + info.title;
    chunks.front().outline.push_back({info.level, title, 0});
  }
  if (ps.page_break_before) chunks.front().break_before = true;
  return chunks;
}

Chunks layout_division(Context& ctx, const doc::Division& div, const Area& area) {
  const style::ParagraphStyle& ps = ctx.style.paragraph(div.style.empty() ? "div" : div.style);
  const bool framed = ps.has_background || ps.border_width > 0;
  const double pad = framed ? ps.padding : 0;
  Area inner{area.x + ps.margin_left + pad,
             std::max(1.0, area.width - ps.margin_left - ps.margin_right - 2 * pad)};
  Chunks chunks = layout_blocks(ctx, div.blocks, inner);
  if (chunks.empty()) return chunks;
  Chunk whole = stack_chunks(chunks);
  if (framed && whole.height + 2 * pad <= ctx.page_body_height) {
    Chunk framed_chunk;
    display::Rect r;
    r.x = area.x + ps.margin_left;
    r.w = area.width - ps.margin_left - ps.margin_right;
    r.h = whole.height + 2 * pad;
    r.fill = ps.has_background;
    r.fill_color = ps.background;
    r.stroke = ps.border_width > 0;
    r.stroke_color = ps.border_color;
    r.stroke_width = ps.border_width;
    framed_chunk.items.push_back(r);
    merge_into(framed_chunk, whole, 0, pad);
    framed_chunk.height = r.h;
    framed_chunk.first_baseline = whole.first_baseline + pad;
    framed_chunk.space_before = std::max(ps.space_before, whole.space_before);
    framed_chunk.space_after = std::max(ps.space_after, whole.space_after);
    framed_chunk.break_before = chunks.front().break_before || ps.page_break_before;
    return {std::move(framed_chunk)};
  }
  if (div.keep_together || ps.keep_together)
    for (std::size_t i = 1; i < chunks.size(); ++i) chunks[i].keep_with_previous = true;
  chunks.front().space_before = std::max(chunks.front().space_before, ps.space_before);
  chunks.back().space_after = std::max(chunks.back().space_after, ps.space_after);
  if (ps.page_break_before) chunks.front().break_before = true;
  return chunks;
}

}  // namespace

void number_headings(Context& ctx, const doc::Document& document) {
  ctx.headings.clear();
  ctx.heading_order.clear();
  int counters[4] = {0, 0, 0, 0};
  int generated = 0;
  const int depth = numbering_depth(ctx.style);
  for (const auto& section : document.sections)
    collect_headings(ctx, section.blocks, depth, counters, generated);
}

Chunks layout_block(Context& ctx, const doc::Block& block, const Area& area) {
  Chunks chunks;
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, doc::Heading>) {
          chunks = layout_heading(ctx, b, block.source, area);
        } else if constexpr (std::is_same_v<T, doc::Paragraph>) {
          const style::ParagraphStyle& ps =
              ctx.style.paragraph(b.style.empty() ? ctx.paragraph_style : b.style);
          ParagraphSetup setup{&ps, area, ctx.align_override, block.source, {}, true};
          chunks = layout_paragraph(ctx, b.content, setup);
          if (!chunks.empty() && ps.page_break_before) chunks.front().break_before = true;
        } else if constexpr (std::is_same_v<T, doc::List>) {
          chunks = layout_list(ctx, b, area);
        } else if constexpr (std::is_same_v<T, doc::Table>) {
          chunks = layout_table(ctx, b, area, block.source);
        } else if constexpr (std::is_same_v<T, doc::Toc>) {
          chunks = layout_toc(ctx, b, area);
        } else if constexpr (std::is_same_v<T, doc::PageBreak>) {
          Chunk c;
          c.break_before = true;  // an empty chunk that starts the page
          chunks.push_back(c);
        } else if constexpr (std::is_same_v<T, doc::Spacer>) {
          Chunk c;
          c.height = b.height;
          chunks.push_back(c);
        } else if constexpr (std::is_same_v<T, doc::Division>) {
          chunks = layout_division(ctx, b, area);
        } else if constexpr (std::is_same_v<T, doc::Image>) {
          chunks = layout_image(ctx, b, block.source, area);
        } else if constexpr (std::is_same_v<T, doc::Figure>) {
          chunks = layout_figure(ctx, b, block.source, area);
        } else if constexpr (std::is_same_v<T, doc::Chart>) {
          chunks = layout_chart(ctx, b, block.source, area);
        }
      },
      block.value);
  if (!block.id.empty() && !chunks.empty()) chunks.front().anchors.push_back({block.id, 0});
  return chunks;
}

Chunks layout_blocks(Context& ctx, const doc::Blocks& blocks, const Area& area) {
  Chunks out;
  bool keep_next = false, break_next = false;
  for (const auto& block : blocks) {
    // A page break is a property of what follows it, not a chunk: so the next block still
    // starts at the very top (its space-before suppressed), and a break at the end of a
    // section does not make an empty page.
    if (std::holds_alternative<doc::PageBreak>(block.value)) {
      break_next = true;
      continue;
    }
    Chunks chunks = layout_block(ctx, block, area);
    if (chunks.empty()) continue;
    if (keep_next) chunks.front().keep_with_previous = true;
    if (break_next) chunks.front().break_before = true;
    break_next = false;
    // Headings (and keep-with-next styles) keep with the next block's first chunk; that
    // block's orphan control then keeps its second line too.
    keep_next = std::holds_alternative<doc::Heading>(block.value);
    if (const auto* p = std::get_if<doc::Paragraph>(&block.value)) {
      keep_next =
          ctx.style.paragraph(p->style.empty() ? ctx.paragraph_style : p->style).keep_with_next;
    }
    for (auto& c : chunks) out.push_back(std::move(c));
  }
  return out;
}

Chunks layout_footnote(Context& ctx, const doc::Span& note, const std::string& label) {
  const std::string saved = ctx.paragraph_style;
  ctx.paragraph_style = "footnote";
  Chunks out;
  bool first = true;
  if (note.note) {
    for (const auto& block : *note.note) {
      if (const auto* p = std::get_if<doc::Paragraph>(&block.value); p && first) {
        const style::ParagraphStyle& ps =
            ctx.style.paragraph(p->style.empty() ? "footnote" : p->style);
        ParagraphSetup setup{&ps, ctx.text_area, {}, block.source, text::to_u32(label + " "), true};
        for (auto& c : layout_paragraph(ctx, p->content, setup)) out.push_back(std::move(c));
      } else {
        for (auto& c : layout_block(ctx, block, ctx.text_area)) out.push_back(std::move(c));
      }
      first = false;
    }
  }
  if (out.empty()) {
    ParagraphSetup setup{
        &ctx.style.paragraph("footnote"), ctx.text_area, {}, {}, text::to_u32(label)};
    out = layout_paragraph(ctx, {}, setup);
  }
  ctx.paragraph_style = saved;
  return out;
}

std::string plain_text(const doc::Inlines& spans) {
  std::string out;
  for (const auto& s : spans)
    if (s.kind == doc::Span::Kind::text)
      out += s.text;
    else if (s.kind == doc::Span::Kind::line_break)
      out += ' ';
  return out;
}

}  // namespace koers::layout

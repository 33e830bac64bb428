// Table of contents: one entry per heading up to the depth, with its number, dotted leaders
// and the page number on the right; the whole entry links to the heading.
#include <algorithm>
#include <cmath>

#include "layout/block_layout.h"
#include "layout/paragraph.h"

namespace koers::layout {
namespace {

constexpr double kNumberColumnEm = 3;  // room kept free for the page numbers
constexpr double kLeaderSpacingEm = 0.45;
constexpr double kLeaderGapEm = 0.4;

display::GlyphRun make_run(Context& ctx, const TextStyle& ts, std::u32string_view text) {
  display::GlyphRun run;
  run.face = ts.face;
  run.size = ts.size;
  run.color = ts.color;
  run.text = text;
  if (ts.font)
    for (double a : ctx.advances(*ts.font, text)) run.advances.push_back(a * ts.size);
  else
    run.advances.assign(text.size(), 0.0);
  return run;
}

Chunks toc_entry(Context& ctx, const HeadingInfo& info, const Area& area) {
  const style::ParagraphStyle& ps = ctx.style.paragraph("toc-" + std::to_string(info.level));
  const double number_column = kNumberColumnEm * ps.font_size;
  doc::Span title;
  title.text = info.number.empty() ? info.title : info.number + " " + info.title;
  ParagraphSetup setup{&ps, {area.x, area.width - number_column}, style::TextAlign::left, {}, {}};
  Chunks lines = layout_paragraph(ctx, {title}, setup);
  if (lines.empty()) return lines;

  const TextStyle ts = ctx.text_style(ps.font_family, ps.bold, ps.italic, ps.font_size, ps.color);
  Chunk& last = lines.back();
  double text_end = area.x;
  for (const auto& item : last.items)
    if (const auto* run = std::get_if<display::GlyphRun>(&item))
      text_end = std::max(text_end, run->x + run->width());
  const double right = area.x + area.width - ps.margin_right;
  const double baseline = last.first_baseline;

  std::string label = "0";  // first pass: the page is not known yet
  if (auto it = ctx.previous_labels.find(info.anchor); it != ctx.previous_labels.end())
    label = it->second;
  display::GlyphRun number = make_run(ctx, ts, text::to_u32(label));
  number.x = right - number.width();
  number.y = baseline;

  // Leaders on a grid from the text area's edge, so the dots of all entries line up.
  const display::GlyphRun dot = make_run(ctx, ts, U".");
  const double spacing = kLeaderSpacingEm * ps.font_size;
  const double from = text_end + kLeaderGapEm * ps.font_size;
  const double to = number.x - kLeaderGapEm * ps.font_size;
  display::GlyphRun leaders = dot;
  leaders.text.clear();
  leaders.advances.clear();
  double x = area.x + std::ceil((from - area.x) / spacing) * spacing;
  leaders.x = x;
  leaders.y = baseline;
  for (; x + dot.width() <= to; x += spacing) {
    leaders.text += U'.';
    leaders.advances.push_back(spacing);
  }
  if (!leaders.text.empty()) last.items.push_back(std::move(leaders));
  last.items.push_back(std::move(number));

  Chunk entry = stack_chunks(lines);
  display::Link link;
  link.x = area.x;
  link.w = area.width;
  link.h = entry.height;
  entry.internal_links.push_back({entry.items.size(), info.anchor});
  entry.items.push_back(link);
  return {std::move(entry)};
}

}  // namespace

Chunks layout_toc(Context& ctx, const doc::Toc& toc, const Area& area) {
  ctx.uses_page_numbers = true;
  Chunks out;
  if (!toc.title.empty()) {
    ParagraphSetup setup{&ctx.style.paragraph("toc-title"), area, {}, {}, {}};
    out = layout_paragraph(ctx, toc.title, setup);
    for (std::size_t i = 1; i < out.size(); ++i) out[i].keep_with_previous = true;
  }
  bool first = true;
  for (const doc::Heading* h : ctx.heading_order) {
    const HeadingInfo& info = ctx.headings[h];
    if (!info.in_toc || info.level > toc.depth) continue;
    for (auto& c : toc_entry(ctx, info, area)) {
      c.keep_with_previous = first && !out.empty();
      out.push_back(std::move(c));
      first = false;
    }
  }
  return out;
}

}  // namespace koers::layout

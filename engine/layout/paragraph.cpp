#include "layout/paragraph.h"

#include <algorithm>
#include <numeric>

#include "layout/inline_items.h"

namespace koers::layout {
namespace {

// Ragged lines may fall this many em short without penalty (TeX's ragged2e: 2em; a little
// more here, so that ragged text is hyphenated less).
constexpr double kRaggedStretch = 3;
// Stretch added per line when a paragraph cannot be set otherwise (LaTeX's \sloppy: 3em).
constexpr double kEmergencyStretch = 3;

struct LineSetter {
  Context& ctx;
  const InlineContent& content;
  const style::ParagraphStyle& ps;
  style::TextAlign align;
  double ascender = 0.8, descender = -0.2;

  std::vector<double> shaped(const Piece& piece, std::u32string_view text) {
    if (!piece.style.font) return std::vector<double>(text.size(), 0.0);
    std::vector<double> out = ctx.advances(*piece.style.font, text);
    for (double& a : out) a *= piece.style.size;
    return out;
  }

  // Pieces that read differently at a line's edges: the fragment after a break that
  // changes its spelling (co-|ordinatie, the trema rule) and the fragment before a drawn
  // hyphen, both shaped again so that their kerning is that of the text as it stands.
  std::vector<std::pair<std::size_t, Piece>> edge_pieces(std::size_t begin, std::size_t end,
                                                         std::size_t previous) {
    std::vector<std::pair<std::size_t, Piece>> out;
    const auto& items = content.items;
    if (previous < items.size() && content.pieces[previous].after_replaces > 0 && begin < end &&
        items[begin].type == BreakItem::Type::box) {
      const Piece& from = content.pieces[previous];
      Piece p = content.pieces[begin];
      const std::size_t replaced = std::min(from.after_replaces, p.text.size());
      const bool tail = p.text.size() > replaced;
      p.text = from.after + p.text.substr(replaced);
      std::vector<double> advances = shaped(p, p.text);
      // The last letter kept its place: its advance holds the kerning with the next fragment.
      if (tail && !advances.empty()) advances.back() = content.pieces[begin].advances.back();
      p.advances = std::move(advances);
      out.emplace_back(begin, std::move(p));
    }
    if (end < items.size() && items[end].flagged && !content.pieces[end].text.empty() &&
        end > begin && items[end - 1].type == BreakItem::Type::box) {
      const Piece& before =
          out.empty() || out.back().first != end - 1 ? content.pieces[end - 1] : out.back().second;
      Piece hyphen = content.pieces[end];
      if (!before.text.empty() && before.style == hyphen.style) {
        Piece p = before;
        const std::vector<double> both = shaped(p, p.text + hyphen.text);
        p.advances.assign(both.begin(), both.begin() + static_cast<long>(p.text.size()));
        hyphen.advances.assign(both.begin() + static_cast<long>(p.text.size()), both.end());
        if (!out.empty() && out.back().first == end - 1) out.pop_back();
        out.emplace_back(end - 1, std::move(p));
        out.emplace_back(end, std::move(hyphen));
      }
    }
    return out;
  }

  // Sets items [begin, end) (plus the penalty at end when it draws) as one line chunk;
  // previous is the break that ended the line before (or none).
  Chunk set_line(std::size_t begin, std::size_t end, std::size_t previous, double x, double width,
                 double ratio, double line_height) {
    Chunk chunk;
    chunk.height = line_height;
    const double size = ps.font_size * line_height / ps.line_height;
    const double baseline = (line_height + (ascender + descender) * size) / 2;
    chunk.first_baseline = baseline;
    const bool justify = align == style::TextAlign::justify;
    const auto edges = edge_pieces(begin, end, previous);
    auto piece_at = [&](std::size_t i) -> const Piece& {
      for (const auto& [index, piece] : edges)
        if (index == i) return piece;
      return content.pieces[i];
    };
    auto width_at = [&](std::size_t i) {
      for (const auto& [index, piece] : edges)
        if (index == i) return std::accumulate(piece.advances.begin(), piece.advances.end(), 0.0);
      return content.items[i].width;
    };
    if (justify && !edges.empty()) {
      LineMeasure m = measure_line(content.items, begin, end);
      for (const auto& [index, piece] : edges)
        m.width += width_at(index) - content.items[index].width;
      ratio = adjustment_ratio(m, width);
    }
    if (!justify) ratio = 0;
    chunk.ends_with_hyphen = end < content.items.size() &&
                             content.items[end].type == BreakItem::Type::penalty &&
                             content.items[end].flagged;

    std::size_t last = end;
    if (end < content.items.size() && content.items[end].type == BreakItem::Type::penalty &&
        !content.pieces[end].text.empty())
      last = end + 1;
    // Glue at the end of a line (before a forced break) is not drawn.
    std::size_t stop = last;
    while (stop > begin && content.items[stop - 1].type != BreakItem::Type::box &&
           content.pieces[stop - 1].text.empty())
      --stop;
    while (stop > begin && content.items[stop - 1].type == BreakItem::Type::glue) --stop;

    double natural = 0;
    std::vector<double> adjusted(stop - begin, 0.0);
    for (std::size_t i = begin; i < stop; ++i) {
      const BreakItem& item = content.items[i];
      if (item.type == BreakItem::Type::penalty && i != end) continue;
      double w = width_at(i);
      if (item.type == BreakItem::Type::glue)
        w += ratio >= 0 ? ratio * item.stretch : ratio * item.shrink;
      adjusted[i - begin] = w;
      natural += w;
    }
    double pen_x = x;
    if (align == style::TextAlign::right) pen_x += width - natural;
    if (align == style::TextAlign::center) pen_x += (width - natural) / 2;

    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t run_index = kNone;  // the open run; an index, as pushing moves items
    double run_raise = 0;
    struct OpenLink {
      std::string uri, target;
      double x0 = 0, x1 = 0, size = 0;
    } link;
    auto close_link = [&] {
      if (link.uri.empty() && link.target.empty()) return;
      display::Link l;
      l.x = link.x0;
      l.w = link.x1 - link.x0;
      l.y = baseline - ascender * link.size;
      l.h = (ascender - descender) * link.size;
      l.uri = link.uri;
      if (!link.target.empty()) chunk.internal_links.push_back({chunk.items.size(), link.target});
      chunk.items.push_back(l);
      link = {};
    };
    for (std::size_t i = begin; i < stop; ++i) {
      const BreakItem& item = content.items[i];
      const Piece& piece = piece_at(i);
      if (item.type == BreakItem::Type::penalty && i != end) continue;
      const double w = adjusted[i - begin];
      if (!piece.text.empty()) {
        display::GlyphRun* run =
            run_index == kNone ? nullptr : &std::get<display::GlyphRun>(chunk.items[run_index]);
        if (!run || !(run->face == piece.style.face && run->size == piece.style.size &&
                      run->color == piece.style.color && run_raise == piece.raise)) {
          display::GlyphRun r;
          r.face = piece.style.face;
          r.size = piece.style.size;
          r.color = piece.style.color;
          r.x = pen_x;
          r.y = baseline - piece.raise;
          run_index = chunk.items.size();
          chunk.items.push_back(std::move(r));
          run = &std::get<display::GlyphRun>(chunk.items.back());
          run_raise = piece.raise;
        }
        run->text += piece.text;
        run->advances.insert(run->advances.end(), piece.advances.begin(), piece.advances.end());
        // Justification goes into the space glyph's advance (the PDF writer emits it in TJ).
        if (item.type == BreakItem::Type::glue && !run->advances.empty()) run->advances.back() = w;
      }
      if (piece.footnote >= 0) chunk.footnotes.push_back(content.footnotes[piece.footnote]);
      const bool same_link = piece.uri == link.uri && piece.target == link.target;
      if (!same_link && item.type != BreakItem::Type::glue) close_link();
      if (piece.has_link() && link.uri.empty() && link.target.empty()) {
        link.uri = piece.uri, link.target = piece.target;
        link.x0 = pen_x;
        link.size = piece.style.size;
      }
      pen_x += w;
      if (piece.has_link() && piece.uri == link.uri && piece.target == link.target) link.x1 = pen_x;
    }
    close_link();
    return chunk;
  }
};

}  // namespace

Chunks set_paragraph(Context& ctx, const doc::Inlines& spans, const ParagraphSetup& setup) {
  const style::ParagraphStyle& ps = *setup.style;
  const style::TextAlign align = setup.align.value_or(ps.text_align);
  const bool framed = ps.has_background || ps.border_width > 0;
  const double pad = framed ? ps.padding : 0;
  const double x = setup.area.x + ps.margin_left + pad;
  const double width = std::max(1.0, setup.area.width - ps.margin_left - ps.margin_right - 2 * pad);
  const double indent = std::clamp(ps.text_indent, 0.0, width / 2);

  InlineSetup is;
  is.style = &ps;
  is.measure = width - indent;
  is.justify = align == style::TextAlign::justify;
  is.source = setup.source;
  is.prefix = setup.prefix;
  is.defer_hyphenation = true;
  InlineContent content = build_inline(ctx, spans, is);

  LineWidths widths{{width - indent, width}};
  if (!is.justify) widths.ragged_stretch = kRaggedStretch * ps.font_size;
  widths.emergency_stretch = kEmergencyStretch * ps.font_size;
  // Words are hyphenated only in paragraphs that cannot be set well without.
  auto found = ctx.breaker->break_without_hyphenation(content.items, widths);
  if (!found) {
    hyphenate_words(ctx, content, is);
    found = ctx.breaker->break_lines(content.items, widths);
  }
  const std::vector<LineBreak>& breaks = *found;

  LineSetter setter{ctx, content, ps, align};
  if (const text::Font* f = ctx.font(ps.font_family, ps.bold, ps.italic)) {
    setter.ascender = f->ascender();
    setter.descender = f->descender();
  }
  const double line_height =
      ps.line_height * std::max(1.0, content.max_size / std::max(1.0, ps.font_size));

  Chunks lines;
  std::size_t begin = 0;
  for (std::size_t k = 0; k < breaks.size(); ++k) {
    const double lx = k == 0 ? x + indent : x;
    const double lw = k == 0 ? width - indent : width;
    const std::size_t previous = k == 0 ? content.items.size() : breaks[k - 1].position;
    lines.push_back(
        setter.set_line(begin, breaks[k].position, previous, lx, lw, breaks[k].ratio, line_height));
    begin = line_start_after(content.items, breaks[k].position);
  }
  // A trailing forced break (<br/> at the end) gives an empty last line: drop it.
  if (lines.size() > 1 && lines.back().items.empty()) lines.pop_back();

  const std::size_t n = lines.size();
  for (std::size_t k = 0; k < n; ++k) {
    Chunk& line = lines[k];
    line.keep_with_previous =
        k > 0 && (ps.keep_together || k < kMinLinesAtBreak || n - k < kMinLinesAtBreak);
    double top_pad = k == 0 ? pad : 0, bottom_pad = k + 1 == n ? pad : 0;
    if (top_pad > 0) {
      for (auto& item : line.items) shift(item, 0, top_pad);
      line.first_baseline += top_pad;
      for (auto& l : line.anchors) l.y += top_pad;
    }
    line.height += top_pad + bottom_pad;
    if (ps.has_background) {
      display::Rect r;
      r.x = setup.area.x + ps.margin_left;
      r.w = setup.area.width - ps.margin_left - ps.margin_right;
      r.h = line.height;
      r.fill_color = ps.background;
      line.items.insert(line.items.begin(), r);
      for (auto& l : line.internal_links) ++l.item;
    }
  }
  if (n > 0) {
    lines.front().space_before = ps.space_before;
    lines.back().space_after = ps.space_after;
    if (ps.border_width > 0) {
      display::Line rule;
      rule.x1 = setup.area.x + ps.margin_left;
      rule.x2 = setup.area.x + setup.area.width - ps.margin_right;
      rule.y1 = rule.y2 = lines.back().height;
      rule.width = ps.border_width;
      rule.color = ps.border_color;
      lines.back().items.push_back(rule);
    }
  }
  return lines;
}

Chunks layout_paragraph(Context& ctx, const doc::Inlines& spans, const ParagraphSetup& setup) {
  if (!setup.reusable) return set_paragraph(ctx, spans, setup);
  const ParagraphMemo::Key key{&spans,
                               setup.style,
                               setup.area.x,
                               setup.area.width,
                               setup.align ? static_cast<int>(*setup.align) : -1,
                               setup.prefix,
                               ctx.footnote_counter};
  if (const ParagraphMemo::Result* kept = ctx.paragraphs.find(key, ctx.previous_labels)) {
    for (const auto& [id, label] : kept->labels) ctx.paragraphs.note_label(id, label);
    for (const Diagnostic& warning : kept->warnings) ctx.diags.add(warning);
    ctx.footnote_counter = kept->footnotes_after;
    ctx.uses_page_numbers = ctx.uses_page_numbers || kept->uses_page_numbers;
    return kept->chunks;
  }
  const bool used_page_numbers = ctx.uses_page_numbers;
  ctx.uses_page_numbers = false;
  const std::size_t diagnostics_before = ctx.diags.items().size();
  ctx.paragraphs.begin();
  Chunks chunks;
  try {
    chunks = set_paragraph(ctx, spans, setup);
  } catch (...) {
    ctx.paragraphs.end();
    throw;
  }
  ParagraphMemo::Result result;
  result.labels = ctx.paragraphs.end();
  result.footnotes_after = ctx.footnote_counter;
  result.uses_page_numbers = ctx.uses_page_numbers;
  const auto& items = ctx.diags.items();
  result.warnings.assign(items.begin() + static_cast<long>(diagnostics_before), items.end());
  result.chunks = chunks;
  ctx.paragraphs.keep(key, std::move(result));
  ctx.uses_page_numbers = ctx.uses_page_numbers || used_page_numbers;
  return chunks;
}

}  // namespace koers::layout

// Lists: the marker hangs in the indent, the item's text aligns right of it.
#include <algorithm>

#include "layout/block_layout.h"

namespace koers::layout {
namespace {

constexpr double kIndentEm = 1.8;  // hanging indent in em of the item text
constexpr double kMarkerGapEm = 0.5;

std::string roman(int n) {
  static const std::pair<int, const char*> table[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : table)
    while (n >= value) out += digits, n -= value;
  return out;
}

std::string letters(int n) {
  std::string out;
  while (n > 0) {
    --n;
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return out;
}

std::string list_marker(const doc::List& list, int index, int depth) {
  if (!list.ordered) {
    static const char* bullets[] = {"•", "–", "◦"};
    return bullets[depth % 3];
  }
  const int n = index + 1;
  if (list.numbering == "a") return letters(n) + ".";
  if (list.numbering == "A") {
    std::string s = letters(n);
    std::transform(s.begin(), s.end(), s.begin(), ::toupper);
    return s + ".";
  }
  if (list.numbering == "i") return roman(n) + ".";
  return std::to_string(n) + ".";
}

}  // namespace

Chunks layout_list(Context& ctx, const doc::List& list, const Area& area) {
  const style::ParagraphStyle& ps = ctx.style.paragraph(list.style.empty() ? "li" : list.style);
  const TextStyle ts = ctx.text_style(ps.font_family, ps.bold, ps.italic, ps.font_size, ps.color);
  double indent = ps.margin_left > 0 ? ps.margin_left : kIndentEm * ps.font_size;
  // The widest marker ("10.", "viii.") must fit in the indent, not hang into the margin.
  if (ts.font)
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      double w = kMarkerGapEm * ts.size;
      for (double a : ctx.advances(
               *ts.font, text::to_u32(list_marker(list, static_cast<int>(i), ctx.list_depth))))
        w += a * ts.size;
      indent = std::max(indent, w);
    }
  const Area inner{area.x + indent, std::max(1.0, area.width - indent)};

  const std::string saved_style = ctx.paragraph_style;
  ctx.paragraph_style = list.style.empty() ? "li" : list.style;
  const int depth = ctx.list_depth++;
  Chunks out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    Chunks item = layout_blocks(ctx, list.items[i].blocks, inner);
    if (item.empty()) continue;
    const std::u32string marker = text::to_u32(list_marker(list, static_cast<int>(i), depth));
    if (ts.font) {
      display::GlyphRun run;
      run.face = ts.face;
      run.size = ts.size;
      run.color = ts.color;
      run.text = marker;
      for (double a : ctx.advances(*ts.font, marker)) run.advances.push_back(a * ts.size);
      run.x = inner.x - kMarkerGapEm * ts.size - run.width();
      run.y = item.front().first_baseline;
      item.front().items.push_back(std::move(run));
    }
    for (auto& c : item) out.push_back(std::move(c));
  }
  --ctx.list_depth;
  ctx.paragraph_style = saved_style;
  // A list stands apart from the paragraphs around it like a paragraph does; nested lists
  // run on with their item's text.
  if (depth == 0 && !out.empty()) {
    const double gap = ctx.style.paragraph("p").space_after;
    out.front().space_before = std::max(out.front().space_before, gap);
    out.back().space_after = std::max(out.back().space_after, gap);
  }
  return out;
}

}  // namespace koers::layout

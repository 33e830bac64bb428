#include "layout/line_breaker.h"

#include <algorithm>

namespace koers::layout {
namespace {

constexpr double kEpsilon = 1e-6;

bool is_legal_break(std::span<const BreakItem> items, std::size_t i, std::size_t line_start) {
  const BreakItem& item = items[i];
  if (item.type == BreakItem::Type::penalty) return item.cost < kInfinitePenalty;
  // Glue is a legal break only right after a box (Knuth & Plass, section 2).
  return item.type == BreakItem::Type::glue && i > line_start &&
         items[i - 1].type == BreakItem::Type::box;
}

}  // namespace

LineMeasure measure_line(std::span<const BreakItem> items, std::size_t begin, std::size_t end) {
  LineMeasure m;
  for (std::size_t i = begin; i < end && i < items.size(); ++i) {
    const BreakItem& item = items[i];
    if (item.type == BreakItem::Type::penalty) continue;
    m.width += item.width;
    if (item.stretch >= kFillStretch)
      m.fill = true;
    else
      m.stretch += item.stretch;
    m.shrink += item.shrink;
  }
  if (end < items.size() && items[end].type == BreakItem::Type::penalty)
    m.width += items[end].width;
  return m;
}

std::size_t line_start_after(std::span<const BreakItem> items, std::size_t position) {
  std::size_t i = position + 1;
  while (i < items.size()) {
    const BreakItem& item = items[i];
    if (item.type == BreakItem::Type::box || item.is_forced_break()) break;
    if (item.type == BreakItem::Type::penalty && item.cost >= kInfinitePenalty) break;
    ++i;
  }
  return i;
}

double adjustment_ratio(const LineMeasure& m, double width) {
  const double extra = width - m.width;
  if (extra > 0) return m.stretch > kEpsilon && !m.fill ? extra / m.stretch : 0;
  if (extra < 0) return m.shrink > kEpsilon ? std::max(-1.0, extra / m.shrink) : 0;
  return 0;
}

std::vector<LineBreak> GreedyLineBreaker::break_lines(std::span<const BreakItem> items,
                                                      const LineWidths& widths) const {
  std::vector<LineBreak> breaks;
  const std::size_t n = items.size();
  std::size_t start = 0;
  while (start < n) {
    const double width = widths.at(breaks.size());
    double w = 0, shrink = 0;
    std::size_t best = n, first_legal = n;
    for (std::size_t i = start; i < n; ++i) {
      const BreakItem& item = items[i];
      if (is_legal_break(items, i, start)) {
        // Breaking at the glue that ends a paragraph only leaves its forced break alone.
        if (first_legal == n && item.stretch < kFillStretch) first_legal = i;
        const double at_break = w + (item.type == BreakItem::Type::penalty ? item.width : 0);
        if (at_break - shrink <= width + kEpsilon) {
          best = i;
        } else if (best != n) {
          break;
        }
        if (item.is_forced_break()) break;
      }
      if (item.type != BreakItem::Type::penalty) {
        w += item.width;
        shrink += item.shrink;
        // Past the measure with a break in hand: no later break can fit.
        if (best != n && w - shrink > width + kEpsilon && item.type == BreakItem::Type::box) break;
      }
    }
    if (best == n) best = first_legal;
    if (best == n) best = n - 1;  // no break at all: items lacked the final forced break
    breaks.push_back({best, adjustment_ratio(measure_line(items, start, best), width)});
    start = line_start_after(items, best);
  }
  return breaks;
}

}  // namespace koers::layout

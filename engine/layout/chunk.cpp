#include "layout/chunk.h"

#include <type_traits>

namespace koers::layout {

void shift(display::Item& item, double dx, double dy) {
  std::visit(
      [&](auto& it) {
        using T = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<T, display::Line>) {
          it.x1 += dx, it.x2 += dx, it.y1 += dy, it.y2 += dy;
        } else if constexpr (std::is_same_v<T, display::Path>) {
          for (auto& s : it.segments) {
            s.x += dx, s.x1 += dx, s.x2 += dx;
            s.y += dy, s.y1 += dy, s.y2 += dy;
          }
        } else {
          it.x += dx, it.y += dy;
        }
      },
      item);
}

void merge_into(Chunk& into, const Chunk& from, double dx, double dy) {
  const std::size_t base = into.items.size();
  for (const auto& item : from.items) {
    into.items.push_back(item);
    shift(into.items.back(), dx, dy);
  }
  for (const auto& link : from.internal_links)
    into.internal_links.push_back({base + link.item, link.target});
  for (const auto& a : from.anchors) into.anchors.push_back({a.id, a.y + dy});
  for (const auto& o : from.outline) into.outline.push_back({o.level, o.title, o.y + dy});
  for (const auto& f : from.footnotes) into.footnotes.push_back(f);
}

Chunk stack_chunks(const Chunks& chunks) {
  Chunk out;
  double y = 0;
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    if (i > 0) y += gap_between(chunks[i - 1], chunks[i]);
    if (i == 0) out.first_baseline = chunks[i].first_baseline;
    merge_into(out, chunks[i], 0, y);
    y += chunks[i].height;
  }
  out.height = y;
  if (!chunks.empty()) {
    out.space_before = chunks.front().space_before;
    out.space_after = chunks.back().space_after;
  }
  return out;
}

}  // namespace koers::layout

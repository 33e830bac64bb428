#include "layout/paragraph_memo.h"

#include <functional>

namespace koers::layout {

std::size_t ParagraphMemo::KeyHash::operator()(const Key& k) const {
  std::size_t h = std::hash<const void*>()(k.spans);
  auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
  mix(std::hash<const void*>()(k.style));
  mix(std::hash<double>()(k.x));
  mix(std::hash<double>()(k.width));
  mix(std::hash<int>()(k.align));
  mix(std::hash<std::u32string>()(k.prefix));
  mix(std::hash<int>()(k.footnotes_before));
  return h;
}

const ParagraphMemo::Result* ParagraphMemo::find(
    const Key& key, const std::map<std::string, std::string>& labels) const {
  auto found = results_.find(key);
  if (found == results_.end()) return nullptr;
  for (const auto& [id, shown] : found->second.labels) {
    auto now = labels.find(id);
    std::optional<std::string> label;
    if (now != labels.end()) label = now->second;
    if (label != shown) return nullptr;
  }
  return &found->second;
}

void ParagraphMemo::keep(const Key& key, Result result) {
  results_.insert_or_assign(key, std::move(result));
}

std::vector<std::pair<std::string, std::optional<std::string>>> ParagraphMemo::end() {
  auto labels = std::move(open_.back());
  open_.pop_back();
  return labels;
}

void ParagraphMemo::note_label(const std::string& id, const std::optional<std::string>& label) {
  for (auto& open : open_) open.emplace_back(id, label);
}

}  // namespace koers::layout

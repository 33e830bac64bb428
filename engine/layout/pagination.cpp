#include "layout/pagination.h"

namespace koers::layout {
namespace {

constexpr double kEpsilon = 1e-6;

class Paginator {
 public:
  Paginator(const Chunks& chunks, const style::PageTemplate& tpl, PageSet& out)
      : chunks_(chunks), tpl_(tpl), out_(out) {}

  void run() {
    const double bottom = tpl_.height - tpl_.margin_bottom;
    std::size_t i = 0;
    while (i < chunks_.size()) {
      const Chunk& c = chunks_[i];
      if (c.break_before && !placed_.empty()) {
        finish_page();
        continue;
      }
      // A table row that starts a page brings the table's header (the original header is
      // never on this page: it keeps with the first row).
      if (placed_.empty() && !header_ && c.repeat_header) {
        header_ = c.repeat_header.get();
        y_ = tpl_.margin_top + header_->height;
      }
      const double gap = placed_.empty() ? 0 : gap_between(chunks_[placed_.back().index], c);
      double notes = 0;
      for (const auto& n : c.footnotes) notes += n.height;
      if (notes > 0 && notes_height_ == 0) notes += kFootnoteSeparator;
      const bool fits = y_ + gap + c.height + notes_height_ + notes <= bottom + kEpsilon;
      if (fits || placed_.empty()) {
        placed_.push_back({i, y_ + gap});
        y_ += gap + c.height;
        notes_height_ += notes;
        ++i;
        continue;
      }
      // Find where the chain of chunks that keep together starts.
      std::size_t j = i;
      while (j > placed_.front().index && chunks_[j].keep_with_previous) --j;
      if (j > placed_.front().index) {
        while (!placed_.empty() && placed_.back().index >= j) placed_.pop_back();
        recount_notes();
        i = j;
      }
      // Otherwise the chain is longer than a page: it breaks here.
      // No hyphen on a page's last line (typography.md): that line goes over too, when it
      // may leave the line before it (no orphan is made) and the page keeps some text.
      while (placed_.size() > 1 && placed_.back().index + 1 == i &&
             chunks_[i - 1].ends_with_hyphen && !chunks_[i - 1].keep_with_previous) {
        placed_.pop_back();
        recount_notes();
        --i;
      }
      finish_page();
    }
    if (!placed_.empty() || header_) finish_page();
  }

 private:
  struct Placed {
    std::size_t index;
    double y;
  };

  void recount_notes() {
    notes_height_ = 0;
    for (const auto& p : placed_)
      for (const auto& n : chunks_[p.index].footnotes) notes_height_ += n.height;
    if (notes_height_ > 0) notes_height_ += kFootnoteSeparator;
  }

  void emit(display::Page& page, std::size_t page_index, const Chunk& c, double y) {
    const std::size_t base = page.items.size();
    for (const auto& item : c.items) {
      page.items.push_back(item);
      shift(page.items.back(), 0, y);
    }
    for (const auto& l : c.internal_links)
      out_.links.push_back({page_index, base + l.item, l.target});
    for (const auto& a : c.anchors)
      out_.anchors.emplace(a.id, AnchorPlace{static_cast<int>(page_index), y + a.y});
    for (const auto& o : c.outline)
      out_.outline.push_back({o.level, o.title, static_cast<int>(page_index), y + o.y});
  }

  void finish_page() {
    display::Page page;
    page.width = tpl_.width;
    page.height = tpl_.height;
    const std::size_t index = out_.pages.size();
    if (tpl_.has_background) {
      display::Rect r;
      r.w = tpl_.width, r.h = tpl_.height;
      r.fill_color = tpl_.background;
      page.items.push_back(r);
    }
    if (header_) emit(page, index, *header_, tpl_.margin_top);
    double notes_y = tpl_.height - tpl_.margin_bottom - notes_height_;
    if (notes_height_ > 0) {
      display::Line rule;
      rule.x1 = tpl_.margin_left;
      rule.x2 = tpl_.margin_left + (tpl_.width - tpl_.margin_left - tpl_.margin_right) / 3;
      rule.y1 = rule.y2 = notes_y + kFootnoteSeparator / 2;
      rule.width = 0.5;
      page.items.push_back(rule);
      notes_y += kFootnoteSeparator;
    }
    for (const auto& p : placed_) {
      const Chunk& c = chunks_[p.index];
      emit(page, index, c, p.y);
      for (const auto& note : c.footnotes) {
        emit(page, index, note, notes_y);
        notes_y += note.height;
      }
    }
    out_.pages.push_back(std::move(page));
    out_.templates.push_back(&tpl_);
    placed_.clear();
    header_ = nullptr;
    notes_height_ = 0;
    y_ = tpl_.margin_top;
  }

  const Chunks& chunks_;
  const style::PageTemplate& tpl_;
  PageSet& out_;
  std::vector<Placed> placed_;
  const Chunk* header_ = nullptr;  // table header repeated on top of this page
  double y_ = tpl_.margin_top;
  double notes_height_ = 0;
};

}  // namespace

void paginate(const Chunks& chunks, const style::PageTemplate& page_template, PageSet& pages) {
  Paginator(chunks, page_template, pages).run();
}

}  // namespace koers::layout

#include <algorithm>

#include "charts/charts.h"
#include "text/font.h"

namespace koers::charts {

namespace {

bool clear_of(const AxisLabel& a, const AxisLabel& b, double gap) {
  const double a_end = a.centre + a.width / 2, b_start = b.centre - b.width / 2;
  const double b_end = b.centre + b.width / 2, a_start = a.centre - a.width / 2;
  return b_start - a_end >= gap || a_start - b_end >= gap;
}

// Every stride-th label, with the last one kept in place of its crowded predecessor.
std::vector<bool> every(std::size_t n, std::size_t stride, const std::vector<AxisLabel>& labels,
                        double gap) {
  std::vector<bool> shown(n, false);
  for (std::size_t i = 0; i < n; i += stride) shown[i] = true;
  const std::size_t last = n - 1;
  if (!shown[last]) {
    const std::size_t previous = last - last % stride;
    if (previous != 0 && !clear_of(labels[previous], labels[last], gap)) shown[previous] = false;
    shown[last] = true;
  }
  return shown;
}

bool without_overlap(const std::vector<AxisLabel>& labels, const std::vector<bool>& shown,
                     double gap) {
  const AxisLabel* previous = nullptr;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!shown[i]) continue;
    if (previous && !clear_of(*previous, labels[i], gap)) return false;
    previous = &labels[i];
  }
  return true;
}

}  // namespace

std::vector<bool> visible_labels(const std::vector<AxisLabel>& labels, double gap) {
  const std::size_t n = labels.size();
  if (n <= 1) return std::vector<bool>(n, true);
  for (std::size_t stride = 1; stride < n; ++stride) {
    std::vector<bool> shown = every(n, stride, labels, gap);
    if (without_overlap(labels, shown, gap)) return shown;
  }
  // Not even the first and last fit side by side: the first alone.
  std::vector<bool> first_only(n, false);
  first_only[0] = true;
  return first_only;
}

namespace {

constexpr std::string_view kEllipsis = "\u2026";

bool breaks_after(char32_t c) {
  return c == U'-' || c == U'\u2010' || c == U'\u2013' || c == U'/';
}

// Words with what follows them: a space (dropped at a line end) or a hyphen (kept).
struct Piece {
  std::u32string text;
  bool space_after = false;
};

std::vector<Piece> pieces_of(std::u32string_view text) {
  std::vector<Piece> out;
  std::u32string current;
  for (char32_t c : text) {
    if (c == U' ' || c == U'\t' || c == U'\n') {
      if (!current.empty()) out.push_back({std::move(current), true});
      current.clear();
      continue;
    }
    current += c;
    if (breaks_after(c) && current.size() > 1) {
      out.push_back({std::move(current), false});
      current.clear();
    }
  }
  if (!current.empty()) out.push_back({std::move(current), false});
  return out;
}

// The longest start of line that fits with an ellipsis after it.
// The start of line followed by an ellipsis, trailing spaces and hyphens dropped.
std::string with_ellipsis(std::u32string_view line) {
  while (!line.empty() && (line.back() == U' ' || breaks_after(line.back()))) {
    line.remove_suffix(1);
  }
  return text::to_utf8(line) + std::string(kEllipsis);
}

// The longest start of line that fits with an ellipsis after it (binary search: widths grow
// with the number of characters); empty when not even the ellipsis fits.
std::string shortened(std::u32string_view line, double width, double size, bool bold,
                      ChartText& measure) {
  auto fits = [&](std::size_t n) {
    return measure.width(with_ellipsis(line.substr(0, n)), size, bold) <= width;
  };
  if (!fits(0)) return {};
  std::size_t lo = 0, hi = line.size();  // fits(lo) holds
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (fits(mid)) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return with_ellipsis(line.substr(0, lo));
}

}  // namespace

std::vector<std::string> wrap_label(std::string_view text, double width, int max_lines, double size,
                                    bool bold, ChartText& measure) {
  std::vector<std::string> lines;
  if (max_lines <= 0) return lines;
  const std::vector<Piece> pieces = pieces_of(text::to_u32(text));
  auto fits = [&](const std::u32string& s) {
    return measure.width(text::to_utf8(s), size, bold) <= width;
  };

  auto add_shortened = [&](std::u32string s) {
    std::string last = shortened(std::move(s), width, size, bold, measure);
    if (!last.empty()) lines.push_back(std::move(last));
  };

  std::u32string line;
  bool space_pending = false;
  std::size_t i = 0;
  while (i < pieces.size()) {
    const Piece& piece = pieces[i];
    if (line.empty()) {
      if (!fits(piece.text)) {  // one word wider than the line: it ends the label
        add_shortened(piece.text);
        return lines;
      }
      line = piece.text;
      space_pending = piece.space_after;
      ++i;
      continue;
    }
    std::u32string joined = line;
    if (space_pending) joined += U' ';
    joined += piece.text;
    if (fits(joined)) {
      line = std::move(joined);
      space_pending = piece.space_after;
      ++i;
      continue;
    }
    if (static_cast<int>(lines.size()) + 1 == max_lines) {  // the rest does not fit
      add_shortened(std::move(joined));
      return lines;
    }
    lines.push_back(text::to_utf8(line));
    line.clear();  // the piece starts the next line
  }
  if (!line.empty()) lines.push_back(text::to_utf8(line));
  return lines;
}

}  // namespace koers::charts

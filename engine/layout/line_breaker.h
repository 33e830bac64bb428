// Line breaking over Knuth–Plass items: boxes, glue and penalties ("Breaking Paragraphs into
// Lines", Knuth & Plass 1981, section 2). The breaker only sees widths, so first-fit and
// optimum-fit (with hyphenation penalties) can share one interface.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace koers::layout {

inline constexpr double kInfinitePenalty = 10000;  // a break here is forbidden (or forced if <0)
inline constexpr double kFillStretch = 1e6;        // "fil" glue that ends a paragraph

struct BreakItem {
  enum class Type { box, glue, penalty } type = Type::box;
  double width = 0;      // box and glue: natural width; penalty: width added if broken here
  double stretch = 0;    // glue
  double shrink = 0;     // glue
  double cost = 0;       // penalty: >= kInfinitePenalty never breaks, <= -kInfinitePenalty must
  bool flagged = false;  // penalty: a hyphen is drawn when broken here

  static BreakItem box(double w) { return {Type::box, w}; }
  static BreakItem glue(double w, double stretch, double shrink) {
    return {Type::glue, w, stretch, shrink};
  }
  static BreakItem penalty(double w, double cost, bool flagged = false) {
    return {Type::penalty, w, 0, 0, cost, flagged};
  }
  bool is_forced_break() const { return type == Type::penalty && cost <= -kInfinitePenalty; }
};

// Line widths per line number; the last width repeats (first-line indent, hanging lists).
struct LineWidths {
  std::vector<double> widths;
  double at(std::size_t line) const {
    return widths.empty() ? 0 : widths[std::min(line, widths.size() - 1)];
  }
};

struct LineBreak {
  std::size_t position = 0;  // index of the glue or penalty item where the line ends
  double ratio = 0;          // adjustment ratio: >0 stretch (in units of stretch), <0 shrink
};

// The natural width, stretch and shrink of items [begin, end), plus the width of the break
// penalty at end when it is one.
struct LineMeasure {
  double width = 0, stretch = 0, shrink = 0;
  bool fill = false;  // has "fil" glue: it takes all the stretch (a paragraph's last line)
};
LineMeasure measure_line(std::span<const BreakItem> items, std::size_t begin, std::size_t end);
// First item of the line that follows a break at position: glue and non-forced penalties
// after a break are discarded (Knuth & Plass section 3).
std::size_t line_start_after(std::span<const BreakItem> items, std::size_t position);
double adjustment_ratio(const LineMeasure& m, double width);

class LineBreaker {
 public:
  virtual ~LineBreaker() = default;
  // items must end with a forced break. Returns one LineBreak per line, in order; the last
  // one is at items.size() - 1.
  virtual std::vector<LineBreak> break_lines(std::span<const BreakItem> items,
                                             const LineWidths& widths) const = 0;
};

// First fit: each line takes as much as fits (shrinking glue if needed), then breaks at the
// last legal point. When nothing fits, the first legal point after the start is taken.
class GreedyLineBreaker : public LineBreaker {
 public:
  std::vector<LineBreak> break_lines(std::span<const BreakItem> items,
                                     const LineWidths& widths) const override;
};

}  // namespace koers::layout

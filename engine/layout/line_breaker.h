// Line breaking over Knuth–Plass items: boxes, glue and penalties ("Breaking Paragraphs into
// Lines", Knuth & Plass 1981, section 2). The breaker only sees widths, so first-fit and
// optimum-fit (with hyphenation penalties) can share one interface.
#pragma once

#include <cstddef>
#include <optional>
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
  // Penalty: where the break comes from. Knuth–Plass leaves hyphenation out of its first
  // pass and emergency breaks (between the letters of an over-long word) out of all but its
  // last.
  enum class Origin : unsigned char { ordinary, hyphenation, emergency } origin = Origin::ordinary;

  static BreakItem box(double w) { return {Type::box, w}; }
  static BreakItem glue(double w, double stretch, double shrink) {
    return {Type::glue, w, stretch, shrink};
  }
  static BreakItem penalty(double w, double cost, bool flagged = false) {
    return {Type::penalty, w, 0, 0, cost, flagged};
  }
  // A break inside a word at a hyphenation point: a hyphen of hyphen_width is drawn there.
  static BreakItem hyphenation(double hyphen_width, double cost) {
    return {Type::penalty, hyphen_width, 0, 0, cost, true, Origin::hyphenation};
  }
  static BreakItem emergency(double cost) {
    return {Type::penalty, 0, 0, 0, cost, false, Origin::emergency};
  }
  bool is_forced_break() const { return type == Type::penalty && cost <= -kInfinitePenalty; }
};

// Line widths per line number; the last width repeats (first-line indent, hanging lists).
struct LineWidths {
  std::vector<double> widths;
  // Ragged text (left, right, centred): what every line may fall short of its width without
  // penalty, like the \rightskip of TeX's \raggedright; its spaces neither stretch nor shrink.
  // 0 for justified text.
  double ragged_stretch = 0;
  // Stretch added to every line in Knuth–Plass's last pass, when the paragraph cannot be set
  // within tolerance (TeX's \emergencystretch).
  double emergency_stretch = 0;
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
  // The breaks when the paragraph sets well enough without hyphenation (TeX's first pass);
  // nullopt: insert the hyphenation points and call break_lines. Lets the caller hyphenate
  // only the paragraphs that need it.
  virtual std::optional<std::vector<LineBreak>> break_without_hyphenation(
      std::span<const BreakItem> /*items*/, const LineWidths& /*widths*/) const {
    return std::nullopt;
  }
};

// First fit: each line takes as much as fits (shrinking glue if needed), then breaks at the
// last legal point. When nothing fits, the first legal point after the start is taken.
class GreedyLineBreaker : public LineBreaker {
 public:
  std::vector<LineBreak> break_lines(std::span<const BreakItem> items,
                                     const LineWidths& widths) const override;
};

// Optimum fit over the whole paragraph (Knuth & Plass 1981; TeX's line_break, §813–890 of
// "TeX: The Program"): the breaks with the least total demerits. Passes, until one succeeds:
// without hyphenation within pretolerance; with hyphenation within tolerance; adding the
// emergency stretch and the emergency breaks (inside over-long words); and finally any lines
// at all, the least bad ones, overfull only where a single box is wider than the line.
struct KnuthPlassParams {
  double pretolerance = 100;  // badness limit of the first pass; < 0 skips it
  double tolerance = 400;     // badness limit of the second pass (TeX: 200; see inline_items)
  double line_penalty = 10;   // added to every line's badness: fewer lines are better
  double double_hyphen_demerits = 10000;  // two hyphenated lines in a row
  double final_hyphen_demerits = 5000;    // the paragraph's next-to-last line hyphenated
  double adjacent_demerits = 10000;       // neighbouring lines' fitness classes differ by 2+
  int max_consecutive_hyphens = 2;        // more only when nothing else can be done
  int looseness = 0;  // lines more (+) or fewer (−) than optimal, when feasible
};

class KnuthPlassLineBreaker : public LineBreaker {
 public:
  explicit KnuthPlassLineBreaker(KnuthPlassParams params = {}) : params_(params) {}
  const KnuthPlassParams& params() const { return params_; }
  std::vector<LineBreak> break_lines(std::span<const BreakItem> items,
                                     const LineWidths& widths) const override;
  std::optional<std::vector<LineBreak>> break_without_hyphenation(
      std::span<const BreakItem> items, const LineWidths& widths) const override;

 private:
  KnuthPlassParams params_;
};

}  // namespace koers::layout

// Knuth–Plass optimum-fit line breaking. The structure follows TeX's line_break ("TeX: The
// Program", §813–890): active nodes for the feasible breaks found so far, badness
// 100·|r|³ of a line with adjustment ratio r, demerits (line_penalty + badness)² ± penalty²,
// four fitness classes, and the passes pretolerance → tolerance → emergency. Added to TeX's
// rules: a node remembers how many flagged breaks end the lines just before it, so that a
// third hyphenated line in a row is refused (typography.md) rather than merely penalised.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "layout/line_breaker.h"

namespace koers::layout {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr double kEpsilon = 1e-6;
constexpr double kInfiniteBadness = 10000;  // TeX's inf_bad: a line as bad as it gets
constexpr double kUnlimited = std::numeric_limits<double>::infinity();
// In the last pass a hyphenated line beyond the limit in a row is allowed, but it is worse
// than any number of awful lines: it is taken only where no other break exists.
constexpr double kHyphenRunDemerits = 1e18;

enum Fitness { kVeryLoose = 0, kLoose = 1, kDecent = 2, kTight = 3 };

int fitness_of(double ratio) {
  if (ratio < -0.5) return kTight;
  if (ratio <= 0.5) return kDecent;
  if (ratio <= 1) return kLoose;
  return kVeryLoose;
}

double badness_of(double ratio) {
  const double r = std::abs(ratio);
  if (r > 4.7) return kInfiniteBadness;  // 100 · 4.7³ > 10000; also catches infinity
  return std::min(kInfiniteBadness, 100 * r * r * r);
}

struct Totals {
  double width = 0, stretch = 0, shrink = 0;
  int fills = 0;  // glue with "fil" stretch
};

struct Node {
  std::size_t position = kNone;  // the break item; kNone for the paragraph's start
  std::size_t start = 0;         // first item of the line after this break
  std::size_t line = 0;          // lines before this break (capped where widths repeat)
  std::size_t lines = 0;         // lines before this break, not capped (looseness)
  int fitness = kDecent;         // of the line that ends here
  int hyphens = 0;               // flagged breaks in a row ending here
  double total = 0;              // demerits from the paragraph's start
  std::size_t previous = kNone;  // node of the break that starts the line ending here
};

struct Pass {
  double tolerance = 0;
  bool hyphenate = false;    // breaks at hyphenation points
  bool emergency = false;    // breaks inside over-long words
  double extra_stretch = 0;  // emergency stretch per line
  bool closest = false;      // looseness: accept the nearest number of lines
  bool final = false;        // the last pass: it must produce a result
};

class Breaking {
 public:
  Breaking(std::span<const BreakItem> items, const LineWidths& widths,
           const KnuthPlassParams& params)
      : items_(items), widths_(widths), params_(params), totals_(items.size() + 1) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      Totals t = totals_[i];
      const BreakItem& item = items[i];
      if (item.type != BreakItem::Type::penalty) {
        t.width += item.width;
        if (item.stretch >= kFillStretch)
          ++t.fills;
        else
          t.stretch += item.stretch;
        t.shrink += item.shrink;
      }
      totals_[i + 1] = t;
    }
    // Lines from easy_line_ on all have the same width, so their number does not matter
    // unless looseness asks for another number of lines.
    easy_line_ = params.looseness != 0   ? kNone
                 : widths.widths.empty() ? 0
                                         : widths.widths.size() - 1;
  }

  bool has(BreakItem::Origin origin) const {
    return std::any_of(items_.begin(), items_.end(), [&](const BreakItem& item) {
      return item.type == BreakItem::Type::penalty && item.origin == origin &&
             item.cost < kInfinitePenalty;
    });
  }

  std::optional<std::vector<LineBreak>> run(const Pass& pass) {
    nodes_.assign(1, Node{});
    active_.assign(1, 0);
    for (std::size_t b = 0; b < items_.size(); ++b) {
      if (!is_break(b, pass)) continue;
      try_break(b, pass);
      if (active_.empty()) return std::nullopt;
    }
    return choose(pass);
  }

 private:
  bool is_break(std::size_t i, const Pass& pass) const {
    const BreakItem& item = items_[i];
    if (item.type == BreakItem::Type::glue)
      return i > 0 && items_[i - 1].type == BreakItem::Type::box;
    if (item.type != BreakItem::Type::penalty || item.cost >= kInfinitePenalty) return false;
    if (item.origin == BreakItem::Origin::hyphenation) return pass.hyphenate;
    if (item.origin == BreakItem::Origin::emergency) return pass.emergency;
    return true;
  }

  // The adjustment ratio of the line from node's break to a break at b, as the badness sees
  // it: +infinity for a short line that cannot stretch, -infinity for an overfull one.
  double ratio(const Node& node, std::size_t b, const Pass& pass) const {
    const Totals& from = totals_[node.start];
    const Totals& to = totals_[b];
    const BreakItem& at = items_[b];
    double width = to.width - from.width;
    if (at.type == BreakItem::Type::penalty) width += at.width;
    const double shortfall = widths_.at(node.line) - width;
    if (shortfall > kEpsilon) {
      // A forced break ends its line however short (the items put "fil" glue before it).
      if (to.fills > from.fills || at.is_forced_break()) return 0;
      const double stretch =
          to.stretch - from.stretch + widths_.ragged_stretch + pass.extra_stretch;
      return stretch > kEpsilon ? shortfall / stretch : kUnlimited;
    }
    if (shortfall < -kEpsilon) {
      const double shrink = to.shrink - from.shrink;
      return shrink > kEpsilon ? shortfall / shrink : -kUnlimited;
    }
    return 0;
  }

  struct Candidate {
    std::size_t from;
    std::size_t line, lines;
    int fitness, hyphens;
    double total;
  };

  void try_break(std::size_t b, const Pass& pass) {
    const BreakItem& item = items_[b];
    const bool forced = item.is_forced_break();
    const bool flagged = item.type == BreakItem::Type::penalty && item.flagged;
    const double cost = item.type == BreakItem::Type::penalty ? item.cost : 0;
    candidates_.clear();
    std::size_t kept = 0;
    for (std::size_t k = 0; k < active_.size(); ++k) {
      const std::size_t a = active_[k];
      const Node& node = nodes_[a];
      if (node.start > b) {  // the break would leave an empty line
        active_[kept++] = a;
        continue;
      }
      const double r = ratio(node, b, pass);
      const bool overfull = r < -1;
      const double badness = overfull ? kInfiniteBadness : badness_of(r);
      // TeX §854: in the last pass, the only node left breaks where its line overflows, so
      // that there is a result; this happens only when a box is wider than the line.
      const bool artificial =
          overfull && pass.final && candidates_.empty() && kept == 0 && k + 1 == active_.size();
      if (artificial || (!overfull && badness <= pass.tolerance)) {
        const int fitness = artificial ? kDecent : fitness_of(r);
        double d = (params_.line_penalty + badness) * (params_.line_penalty + badness);
        if (cost > 0)
          d += cost * cost;
        else if (cost > -kInfinitePenalty)
          d -= cost * cost;
        if (node.hyphens > 0) {
          if (forced)
            d += params_.final_hyphen_demerits;
          else if (flagged)
            d += params_.double_hyphen_demerits;
        }
        if (std::abs(fitness - node.fitness) > 1) d += params_.adjacent_demerits;
        const int hyphens = flagged ? node.hyphens + 1 : 0;
        bool allowed = true;
        if (hyphens > params_.max_consecutive_hyphens) {
          if (pass.final)
            d += kHyphenRunDemerits;
          else
            allowed = false;
        }
        if (allowed) {
          const std::size_t lines = node.lines + 1;
          const std::size_t line = std::min(node.line + 1, easy_line_);
          add_candidate({a, line, lines, fitness,
                         std::min(hyphens, params_.max_consecutive_hyphens + 1), node.total + d});
        }
      }
      if (!(overfull || forced)) active_[kept++] = a;
    }
    active_.resize(kept);
    if (candidates_.empty()) return;
    // TeX §836: a break that is worse than the best one here by more than what a fitness
    // class jump costs can never be part of the optimum (the same line and hyphen state).
    const std::size_t start = line_start_after(items_, b);
    for (const Candidate& c : candidates_) {
      bool dominated = false;
      for (const Candidate& o : candidates_)
        if (o.line == c.line && o.hyphens == c.hyphens &&
            c.total > o.total + params_.adjacent_demerits)
          dominated = true;
      if (dominated) continue;
      nodes_.push_back({b, start, c.line, c.lines, c.fitness, c.hyphens, c.total, c.from});
      active_.push_back(nodes_.size() - 1);
    }
  }

  void add_candidate(const Candidate& c) {
    for (Candidate& o : candidates_) {
      if (o.line == c.line && o.fitness == c.fitness && o.hyphens == c.hyphens) {
        if (c.total < o.total) o = c;
        return;
      }
    }
    candidates_.push_back(c);
  }

  std::optional<std::vector<LineBreak>> choose(const Pass& pass) const {
    const std::size_t last = items_.size() - 1;
    std::size_t best = kNone;
    for (std::size_t a : active_)
      if (nodes_[a].position == last && (best == kNone || nodes_[a].total < nodes_[best].total))
        best = a;
    if (best == kNone) return std::nullopt;
    if (params_.looseness != 0) {
      // TeX §875: the number of lines closest to optimal + looseness, then least demerits.
      const auto optimal = static_cast<long>(nodes_[best].lines);
      long actual = 0;
      for (std::size_t a : active_) {
        const Node& node = nodes_[a];
        if (node.position != last) continue;
        const long diff = static_cast<long>(node.lines) - optimal;
        const bool closer = (diff < actual && params_.looseness <= diff) ||
                            (diff > actual && params_.looseness >= diff);
        if (closer || (diff == actual && node.total < nodes_[best].total)) {
          best = a;
          actual = diff;
        }
      }
      if (actual != params_.looseness && !pass.closest) return std::nullopt;
    }
    std::vector<std::size_t> chain;
    for (std::size_t a = best; nodes_[a].position != kNone; a = nodes_[a].previous)
      chain.push_back(a);
    std::vector<LineBreak> breaks;
    breaks.reserve(chain.size());
    std::size_t start = 0;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      const std::size_t position = nodes_[*it].position;
      const double width = widths_.at(breaks.size());
      breaks.push_back({position, adjustment_ratio(measure_line(items_, start, position), width)});
      start = nodes_[*it].start;
    }
    return breaks;
  }

  std::span<const BreakItem> items_;
  const LineWidths& widths_;
  const KnuthPlassParams& params_;
  std::vector<Totals> totals_;  // of items [0, i)
  std::size_t easy_line_ = 0;
  std::vector<Node> nodes_;
  std::vector<std::size_t> active_;  // indices in nodes_
  std::vector<Candidate> candidates_;
};

}  // namespace

std::optional<std::vector<LineBreak>> KnuthPlassLineBreaker::break_without_hyphenation(
    std::span<const BreakItem> items, const LineWidths& widths) const {
  if (params_.pretolerance < 0 || items.empty() || !items.back().is_forced_break())
    return std::nullopt;
  return Breaking(items, widths, params_).run({params_.pretolerance});
}

std::vector<LineBreak> KnuthPlassLineBreaker::break_lines(std::span<const BreakItem> items,
                                                          const LineWidths& widths) const {
  if (items.empty() || !items.back().is_forced_break())
    return GreedyLineBreaker().break_lines(items, widths);
  Breaking breaking(items, widths, params_);
  const bool hyphenation = breaking.has(BreakItem::Origin::hyphenation);
  if (params_.pretolerance >= 0)
    if (auto breaks = breaking.run({params_.pretolerance})) return *breaks;
  if (hyphenation || params_.tolerance > params_.pretolerance)
    if (auto breaks = breaking.run({params_.tolerance, true})) return *breaks;
  const double emergency = widths.emergency_stretch;
  if (emergency > 0 || breaking.has(BreakItem::Origin::emergency) || params_.looseness != 0)
    if (auto breaks = breaking.run({params_.tolerance, true, true, emergency, true}))
      return *breaks;
  // The least bad result: any line rather than an overfull one.
  if (auto breaks = breaking.run({kUnlimited, true, true, emergency, true, true})) return *breaks;
  return GreedyLineBreaker().break_lines(items, widths);  // not reached: the last pass ends
}

}  // namespace koers::layout

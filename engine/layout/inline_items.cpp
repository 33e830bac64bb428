#include "layout/inline_items.h"

#include <algorithm>

#include "layout/block_layout.h"
#include "layout/references.h"
#include "text/breaks.h"

namespace koers::layout {
namespace {

constexpr char32_t kNoBreakSpace = U'\u00A0';
constexpr double kEmergencyPenalty = 5000;  // breaks inside over-long words: last resort
constexpr double kFootnoteScale = 0.65;     // size of the note number in the text
constexpr double kFootnoteRaise = 0.35;     // em of the text size

constexpr double kInnerBreakPenalty = 50;  // a break inside a word is a little worse
// Justified word spaces: TeX gives a font's space 1/2 of stretch and 1/3 of shrink; less
// stretch and a little more shrink make the breaker prefer tighter lines, which brings the
// widest spaces down to what LuaLaTeX with microtype's font expansion gets (measured with
// pdf-typo-check on the Lindeveld reference and both samples).
constexpr double kSpaceStretch = 1.0 / 3;
constexpr double kSpaceShrink = 1.0 / 2.5;
// A hyphen costs more than TeX's \hyphenpenalty (50): without font expansion more
// paragraphs need the hyphenating pass, and 50 then breaks words for small gains.
constexpr double kHyphenPenalty = 150;
// Ragged lines need not be filled, so a word is broken only where a line would be very short.
constexpr double kRaggedHyphenPenalty = 1000;
// Two letters before a break and three after (text::HyphenationLimits): shorter words are
// not looked up.
constexpr std::size_t kShortestHyphenatedWord = 5;

bool is_hyphen(char32_t c) {
  return c == U'-' || c == U'‐';
}

bool is_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'₀' && c <= U'₉') || c == U'²' || c == U'³';
}

// Words that are never hyphenated: numbers (also with letters: CO2-uitstoot, 2e), web
// addresses and e-mail addresses (typography.md).
bool may_hyphenate(std::u32string_view word) {
  if (std::any_of(word.begin(), word.end(), is_digit)) return false;
  return word.find(U'@') == std::u32string_view::npos &&
         word.find(U"://") == std::u32string_view::npos && word.find(U"www.") != 0;
}

// Break opportunities that are not at spaces (spaces become glue), from ICU's line breaking
// with koers' URL and "en/of" rules. Only text with such characters is asked, for speed.
std::vector<std::size_t> breaks_inside_words(std::u32string_view t) {
  std::vector<std::size_t> out;
  if (t.find_first_of(U"-/–—‐") == std::u32string_view::npos) return out;
  for (const auto& op : text::line_break_opportunities(t)) {
    if (op.mandatory || op.position == 0 || op.position >= t.size()) continue;
    const char32_t before = t[op.position - 1];
    if (before == U' ' || before == kNoBreakSpace) continue;
    out.push_back(op.position);
  }
  return out;
}

char32_t to_upper(char32_t c) {
  if ((c >= U'a' && c <= U'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
  if (c == U'ĳ') return U'Ĳ';
  return c;
}

struct Builder {
  Context& ctx;
  const InlineSetup& setup;
  InlineContent out;

  void push(BreakItem item, Piece piece) {
    out.items.push_back(item);
    out.pieces.push_back(std::move(piece));
  }

  TextStyle span_style(const doc::Span& span) {
    const style::ParagraphStyle& ps = *setup.style;
    std::string family = ps.font_family;
    double size = ps.font_size;
    bool bold = ps.bold || span.strong, italic = ps.italic != span.emphasis;
    display::Color color = ps.color;
    auto apply = [&](const std::string& name) {
      auto it = ctx.style.characters.find(name);
      if (it == ctx.style.characters.end()) return;
      const style::CharacterStyle& cs = it->second;
      if (cs.font_family) family = *cs.font_family;
      if (cs.font_size) size = *cs.font_size;
      if (cs.bold) bold = *cs.bold;
      if (cs.italic) italic = *cs.italic;
      if (cs.color) color = *cs.color;
    };
    if (!span.href.empty()) apply("a");
    if (!span.style.empty()) {
      if (!ctx.style.characters.count(span.style))
        ctx.warn(setup.source, "Onbekende tekststijl '" + span.style + "'.",
                 "Voeg de stijl toe aan de huisstijl of verwijder style=\"" + span.style + "\".");
      apply(span.style);
    }
    out.max_size = std::max(out.max_size, size);
    return ctx.text_style(family, bold, italic, size, color);
  }

  Piece piece(const TextStyle& ts, std::u32string_view text, const doc::Span* span) {
    Piece p;
    p.style = ts;
    p.text = text;
    if (ts.font) {
      const auto& adv = ctx.advances(*ts.font, text);
      p.advances.reserve(adv.size());
      for (double a : adv) p.advances.push_back(a * ts.size);
    } else {
      p.advances.assign(text.size(), 0.0);
    }
    if (span) link(p, span->href);
    return p;
  }

  static void link(Piece& p, const std::string& href) {
    if (href.empty()) return;
    if (href.front() == '#')
      p.target = href.substr(1);
    else
      p.uri = href;
  }

  static double width_of(const Piece& p) {
    double w = 0;
    for (double a : p.advances) w += a;
    return w;
  }

  void word(const TextStyle& ts, std::u32string_view w, const doc::Span& span, bool hyphenate) {
    Piece p = piece(ts, w, &span);
    p.hyphenatable = hyphenate && w.size() >= kShortestHyphenatedWord;
    const double width = width_of(p);
    push(BreakItem::box(width), std::move(p));
  }

  // Each marked word as fragments between its hyphenation points, each a box, joined by
  // flagged penalties that draw a hyphen. The advances come from shaping the whole word, so
  // the kerning inside it stays when it is not broken.
  void expand_hyphenatable_words() {
    InlineContent expanded;
    expanded.footnotes = std::move(out.footnotes);
    expanded.max_size = out.max_size;
    std::swap(expanded, out);
    out.items.reserve(expanded.items.size());
    out.pieces.reserve(expanded.pieces.size());
    for (std::size_t i = 0; i < expanded.items.size(); ++i) {
      Piece& piece = expanded.pieces[i];
      if (!piece.hyphenatable) {
        push(expanded.items[i], std::move(piece));
        continue;
      }
      piece.hyphenatable = false;
      // Copied: the cache's reference lasts only until its next lookup.
      const std::vector<text::HyphenPoint> points = ctx.hyphen_points(piece.text);
      if (points.empty())
        push(expanded.items[i], std::move(piece));
      else
        hyphenated_word(std::move(piece), points);
    }
  }

  void hyphenated_word(Piece whole, const std::vector<text::HyphenPoint>& points) {
    Piece hyphen = this->piece(whole.style, U"-", nullptr);
    hyphen.uri = whole.uri;
    hyphen.target = whole.target;
    const double hyphen_width = width_of(hyphen);
    const double cost = setup.justify ? kHyphenPenalty : kRaggedHyphenPenalty;
    std::size_t from = 0;
    auto fragment = [&](std::size_t to) {
      Piece part;
      part.style = whole.style;
      part.uri = whole.uri;
      part.target = whole.target;
      part.text = whole.text.substr(from, to - from);
      part.advances.assign(whole.advances.begin() + static_cast<long>(from),
                           whole.advances.begin() + static_cast<long>(to));
      const double width = width_of(part);
      push(BreakItem::box(width), std::move(part));
      from = to;
    };
    for (const text::HyphenPoint& point : points) {
      if (point.position <= from || point.position >= whole.text.size()) continue;
      fragment(point.position);
      Piece at = hyphen;
      at.after = point.after;
      at.after_replaces = point.after_replaces;
      push(BreakItem::hyphenation(hyphen_width, cost), std::move(at));
    }
    fragment(whole.text.size());
  }

  void space(const TextStyle& ts, char32_t c, const doc::Span& span, bool breakable) {
    Piece p = piece(ts, std::u32string(1, c), &span);
    double w = width_of(p);
    if (c == kNoBreakSpace && ts.font) w = ts.font->measure(U" ") * ts.size;
    if (!p.advances.empty()) p.advances[0] = w;
    if (!breakable) push(BreakItem::penalty(0, kInfinitePenalty), {});
    push(BreakItem::glue(w, setup.justify ? w * kSpaceStretch : 0,
                         setup.justify ? w * kSpaceShrink : 0),
         std::move(p));
  }

  void text(const doc::Span& span, std::u32string t) {
    if (setup.style->uppercase) std::transform(t.begin(), t.end(), t.begin(), to_upper);
    const TextStyle ts = span_style(span);
    const bool hyphenate = setup.style->hyphenate && !span.nobreak;
    std::size_t start = 0;
    // Whether the space-delimited token from `start` on may be hyphenated.
    bool token_hyphenates = false;
    auto begin_token = [&](std::size_t from) {
      if (!hyphenate) return;
      // Words joined by no-break spaces are one token: "paragraaf 2.1", "€ 1.250", "30 km".
      const std::size_t end = t.find(U' ', from);
      token_hyphenates = may_hyphenate(std::u32string_view(t).substr(from, end - from));
    };
    begin_token(0);
    auto flush = [&](std::size_t end) {
      if (end > start)
        word(ts, std::u32string_view(t).substr(start, end - start), span, token_hyphenates);
    };
    const std::vector<std::size_t> inner =
        span.nobreak ? std::vector<std::size_t>{} : breaks_inside_words(t);
    std::size_t next_inner = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const char32_t c = t[i];
      if (next_inner < inner.size() && inner[next_inner] == i) {
        // A break inside a word: after a hyphen ("CO2-uitstoot"), a slash in a URL.
        ++next_inner;
        if (i > start) {
          flush(i);
          // After a hyphen the line ends with one, as at a hyphenation point: flagged.
          push(BreakItem::penalty(0, kInnerBreakPenalty, is_hyphen(t[i - 1])), {});
          start = i;
        }
      }
      if (c == U' ' || c == kNoBreakSpace) {
        flush(i);
        space(ts, c, span, c == U' ' && !span.nobreak);
        start = i + 1;
        begin_token(start);
      }
    }
    flush(t.size());
  }

  void forced_break() {
    push(BreakItem::glue(0, kFillStretch, 0), {});
    push(BreakItem::penalty(0, -kInfinitePenalty), {});
  }

  void footnote(const doc::Span& span) {
    const int number = ++ctx.footnote_counter;
    const std::string label = std::to_string(number);
    TextStyle ts = span_style(span);
    ts.size *= kFootnoteScale;
    Piece p = piece(ts, text::to_u32(label), nullptr);
    p.raise = kFootnoteRaise * ts.size / kFootnoteScale;
    p.footnote = static_cast<int>(out.footnotes.size());
    const double w = width_of(p);
    push(BreakItem::box(w), std::move(p));
    Chunks note = layout_footnote(ctx, span, label);
    Chunk stacked = stack_chunks(note);
    stacked.space_before = stacked.space_after = 0;
    out.footnotes.push_back(std::move(stacked));
  }

  // <ref>: the target's page (as the previous layout pass found it), number, title or
  // label, linked to the target; "??" when there is nothing to show.
  void page_ref(const doc::Span& span) {
    const doc::SourceRef at = span.source.line > 0 ? span.source : setup.source;
    const std::string& id = span.target;
    const auto target = ctx.references.find(id);
    const bool known = target != ctx.references.end() || ctx.known_ids.count(id) > 0;
    std::string shown;
    if (!known) {
      ctx.warn(at, "Verwijzing naar '" + id + "': dat id bestaat niet.",
               "Controleer het attribuut to=\"" + id + "\" van <ref>.");
    } else if (span.show == doc::Span::Show::page) {
      ctx.uses_page_numbers = true;
      // Until a pass has placed the target (the first pass), the number is not known yet.
      if (std::optional<std::string> label = ctx.page_label(id))
        shown = *label;
      else
        ctx.warn(at, "Verwijzing naar '" + id + "': dat element staat op geen enkele pagina.",
                 "Verwijs naar een kop, tabel of alinea met dit id.");
    } else if (target != ctx.references.end()) {
      shown = reference_text(ctx, target->second, span.show, {});
    }
    if (known && shown.empty() && span.show != doc::Span::Show::page)
      ctx.warn(at,
               "Verwijzing naar '" + id + "': dat element heeft geen " +
                   (span.show == doc::Span::Show::title ? "titel." : "nummer."),
               "Alleen genummerde koppen en tabellen met een bijschrift hebben een nummer; "
               "gebruik anders show=\"page\" of show=\"title\".");
    if (shown.empty()) shown = "??";
    doc::Span as_text = span;
    as_text.kind = doc::Span::Kind::text;
    as_text.text = shown;
    const std::size_t first = out.pieces.size();
    text(as_text, text::to_u32(shown));
    // Linked to the target directly, not through href: a reference is not styled as a link.
    if (known)
      for (std::size_t i = first; i < out.pieces.size(); ++i)
        if (!out.pieces[i].text.empty()) out.pieces[i].target = id;
  }

  // Runs of boxes without a break that are wider than the measure are cut between
  // characters, so that no line sticks out of the text area.
  void split_overlong_words() {
    const double limit = setup.measure;
    std::size_t i = 0;
    const std::size_t n = out.items.size();
    bool any = false;
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    // A run is boxes joined by nothing or by no-break spaces (<nobr>, U+00A0).
    auto joined = [&](std::size_t k) {
      const BreakItem& item = out.items[k];
      if (item.type == BreakItem::Type::box) return true;
      if (item.type == BreakItem::Type::penalty && item.cost >= kInfinitePenalty) return true;
      return item.type == BreakItem::Type::glue && k > 0 &&
             out.items[k - 1].type == BreakItem::Type::penalty &&
             out.items[k - 1].cost >= kInfinitePenalty;
    };
    while (i < n) {
      if (out.items[i].type != BreakItem::Type::box) {
        ++i;
        continue;
      }
      std::size_t j = i;
      double w = 0;
      while (j < n && joined(j)) {
        if (out.items[j].type != BreakItem::Type::penalty) w += out.items[j].width;
        ++j;
      }
      // A word still to be hyphenated may fit once it is (hyphenate_words splits it then).
      const bool deferred = std::any_of(out.pieces.begin() + static_cast<long>(i),
                                        out.pieces.begin() + static_cast<long>(j),
                                        [](const Piece& p) { return p.hyphenatable; });
      if (w > limit && !deferred) runs.emplace_back(i, j), any = true;
      i = j;
    }
    if (!any) return;
    InlineContent split;
    split.footnotes = std::move(out.footnotes);
    split.max_size = out.max_size;
    std::size_t run = 0;
    for (i = 0; i < n; ++i) {
      const bool inside = run < runs.size() && i >= runs[run].first && i < runs[run].second;
      if (!inside) {
        split.items.push_back(out.items[i]);
        split.pieces.push_back(std::move(out.pieces[i]));
        continue;
      }
      if (out.items[i].type == BreakItem::Type::penalty) {
        // The no-break space cannot be kept: it becomes an ordinary break opportunity.
        if (i + 1 == runs[run].second) ++run;
        continue;
      }
      if (out.items[i].type == BreakItem::Type::glue) {
        split.items.push_back(out.items[i]);
        split.pieces.push_back(std::move(out.pieces[i]));
        if (i + 1 == runs[run].second) ++run;
        continue;
      }
      const Piece& whole = out.pieces[i];
      for (std::size_t k = 0; k < whole.text.size(); ++k) {
        if (i > runs[run].first || k > 0)
          split.items.push_back(BreakItem::emergency(kEmergencyPenalty)),
              split.pieces.push_back({});
        Piece one = whole;
        one.text = whole.text.substr(k, 1);
        one.advances = {whole.advances[k]};
        if (k > 0) one.footnote = -1;
        split.items.push_back(BreakItem::box(one.advances[0]));
        split.pieces.push_back(std::move(one));
      }
      if (whole.text.empty()) {
        split.items.push_back(out.items[i]);
        split.pieces.push_back(whole);
      }
      if (i + 1 == runs[run].second) ++run;
    }
    out = std::move(split);
  }
};

}  // namespace

InlineContent build_inline(Context& ctx, const doc::Inlines& spans, const InlineSetup& setup) {
  Builder b{ctx, setup, {}};
  if (!setup.prefix.empty()) {
    doc::Span prefix;
    prefix.text = text::to_utf8(setup.prefix);
    b.text(prefix, setup.prefix);
  }
  for (const doc::Span& span : spans) {
    switch (span.kind) {
      case doc::Span::Kind::text:
        b.text(span, text::to_u32(span.text));
        break;
      case doc::Span::Kind::line_break:
        b.forced_break();
        break;
      case doc::Span::Kind::footnote:
        b.footnote(span);
        break;
      case doc::Span::Kind::page_ref:
        b.page_ref(span);
        break;
    }
  }
  if (b.out.max_size == 0) b.out.max_size = setup.style->font_size;
  b.forced_break();
  if (!setup.defer_hyphenation) b.expand_hyphenatable_words();
  b.split_overlong_words();
  return std::move(b.out);
}

bool hyphenate_words(Context& ctx, InlineContent& content, const InlineSetup& setup) {
  if (std::none_of(content.pieces.begin(), content.pieces.end(),
                   [](const Piece& p) { return p.hyphenatable; }))
    return false;
  Builder b{ctx, setup, std::move(content)};
  b.expand_hyphenatable_words();
  b.split_overlong_words();
  content = std::move(b.out);
  return true;
}

ContentWidths measure_content(const InlineContent& content) {
  ContentWidths cw;
  double word = 0, line = 0;
  for (std::size_t i = 0; i < content.items.size(); ++i) {
    const BreakItem& item = content.items[i];
    const bool nobreak_glue = item.type == BreakItem::Type::glue && i > 0 &&
                              content.items[i - 1].type == BreakItem::Type::penalty &&
                              content.items[i - 1].cost >= kInfinitePenalty;
    if (item.type == BreakItem::Type::box || nobreak_glue) {
      word += item.width;
    } else if (item.type == BreakItem::Type::penalty &&
               (item.cost >= kInfinitePenalty || item.origin == BreakItem::Origin::hyphenation)) {
      continue;  // a column is not made narrower than its words by hyphenating them
    } else {
      cw.min = std::max(cw.min, word);
      word = 0;
    }
    if (item.type != BreakItem::Type::penalty && item.stretch < kFillStretch) line += item.width;
    if (item.is_forced_break()) cw.max = std::max(cw.max, line), line = 0;
  }
  cw.min = std::max(cw.min, word);
  cw.max = std::max({cw.max, line, cw.min});
  return cw;
}

}  // namespace koers::layout

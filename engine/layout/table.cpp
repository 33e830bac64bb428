// Tables: column widths from <col> (percentages, lengths, "*" shares, auto from content),
// numbers aligned on the decimal comma, rows that never split when they fit on a page, a
// header repeated on every page, footer rows (totals) at the end under a heavier rule, and
// a numbered caption ("Tabel 4: …") that stays with the table.
#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>
#include <unordered_map>

#include "layout/block_layout.h"
#include "layout/inline_items.h"
#include "layout/paragraph.h"
#include "layout/references.h"

namespace koers::layout {
namespace {

struct ColumnSpec {
  enum class Kind { automatic, fixed, percent, share } kind = Kind::automatic;
  double value = 0;
};

ColumnSpec parse_width(const std::string& w) {
  if (w.empty() || w == "auto") return {};
  double number = 1;
  const char* end = w.data() + w.size();
  auto [ptr, ec] = std::from_chars(w.data(), end, number);
  if (ec != std::errc()) ptr = w.data(), number = 1;
  const std::string unit(ptr, end);
  if (unit == "*") return {ColumnSpec::Kind::share, number};
  if (unit == "%") return {ColumnSpec::Kind::percent, number / 100};
  if (unit == "mm") return {ColumnSpec::Kind::fixed, number * 72 / 25.4};
  if (unit == "cm") return {ColumnSpec::Kind::fixed, number * 72 / 2.54};
  if (unit == "in") return {ColumnSpec::Kind::fixed, number * 72};
  if (unit == "pt" || unit.empty()) return {ColumnSpec::Kind::fixed, number};
  return {};
}

std::optional<style::TextAlign> parse_align(const std::string& a) {
  if (a == "right" || a == "decimal") return style::TextAlign::right;
  if (a == "center") return style::TextAlign::center;
  if (a == "justify") return style::TextAlign::justify;
  if (a == "left") return style::TextAlign::left;
  return std::nullopt;
}

enum class RowKind { header, body, footer };

// Where a number's decimal comma stands: at the comma between its last digits ("1.250,75"),
// or right after its last digit when it has none ("1.250", "12 %"), so that whole numbers
// line up with the units of the others. Returns the index of that position in text.
std::size_t decimal_point(std::u32string_view text) {
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  std::size_t end = text.size();
  while (end > 0 && !digit(text[end - 1])) --end;
  if (end == 0) return text.size();
  std::size_t start = end;
  while (start > 0 && digit(text[start - 1])) --start;
  if (start >= 2 && text[start - 1] == U',' && digit(text[start - 2])) return start - 1;
  return end;
}

// Widths of a cell's text before and from its decimal point.
struct DecimalParts {
  double integer = 0, fraction = 0;
};

class TableSetter {
 public:
  TableSetter(Context& ctx, const doc::Table& table, const Area& area)
      : ctx_(ctx),
        table_(table),
        area_(area),
        ts_(ctx.style.table(table.style.empty() ? "table" : table.style)) {}

  Chunks run() {
    columns_ = column_count();
    if (columns_ == 0) return {};
    measure_decimals();
    compute_widths();
    Chunks out;
    if (!table_.caption.empty()) {
      std::u32string prefix;
      if (auto it = ctx_.tables.find(&table_); it != ctx_.tables.end())
        prefix = text::to_u32(caption_prefix(ctx_, it->second));
      ParagraphSetup setup{&ctx_.style.paragraph("caption"), area_, {}, {}, prefix};
      for (auto& c : layout_paragraph(ctx_, table_.caption, setup)) out.push_back(std::move(c));
      for (std::size_t i = 1; i < out.size(); ++i) out[i].keep_with_previous = true;
    }
    std::shared_ptr<const Chunk> header;
    constexpr double kUnlimited = 1e12;
    if (!table_.header.empty()) {
      Chunks rows;
      for (const auto& row : table_.header)
        for (auto& c : set_row(row, RowKind::header, 0, kUnlimited)) rows.push_back(std::move(c));
      auto h = std::make_shared<Chunk>(stack_chunks(rows));
      h->space_before = h->space_after = 0;
      h->keep_with_previous = !out.empty();
      header = h;
      Chunk first = *h;
      out.push_back(std::move(first));
    }
    const double limit =
        std::max(ctx_.page_body_height / 4,
                 ctx_.page_body_height - (header ? header->height : 0) - 2 * ts_.cell_padding_y);
    for (std::size_t i = 0; i < table_.body.size(); ++i) {
      Chunks slices = set_row(table_.body[i], RowKind::body, i, limit);
      // Like a paragraph's orphans and widows: a page break never leaves the header with a
      // single row, nor carries a single row over (the first two and the last two rows stay
      // together).
      const bool second = i == 1, last = i + 1 == table_.body.size() && i >= 2;
      slices.front().keep_with_previous = (i == 0 && !out.empty()) || second || last;
      for (auto& row : slices) {
        row.repeat_header = header;
        out.push_back(std::move(row));
      }
    }
    for (std::size_t i = 0; i < table_.footer.size(); ++i) {
      Chunks slices = set_row(table_.footer[i], RowKind::footer, i, limit);
      slices.front().keep_with_previous = !out.empty();  // totals stay with the last rows
      for (auto& row : slices) {
        row.repeat_header = header;
        out.push_back(std::move(row));
      }
    }
    if (!out.empty()) {
      out.front().space_before = std::max(out.front().space_before, ts_.space_before);
      out.back().space_after = ts_.space_after;
    }
    return out;
  }

 private:
  std::size_t column_count() const {
    std::size_t n = table_.columns.size();
    for (const auto* rows : {&table_.header, &table_.body, &table_.footer})
      for (const auto& row : *rows) {
        std::size_t span = 0;
        for (const auto& cell : row.cells) span += std::max(1, cell.colspan);
        n = std::max(n, span);
      }
    return n;
  }

  const style::ParagraphStyle& cell_style(RowKind kind) const {
    if (kind == RowKind::header) return ctx_.style.paragraph("th");
    if (kind == RowKind::footer && ctx_.style.paragraphs.count("tfoot"))
      return ctx_.style.paragraph("tfoot");
    return ctx_.style.paragraph(kind == RowKind::footer ? "th" : "td");
  }

  std::string cell_align(const doc::TableCell& cell, std::size_t column) const {
    if (!cell.align.empty()) return cell.align;
    return column < table_.columns.size() ? table_.columns[column].align : std::string();
  }

  // The decimal parts of every body and footer cell aligned on the comma, and per column the
  // widest of each part: the comma stands where the widest fraction leaves room for it.
  // Header cells of such a column are set flush right.
  void measure_decimals() {
    integer_.assign(columns_, 0);
    fraction_.assign(columns_, 0);
    for (const auto& [rows, kind] :
         {std::pair{&table_.body, RowKind::body}, std::pair{&table_.footer, RowKind::footer}})
      for (const auto& row : *rows) {
        std::size_t c = 0;
        for (const auto& cell : row.cells) {
          if (c >= columns_) break;
          if (cell.colspan <= 1 && cell_align(cell, c) == "decimal") {
            if (auto parts = decimal_parts(cell, kind)) {
              decimals_[&cell] = *parts;
              integer_[c] = std::max(integer_[c], parts->integer);
              fraction_[c] = std::max(fraction_[c], parts->fraction);
            }
          }
          c += std::max(1, cell.colspan);
        }
      }
  }

  // Only a cell that holds one paragraph (a number) is aligned on its comma.
  std::optional<DecimalParts> decimal_parts(const doc::TableCell& cell, RowKind kind) {
    if (cell.blocks.size() != 1) return std::nullopt;
    const auto* p = std::get_if<doc::Paragraph>(&cell.blocks.front().value);
    if (!p) return std::nullopt;
    InlineSetup is;
    is.style = p->style.empty() ? &cell_style(kind) : &ctx_.style.paragraph(p->style);
    is.measure = area_.width;
    const int notes = ctx_.footnote_counter;  // measuring must not number footnotes
    const InlineContent content = build_inline(ctx_, p->content, is);
    ctx_.footnote_counter = notes;
    std::u32string text;
    std::vector<double> advances;
    for (std::size_t i = 0; i < content.pieces.size(); ++i) {
      if (content.items[i].type == BreakItem::Type::penalty) continue;
      text += content.pieces[i].text;
      advances.insert(advances.end(), content.pieces[i].advances.begin(),
                      content.pieces[i].advances.end());
    }
    const std::size_t point = decimal_point(text);
    DecimalParts parts;
    for (std::size_t i = 0; i < advances.size(); ++i)
      (i < point ? parts.integer : parts.fraction) += advances[i];
    return parts;
  }

  ContentWidths measure_cell(const doc::TableCell& cell, RowKind kind) {
    ContentWidths cw;
    const style::ParagraphStyle& ps = cell_style(kind);
    for (const auto& block : cell.blocks) {
      if (const auto* p = std::get_if<doc::Paragraph>(&block.value)) {
        InlineSetup is;
        is.style = &ps;
        is.measure = area_.width;
        // Measuring must not number the cell's footnotes: layout numbers them later.
        const int notes = ctx_.footnote_counter;
        const ContentWidths w = measure_content(build_inline(ctx_, p->content, is));
        ctx_.footnote_counter = notes;
        cw.min = std::max(cw.min, w.min + ps.margin_left + ps.margin_right);
        cw.max = std::max(cw.max, w.max + ps.margin_left + ps.margin_right);
      } else {
        cw.min = std::max(cw.min, 3 * ps.font_size);
        cw.max = std::max(cw.max, area_.width / 3);
      }
    }
    return cw;
  }

  void compute_widths() {
    std::vector<ColumnSpec> specs(columns_);
    for (std::size_t c = 0; c < table_.columns.size(); ++c)
      specs[c] = parse_width(table_.columns[c].width);
    const double total = area_.width;
    const double pad = 2 * ts_.cell_padding_x;
    widths_.assign(columns_, 0);
    double fixed = 0, shares = 0;
    std::vector<ContentWidths> content(columns_);
    bool any_auto = false;
    for (std::size_t c = 0; c < columns_; ++c) {
      if (specs[c].kind == ColumnSpec::Kind::fixed) widths_[c] = specs[c].value;
      if (specs[c].kind == ColumnSpec::Kind::percent) widths_[c] = specs[c].value * total;
      if (specs[c].kind == ColumnSpec::Kind::share) shares += specs[c].value;
      if (specs[c].kind == ColumnSpec::Kind::automatic) any_auto = true;
      fixed += widths_[c];
    }
    if (any_auto) {
      auto measure_rows = [&](const std::vector<doc::TableRow>& rows, RowKind kind) {
        for (const auto& row : rows) {
          std::size_t c = 0;
          for (const auto& cell : row.cells) {
            if (c >= columns_) break;
            if (cell.colspan <= 1 && specs[c].kind == ColumnSpec::Kind::automatic) {
              const ContentWidths w = measure_cell(cell, kind);
              content[c].min = std::max(content[c].min, w.min + pad);
              content[c].max = std::max(content[c].max, w.max + pad);
            }
            c += std::max(1, cell.colspan);
          }
        }
      };
      measure_rows(table_.header, RowKind::header);
      measure_rows(table_.body, RowKind::body);
      measure_rows(table_.footer, RowKind::footer);
      // Aligned on the comma, a column needs the widest integer part plus the widest fraction.
      for (std::size_t c = 0; c < columns_; ++c) {
        const double aligned = integer_[c] + fraction_[c] + pad;
        if (specs[c].kind != ColumnSpec::Kind::automatic || aligned <= pad) continue;
        content[c].min = std::max(content[c].min, aligned);
        content[c].max = std::max(content[c].max, aligned);
      }
    }
    const double rest = std::max(0.0, total - fixed);
    double sum_min = 0, sum_max = 0;
    for (std::size_t c = 0; c < columns_; ++c)
      if (specs[c].kind == ColumnSpec::Kind::automatic) {
        content[c].max = std::max(content[c].max, content[c].min);
        sum_min += content[c].min, sum_max += content[c].max;
      }
    double for_shares = 0;
    if (sum_max <= rest) {
      // Everything fits at natural width: "*" columns take the rest, else autos widen.
      const double extra = rest - sum_max;
      for_shares = shares > 0 ? extra : 0;
      for (std::size_t c = 0; c < columns_; ++c)
        if (specs[c].kind == ColumnSpec::Kind::automatic)
          widths_[c] = content[c].max + (shares > 0 ? 0 : extra * content[c].max / sum_max);
    } else if (sum_min >= rest) {
      for (std::size_t c = 0; c < columns_; ++c)
        if (specs[c].kind == ColumnSpec::Kind::automatic)
          widths_[c] = sum_min > 0 ? rest * content[c].min / sum_min : 0;
    } else {
      // Between minimum and natural: each column gets its minimum plus a share of the
      // remaining room in proportion to how much more it would like (CSS 2.1 auto layout).
      const double room = rest - sum_min;
      for (std::size_t c = 0; c < columns_; ++c)
        if (specs[c].kind == ColumnSpec::Kind::automatic)
          widths_[c] = content[c].min +
                       room * (content[c].max - content[c].min) / std::max(1e-9, sum_max - sum_min);
    }
    if (shares > 0) {
      if (!any_auto) for_shares = rest;
      for (std::size_t c = 0; c < columns_; ++c)
        if (specs[c].kind == ColumnSpec::Kind::share)
          widths_[c] = for_shares * specs[c].value / shares;
    }
    // Columns that still add up to more than the measure (fixed widths) are scaled down.
    double sum = 0;
    for (double w : widths_) sum += w;
    if (sum > total && sum > 0)
      for (double& w : widths_) w *= total / sum;
    if (sum == 0)
      for (double& w : widths_) w = total / columns_;
    x_.assign(columns_ + 1, area_.x);
    for (std::size_t c = 0; c < columns_; ++c) x_[c + 1] = x_[c] + widths_[c];
  }

  // A row is one chunk; only a row taller than the room on a page (limit, for the cells'
  // content) is cut into slices between the lines of its cells.
  Chunks set_row(const doc::TableRow& row, RowKind kind, std::size_t index, double limit) {
    const std::string saved_style = ctx_.paragraph_style;
    const auto saved_align = ctx_.align_override;
    ctx_.paragraph_style = kind == RowKind::body ? "td"
                           : kind == RowKind::header || !ctx_.style.paragraphs.count("tfoot")
                               ? "th"
                               : "tfoot";
    std::vector<std::vector<Chunks>> slices;  // per cell, per slice
    std::size_t c = 0;
    for (const auto& cell : row.cells) {
      if (c >= columns_) break;
      const std::size_t last = std::min(columns_, c + std::max(1, cell.colspan));
      Area cell_area{x_[c] + ts_.cell_padding_x,
                     std::max(1.0, x_[last] - x_[c] - 2 * ts_.cell_padding_x)};
      const std::string align = cell_align(cell, c);
      ctx_.align_override = parse_align(align).value_or(style::TextAlign::left);
      if (auto it = decimals_.find(&cell); it != decimals_.end() && kind != RowKind::header) {
        // Flush right, but short of the column's edge by the fraction it lacks.
        const DecimalParts& parts = it->second;
        const double room = cell_area.width - parts.integer - parts.fraction;
        cell_area.width -= std::clamp(fraction_[c] - parts.fraction, 0.0, std::max(0.0, room));
      }
      slices.push_back(slice(layout_blocks(ctx_, cell.blocks, cell_area), limit));
      c = last;
    }
    ctx_.paragraph_style = saved_style;
    ctx_.align_override = saved_align;

    std::size_t count = 1;
    for (const auto& cell : slices) count = std::max(count, cell.size());
    Chunks out;
    for (std::size_t k = 0; k < count; ++k) {
      std::vector<Chunk> cells;
      for (const auto& cell : slices)
        cells.push_back(k < cell.size() ? stack_chunks(cell[k]) : Chunk{});
      out.push_back(row_chunk(cells, kind, index));
    }
    return out;
  }

  static std::vector<Chunks> slice(Chunks chunks, double limit) {
    std::vector<Chunks> out(1);
    double y = 0;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      const double gap = out.back().empty() ? 0 : gap_between(chunks[i - 1], chunks[i]);
      if (!out.back().empty() && y + gap + chunks[i].height > limit) {
        out.emplace_back();
        y = 0;
      } else {
        y += gap;
      }
      y += chunks[i].height;
      out.back().push_back(std::move(chunks[i]));
    }
    return out;
  }

  Chunk row_chunk(std::vector<Chunk>& cells, RowKind kind, std::size_t index) const {
    double content_height = 0;
    for (const auto& cell : cells) content_height = std::max(content_height, cell.height);
    Chunk out;
    out.height = content_height + 2 * ts_.cell_padding_y;
    const bool header = kind == RowKind::header;
    if (header || (ts_.zebra && kind == RowKind::body && index % 2 == 1)) {
      display::Rect r;
      r.x = area_.x, r.w = area_.width, r.h = out.height;
      r.fill_color = header ? ts_.header_background : ts_.zebra_background;
      out.items.push_back(r);
    }
    for (auto& cell : cells) {
      if (header) recolor(cell, ts_.header_color);
      merge_into(out, cell, 0, ts_.cell_padding_y);
    }
    if (!cells.empty()) out.first_baseline = cells.front().first_baseline + ts_.cell_padding_y;
    if (ts_.rule_width > 0 && kind == RowKind::footer && index == 0) {
      display::Line rule;  // totals stand apart from the rows they add up
      rule.x1 = area_.x, rule.x2 = area_.x + area_.width;
      rule.width = ts_.rule_width * 2;
      rule.color = ts_.rule_color;
      out.items.push_back(rule);
    }
    if (ts_.rule_width > 0) {
      display::Line rule;
      rule.x1 = area_.x, rule.x2 = area_.x + area_.width;
      rule.y1 = rule.y2 = out.height;
      rule.width = ts_.rule_width * (header ? 2 : 1);
      rule.color = ts_.rule_color;
      out.items.push_back(rule);
    }
    return out;
  }

  static void recolor(Chunk& chunk, const display::Color& color) {
    for (auto& item : chunk.items)
      if (auto* run = std::get_if<display::GlyphRun>(&item)) run->color = color;
  }

  Context& ctx_;
  const doc::Table& table_;
  Area area_;
  const style::TableStyle& ts_;
  std::size_t columns_ = 0;
  std::vector<double> widths_, x_;
  std::vector<double> integer_, fraction_;  // per column: widest parts around the comma
  std::unordered_map<const doc::TableCell*, DecimalParts> decimals_;
};

}  // namespace

Chunks layout_table(Context& ctx, const doc::Table& table, const Area& area,
                    const doc::SourceRef& source) {
  Chunks out = TableSetter(ctx, table, area).run();
  if (out.empty()) ctx.warn(source, "Tabel zonder rijen of kolommen: weggelaten.");
  if (!table.id.empty() && !out.empty()) out.front().anchors.push_back({table.id, 0});
  return out;
}

}  // namespace koers::layout

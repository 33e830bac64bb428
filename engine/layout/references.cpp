#include "layout/references.h"

#include <algorithm>
#include <cctype>
#include <type_traits>

#include "layout/block_layout.h"

namespace koers::layout {
namespace {

constexpr const char* kNoBreakSpace = "\u00A0";  // "tabel 4" never breaks between its words

// Settings "table-numbering" and "figure-numbering": on unless "no" (also "none", "off",
// "nee").
bool numbering_on(const style::StyleSheet& sheet, const std::string& setting) {
  auto it = sheet.settings.find(setting);
  if (it == sheet.settings.end()) return true;
  std::string v = it->second;
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  return !(v == "no" || v == "none" || v == "off" || v == "nee");
}

class Collector {
 public:
  explicit Collector(Context& ctx)
      : ctx_(ctx),
        number_tables_(numbering_on(ctx.style, "table-numbering")),
        number_figures_(numbering_on(ctx.style, "figure-numbering")) {}

  void blocks(const doc::Blocks& blocks) {
    for (const auto& block : blocks) this->block(block);
  }

 private:
  void block(const doc::Block& block) {
    ReferenceTarget target;
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, doc::Heading>) {
            auto it = ctx_.headings.find(&b);
            if (it == ctx_.headings.end()) return;
            const HeadingInfo& info = it->second;
            target = {ReferenceTarget::Kind::heading, info.level, info.number, info.title};
            add(info.anchor, target);
          } else if constexpr (std::is_same_v<T, doc::Table>) {
            target.kind = ReferenceTarget::Kind::table;
            target.title = plain_text(b.caption);
            if (number_tables_ && !b.caption.empty()) target.number = std::to_string(++tables_);
            ctx_.tables[&b] = target;
            add(b.id, target);
            for (const auto* rows : {&b.header, &b.body, &b.footer})
              for (const auto& row : *rows)
                for (const auto& cell : row.cells) blocks(cell.blocks);
          } else if constexpr (std::is_same_v<T, doc::Figure>) {
            target.kind = ReferenceTarget::Kind::figure;
            target.title = plain_text(b.caption);
            if (number_figures_ && !b.caption.empty()) target.number = std::to_string(++figures_);
            ctx_.figures[&b] = target;
            add(b.id, target);
          } else if constexpr (std::is_same_v<T, doc::List>) {
            for (const auto& item : b.items) blocks(item.blocks);
          } else if constexpr (std::is_same_v<T, doc::Division>) {
            blocks(b.blocks);
          }
        },
        block.value);
    add(block.id, target);
  }

  void add(const std::string& id, const ReferenceTarget& target) {
    if (id.empty()) return;
    ctx_.references.emplace(id, target);
    ctx_.known_ids.insert(id);
  }

  Context& ctx_;
  bool number_tables_, number_figures_;
  int tables_ = 0, figures_ = 0;
};

}  // namespace

void collect_reference_targets(Context& ctx, const doc::Document& document) {
  ctx.references.clear();
  ctx.tables.clear();
  ctx.figures.clear();
  Collector collector(ctx);
  for (const auto& section : document.sections) collector.blocks(section.blocks);
}

std::string reference_text(const Context& ctx, const ReferenceTarget& target, doc::Span::Show show,
                           const std::string& page) {
  using Show = doc::Span::Show;
  using Kind = ReferenceTarget::Kind;
  switch (show) {
    case Show::page:
      return page;
    case Show::number:
      return target.number;
    case Show::title:
      return target.title;
    case Show::label:
      break;
  }
  const std::string nbsp(kNoBreakSpace);
  if (target.kind == Kind::heading) {
    // An unnumbered heading ("Bijlage") is named by its title.
    if (target.number.empty())
      return ctx.label("verwijzing.titel", "\u201E{titel}\u201D", {{"titel", target.title}});
    return (target.level <= 1 ? ctx.label("verwijzing.hoofdstuk", "hoofdstuk")
                              : ctx.label("verwijzing.paragraaf", "paragraaf")) +
           nbsp + target.number;
  }
  if (target.number.empty()) return {};
  if (target.kind == Kind::table)
    return ctx.label("verwijzing.tabel", "tabel") + nbsp + target.number;
  if (target.kind == Kind::figure)
    return ctx.label("verwijzing.figuur", "figuur") + nbsp + target.number;
  return {};
}

std::string caption_prefix(const Context& ctx, const ReferenceTarget& target) {
  if (target.number.empty()) return {};
  const std::string word = target.kind == ReferenceTarget::Kind::figure
                               ? ctx.label("bijschrift.figuur", "Figuur")
                               : ctx.label("bijschrift.tabel", "Tabel");
  return word + std::string(kNoBreakSpace) + target.number + ": ";
}

}  // namespace koers::layout

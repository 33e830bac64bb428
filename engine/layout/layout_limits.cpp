#include "layout/layout_limits.h"

#include <algorithm>
#include <variant>
#include <vector>

namespace koers::layout {

LayoutBudget::LayoutBudget(const Options& options, Diagnostics& diags)
    : options_(options),
      diags_(diags),
      deadline_(std::chrono::steady_clock::now() + options.time_budget) {}

bool LayoutBudget::time_left() {
  if (!exceeded_ && std::chrono::steady_clock::now() >= deadline_)
    stop("de opmaak duurt langer dan " + describe_duration(options_.time_budget) +
             "; koers is gestopt",
         "Zo lang duurt alleen een uitzonderlijk groot document, of een document waarvan de "
         "paginanummers in inhoudsopgave en verwijzingen blijven verschuiven. Maak het "
         "document kleiner of splits het.");
  return !exceeded_;
}

bool LayoutBudget::pages_fit(std::size_t pages) {
  if (!exceeded_ && pages > static_cast<std::size_t>(std::max(0, options_.max_pages)))
    stop("het document wordt langer dan " +
             describe_count(static_cast<std::uintmax_t>(std::max(0, options_.max_pages))) +
             " pagina's; koers stopt bij die grens",
         "Hoort het document zo lang te zijn, geef dan een hogere grens op met --max-pages.");
  return !exceeded_;
}

void LayoutBudget::stop(std::string message, std::string hint) {
  diags_.error(options_.file, 0, 0, std::move(message), std::move(hint));
  exceeded_ = true;
}

bool tables_fit(const doc::Document& document, const Options& options, Diagnostics& diags) {
  const auto max_rows = static_cast<std::size_t>(std::max(0, options.max_table_rows));
  bool fit = true;
  // A stack, not recursion: tables sit in divisions, list items, table cells and footnotes.
  std::vector<const doc::Blocks*> stack;
  for (const auto& section : document.sections) stack.push_back(&section.blocks);
  auto notes_in = [&](const doc::Inlines& spans) {
    for (const doc::Span& span : spans)
      if (span.note) stack.push_back(span.note.get());
  };
  while (!stack.empty()) {
    const doc::Blocks& blocks = *stack.back();
    stack.pop_back();
    for (const doc::Block& block : blocks) {
      if (const auto* table = std::get_if<doc::Table>(&block.value)) {
        const std::size_t rows = table->header.size() + table->body.size() + table->footer.size();
        if (rows > max_rows) {
          diags.error(options.file, block.source.line, block.source.column,
                      "de tabel heeft " + describe_count(rows) + " rijen; koers zet tabellen tot " +
                          describe_count(max_rows) + " rijen",
                      "Splits de tabel in delen, of laat het detail weg en geef een samenvatting.");
          fit = false;
          continue;
        }
        for (const auto* part : {&table->header, &table->body, &table->footer})
          for (const doc::TableRow& row : *part)
            for (const doc::TableCell& cell : row.cells) stack.push_back(&cell.blocks);
      } else if (const auto* division = std::get_if<doc::Division>(&block.value)) {
        stack.push_back(&division->blocks);
      } else if (const auto* list = std::get_if<doc::List>(&block.value)) {
        for (const doc::ListItem& item : list->items) stack.push_back(&item.blocks);
      } else if (const auto* paragraph = std::get_if<doc::Paragraph>(&block.value)) {
        notes_in(paragraph->content);
      } else if (const auto* heading = std::get_if<doc::Heading>(&block.value)) {
        notes_in(heading->content);
      }
    }
  }
  return fit;
}

}  // namespace koers::layout

#include "layout/layout.h"

#include <algorithm>
#include <set>

#include "layout/block_layout.h"
#include "layout/context.h"
#include "layout/layout_limits.h"
#include "layout/pagination.h"
#include "layout/references.h"
#include "layout/running.h"

namespace koers::layout {
namespace {

// Stops early, with the pages so far, when budget runs out.
PageSet lay_out_pages(Context& ctx, const doc::Document& document, LayoutBudget& budget) {
  PageSet pages;
  ctx.footnote_counter = 0;
  for (const auto& section : document.sections) {
    if (!budget.time_left()) return pages;
    const style::PageTemplate& tpl = ctx.style.page(section.page_template);
    const Area area{tpl.margin_left, std::max(1.0, tpl.width - tpl.margin_left - tpl.margin_right)};
    ctx.text_area = area;
    ctx.page_body_height = std::max(1.0, tpl.height - tpl.margin_top - tpl.margin_bottom);
    const Chunks chunks = layout_blocks(ctx, section.blocks, area);
    if (!budget.time_left()) return pages;
    paginate(chunks, tpl, pages);
    if (!budget.pages_fit(pages.pages.size())) return pages;
  }
  add_running_texts(ctx, pages, document.metadata);
  return pages;
}

std::map<std::string, std::string> page_labels(const PageSet& pages) {
  std::map<std::string, std::string> labels;
  for (const auto& [id, place] : pages.anchors) {
    const auto& page = pages.pages[place.page];
    labels[id] = page.label.empty() ? std::to_string(place.page + 1) : page.label;
  }
  return labels;
}

// Points internal links at their anchors; links to unknown ids are dropped with a warning.
void resolve_links(Context& ctx, PageSet& pages) {
  std::vector<std::set<std::size_t, std::greater<>>> dropped(pages.pages.size());
  for (const auto& link : pages.links) {
    auto& item = std::get<display::Link>(pages.pages[link.page].items[link.item]);
    if (auto it = pages.anchors.find(link.target); it != pages.anchors.end()) {
      item.dest_page = it->second.page;
      item.dest_y = it->second.y;
    } else {
      ctx.diags.warning(ctx.file, 0, 0,
                        "Koppeling naar '#" + link.target + "': dat id bestaat niet.",
                        "Geef het doel een id=\"" + link.target + "\" of pas de koppeling aan.");
      dropped[link.page].insert(link.item);
    }
  }
  for (std::size_t p = 0; p < dropped.size(); ++p)
    for (std::size_t index : dropped[p])
      pages.pages[p].items.erase(pages.pages[p].items.begin() + static_cast<long>(index));
}

}  // namespace

display::Document layout_document(const doc::Document& document, const style::StyleSheet& style,
                                  text::FontLibrary& fonts, Diagnostics& diags,
                                  const Options& options) {
  Diagnostics pass_diags;
  Context ctx(style, fonts, pass_diags, diags, options.file);
  if (options.first_fit) ctx.breaker = &ctx.greedy;
  ctx.messages = options.messages;
  ctx.language = document.metadata.language;
  const LoadedHyphenator& hyphenation =
      options.hyphenation ? *options.hyphenation : dutch_hyphenator();
  ctx.set_hyphenator(hyphenation.hyphenator.get());
  if (!hyphenation.hyphenator)
    diags.warning(options.file, 0, 0, "Woorden worden niet afgebroken: " + hyphenation.error,
                  "Installeer het pakket hyphen-nl (afbreekpatronen voor het Nederlands).");
  ctx.images = ImageStore(options.resources, options.base_dir);
  number_headings(ctx, document);
  collect_reference_targets(ctx, document);
  if (!tables_fit(document, options, diags)) return {};

  LayoutBudget budget(options, diags);
  PageSet pages;
  bool stable = false;
  const int passes = std::max(1, options.max_passes);
  for (int pass = 0; pass < passes && !stable; ++pass) {
    pass_diags = Diagnostics{};
    ctx.uses_page_numbers = false;
    pages = lay_out_pages(ctx, document, budget);
    if (budget.exceeded()) return {};
    auto labels = page_labels(pages);
    stable = !ctx.uses_page_numbers || labels == ctx.previous_labels;
    ctx.previous_labels = std::move(labels);
  }
  if (!stable)
    pass_diags.error(options.file, 0, 0,
                     "De paginanummers in de inhoudsopgave en de verwijzingen blijven na " +
                         std::to_string(passes) + " rondes veranderen.",
                     "Meestal verdwijnt dit door een tekst iets in te korten of een "
                     "paginaovergang toe te voegen.");
  resolve_links(ctx, pages);
  diags.append(pass_diags);

  display::Document out;
  const doc::Metadata& meta = document.metadata;
  out.metadata.title = meta.title;
  out.metadata.author = meta.author;
  out.metadata.subject = meta.subject;
  out.metadata.keywords = meta.keywords;
  out.metadata.language = meta.language;
  out.metadata.creation_date = meta.date;
  out.metadata.creator = std::string("koers ") + KOERS_VERSION;
  for (const auto& face : ctx.faces) out.font_index(face);
  out.pages = std::move(pages.pages);
  out.outline = std::move(pages.outline);
  return out;
}

}  // namespace koers::layout

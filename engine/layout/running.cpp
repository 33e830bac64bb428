#include "layout/running.h"

#include <exception>

#include "text/format.h"

namespace koers::layout {
namespace {

std::string formatted_date(const doc::Metadata& meta) {
  if (meta.date.empty()) return {};
  try {
    const auto date = text::parse_date(meta.date);
    if (!date) return meta.date;
    return text::Formatter(meta.language.empty() ? "nl-NL" : meta.language).date(*date);
  } catch (const std::exception&) {
    return meta.date;
  }
}

void place(Context& ctx, display::Page& page, const style::PageTemplate& tpl,
           const std::string& text, int where, double baseline) {
  if (text.empty()) return;
  const style::ParagraphStyle& ps = ctx.style.paragraph(tpl.running_style);
  const TextStyle ts = ctx.text_style(ps.font_family, ps.bold, ps.italic, ps.font_size, ps.color);
  if (!ts.font) return;
  display::GlyphRun run;
  run.face = ts.face;
  run.size = ts.size;
  run.color = ts.color;
  run.text = text::to_u32(text);
  for (double a : ctx.advances(*ts.font, run.text)) run.advances.push_back(a * ts.size);
  const double w = run.width();
  if (where == 0) run.x = tpl.margin_left;
  if (where == 1)
    run.x = tpl.margin_left + (tpl.width - tpl.margin_left - tpl.margin_right - w) / 2;
  if (where == 2) run.x = tpl.width - tpl.margin_right - w;
  run.y = baseline;
  page.items.push_back(std::move(run));
}

}  // namespace

std::string substitute_fields(const std::string& text, const doc::Metadata& meta,
                              const std::string& page, const std::string& pages,
                              const std::string& date) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find('{', i);
    const std::size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) {
      out += text.substr(i);
      break;
    }
    out += text.substr(i, open - i);
    const std::string name = text.substr(open + 1, close - open - 1);
    if (name == "page")
      out += page;
    else if (name == "pages")
      out += pages;
    else if (name == "title")
      out += meta.title;
    else if (name == "subtitle")
      out += meta.subtitle;
    else if (name == "municipality")
      out += meta.municipality;
    else if (name == "date")
      out += date;
    else if (name == "pagination" && meta.pagination.find("{pagination}") == std::string::npos)
      out += substitute_fields(meta.pagination, meta, page, pages, date);
    else
      out += text.substr(open, close - open + 1);
    i = close + 1;
  }
  return out;
}

void add_running_texts(Context& ctx, PageSet& pages, const doc::Metadata& meta) {
  int counted = 0;
  for (std::size_t i = 0; i < pages.pages.size(); ++i) {
    if (pages.templates[i]->count_pages) pages.pages[i].label = std::to_string(++counted);
  }
  const std::string total = std::to_string(counted);
  // Building an ICU formatter costs milliseconds: only when a running text shows the date.
  bool shows_date = false;
  for (const style::PageTemplate* tpl : pages.templates)
    for (const style::RunningText* rt : {&tpl->header, &tpl->footer})
      for (const std::string* t : {&rt->left, &rt->center, &rt->right})
        shows_date = shows_date || t->find("{date}") != std::string::npos;
  const std::string date = shows_date ? formatted_date(meta) : std::string();
  for (std::size_t i = 0; i < pages.pages.size(); ++i) {
    const style::PageTemplate& tpl = *pages.templates[i];
    display::Page& page = pages.pages[i];
    const std::string number = page.label.empty() ? std::to_string(i + 1) : page.label;
    auto put = [&](const style::RunningText& rt, double baseline) {
      place(ctx, page, tpl, substitute_fields(rt.left, meta, number, total, date), 0, baseline);
      place(ctx, page, tpl, substitute_fields(rt.center, meta, number, total, date), 1, baseline);
      place(ctx, page, tpl, substitute_fields(rt.right, meta, number, total, date), 2, baseline);
    };
    if (!tpl.header.empty()) put(tpl.header, tpl.header_offset);
    if (!tpl.footer.empty()) put(tpl.footer, tpl.height - tpl.footer_offset);
  }
}

}  // namespace koers::layout

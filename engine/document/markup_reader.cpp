#include "document/markup_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "core/length.h"
#include "document/suggestion.h"

namespace koers::doc {
namespace {

constexpr std::array<std::string_view, 40> kAllElements = {
    "document", "section", "h1",       "h2",      "h3",         "h4",     "p",         "ul",
    "ol",       "li",      "table",    "caption", "col",        "thead",  "tbody",     "tfoot",
    "tr",       "th",      "td",       "toc",     "page-break", "spacer", "div",       "image",
    "em",       "strong",  "a",        "span",    "nobr",       "br",     "footnote",  "ref",
    "figure",   "chart",   "category", "series",  "point",      "task",   "milestone", "item"};

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), is_xml_space);
}

bool is_text(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

bool is_inline_element(std::string_view name) {
  return name == "em" || name == "strong" || name == "a" || name == "span" || name == "nobr" ||
         name == "br" || name == "footnote" || name == "ref";
}

bool is_block_element(std::string_view name) {
  return name == "h1" || name == "h2" || name == "h3" || name == "h4" || name == "p" ||
         name == "ul" || name == "ol" || name == "table" || name == "toc" || name == "page-break" ||
         name == "spacer" || name == "div" || name == "image" || name == "figure" ||
         name == "chart";
}

// A short, readable excerpt of stray text for a message.
std::string excerpt(std::string_view text) {
  std::string out;
  bool space = true;
  for (char c : text) {
    if (is_xml_space(c)) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
    if (out.size() >= 40) {
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
        out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
      return out + "…";
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string tag(std::string_view name) {
  return "<" + std::string(name) + ">";
}

}  // namespace

MarkupReader::MarkupReader(std::string_view markup, const std::string& file, Diagnostics& diags)
    : markup_(markup), file_(file), diags_(diags), lines_(markup) {}

SourceRef MarkupReader::at_offset(std::ptrdiff_t offset) {
  if (offset < 0) return {};
  offset = std::min<std::ptrdiff_t>(offset, static_cast<std::ptrdiff_t>(markup_.size()));
  if (offset < cursor_offset_) {
    TextPosition p = lines_.at(offset);
    return {p.line, p.column};
  }
  for (std::ptrdiff_t i = cursor_offset_; i < offset; ++i) {
    char c = markup_[static_cast<std::size_t>(i)];
    if (c == '\n') {
      ++cursor_position_.line;
      cursor_position_.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++cursor_position_.column;
    }
  }
  cursor_offset_ = offset;
  return {cursor_position_.line, cursor_position_.column};
}

SourceRef MarkupReader::at(pugi::xml_node node) {
  std::ptrdiff_t offset = node.offset_debug();
  if (node.type() == pugi::node_element && offset > 0) --offset;  // the '<' before the name
  return at_offset(offset);
}

SourceRef MarkupReader::at(pugi::xml_node node, pugi::xml_attribute attribute) {
  std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return at(node);
  return at_offset(offset + (attribute.name() - node.name()));
}

void MarkupReader::error(SourceRef where, std::string message, std::string hint) {
  diags_.error(file_, where.line, where.column, std::move(message), std::move(hint));
}

void MarkupReader::warning(SourceRef where, std::string message, std::string hint) {
  diags_.warning(file_, where.line, where.column, std::move(message), std::move(hint));
}

// --- attributes ----------------------------------------------------------------------

void MarkupReader::check_attributes(pugi::xml_node node,
                                    std::initializer_list<std::string_view> allowed) {
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view name = a.name();
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    std::string hint;
    if (std::string close = closest_name(name, allowed); !close.empty()) {
      hint = "Bedoelt u " + close + "=\"…\"?";
    } else if (allowed.size() == 0) {
      hint = tag(node.name()) + " heeft geen attributen.";
    } else {
      hint = "Toegestaan bij " + tag(node.name()) + ":";
      for (std::string_view n : allowed) hint += " " + std::string(n);
      hint += ".";
    }
    error(at(node, a), "onbekend attribuut " + std::string(name) + " bij " + tag(node.name()),
          std::move(hint));
  }
}

bool MarkupReader::yes_no(pugi::xml_node node, const char* name, bool fallback) {
  pugi::xml_attribute a = node.attribute(name);
  if (!a) return fallback;
  std::string_view v = a.value();
  if (v == "yes") return true;
  if (v == "no") return false;
  error(at(node, a),
        std::string(name) + "=\"" + std::string(v) + "\" is geen geldige waarde bij " +
            tag(node.name()),
        "Gebruik \"yes\" of \"no\".");
  return fallback;
}

std::optional<double> MarkupReader::length(pugi::xml_node node, const char* name) {
  pugi::xml_attribute a = node.attribute(name);
  if (!a) return std::nullopt;
  auto points = parse_length(a.value());
  if (!points || *points < 0) {
    error(
        at(node, a),
        std::string(name) + "=\"" + a.value() + "\" is geen geldige lengte bij " + tag(node.name()),
        "Schrijf een getal met een eenheid: pt, mm, cm, in of px, bijvoorbeeld \"20mm\".");
    return std::nullopt;
  }
  return points;
}

std::string MarkupReader::align(pugi::xml_node node,
                                std::initializer_list<std::string_view> allowed) {
  pugi::xml_attribute a = node.attribute("align");
  if (!a) return {};
  std::string_view v = a.value();
  if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) return std::string(v);
  std::string hint = "Gebruik";
  for (std::string_view n : allowed) hint += " \"" + std::string(n) + "\"";
  error(at(node, a), "align=\"" + std::string(v) + "\" is geen geldige uitlijning", hint + ".");
  return {};
}

std::string MarkupReader::required(pugi::xml_node node, const char* name) {
  pugi::xml_attribute a = node.attribute(name);
  if (!a || !*a.value()) {
    error(at(node), tag(node.name()) + " mist het attribuut " + name,
          "Bijvoorbeeld " + tag(std::string(node.name()) + " " + name + "=\"…\"") + ".");
    return {};
  }
  return a.value();
}

void MarkupReader::register_id(pugi::xml_node node, std::string id) {
  if (id.empty()) return;
  SourceRef where = at(node, node.attribute("id"));
  auto [it, inserted] = ids_.emplace(id, where);
  if (!inserted) {
    error(where, "id \"" + id + "\" komt twee keer voor",
          "Het eerste staat op regel " + std::to_string(it->second.line) +
              "; een id moet uniek zijn.");
  }
}

// --- content models ------------------------------------------------------------------

Document MarkupReader::read(pugi::xml_node root) {
  Document document;
  if (std::string_view(root.name()) != "document") {
    error(at(root), "het buitenste element is " + tag(root.name()) + ", verwacht <document>",
          "Document-opmaak begint met <document title=\"…\">.");
    return document;
  }
  check_attributes(root, {"title", "subtitle", "author", "subject", "keywords", "lang", "date",
                          "style", "municipality", "pagination"});
  Metadata& m = document.metadata;
  m.title = root.attribute("title").value();
  m.subtitle = root.attribute("subtitle").value();
  m.author = root.attribute("author").value();
  m.subject = root.attribute("subject").value();
  m.keywords = root.attribute("keywords").value();
  m.style = root.attribute("style").value();
  m.municipality = root.attribute("municipality").value();
  if (pugi::xml_attribute lang = root.attribute("lang")) m.language = lang.value();
  if (pugi::xml_attribute pagination = root.attribute("pagination"))
    m.pagination = pagination.value();
  if (pugi::xml_attribute date = root.attribute("date")) {
    std::string_view d = date.value();
    bool iso =
        d.size() == 10 && d[4] == '-' && d[7] == '-' &&
        std::all_of(d.begin(), d.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (iso) {
      int month = std::stoi(std::string(d.substr(5, 2)));
      int day = std::stoi(std::string(d.substr(8, 2)));
      iso = month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
    if (!iso) {
      error(at(root, date), "date=\"" + std::string(d) + "\" is geen geldige datum",
            "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-27.");
    } else {
      m.date = d;
    }
  }
  read_sections(root, document);
  check_references();
  return document;
}

void MarkupReader::read_sections(pugi::xml_node root, Document& out) {
  Section* open_body = nullptr;
  for (pugi::xml_node child : root.children()) {
    if (is_text(child)) {
      check_text(child);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    if (std::string_view(child.name()) == "section") {
      open_body = nullptr;
      check_attributes(child, {"page"});
      Section section;
      section.source = at(child);
      if (pugi::xml_attribute page = child.attribute("page")) {
        if (!*page.value()) {
          error(at(child, page), "page=\"\" noemt geen paginasjabloon",
                "Bijvoorbeeld page=\"cover\" of page=\"body\".");
        } else {
          section.page_template = page.value();
        }
      }
      read_blocks(child, section.blocks);
      out.sections.push_back(std::move(section));
      continue;
    }
    if (!open_body) {
      out.sections.emplace_back();
      open_body = &out.sections.back();
      open_body->source = at(child);
    }
    if (!read_block(child, open_body->blocks)) misplaced(child, "document");
  }
}

void MarkupReader::check_text(pugi::xml_node text_node) {
  std::string_view text = text_node.value();
  if (is_blank(text)) return;
  std::size_t skip = 0;
  while (skip < text.size() && is_xml_space(text[skip])) ++skip;
  error(at_offset(text_node.offset_debug() + static_cast<std::ptrdiff_t>(skip)),
        "tekst buiten een alinea: \"" + excerpt(text) + "\"",
        "Zet tekst in een <p>, een kop of een lijstpunt.");
}

void MarkupReader::misplaced(pugi::xml_node node, std::string_view context) {
  std::string_view name = node.name();
  std::string where = tag(node.name());
  std::string in = tag(context);
  if (std::find(kAllElements.begin(), kAllElements.end(), name) == kAllElements.end()) {
    std::string close =
        closest_name(name, kAllElements.data(), kAllElements.data() + kAllElements.size());
    error(at(node), "onbekend element " + where,
          close.empty() ? "docs/markup.md noemt alle elementen." : "Bedoelt u " + tag(close) + "?");
  } else if (is_inline_element(name)) {
    error(at(node), where + " staat buiten een alinea (in " + in + ")",
          "Zet tekst en opmaak in een <p>.");
  } else if (is_block_element(name)) {
    error(at(node), where + " kan niet binnen een regel tekst staan (in " + in + ")",
          "Sluit de alinea of de opmaak eerst af.");
  } else if (name == "li") {
    error(at(node), "<li> hoort in een <ul> of <ol>, niet in " + in);
  } else if (name == "tr") {
    error(at(node), "<tr> hoort in een <table>, <thead>, <tbody> of <tfoot>, niet in " + in);
  } else if (name == "th" || name == "td") {
    error(at(node), where + " hoort in een <tr>, niet in " + in);
  } else if (name == "section") {
    error(at(node), "<section> hoort direct in <document>, niet in " + in);
  } else if (name == "document") {
    error(at(node), "<document> kan alleen het buitenste element zijn");
  } else if (name == "caption") {
    error(at(node), "<caption> hoort direct in een <table> of <figure>, niet in " + in);
  } else if (name == "point") {
    error(at(node), "<point> hoort in een <series> van een <chart>, niet in " + in);
  } else if (name == "milestone") {
    error(at(node), "<milestone> hoort in een <task> van een <chart>, niet in " + in);
  } else if (name == "category" || name == "series" || name == "task" || name == "item") {
    error(at(node), where + " hoort direct in een <chart>, niet in " + in);
  } else {
    error(at(node), where + " hoort direct in een <table>, niet in " + in);
  }
}

void MarkupReader::check_empty(pugi::xml_node node) {
  for (pugi::xml_node child : node.children()) {
    if (is_text(child) && is_blank(child.value())) continue;
    if (child.type() != pugi::node_element && !is_text(child)) continue;
    error(at(child), tag(node.name()) + " moet leeg zijn",
          "Schrijf " + tag(std::string(node.name()) + "/") + " zonder inhoud.");
    return;
  }
}

void MarkupReader::read_blocks(pugi::xml_node parent, Blocks& out) {
  for (pugi::xml_node child : parent.children()) {
    if (is_text(child)) {
      check_text(child);
    } else if (child.type() == pugi::node_element && !read_block(child, out)) {
      misplaced(child, parent.name());
    }
  }
}

void MarkupReader::read_flow(pugi::xml_node parent, Blocks& out) {
  InlineBuilder builder;
  SourceRef run_start;
  auto flush = [&] {
    if (builder.empty()) return;
    Block block;
    block.source = run_start;
    block.value = Paragraph{.style = {}, .content = builder.finish()};
    out.push_back(std::move(block));
  };
  for (pugi::xml_node child : parent.children()) {
    bool inline_child =
        is_text(child) || (child.type() == pugi::node_element && !is_block_element(child.name()));
    if (inline_child) {
      if (builder.empty()) run_start = at(child);
      if (is_text(child)) {
        builder.text(child.value(), {});
      } else {
        read_inline_element(child, builder, {});
      }
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    flush();
    read_block(child, out);
  }
  flush();
}

bool MarkupReader::read_block(pugi::xml_node node, Blocks& out) {
  std::string_view name = node.name();
  if (!is_block_element(name)) return false;
  Block block;
  block.source = at(node);
  if (name.size() == 2 && name[0] == 'h') {
    Heading heading = read_heading(node, name[1] - '0');
    block.id = heading.id;
    block.value = std::move(heading);
  } else if (name == "p") {
    block.value = read_paragraph(node);
  } else if (name == "ul" || name == "ol") {
    block.value = read_list(node, name == "ol");
  } else if (name == "table") {
    Table table = read_table(node);
    block.id = table.id;
    block.value = std::move(table);
  } else if (name == "toc") {
    block.value = read_toc(node);
  } else if (name == "page-break") {
    check_attributes(node, {});
    check_empty(node);
    block.value = PageBreak{};
  } else if (name == "spacer") {
    check_attributes(node, {"height"});
    check_empty(node);
    Spacer spacer;
    if (!node.attribute("height")) {
      required(node, "height");
    } else if (auto h = length(node, "height")) {
      spacer.height = *h;
    }
    block.value = spacer;
  } else if (name == "div") {
    block.value = read_division(node);
  } else if (name == "figure") {
    block.value = read_figure(node);
  } else if (name == "chart") {
    block.value = read_chart(node);
  } else {
    block.value = read_image(node);
  }
  if (block.id.empty()) block.id = node.attribute("id").value();
  if (!std::holds_alternative<Heading>(block.value) && !std::holds_alternative<Table>(block.value))
    register_id(node, block.id);
  out.push_back(std::move(block));
  return true;
}

// --- inline content ------------------------------------------------------------------

Inlines MarkupReader::read_inline_content(pugi::xml_node parent) {
  InlineBuilder builder;
  read_inlines(parent, builder, {});
  return builder.finish();
}

void MarkupReader::read_inlines(pugi::xml_node parent, InlineBuilder& builder,
                                const InlineFlags& flags) {
  for (pugi::xml_node child : parent.children()) {
    if (is_text(child)) {
      std::string_view text = child.value();
      if (std::memchr(text.data(), '&', text.size())) {
        // pugixml leaves entities it does not know (HTML's &nbsp;) as plain text.
        std::size_t amp = text.find('&');
        std::size_t semi = text.find(';', amp);
        if (semi != std::string_view::npos && semi - amp < 12 &&
            std::all_of(text.begin() + amp + 1, text.begin() + semi,
                        [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
          error(at_offset(child.offset_debug() + static_cast<std::ptrdiff_t>(amp)),
                "onbekende entiteit " + std::string(text.substr(amp, semi - amp + 1)),
                "XML kent alleen &amp; &lt; &gt; &quot; &apos;; schrijf een harde spatie als "
                "&#160;.");
        }
      }
      builder.text(text, flags);
    } else if (child.type() == pugi::node_element) {
      read_inline_element(child, builder, flags);
    }
  }
}

void MarkupReader::read_inline_element(pugi::xml_node node, InlineBuilder& builder,
                                       InlineFlags flags) {
  std::string_view name = node.name();
  if (name == "em") {
    check_attributes(node, {});
    flags.emphasis = true;
  } else if (name == "strong") {
    check_attributes(node, {});
    flags.strong = true;
  } else if (name == "nobr") {
    check_attributes(node, {});
    flags.nobreak = true;
  } else if (name == "a") {
    check_attributes(node, {"href"});
    flags.href = required(node, "href");
  } else if (name == "span") {
    check_attributes(node, {"style"});
    flags.style = required(node, "style");
  } else if (name == "br") {
    check_attributes(node, {});
    check_empty(node);
    builder.line_break(flags);
    return;
  } else if (name == "ref") {
    const SourceRef where = at(node);
    check_attributes(node, {"to", "show"});
    check_empty(node);
    std::string target = required(node, "to");
    if (!target.empty()) references_.emplace_back(target, at(node, node.attribute("to")));
    builder.page_ref(std::move(target), flags, ref_show(node), where);
    return;
  } else if (name == "footnote") {
    check_attributes(node, {});
    if (footnote_depth_ > 0) {
      error(at(node), "een <footnote> kan niet in een andere voetnoot staan");
      return;
    }
    ++footnote_depth_;
    auto note = std::make_shared<Blocks>();
    read_flow(node, *note);
    --footnote_depth_;
    if (note->empty()) warning(at(node), "lege voetnoot");
    builder.footnote(std::move(note), flags);
    return;
  } else {
    misplaced(node, node.parent().name());
    return;
  }
  read_inlines(node, builder, flags);
}

Span::Show MarkupReader::ref_show(pugi::xml_node ref) {
  pugi::xml_attribute a = ref.attribute("show");
  if (!a) return Span::Show::page;
  const std::string_view v = a.value();
  if (v == "page") return Span::Show::page;
  if (v == "number") return Span::Show::number;
  if (v == "title") return Span::Show::title;
  if (v == "label") return Span::Show::label;
  std::string hint =
      "Kies show=\"page\" (paginanummer), \"number\" (3.2), \"title\" (de titel) of "
      "\"label\" (paragraaf 3.2).";
  const std::string close = closest_name(v, {"page", "number", "title", "label"});
  if (!close.empty()) hint = "Bedoelt u show=\"" + close + "\"? " + hint;
  error(at(ref, a), "show=\"" + std::string(v) + "\" is geen geldige waarde voor <ref>", hint);
  return Span::Show::page;
}

void MarkupReader::check_references() {
  for (const auto& [target, where] : references_) {
    if (ids_.count(target)) continue;
    error(where, "verwijzing naar onbekend id \"" + target + "\"",
          "Geef het element waarnaar u verwijst id=\"" + target + "\".");
  }
}

// --- blocks --------------------------------------------------------------------------

Heading MarkupReader::read_heading(pugi::xml_node node, int level) {
  check_attributes(node, {"id", "numbered", "toc", "outline"});
  Heading heading;
  heading.level = level;
  heading.id = node.attribute("id").value();
  register_id(node, heading.id);
  heading.numbered = yes_no(node, "numbered", true);
  heading.in_toc = yes_no(node, "toc", true);
  heading.in_outline = yes_no(node, "outline", true);
  heading.content = read_inline_content(node);
  if (heading.content.empty()) warning(at(node), "lege kop " + tag(node.name()));
  return heading;
}

Paragraph MarkupReader::read_paragraph(pugi::xml_node node) {
  check_attributes(node, {"style", "id"});
  Paragraph paragraph;
  paragraph.style = node.attribute("style").value();
  paragraph.content = read_inline_content(node);
  return paragraph;
}

List MarkupReader::read_list(pugi::xml_node node, bool ordered) {
  if (ordered) {
    check_attributes(node, {"numbering", "style", "id"});
  } else {
    check_attributes(node, {"style", "id"});
  }
  List list;
  list.ordered = ordered;
  list.style = node.attribute("style").value();
  if (pugi::xml_attribute numbering = node.attribute("numbering")) {
    std::string_view v = numbering.value();
    if (v == "1" || v == "a" || v == "A" || v == "i" || v == "I") {
      list.numbering = v;
    } else {
      error(at(node, numbering), "numbering=\"" + std::string(v) + "\" is geen geldige nummering",
            "Gebruik \"1\" (1, 2, 3), \"a\" (a, b, c), \"A\", \"i\" (i, ii, iii) of \"I\".");
    }
  }
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      check_text(child);
    } else if (child.type() == pugi::node_element) {
      if (std::string_view(child.name()) != "li") {
        error(at(child), tag(child.name()) + " kan niet direct in " + tag(node.name()) + " staan",
              "Een lijst bevat alleen <li>-elementen.");
        continue;
      }
      check_attributes(child, {});
      ListItem item;
      read_flow(child, item.blocks);
      list.items.push_back(std::move(item));
    }
  }
  if (list.items.empty()) warning(at(node), "lege lijst " + tag(node.name()));
  return list;
}

Toc MarkupReader::read_toc(pugi::xml_node node) {
  check_attributes(node, {"depth", "title"});
  check_empty(node);
  Toc toc;
  if (pugi::xml_attribute depth = node.attribute("depth")) {
    std::string_view v = depth.value();
    if (v.size() == 1 && v[0] >= '1' && v[0] <= '4') {
      toc.depth = v[0] - '0';
    } else {
      error(at(node, depth), "depth=\"" + std::string(v) + "\" is geen geldige diepte",
            "De inhoudsopgave toont kopniveau 1 tot en met 4: gebruik 1, 2, 3 of 4.");
    }
  }
  if (pugi::xml_attribute title = node.attribute("title")) {
    InlineBuilder builder;
    builder.text(title.value(), {});
    toc.title = builder.finish();
  }
  return toc;
}

Division MarkupReader::read_division(pugi::xml_node node) {
  check_attributes(node, {"style", "keep-together", "id"});
  Division division;
  division.style = node.attribute("style").value();
  division.keep_together = yes_no(node, "keep-together", false);
  read_blocks(node, division.blocks);
  return division;
}

Image MarkupReader::read_image(pugi::xml_node node) {
  check_attributes(node, {"src", "alt", "width", "height", "align", "style", "id"});
  check_empty(node);
  Image image;
  image.src = required(node, "src");
  image.at = at(node);
  if (pugi::xml_attribute src = node.attribute("src")) image.src_at = at(node, src);
  image.align = align(node, {"left", "center", "right"});
  image.style = node.attribute("style").value();
  image.alt = node.attribute("alt").value();
  if (!node.attribute("alt")) {
    warning(at(node), "<image> zonder alt-tekst",
            "Beschrijf de afbeelding in alt=\"…\" voor lezers met een schermlezer.");
  }
  image.width = length(node, "width").value_or(0);
  image.height = length(node, "height").value_or(0);
  return image;
}

Figure MarkupReader::read_figure(pugi::xml_node node) {
  check_attributes(node, {"id", "width"});
  Figure figure;
  figure.id = node.attribute("id").value();
  figure.width = length(node, "width").value_or(0);
  bool has_content = false, has_caption = false;
  for (pugi::xml_node child : node.children()) {
    if (is_text(child)) {
      check_text(child);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    const bool content = name == "image" || name == "chart";
    if (content && !has_content) {
      if (name == "image") {
        figure.content = read_image(child);
      } else {
        figure.content = read_chart(child);
      }
      if (child.attribute("id"))
        error(at(child, child.attribute("id")),
              "een " + tag(name) + " in een <figure> heeft geen id",
              "Zet het id op de <figure>: daar verwijst <ref> naar.");
      has_content = true;
    } else if (name == "caption" && !has_caption) {
      check_attributes(child, {});
      figure.caption = read_inline_content(child);
      has_caption = true;
    } else if (content) {
      error(at(child), "een <figure> heeft maar één <image> of <chart>",
            "Maak voor elke afbeelding en elke grafiek een eigen <figure>.");
    } else if (name == "caption") {
      error(at(child), "een <figure> heeft maar één <caption>");
    } else {
      error(at(child), tag(name) + " kan niet in een <figure> staan",
            "Een figuur bevat één <image/> of <chart> en eventueel een <caption>.");
    }
  }
  if (!has_content)
    error(at(node), "<figure> zonder <image/> of <chart>",
          "Bijvoorbeeld <figure id=\"kaart\"><image src=\"kaart.png\" alt=\"…\"/>"
          "<caption>…</caption></figure>.");
  return figure;
}

}  // namespace koers::doc

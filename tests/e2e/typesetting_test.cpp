// The issue-3 torture test (documents/typesetting.xml, made by make_typesetting.py): a
// 300-row table, footnotes, nested lists, 40+ cross-references and a landscape section.
// Laid out in-process and checked on the display list; rendered by the koers binary and
// checked on the PDF with poppler and qpdf.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>
#include <pugixml.hpp>
#include <regex>
#include <set>

#include "core/whitespace.h"

#include "core/resources.h"
#include "display/display.h"
#include "document/document.h"
#include "layout/layout.h"
#include "style/style.h"
#include "support/process.h"
#include "text/font.h"

namespace fs = std::filesystem;
using koers::test::read_file;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace koers {
namespace {

const fs::path kDocument = fs::path(KOERS_TEST_DIR) / "e2e" / "documents" / "typesetting.xml";
constexpr double kMargin = 70.866;  // 25 mm left and right on every page template of base
const std::string kNbsp = "\u00A0";

// --- what the markup says, read independently of the engine -----------------------------

struct Target {
  std::string number;  // "2.1", "3"; empty: unnumbered
  std::string title;   // heading text, caption text
  bool table = false;
  int level = 0;
  // First line of the target as set: "2.1 Warmte", "Tabel 3: Woningen, …"
  std::string first_line() const {
    if (table) return "Tabel" + kNbsp + number + ": " + title;
    return number.empty() ? title : number + " " + title;
  }
  std::string label() const {
    if (table) return "tabel" + kNbsp + number;
    if (number.empty()) return "\u201E" + title + "\u201D";
    return (level == 1 ? "hoofdstuk" : "paragraaf") + kNbsp + number;
  }
};

struct Ref {
  std::string to, show;
};

struct Markup {
  std::map<std::string, Target> targets;
  std::vector<Ref> refs;  // in document order
  int footnotes = 0;
  int see_sentences = 0;  // "zie <ref show=label/> op pagina <ref/>"
};

std::string collapse(const std::string& s) {
  return koers::collapse_xml_whitespace(s);
}

// The base style numbers chapters and their paragraphs ("1.1"); tables with a caption are
// numbered in order.
void walk(pugi::xml_node node, Markup& m, int counters[2], int& tables) {
  for (pugi::xml_node child : node.children()) {
    const std::string name = child.name();
    if (name == "h1" || name == "h2" || name == "h3") {
      Target t;
      t.level = name[1] - '0';
      t.title = collapse(child.text().get());
      if (t.level == 1) t.number = std::to_string(++counters[0]), counters[1] = 0;
      if (t.level == 2)
        t.number = std::to_string(counters[0]) + "." + std::to_string(++counters[1]);
      m.targets[child.attribute("id").value()] = t;
    } else if (name == "table" && child.child("caption")) {
      Target t;
      t.table = true;
      t.number = std::to_string(++tables);
      t.title = collapse(child.child("caption").text().get());
      m.targets[child.attribute("id").value()] = t;
    } else if (name == "ref") {
      m.refs.push_back({child.attribute("to").value(),
                        child.attribute("show") ? child.attribute("show").value() : "page"});
    } else if (name == "footnote") {
      ++m.footnotes;
    }
    walk(child, m, counters, tables);
  }
}

Markup read_markup() {
  Markup m;
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_file(kDocument.c_str()));
  int counters[2] = {0, 0}, tables = 0;
  walk(doc.child("document"), m, counters, tables);
  const std::string raw = read_file(kDocument);
  const std::regex see(R"re(zie <ref to="([^"]+)" show="label"/> op pagina <ref to="\1"/>)re");
  m.see_sentences = static_cast<int>(
      std::distance(std::sregex_iterator(raw.begin(), raw.end(), see), std::sregex_iterator()));
  return m;
}

// --- the display list --------------------------------------------------------------------

std::string utf8(const std::u32string& s) {
  return text::to_utf8(s);
}

std::vector<const display::GlyphRun*> runs(const display::Page& page) {
  std::vector<const display::GlyphRun*> out;
  for (const auto& item : page.items)
    if (const auto* r = std::get_if<display::GlyphRun>(&item)) out.push_back(r);
  return out;
}

// Lines of a page: runs on one baseline, joined in drawing order.
std::map<long, std::string> lines_of(const display::Page& page) {
  std::map<long, std::string> lines;
  for (const auto* r : runs(page)) lines[std::lround(r->y * 100)] += utf8(r->text);
  return lines;
}

// The characters drawn inside a link's rectangle.
std::string text_under(const display::Page& page, const display::Link& link) {
  std::u32string out;
  for (const auto* r : runs(page)) {
    if (r->y < link.y || r->y > link.y + link.h) continue;
    double x = r->x;
    for (std::size_t i = 0; i < r->text.size(); ++i) {
      const double centre = x + r->advances[i] / 2;
      if (centre >= link.x && centre <= link.x + link.w) out += r->text[i];
      x += r->advances[i];
    }
  }
  return utf8(out);
}

// The first line set below y on a page (the line an anchor at y points to).
std::string line_at(const display::Page& page, double y) {
  for (const auto& [key, line] : lines_of(page))
    if (key / 100.0 > y) return line;
  return {};
}

std::string label_of(const display::Document& d, int page) {
  return d.pages[page].label.empty() ? std::to_string(page + 1) : d.pages[page].label;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

class Typesetting : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    markup_ = new Markup(read_markup());
    DiskResources resources(KOERS_SOURCE_DIR);
    laid_diags_ = new Diagnostics;
    const std::string text = read_file(kDocument);
    const auto start = std::chrono::steady_clock::now();
    const doc::Document document = doc::parse_markup(text, kDocument.string(), *laid_diags_);
    const style::StyleSheet sheet = style::load_style("base", resources, *laid_diags_);
    fonts_ = new text::FontLibrary;
    layout::Options options;
    options.file = kDocument.string();
    laid_ = new display::Document(
        layout::layout_document(document, sheet, *fonts_, *laid_diags_, options));
    std::cout << "[ timing ] typesetting.xml laid out in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
              << " s, " << laid_->pages.size() << " pages\n";
    dir_ = new TempDir("typesetting");
    pdf_ = dir_->path() / "typesetting.pdf";
    render_ = new koers::test::CommandResult(run(shell_quote(KOERS_BINARY) + " typeset " +
                                                 shell_quote(kDocument.string()) + " -o " +
                                                 shell_quote(pdf_.string())));
  }
  static void TearDownTestSuite() {
    delete render_;
    delete dir_;
    delete laid_;
    delete fonts_;
    delete laid_diags_;
    delete markup_;
  }

  static int toc_page() {
    for (std::size_t p = 0; p < laid_->pages.size(); ++p)
      for (const auto& [y, line] : lines_of(laid_->pages[p]))
        if (line == "Inhoud") return static_cast<int>(p);
    return -1;
  }

  static Markup* markup_;
  static Diagnostics* laid_diags_;
  static text::FontLibrary* fonts_;
  static display::Document* laid_;
  static TempDir* dir_;
  static fs::path pdf_;
  static koers::test::CommandResult* render_;
};
Markup* Typesetting::markup_ = nullptr;
Diagnostics* Typesetting::laid_diags_ = nullptr;
text::FontLibrary* Typesetting::fonts_ = nullptr;
display::Document* Typesetting::laid_ = nullptr;
TempDir* Typesetting::dir_ = nullptr;
fs::path Typesetting::pdf_;
koers::test::CommandResult* Typesetting::render_ = nullptr;

TEST_F(Typesetting, TheDocumentIsATortureTest) {
  EXPECT_GE(markup_->see_sentences, 40);
  EXPECT_GE(markup_->footnotes, 15);
  EXPECT_TRUE(laid_diags_->empty()) << laid_diags_->to_string();
  EXPECT_EQ(render_->exit_code, 0) << render_->err;
  EXPECT_EQ(render_->err, "");
}

// --- display list checks -----------------------------------------------------------------

struct TableSpec {
  std::string header;  // the header row's line
  std::regex row;      // the first cell of a body row
  int min_pages;
};

TEST_F(Typesetting, EveryPageOfATableStartsWithItsHeaderRow) {
  const std::vector<TableSpec> specs = {
      {"Nr.MaatregelThemaTrekkerStatusBudget (€)", std::regex(R"(^M\d{3}$)"), 10},
      {"Post20272028", std::regex("^(Isolatiesubsidie|Zon op daken|Wijkaanpak)$"), 1},
      {"WijkWoningenLabel A (%)Label B (%)Label C (%)Label D–G (%)Gas (m³/jr)Stroom "
       "(kWh/jr)Zon (kWp)Groen (%)",
       std::regex(R"(^(Centrum|Oost|West|Noord|Zuid|Haven|Dorp|Veld|Beek|Molen|Heide|Polder) \d$)"),
       2}};
  std::set<std::string> measures_seen;
  for (const auto& spec : specs) {
    int pages = 0;
    for (std::size_t p = 0; p < laid_->pages.size(); ++p) {
      double first_row = 1e9, header = -1;
      for (const auto& [key, line] : lines_of(laid_->pages[p]))
        if (line == spec.header && header < 0) header = key / 100.0;
      for (const auto* r : runs(laid_->pages[p])) {
        const std::string t = utf8(r->text);
        if (std::regex_match(t, spec.row)) {
          first_row = std::min(first_row, r->y);
          measures_seen.insert(t);
        }
      }
      if (first_row == 1e9) continue;
      ++pages;
      EXPECT_GE(header, 0) << "page " << p + 1 << " holds rows but no header: " << spec.header;
      EXPECT_LT(header, first_row) << "page " << p + 1;
    }
    EXPECT_GE(pages, spec.min_pages) << spec.header;
  }
  // All 300 measures, each once.
  int measures = 0;
  for (const auto& t : measures_seen) measures += std::regex_match(t, specs[0].row);
  EXPECT_EQ(measures, 300);
}

TEST_F(Typesetting, EveryFootnoteIsOnThePageOfItsReference) {
  std::map<int, int> marker_page, note_page;
  const std::regex note(R"(^(\d+) Toelichting bij bewering (\d+):.*)");
  for (std::size_t p = 0; p < laid_->pages.size(); ++p) {
    const auto rs = runs(laid_->pages[p]);
    for (std::size_t i = 0; i < rs.size(); ++i) {
      const std::string t = utf8(rs[i]->text);
      std::smatch m;
      if (std::regex_match(t, m, note)) {
        EXPECT_EQ(m[1], m[2]) << "note numbered out of order: " << t;
        EXPECT_TRUE(note_page.emplace(std::stoi(m[1]), static_cast<int>(p)).second) << t;
      }
      // A marker: a small raised number right after "bewering N." in the text.
      if (i > 0 && rs[i]->size < 7 && std::regex_match(t, std::regex(R"(\d+)")) &&
          rs[i]->y < rs[i - 1]->y) {
        const std::string before = utf8(rs[i - 1]->text);
        const std::string claim = "bewering " + t + ".";
        EXPECT_TRUE(before.size() >= claim.size() &&
                    before.compare(before.size() - claim.size(), claim.size(), claim) == 0)
            << "marker " << t << " after: " << before;
        EXPECT_TRUE(marker_page.emplace(std::stoi(t), static_cast<int>(p)).second) << t;
      }
    }
  }
  EXPECT_EQ(static_cast<int>(note_page.size()), markup_->footnotes);
  EXPECT_EQ(static_cast<int>(marker_page.size()), markup_->footnotes);
  for (const auto& [n, page] : marker_page) {
    ASSERT_TRUE(note_page.count(n)) << "note " << n << " is missing";
    EXPECT_EQ(note_page[n], page) << "note " << n;
  }
  // Spread over the document, not all on one page.
  std::set<int> pages;
  for (const auto& [n, page] : note_page) pages.insert(page);
  EXPECT_GE(pages.size(), 8u);
}

TEST_F(Typesetting, EveryReferenceShowsItsTargetAndLinksToIt) {
  const int toc = toc_page();
  ASSERT_GE(toc, 0);
  struct Found {
    int page;
    const display::Link* link;
    std::string text;
  };
  std::vector<Found> links;
  for (std::size_t p = 0; p < laid_->pages.size(); ++p) {
    if (static_cast<int>(p) == toc) continue;
    for (const auto& item : laid_->pages[p].items)
      if (const auto* l = std::get_if<display::Link>(&item); l && l->dest_page >= 0)
        links.push_back({static_cast<int>(p), l, text_under(laid_->pages[p], *l)});
  }
  std::size_t k = 0;
  int checked = 0;
  for (const Ref& ref : markup_->refs) {
    ASSERT_LT(k, links.size()) << "fewer links than references";
    const auto target = markup_->targets.find(ref.to);
    ASSERT_NE(target, markup_->targets.end()) << ref.to;
    const Target& t = target->second;
    const Found& found = links[k++];
    std::string shown = found.text;
    // A title may wrap: its second line is a second link to the same place.
    while (ref.show == "title" && shown != t.title && k < links.size() &&
           links[k].link->dest_page == found.link->dest_page)
      shown += " " + links[k++].text;
    const int dest = found.link->dest_page;
    const std::string line = line_at(laid_->pages[dest], found.link->dest_y);
    EXPECT_TRUE(starts_with(t.first_line(), line) && !line.empty())
        << ref.to << ": the link points at \"" << line << "\" on page " << dest + 1;
    const std::string expected = ref.show == "page"     ? label_of(*laid_, dest)
                                 : ref.show == "number" ? t.number
                                 : ref.show == "title"  ? t.title
                                                        : t.label();
    EXPECT_EQ(shown, expected) << ref.to << " show=" << ref.show;
    ++checked;
  }
  EXPECT_EQ(k, links.size()) << "more links than references";
  EXPECT_GE(checked, 2 * 40);
}

TEST_F(Typesetting, ContentsListsTheTruePages) {
  const int toc = toc_page();
  ASSERT_GE(toc, 0);
  int entries = 0;
  for (const auto& item : laid_->pages[toc].items) {
    const auto* l = std::get_if<display::Link>(&item);
    if (!l) continue;
    const std::string entry = text_under(laid_->pages[toc], *l);
    const std::string line = line_at(laid_->pages[l->dest_page], l->dest_y);
    ASSERT_FALSE(line.empty());
    EXPECT_TRUE(starts_with(entry, line)) << entry << " → " << line;
    const std::string page = label_of(*laid_, l->dest_page);
    EXPECT_EQ(entry.substr(entry.size() - page.size()), page) << entry;
    ++entries;
  }
  int headings = 0;
  for (const auto& [id, t] : markup_->targets) headings += !t.table;
  EXPECT_EQ(entries, headings);
}

TEST_F(Typesetting, NoLineExceedsTheMeasure) {
  int checked = 0;
  for (std::size_t p = 0; p < laid_->pages.size(); ++p) {
    const auto& page = laid_->pages[p];
    for (const auto* r : runs(page)) {
      EXPECT_GE(r->x, kMargin - 0.01) << "page " << p + 1 << ": " << utf8(r->text);
      EXPECT_LE(r->x + r->width(), page.width - kMargin + 0.01)
          << "page " << p + 1 << ": " << utf8(r->text);
      ++checked;
    }
  }
  EXPECT_GT(checked, 3000);
}

// --- PDF checks -----------------------------------------------------------------------------

TEST_F(Typesetting, QpdfCheckPasses) {
  auto r = run("qpdf --check " + shell_quote(pdf_.string()));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("No syntax or stream encoding errors"), std::string::npos) << r.out;
}

TEST_F(Typesetting, LandscapePagesAreA4LandscapeInThePdf) {
  const int pages = static_cast<int>(laid_->pages.size());
  auto info = run("pdfinfo -f 1 -l " + std::to_string(pages) + " " + shell_quote(pdf_.string()));
  ASSERT_EQ(info.exit_code, 0) << info.err;
  const std::regex size(R"(Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts)");
  int landscape = 0, seen = 0;
  for (auto it = std::sregex_iterator(info.out.begin(), info.out.end(), size);
       it != std::sregex_iterator(); ++it) {
    const int p = std::stoi((*it)[1]) - 1;
    const double w = std::stod((*it)[2]), h = std::stod((*it)[3]);
    ASSERT_LT(p, pages);
    EXPECT_NEAR(w, laid_->pages[p].width, 0.01) << "page " << p + 1;
    EXPECT_NEAR(h, laid_->pages[p].height, 0.01) << "page " << p + 1;
    const bool wide = lines_of(laid_->pages[p]).size() > 0 && w > h;
    if (wide) {
      ++landscape;
      EXPECT_NEAR(w, 841.89, 0.01);
      EXPECT_NEAR(h, 595.28, 0.01);
    }
    ++seen;
  }
  EXPECT_EQ(seen, pages);
  EXPECT_GE(landscape, 2);
}

// Words of one PDF page as poppler reads them, with their box.
struct Word {
  double x0, y0, x1, y1;
  std::string text;
  double height() const { return y1 - y0; }
};
struct PdfPage {
  double width = 0, height = 0;
  std::vector<Word> words;
  std::string label;  // from the footer "Pagina X van Y"
};

std::string unescape(std::string s) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
      s.replace(at, from.size(), to);
  }
  return s;
}

std::vector<PdfPage> read_pdf_pages(const fs::path& pdf, int pages) {
  std::vector<PdfPage> out;
  const std::regex page_re(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
  const std::regex word_re(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  for (int n = 1; n <= pages; ++n) {
    auto r = run("pdftotext -bbox -enc UTF-8 -f " + std::to_string(n) + " -l " + std::to_string(n) +
                 " " + shell_quote(pdf.string()) + " -");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    PdfPage page;
    std::smatch m;
    if (std::regex_search(r.out, m, page_re)) {
      page.width = std::stod(m[1]);
      page.height = std::stod(m[2]);
    }
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), word_re);
         it != std::sregex_iterator(); ++it)
      page.words.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]),
                            std::stod((*it)[4]), unescape((*it)[5])});
    std::string footer;
    for (const auto& w : page.words)
      if (w.y0 > page.height - 50) footer += w.text + " ";
    if (std::regex_search(footer, m, std::regex(R"(Pagina (\d+) van \d+)"))) page.label = m[1];
    out.push_back(std::move(page));
  }
  return out;
}

// Lines of the words of one size (font size × 1.2 is the word box height for Lato).
std::vector<std::string> lines_of_size(const PdfPage& page, double font_size) {
  std::map<long, std::string> lines;
  for (const auto& w : page.words) {
    if (std::abs(w.height() - 1.2 * font_size) > 0.05) continue;
    std::string& line = lines[std::lround(w.y0 * 10)];
    line += (line.empty() ? "" : " ") + w.text;
  }
  std::vector<std::string> out;
  for (auto& [y, line] : lines) out.push_back(line);
  return out;
}

std::string normalise_spaces(std::string s) {
  for (std::size_t at = s.find(kNbsp); at != std::string::npos; at = s.find(kNbsp, at))
    s.replace(at, kNbsp.size(), " ");
  return s;
}

TEST_F(Typesetting, PdfTextReferencesPointToWhereTheTargetsAre) {
  const auto pages = read_pdf_pages(pdf_, static_cast<int>(laid_->pages.size()));
  // Where each heading and caption stands, by the page number printed in the footer.
  std::map<std::string, std::string> page_of_line;
  for (const auto& page : pages) {
    for (double size : {19.0, 13.0, 11.0, 9.0})
      for (const auto& line : lines_of_size(page, size))
        page_of_line.emplace(normalise_spaces(line), page.label);
  }
  // The body text of the whole document, across page breaks, hyphenated words re-joined.
  std::string body;
  for (const auto& page : pages)
    for (const auto& line : lines_of_size(page, 10)) {
      if (!body.empty() && body.back() == '-')
        body.pop_back();
      else if (!body.empty())
        body += ' ';
      body += normalise_spaces(line);
    }
  int matched = 0;
  const std::regex see(R"(zie (paragraaf|hoofdstuk|tabel) ([\d.]+) op pagina (\d+))");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), see); it != std::sregex_iterator();
       ++it) {
    const std::string kind = (*it)[1], number = (*it)[2], page = (*it)[3];
    const Target* target = nullptr;
    for (const auto& [id, t] : markup_->targets)
      if (t.number == number && t.table == (kind == "tabel") &&
          (kind != "hoofdstuk") == (t.level != 1))
        target = &t;
    ASSERT_NE(target, nullptr) << (*it)[0];
    const std::string line = normalise_spaces(target->first_line());
    ASSERT_TRUE(page_of_line.count(line)) << "not found in the PDF: " << line;
    EXPECT_EQ(page, page_of_line[line])
        << (*it)[0] << " but " << line << " is on page " << page_of_line[line];
    ++matched;
  }
  const std::regex see_title("zie \u201E([^\u201D]+)\u201D op pagina (\\d+)");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), see_title);
       it != std::sregex_iterator(); ++it) {
    const std::string title = (*it)[1];
    ASSERT_TRUE(page_of_line.count(title)) << "not found in the PDF: " << title;
    EXPECT_EQ((*it)[2], page_of_line[title]) << (*it)[0];
    ++matched;
  }
  EXPECT_EQ(matched, markup_->see_sentences);
}

TEST_F(Typesetting, PdfTextHasTheHeaderOnEveryTablePageAndNotesWithTheirReferences) {
  const auto pages = read_pdf_pages(pdf_, static_cast<int>(laid_->pages.size()));
  int table_pages = 0;
  std::map<std::string, std::string> note_page, reference_page;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& page = pages[p];
    double first_row = 1e9, header = -1;
    for (const auto& w : page.words) {
      if (std::regex_match(w.text, std::regex(R"(M\d{3})"))) first_row = std::min(first_row, w.y0);
      if (w.text == "Maatregel" && header < 0) header = w.y0;
    }
    if (first_row < 1e9) {
      ++table_pages;
      EXPECT_GE(header, 0) << "page " << p + 1 << " has table rows but no header";
      EXPECT_LT(header, first_row) << "page " << p + 1;
    }
    for (const auto& line : lines_of_size(page, 8)) {
      std::smatch m;
      if (std::regex_search(line, m, std::regex(R"(^(\d+) Toelichting bij bewering (\d+):)")))
        note_page[m[2]] = page.label;
    }
    std::string text;
    for (const auto& line : lines_of_size(page, 10)) text += normalise_spaces(line) + " ";
    for (const auto& line : lines_of_size(page, 9)) text += normalise_spaces(line) + " ";
    const std::regex claim(R"(bewering (\d+)\.)");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), claim);
         it != std::sregex_iterator(); ++it)
      reference_page[(*it)[1]] = page.label;
  }
  EXPECT_GE(table_pages, 10);
  EXPECT_EQ(static_cast<int>(note_page.size()), markup_->footnotes);
  EXPECT_EQ(note_page, reference_page);
}

}  // namespace
}  // namespace koers

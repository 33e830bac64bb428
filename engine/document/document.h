// The document tree: what the koers document markup (templates' output) says, before style
// and layout. docs/markup.md documents the vocabulary for template editors.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/diagnostic.h"
#include "core/limits.h"

namespace koers::doc {

// Where an element came from in the markup, for diagnostics reported later (layout).
struct SourceRef {
  int line = 0, column = 0;
};

struct Block;
using Blocks = std::vector<Block>;

// Inline content is a flat sequence of spans: nesting of em/strong/a/span is resolved by the
// parser into the flags of each span.
struct Span {
  enum class Kind {
    text,        // text (UTF-8), whitespace already collapsed to single spaces
    line_break,  // <br/>
    footnote,    // <footnote>: note holds the note's paragraphs; text is empty
    page_ref,    // <ref to="id" show="…"/>: the page, number, title or label of that element
  } kind = Kind::text;
  // What a page_ref shows of its target: its page number, its number ("3.2", "4"), its
  // title, or its label ("paragraaf 3.2", "tabel 4").
  enum class Show { page, number, title, label } show = Show::page;
  std::string text;
  bool emphasis = false;         // <em>
  bool strong = false;           // <strong>
  bool nobreak = false;          // <nobr>: no line break inside
  std::string href;              // inside <a href>
  std::string style;             // inside <span style="name">: a named character style
  std::string target;            // page_ref: the id referred to
  std::shared_ptr<Blocks> note;  // footnote content
  SourceRef source;              // page_ref: where the <ref> stands, for layout's diagnostics
};
using Inlines = std::vector<Span>;

struct Heading {
  int level = 1;  // 1..4 (h1..h4)
  std::string id;
  bool numbered = true;    // numbered="no" turns numbering off
  bool in_toc = true;      // toc="no" keeps it out of the contents
  bool in_outline = true;  // bookmark
  Inlines content;
};

struct Paragraph {
  std::string style;  // named paragraph style; empty: "p"
  Inlines content;
};

struct ListItem {
  Blocks blocks;  // inline-only <li> content becomes one Paragraph
};
struct List {
  bool ordered = false;
  std::string numbering = "1";  // ordered: "1", "a", "i"
  std::string style;
  std::vector<ListItem> items;
};

struct TableCell {
  Blocks blocks;
  int colspan = 1;
  std::string align;  // overrides the column: left, right, center, decimal
};
struct TableRow {
  std::vector<TableCell> cells;
};
struct TableColumn {
  std::string width;  // "30%", "40mm", "auto" (default), "*" (share of the rest)
  std::string align = "left";
};
struct Table {
  std::string style;  // named table style; empty: "table"
  std::string id;
  Inlines caption;
  std::vector<TableColumn> columns;  // from <col>; may be empty (then: auto)
  std::vector<TableRow> header;      // <thead>, repeated on every page
  std::vector<TableRow> body;        // <tbody> (or bare <tr>)
  std::vector<TableRow> footer;      // <tfoot>, e.g. totals
};

struct Toc {
  int depth = 2;  // levels listed
  Inlines title;  // optional heading of the contents page
};

struct PageBreak {};

struct Spacer {
  double height = 0;  // points
};

// A styled group of blocks (colofon, cover title block, a framed note).
struct Division {
  std::string style;
  bool keep_together = false;
  Blocks blocks;
};

struct Image {
  std::string src;   // resolved against the markup file's folder
  SourceRef at;      // the <image> element, for a picture that cannot be used
  SourceRef src_at;  // where src is written, for a path that leaves the folder
  std::string alt;
  double width = 0, height = 0;  // points; 0: from the other dimension or natural
  std::string align;             // left, center, right; empty: left, centred in a figure
  std::string style;             // paragraph style: the picture takes its alignment, spacing
};

// <chart>: data that layout draws as a chart (engine/charts). Plain values as the markup
// gives them, checked per chart type; layout turns them into a charts::Chart.
struct ChartPeriod {
  int year = 0;
  int quarter = 0;  // 1..4; 0: the whole year ("2027" rather than "2027-Q3")
  friend bool operator==(const ChartPeriod&, const ChartPeriod&) = default;
};

struct ChartPoint {
  std::string category;  // bar, column, radar: one of Chart::categories
  double x = 0;          // line: the year
  double y = 0;
  bool provisional = false;
  SourceRef source;
};

struct ChartSeries {
  enum class Kind { measured, target, projection, reference } kind = Kind::measured;
  std::string name;
  std::vector<ChartPoint> points;
};

struct ChartMilestone {
  std::string label;
  ChartPeriod at;
};

struct ChartTask {
  std::string label, group;
  ChartPeriod start, end;
  std::vector<ChartMilestone> milestones;
};

struct ChartItem {
  enum class Status { on_track, attention, off_track, unknown } status = Status::unknown;
  std::string label;
  std::string detail;  // the element's text: "−12% t.o.v. 2019"
};

struct Chart {
  enum class Type { bar, column, line, radar, gantt, status } type = Type::column;
  enum class Format { number, percent, amount } format = Format::number;
  bool stacked = false;
  std::string title, unit, source;
  std::string alt;    // text alternative, required
  int decimals = -1;  // -1: as the axis needs
  std::optional<double> min, max;
  bool labels = false;  // values written at the bars and points
  double height = 0;    // points; 0: chosen by the chart
  // bar, column, radar: in <category> order, else in order of first appearance
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
  ChartPeriod from, to;  // gantt; year 0: from the tasks
  std::vector<ChartTask> tasks;
  std::vector<ChartItem> items;  // status
};

// <figure>: a picture or a chart with a caption below it, numbered ("Figuur 3: …") when it
// has one, never split over two pages.
struct Figure {
  std::string id;
  double width = 0;  // points: the frame the picture is scaled into; 0: the measure
  std::variant<Image, Chart> content;
  Inlines caption;
};

struct Block {
  std::variant<Heading, Paragraph, List, Table, Toc, PageBreak, Spacer, Division, Image, Figure,
               Chart>
      value;
  SourceRef source;
  std::string id;  // for references
};

// A run of pages that share one page template (cover, body, landscape, …).
struct Section {
  std::string page_template = "body";
  Blocks blocks;
  SourceRef source;
};

struct Metadata {
  std::string title, subtitle, author, subject, keywords;
  std::string language = "nl-NL";
  std::string date;   // ISO date of the document, used as its creation date
  std::string style;  // house style name; empty: "base"
  std::string municipality;
  // The {pagination} field of running texts, in the document's language; the layout fills in
  // its {page} and {pages}.
  std::string pagination = "Pagina {page} van {pages}";
};

struct Document {
  Metadata metadata;
  std::vector<Section> sections;
};

// Parses koers document markup. file is the name used in diagnostics. Unknown elements and
// attributes are errors (they are template bugs); returns an empty Document when the
// markup is not well-formed XML or nests elements deeper than limits.max_nesting_depth.
Document parse_markup(std::string_view markup, const std::string& file, Diagnostics& diags,
                      const Limits& limits = {});

}  // namespace koers::doc

// The display list: the page description between layout (and charts) and the PDF writer.
// Units are PostScript points; the origin is the top-left corner of the page and y grows
// downwards (the PDF writer flips it). No PDF or libharu types appear here.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace koers::display {

struct Color {
  double r = 0, g = 0, b = 0;  // 0..1, sRGB
  friend bool operator==(const Color&, const Color&) = default;
};

// One font face used by the document: a TrueType file the PDF writer embeds.
struct FontFace {
  std::string path;    // the .ttf file
  std::string family;  // e.g. "Lato"
  bool bold = false;
  bool italic = false;
};

// Text set in one face and size on one baseline. Glyphs are given as Unicode code points
// (the PDF writer maps them to glyph ids through the font's cmap, and extraction gives back
// the code points). advance[i] is the distance in points from glyph i to glyph i+1, with
// kerning and justification already applied; it may differ from the font's nominal width.
struct GlyphRun {
  int face = 0;  // index into Document::fonts
  double size = 10;
  double x = 0, y = 0;  // start of the baseline
  std::u32string text;
  std::vector<double> advances;  // same length as text
  Color color;
  double width() const {
    double w = 0;
    for (double a : advances) w += a;
    return w;
  }
};

struct Line {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
  std::vector<double> dash;  // empty: solid
};

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
  bool fill = true;
  Color fill_color{1, 1, 1};
  bool stroke = false;
  Color stroke_color;
  double stroke_width = 0.5;
};

// A general path (charts): move/line/cubic segments, optionally closed, filled and/or stroked.
struct PathSegment {
  enum Kind { move, line, cubic, close } kind = move;
  double x = 0, y = 0;                    // end point
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // control points (cubic)
};
struct Path {
  std::vector<PathSegment> segments;
  bool fill = false;
  Color fill_color;
  bool stroke = true;
  Color stroke_color;
  double stroke_width = 0.5;
  std::vector<double> dash;
};

// Pixels decoded by the engine (never by libharu's own loaders), or a JPEG file the engine
// has read to its end, embedded unchanged (DCTDecode).
struct Image {
  double x = 0, y = 0, w = 0, h = 0;
  int pixel_width = 0, pixel_height = 0;
  std::vector<std::uint8_t> rgb;    // pixel_width * pixel_height * 3
  std::vector<std::uint8_t> alpha;  // empty, or pixel_width * pixel_height
  std::string alt;
  std::string jpeg;    // when not empty: the picture, instead of rgb and alpha
  int components = 0;  // of the JPEG: 1 grey, 3 colour, 4 CMYK
};

// A clickable area: to a page of this document (dest_page >= 0) or to a URI.
struct Link {
  double x = 0, y = 0, w = 0, h = 0;
  int dest_page = -1;  // 0-based
  double dest_y = 0;   // top of the target on that page
  std::string uri;
};

using Item = std::variant<GlyphRun, Line, Rect, Path, Image, Link>;

struct Page {
  double width = 595.276, height = 841.89;  // A4
  std::string label;  // page label as shown in the TOC ("3"); empty: its number
  std::vector<Item> items;
};

// Bookmarks, in document order; level 1 is a chapter.
struct OutlineEntry {
  int level = 1;
  std::string title;  // UTF-8
  int page = 0;       // 0-based
  double y = 0;
};

struct Metadata {
  std::string title, author, subject, keywords, creator;
  std::string language = "nl-NL";  // BCP 47
  // ISO 8601 date (and optional time) taken from the input, never from the clock.
  std::string creation_date;
};

struct Document {
  Metadata metadata;
  std::vector<FontFace> fonts;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;

  // Index of the face in fonts, adding it when new.
  int font_index(const FontFace& face);
};

}  // namespace koers::display

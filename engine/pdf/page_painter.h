// Draws the items of one display::Page on its libharu page, in order. y is flipped here
// (display lists grow downwards from the top-left corner, PDF upwards from the bottom-left).
// Only what is not in the libharu API (TJ arrays, dash arrays with fractions) is written
// raw into the page stream; BT/ET and q/Q stay with the API, which tracks them.
#pragma once

#include <hpdf.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "display/display.h"
#include "pdf/document_id.h"
#include "pdf/embedded_font.h"
#include "pdf/haru_document.h"

namespace koers::pdf {

// Images drawn more than once (a logo on every page) are embedded once.
class ImageCache {
 public:
  explicit ImageCache(const HaruDocument& doc) : doc_(doc) {}
  HPDF_Image get(const display::Image& image);

 private:
  const HaruDocument& doc_;
  std::map<Digest, HPDF_Image> images_;
};

struct Destinations {
  const std::vector<HPDF_Page>* pages;
  const std::vector<double>* heights;
};

class PagePainter {
 public:
  PagePainter(const HaruDocument& doc, HPDF_Page page, double height,
              const std::vector<const EmbeddedFont*>& fonts, ImageCache& images,
              Destinations destinations);

  void paint(const display::Item& item);
  void finish();  // ends an open text object

 private:
  void paint(const display::GlyphRun& run);
  void paint(const display::Line& line);
  void paint(const display::Rect& rect);
  void paint(const display::Path& path);
  void paint(const display::Image& image);
  void paint(const display::Link& link);

  void begin_text();
  void end_text();
  void set_fill(const display::Color& color);
  void set_stroke(const display::Color& color, double width, const std::vector<double>& dash);
  void write_raw(const std::string& operators);
  double flip(double y) const { return height_ - y; }

  const HaruDocument& doc_;
  HPDF_Page page_;
  double height_;
  const std::vector<const EmbeddedFont*>& fonts_;  // per face; null when unused
  ImageCache& images_;
  Destinations destinations_;

  bool in_text_ = false;
  HPDF_Font font_ = nullptr;
  double font_size_ = -1;
  std::optional<display::Color> fill_, stroke_;
  double line_width_ = -1;
  std::vector<double> dash_;
  std::string buffer_;
};

// A destination showing page at top (PDF user space) without changing the zoom.
HPDF_Destination make_destination(const HaruDocument& doc, HPDF_Page page, double top);

}  // namespace koers::pdf

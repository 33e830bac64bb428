#include "pdf/page_painter.h"

#include <hpdf.h>

#include <string>

#include "pdf/pdf.h"
#include "pdf/pdf_number.h"
#include "pdf/text_run.h"

namespace koers::pdf {

HPDF_Image ImageCache::get(const display::Image& image) {
  std::size_t pixels =
      static_cast<std::size_t>(image.pixel_width) * static_cast<std::size_t>(image.pixel_height);
  const bool jpeg = !image.jpeg.empty();
  if (image.pixel_width <= 0 || image.pixel_height <= 0 ||
      (!jpeg && image.rgb.size() != pixels * 3) ||
      (!jpeg && !image.alpha.empty() && image.alpha.size() != pixels))
    throw PdfError("een afbeelding heeft een afmeting die niet bij haar beeldpunten past");
  Digest digest = image_digest(image);
  if (auto found = images_.find(digest); found != images_.end()) return found->second;

  const char* what = "het insluiten van een afbeelding";
  if (jpeg) {
    // The engine has read the whole file with libjpeg (image::validate_jpeg); libharu only
    // parses its header and copies it as a DCTDecode stream.
    HPDF_Image dct = doc_.need(
        HPDF_LoadJpegImageFromMem(doc_.get(), reinterpret_cast<const HPDF_BYTE*>(image.jpeg.data()),
                                  static_cast<HPDF_UINT>(image.jpeg.size())),
        what);
    images_.emplace(digest, dct);
    return dct;
  }
  auto width = static_cast<HPDF_UINT>(image.pixel_width);
  auto height = static_cast<HPDF_UINT>(image.pixel_height);
  HPDF_Image rgb = doc_.need(
      HPDF_LoadRawImageFromMem(doc_.get(), image.rgb.data(), width, height, HPDF_CS_DEVICE_RGB, 8),
      what);
  if (!image.alpha.empty()) {
    HPDF_Image alpha = doc_.need(HPDF_LoadRawImageFromMem(doc_.get(), image.alpha.data(), width,
                                                          height, HPDF_CS_DEVICE_GRAY, 8),
                                 what);
    doc_.check(HPDF_Image_AddSMask(rgb, alpha), what);
  }
  images_.emplace(digest, rgb);
  return rgb;
}

HPDF_Destination make_destination(const HaruDocument& doc, HPDF_Page page, double top) {
  const char* what = "het maken van een verwijzing binnen het document";
  HPDF_Destination destination = doc.need(HPDF_Page_CreateDestination(page), what);
  // libharu rejects zoom 0 (stack-notes §3); the zoom entry is then replaced by null,
  // which means "keep the reader's zoom" (PDF 1.7 §12.3.2.2).
  doc.check(HPDF_Destination_SetXYZ(destination, 0, static_cast<HPDF_REAL>(rounded(top)), 1), what);
  HPDF_List items = destination->list;
  void* zoom = HPDF_List_RemoveByIndex(items, items->count - 1);
  doc.need(zoom, what);
  HPDF_Obj_Free(destination->mmgr, zoom);
  doc.check(HPDF_Array_Add(destination, doc.need(HPDF_Null_New(destination->mmgr), what)), what);
  return destination;
}

PagePainter::PagePainter(const HaruDocument& doc, HPDF_Page page, double height,
                         const std::vector<const EmbeddedFont*>& fonts, ImageCache& images,
                         Destinations destinations)
    : doc_(doc),
      page_(page),
      height_(height),
      fonts_(fonts),
      images_(images),
      destinations_(destinations) {}

void PagePainter::paint(const display::Item& item) {
  std::visit([this](const auto& value) { paint(value); }, item);
}

void PagePainter::finish() {
  end_text();
}

void PagePainter::begin_text() {
  if (in_text_) return;
  doc_.check(HPDF_Page_BeginText(page_), "het beginnen van tekst");
  in_text_ = true;
}

void PagePainter::end_text() {
  if (!in_text_) return;
  doc_.check(HPDF_Page_EndText(page_), "het afsluiten van tekst");
  in_text_ = false;
}

void PagePainter::write_raw(const std::string& operators) {
  auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
  doc_.check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                               static_cast<HPDF_UINT>(operators.size())),
             "het schrijven van de pagina-inhoud");
}

void PagePainter::set_fill(const display::Color& color) {
  if (fill_ == color) return;
  doc_.check(HPDF_Page_SetRGBFill(page_, static_cast<HPDF_REAL>(rounded(color.r)),
                                  static_cast<HPDF_REAL>(rounded(color.g)),
                                  static_cast<HPDF_REAL>(rounded(color.b))),
             "het kiezen van een vulkleur");
  fill_ = color;
}

void PagePainter::set_stroke(const display::Color& color, double width,
                             const std::vector<double>& dash) {
  if (stroke_ != color) {
    doc_.check(HPDF_Page_SetRGBStroke(page_, static_cast<HPDF_REAL>(rounded(color.r)),
                                      static_cast<HPDF_REAL>(rounded(color.g)),
                                      static_cast<HPDF_REAL>(rounded(color.b))),
               "het kiezen van een lijnkleur");
    stroke_ = color;
  }
  if (line_width_ != width) {
    doc_.check(HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(rounded(width))),
               "het kiezen van een lijndikte");
    line_width_ = width;
  }
  if (dash_ != dash) {
    // libharu 2.3.0 takes dash lengths as whole numbers (HPDF_UINT16); half-point dashes
    // are common in charts, so the d operator is written directly (PDF 1.7 §8.4.3.6).
    buffer_.assign("[");
    for (std::size_t i = 0; i < dash.size(); ++i) {
      if (i > 0) buffer_ += ' ';
      append_number(buffer_, dash[i]);
    }
    buffer_ += "] 0 d\n";
    write_raw(buffer_);
    dash_ = dash;
  }
}

void PagePainter::paint(const display::GlyphRun& run) {
  if (run.text.empty()) return;
  if (run.face < 0 || static_cast<std::size_t>(run.face) >= fonts_.size() ||
      fonts_[run.face] == nullptr)
    throw PdfError("tekst verwijst naar een lettertype dat niet in het document staat");
  if (!(run.size > 0)) throw PdfError("tekst heeft een lettergrootte van 0 of minder");
  if (run.advances.size() != run.text.size())
    throw PdfError("tekst heeft niet voor elk teken een opschuiving (advance)");
  const EmbeddedFont& font = *fonts_[run.face];
  begin_text();
  if (font_ != font.font || font_size_ != run.size) {
    doc_.check(
        HPDF_Page_SetFontAndSize(page_, font.font, static_cast<HPDF_REAL>(rounded(run.size))),
        "het kiezen van een lettertype");
    font_ = font.font;
    font_size_ = run.size;
  }
  set_fill(run.color);
  doc_.check(HPDF_Page_SetTextMatrix(page_, 1, 0, 0, 1, static_cast<HPDF_REAL>(rounded(run.x)),
                                     static_cast<HPDF_REAL>(rounded(flip(run.y)))),
             "het plaatsen van tekst");
  buffer_.clear();
  append_tj(buffer_, run, font.widths);
  write_raw(buffer_);
}

void PagePainter::paint(const display::Line& line) {
  end_text();
  set_stroke(line.color, line.width, line.dash);
  const char* what = "het tekenen van een lijn";
  doc_.check(HPDF_Page_MoveTo(page_, static_cast<HPDF_REAL>(rounded(line.x1)),
                              static_cast<HPDF_REAL>(rounded(flip(line.y1)))),
             what);
  doc_.check(HPDF_Page_LineTo(page_, static_cast<HPDF_REAL>(rounded(line.x2)),
                              static_cast<HPDF_REAL>(rounded(flip(line.y2)))),
             what);
  doc_.check(HPDF_Page_Stroke(page_), what);
}

void PagePainter::paint(const display::Rect& rect) {
  if (!rect.fill && !rect.stroke) return;
  end_text();
  if (rect.fill) set_fill(rect.fill_color);
  if (rect.stroke) set_stroke(rect.stroke_color, rect.stroke_width, std::vector<double>{});
  const char* what = "het tekenen van een rechthoek";
  doc_.check(HPDF_Page_Rectangle(page_, static_cast<HPDF_REAL>(rounded(rect.x)),
                                 static_cast<HPDF_REAL>(rounded(flip(rect.y + rect.h))),
                                 static_cast<HPDF_REAL>(rounded(rect.w)),
                                 static_cast<HPDF_REAL>(rounded(rect.h))),
             what);
  if (rect.fill && rect.stroke)
    doc_.check(HPDF_Page_FillStroke(page_), what);
  else if (rect.fill)
    doc_.check(HPDF_Page_Fill(page_), what);
  else
    doc_.check(HPDF_Page_Stroke(page_), what);
}

void PagePainter::paint(const display::Path& path) {
  if (path.segments.empty()) return;
  if (path.segments.front().kind != display::PathSegment::move)
    throw PdfError("een figuur begint niet met een beginpunt (move)");
  end_text();
  if (path.fill) set_fill(path.fill_color);
  if (path.stroke) set_stroke(path.stroke_color, path.stroke_width, path.dash);
  const char* what = "het tekenen van een figuur";
  auto r = [](double v) { return static_cast<HPDF_REAL>(rounded(v)); };
  for (const display::PathSegment& s : path.segments) {
    switch (s.kind) {
      case display::PathSegment::move:
        doc_.check(HPDF_Page_MoveTo(page_, r(s.x), r(flip(s.y))), what);
        break;
      case display::PathSegment::line:
        doc_.check(HPDF_Page_LineTo(page_, r(s.x), r(flip(s.y))), what);
        break;
      case display::PathSegment::cubic:
        doc_.check(HPDF_Page_CurveTo(page_, r(s.x1), r(flip(s.y1)), r(s.x2), r(flip(s.y2)), r(s.x),
                                     r(flip(s.y))),
                   what);
        break;
      case display::PathSegment::close:
        doc_.check(HPDF_Page_ClosePath(page_), what);
        break;
    }
  }
  if (path.fill && path.stroke)
    doc_.check(HPDF_Page_FillStroke(page_), what);
  else if (path.fill)
    doc_.check(HPDF_Page_Fill(page_), what);
  else if (path.stroke)
    doc_.check(HPDF_Page_Stroke(page_), what);
  else
    doc_.check(HPDF_Page_EndPath(page_), what);
}

void PagePainter::paint(const display::Image& image) {
  if (image.pixel_width <= 0 || image.pixel_height <= 0) return;
  end_text();
  HPDF_Image embedded = images_.get(image);
  doc_.check(HPDF_Page_DrawImage(page_, embedded, static_cast<HPDF_REAL>(rounded(image.x)),
                                 static_cast<HPDF_REAL>(rounded(flip(image.y + image.h))),
                                 static_cast<HPDF_REAL>(rounded(image.w)),
                                 static_cast<HPDF_REAL>(rounded(image.h))),
             "het tekenen van een afbeelding");
}

void PagePainter::paint(const display::Link& link) {
  HPDF_Rect area;
  area.left = static_cast<HPDF_REAL>(rounded(link.x));
  area.right = static_cast<HPDF_REAL>(rounded(link.x + link.w));
  area.bottom = static_cast<HPDF_REAL>(rounded(flip(link.y + link.h)));
  area.top = static_cast<HPDF_REAL>(rounded(flip(link.y)));
  const char* what = "het maken van een koppeling";
  HPDF_Annotation annotation = nullptr;
  if (link.dest_page >= 0) {
    const auto& pages = *destinations_.pages;
    if (static_cast<std::size_t>(link.dest_page) >= pages.size())
      throw PdfError("een koppeling verwijst naar pagina " + std::to_string(link.dest_page + 1) +
                     ", die niet bestaat");
    double top = (*destinations_.heights)[link.dest_page] - link.dest_y;
    HPDF_Destination destination = make_destination(doc_, pages[link.dest_page], top);
    annotation = doc_.need(HPDF_Page_CreateLinkAnnot(page_, area, destination), what);
  } else if (!link.uri.empty()) {
    annotation = doc_.need(HPDF_Page_CreateURILinkAnnot(page_, area, link.uri.c_str()), what);
  } else {
    return;
  }
  doc_.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), what);
}

}  // namespace koers::pdf

#include "pdf/content_stream.h"

#include <algorithm>
#include <optional>

#include "pdf/pdf.h"
#include "pdf/pdf_number.h"
#include "pdf/text_run.h"

namespace koers::pdf {
namespace {

void insert_sorted(std::vector<int>& values, int v) {
  auto at = std::lower_bound(values.begin(), values.end(), v);
  if (at == values.end() || *at != v) values.insert(at, v);
}

// Writes the operators and keeps the graphics state, so that colours, line widths, dashes
// and fonts are only set when they change.
class Writer {
 public:
  Writer(double height, const std::vector<FaceResource>& faces, const std::vector<int>& images,
         PageContent& out)
      : height_(height), faces_(faces), images_(images), out_(out), s_(out.operators) {}

  void paint(const display::Item& item) {
    std::visit([this](const auto& value) { paint(value); }, item);
  }
  void finish() { end_text(); }

 private:
  void paint(const display::GlyphRun& run) {
    if (run.text.empty()) return;
    if (run.face < 0 || static_cast<std::size_t>(run.face) >= faces_.size() ||
        faces_[run.face].widths == nullptr)
      throw PdfError("tekst verwijst naar een lettertype dat niet in het document staat");
    if (!(run.size > 0)) throw PdfError("tekst heeft een lettergrootte van 0 of minder");
    if (run.advances.size() != run.text.size())
      throw PdfError("tekst heeft niet voor elk teken een opschuiving (advance)");
    const FaceResource& face = faces_[run.face];
    begin_text();
    if (font_ != face.font || font_size_ != rounded(run.size)) {
      font_ = face.font;
      font_size_ = rounded(run.size);
      insert_sorted(out_.fonts, face.font);
      s_ += "/F";
      s_ += std::to_string(face.font);
      s_ += ' ';
      append_number(s_, font_size_);
      s_ += " Tf\n";
    }
    set_fill(run.color);
    s_ += "1 0 0 1 ";
    point(run.x, run.y);
    s_ += " Tm\n";
    append_tj(s_, run, *face.widths);
  }

  void paint(const display::Line& line) {
    end_text();
    set_stroke(line.color, line.width, line.dash);
    point(line.x1, line.y1);
    s_ += " m\n";
    point(line.x2, line.y2);
    s_ += " l\nS\n";
  }

  void paint(const display::Rect& rect) {
    if (!rect.fill && !rect.stroke) return;
    end_text();
    if (rect.fill) set_fill(rect.fill_color);
    if (rect.stroke) set_stroke(rect.stroke_color, rect.stroke_width, {});
    point(rect.x, rect.y + rect.h);
    s_ += ' ';
    append_number(s_, rect.w);
    s_ += ' ';
    append_number(s_, rect.h);
    s_ += " re\n";
    s_ += rect.fill && rect.stroke ? "B\n" : rect.fill ? "f\n" : "S\n";
  }

  void paint(const display::Path& path) {
    if (path.segments.empty()) return;
    if (path.segments.front().kind != display::PathSegment::move)
      throw PdfError("een figuur begint niet met een beginpunt (move)");
    end_text();
    if (path.fill) set_fill(path.fill_color);
    if (path.stroke) set_stroke(path.stroke_color, path.stroke_width, path.dash);
    for (const display::PathSegment& s : path.segments) {
      switch (s.kind) {
        case display::PathSegment::move:
          point(s.x, s.y);
          s_ += " m\n";
          break;
        case display::PathSegment::line:
          point(s.x, s.y);
          s_ += " l\n";
          break;
        case display::PathSegment::cubic:
          point(s.x1, s.y1);
          s_ += ' ';
          point(s.x2, s.y2);
          s_ += ' ';
          point(s.x, s.y);
          s_ += " c\n";
          break;
        case display::PathSegment::close:
          s_ += "h\n";
          break;
      }
    }
    s_ += path.fill && path.stroke ? "B\n" : path.fill ? "f\n" : path.stroke ? "S\n" : "n\n";
  }

  void paint(const display::Image& image) {
    if (next_image_ >= images_.size())
      throw PdfError("een afbeelding op de pagina is niet ingesloten");
    const int name = images_[next_image_++];
    if (image.pixel_width <= 0 || image.pixel_height <= 0) return;
    end_text();
    insert_sorted(out_.images, name);
    s_ += "q\n";
    append_number(s_, image.w);
    s_ += " 0 0 ";
    append_number(s_, image.h);
    s_ += ' ';
    point(image.x, image.y + image.h);
    s_ += " cm\n/Im";
    s_ += std::to_string(name);
    s_ += " Do\nQ\n";
  }

  void paint(const display::Link&) {}  // an annotation, not content

  void begin_text() {
    if (in_text_) return;
    s_ += "BT\n";
    in_text_ = true;
  }
  void end_text() {
    if (!in_text_) return;
    s_ += "ET\n";
    in_text_ = false;
  }

  void colour(const display::Color& c, const char* op) {
    append_number(s_, c.r);
    s_ += ' ';
    append_number(s_, c.g);
    s_ += ' ';
    append_number(s_, c.b);
    s_ += op;
  }
  void set_fill(const display::Color& c) {
    if (fill_ == c) return;
    colour(c, " rg\n");
    fill_ = c;
  }
  void set_stroke(const display::Color& c, double width, const std::vector<double>& dash) {
    if (stroke_ != c) {
      colour(c, " RG\n");
      stroke_ = c;
    }
    if (line_width_ != rounded(width)) {
      line_width_ = rounded(width);
      append_number(s_, line_width_);
      s_ += " w\n";
    }
    if (dash_ != dash) {
      s_ += '[';
      for (std::size_t i = 0; i < dash.size(); ++i) {
        if (i > 0) s_ += ' ';
        append_number(s_, dash[i]);
      }
      s_ += "] 0 d\n";
      dash_ = dash;
    }
  }
  void point(double x, double y) {
    append_number(s_, x);
    s_ += ' ';
    append_number(s_, height_ - y);
  }

  double height_;
  const std::vector<FaceResource>& faces_;
  const std::vector<int>& images_;
  std::size_t next_image_ = 0;
  PageContent& out_;
  std::string& s_;
  bool in_text_ = false;
  int font_ = -1;
  double font_size_ = -1;
  std::optional<display::Color> fill_, stroke_;
  double line_width_ = 1;  // the PDF default
  std::vector<double> dash_;
};

}  // namespace

PageContent page_content(const display::Page& page, const std::vector<FaceResource>& faces,
                         const std::vector<int>& images) {
  PageContent content;
  content.operators.reserve(16 * 1024);
  Writer writer(page.height, faces, images, content);
  for (const display::Item& item : page.items) writer.paint(item);
  writer.finish();
  return content;
}

}  // namespace koers::pdf

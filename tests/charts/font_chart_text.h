// A ChartText on a real font (HarfBuzz metrics through text::Font), as layout provides one.
#pragma once

#include "charts/charts.h"
#include "text/font.h"

namespace koers::charts::testing {

class FontChartText : public ChartText {
 public:
  FontChartText(const text::Font& regular, const text::Font& bold)
      : regular_(regular), bold_(bold) {}

  double width(std::string_view utf8, double size, bool bold) override {
    return font(bold).measure(text::to_u32(utf8)) * size;
  }
  double ascent(double size) override { return regular_.ascender() * size; }
  double descent(double size) override { return -regular_.descender() * size; }
  display::GlyphRun run(std::string_view utf8, double size, bool bold, double x, double y,
                        Color color) override {
    display::GlyphRun r;
    r.face = bold ? 1 : 0;
    r.size = size;
    r.x = x;
    r.y = y;
    r.color = color;
    for (const text::ShapedGlyph& g : font(bold).shape(text::to_u32(utf8))) {
      r.text.push_back(g.codepoint);
      r.advances.push_back(g.advance * size);
    }
    return r;
  }
  double ascent_ratio() const { return regular_.ascender(); }
  double descent_ratio() const { return -regular_.descender(); }

 private:
  const text::Font& font(bool bold) const { return bold ? bold_ : regular_; }
  const text::Font& regular_;
  const text::Font& bold_;
};

}  // namespace koers::charts::testing

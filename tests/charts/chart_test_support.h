// Test support for charts: a ChartText with simple metrics (every character 0.5 × size wide)
// and checks on a finished Drawing: everything inside its frame, no two texts overlapping.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "charts/charts.h"
#include "text/font.h"

namespace koers::charts::testing {

class FakeText : public ChartText {
 public:
  static constexpr double kAscent = 0.75, kDescent = 0.25;

  double width(std::string_view utf8, double size, bool bold) override {
    return text::to_u32(utf8).size() * size * (bold ? 0.55 : 0.5);
  }
  double ascent(double size) override { return size * kAscent; }
  double descent(double size) override { return size * kDescent; }
  display::GlyphRun run(std::string_view utf8, double size, bool bold, double x, double y,
                        Color color) override {
    display::GlyphRun r;
    r.face = bold ? 1 : 0;
    r.size = size;
    r.x = x;
    r.y = y;
    r.text = text::to_u32(utf8);
    r.advances.assign(r.text.size(), size * (bold ? 0.55 : 0.5));
    r.color = color;
    return r;
  }
};

struct TextBox {
  std::string text;
  double x0, y0, x1, y1;
};

inline std::vector<TextBox> text_boxes(const Drawing& d, double ascent = FakeText::kAscent,
                                       double descent = FakeText::kDescent) {
  std::vector<TextBox> out;
  for (const display::Item& item : d.items) {
    if (const auto* run = std::get_if<display::GlyphRun>(&item)) {
      out.push_back({text::to_utf8(run->text), run->x, run->y - run->size * ascent,
                     run->x + run->width(), run->y + run->size * descent});
    }
  }
  return out;
}

inline std::vector<std::string> texts(const Drawing& d) {
  std::vector<std::string> out;
  for (const TextBox& b : text_boxes(d)) out.push_back(b.text);
  return out;
}

inline bool has_text(const Drawing& d, const std::string& s) {
  for (const std::string& t : texts(d)) {
    if (t == s) return true;
  }
  return false;
}

// Pairs of text runs whose boxes overlap (touching edges allowed).
inline std::string overlapping_texts(const Drawing& d, double ascent = FakeText::kAscent,
                                     double descent = FakeText::kDescent) {
  const std::vector<TextBox> boxes = text_boxes(d, ascent, descent);
  constexpr double kSlack = 0.01;
  std::ostringstream out;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const TextBox &a = boxes[i], &b = boxes[j];
      if (a.x0 < b.x1 - kSlack && b.x0 < a.x1 - kSlack && a.y0 < b.y1 - kSlack &&
          b.y0 < a.y1 - kSlack) {
        out << "'" << a.text << "' [" << a.x0 << "," << a.y0 << "," << a.x1 << "," << a.y1
            << "] overlaps '" << b.text << "' [" << b.x0 << "," << b.y0 << "," << b.x1 << ","
            << b.y1 << "]\n";
      }
    }
  }
  return out.str();
}

// Items reaching outside [0, width] × [0, height] (or with coordinates that are no numbers).
inline std::string outside_frame(const Drawing& d, double ascent = FakeText::kAscent,
                                 double descent = FakeText::kDescent) {
  constexpr double kSlack = 0.01;
  std::ostringstream out;
  auto check = [&](const char* what, double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y) || x < -kSlack || y < -kSlack ||
        x > d.width + kSlack || y > d.height + kSlack) {
      out << what << " at (" << x << ", " << y << ") outside " << d.width << " x " << d.height
          << "\n";
    }
  };
  for (const display::Item& item : d.items) {
    if (const auto* l = std::get_if<display::Line>(&item)) {
      check("line", l->x1, l->y1);
      check("line", l->x2, l->y2);
    } else if (const auto* r = std::get_if<display::Rect>(&item)) {
      check("rect", r->x, r->y);
      check("rect", r->x + r->w, r->y + r->h);
    } else if (const auto* p = std::get_if<display::Path>(&item)) {
      for (const display::PathSegment& s : p->segments) {
        if (s.kind == display::PathSegment::close) continue;
        check("path", s.x, s.y);
        if (s.kind == display::PathSegment::cubic) {
          check("path control", s.x1, s.y1);
          check("path control", s.x2, s.y2);
        }
      }
    }
  }
  for (const TextBox& b : text_boxes(d, ascent, descent)) {
    if (b.x0 < -kSlack || b.y0 < -kSlack || b.x1 > d.width + kSlack || b.y1 > d.height + kSlack ||
        !std::isfinite(b.x0) || !std::isfinite(b.y0)) {
      out << "text '" << b.text << "' [" << b.x0 << "," << b.y0 << "," << b.x1 << "," << b.y1
          << "] outside " << d.width << " x " << d.height << "\n";
    }
  }
  return out.str();
}

template <typename T>
int count_items(const Drawing& d) {
  int n = 0;
  for (const display::Item& item : d.items) n += std::holds_alternative<T>(item) ? 1 : 0;
  return n;
}

// Draws with the defaults of a document (Dutch labels and formats) and checks the frame
// and the text; the drawing is returned for further checks.
class ChartTest : public ::testing::Test {
 protected:
  Drawing render(const Chart& chart, double width = 430) {
    Drawing d = draw(chart, theme, labels, measure, format, width);
    EXPECT_EQ(d.width, width);
    EXPECT_GT(d.height, 0);
    if (chart.height > 0 && std::isfinite(chart.height)) {
      EXPECT_GE(d.height, chart.height - 0.01);
    }
    EXPECT_EQ(outside_frame(d), "");
    EXPECT_EQ(overlapping_texts(d), "");
    return d;
  }

  Theme theme;
  Labels labels;
  FakeText measure;
  text::Formatter format{"nl-NL"};
};

inline const std::string kLongLabel =
    "Verduurzaming van het maatschappelijk vastgoed, de sportaccommodaties en de "
    "gemeentelijke kantoren in alle kernen van de gemeente, inclusief de monumentale "
    "panden aan de haven en het voormalige raadhuis";

}  // namespace koers::charts::testing

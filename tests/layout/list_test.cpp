#include <gtest/gtest.h>

#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

doc::ListItem item(std::string t) {
  doc::ListItem li;
  li.blocks.push_back(paragraph(std::move(t)));
  return li;
}

TEST(List, NestedMarkersAndHangingIndent) {
  doc::List inner_most;
  inner_most.items = {item("diep")};
  doc::List inner;
  inner.items = {item("binnen")};
  inner.items[0].blocks.push_back({inner_most});
  doc::List outer;
  outer.items = {item("buiten " + words(60)), item("tweede")};
  outer.items[0].blocks.push_back({inner});
  doc::List ordered;
  ordered.ordered = true;
  ordered.numbering = "a";
  ordered.items = {item("eerste"), item("tweede")};
  doc::List roman;
  roman.ordered = true;
  roman.numbering = "i";
  roman.items = {item("een"), item("twee"), item("drie"), item("vier")};
  Laid laid;
  const auto d = layout_document(one_section({{outer}, {ordered}, {roman}}), test_style(),
                                 laid.fonts, laid.diags);
  std::vector<std::string> markers;
  std::map<std::string, double> x_of;
  for (const auto* r : runs(d.pages[0])) {
    const std::string t = utf8(*r);
    if (r->y > 800) continue;  // running footer
    if (t == "•" || t == "–" || t == "◦" || t.back() == '.') markers.push_back(t);
    x_of[t.substr(0, t.find(' '))] = r->x;
  }
  const std::vector<std::string> expected = {"•",  "–",  "◦",   "•",    "a.",
                                             "b.", "i.", "ii.", "iii.", "iv."};
  EXPECT_EQ(markers, expected);
  // Hanging indent: all lines of an item start at the same x, right of its marker.
  EXPECT_GT(x_of["buiten"], x_of["•"]);
  EXPECT_GT(x_of["binnen"], x_of["buiten"]);
  EXPECT_GT(x_of["diep"], x_of["binnen"]);
  int buiten_lines = 0;
  for (const auto* r : runs(d.pages[0]))
    if (r->size == 10 && std::abs(r->x - x_of["buiten"]) < 0.01) ++buiten_lines;
  EXPECT_GE(buiten_lines, 3);  // the wrapped lines align with the first
}

}  // namespace
}  // namespace koers::layout

// <section page="landscape">: the base style's landscape template (A4 landscape) for wide
// tables, with the running header and footer placed for the wider page.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "layout_test_support.h"

namespace koers::layout {
namespace {

using namespace testing;

style::StyleSheet base_style() {
  DiskResources resources(KOERS_SOURCE_DIR);
  Diagnostics diags;
  style::StyleSheet sheet = style::load_style("base", resources, diags);
  EXPECT_FALSE(diags.has_errors()) << diags.to_string();
  return sheet;
}

doc::TableCell cell(std::string t) {
  doc::TableCell c;
  c.blocks.push_back(paragraph(std::move(t)));
  return c;
}

doc::Document portrait_then_landscape() {
  doc::Document d = one_section({heading(1, "Inleiding"), paragraph(words(200))});
  doc::Table wide;
  doc::TableRow header;
  for (int c = 0; c < 10; ++c) header.cells.push_back(cell("Kolom " + std::to_string(c + 1)));
  wide.header.push_back(header);
  for (int r = 0; r < 60; ++r) {
    doc::TableRow row;
    for (int c = 0; c < 10; ++c) row.cells.push_back(cell(std::to_string(r * 10 + c) + ",5"));
    wide.body.push_back(row);
  }
  doc::Section landscape;
  landscape.page_template = "landscape";
  landscape.blocks = {heading(2, "Alle cijfers"), {wide}};
  d.sections.push_back(std::move(landscape));
  d.sections.push_back(one_section({heading(1, "Slot"), paragraph(words(50))}).sections[0]);
  return d;
}

TEST(Landscape, SectionUsesTheLandscapePageTemplate) {
  const style::StyleSheet sheet = base_style();
  const style::PageTemplate& tpl = sheet.page("landscape");
  ASSERT_NEAR(tpl.width, 841.89, 0.01);
  ASSERT_NEAR(tpl.height, 595.276, 0.01);
  Laid laid;
  const auto d = layout_document(portrait_then_landscape(), sheet, laid.fonts, laid.diags);
  ASSERT_FALSE(laid.diags.has_errors()) << laid.diags.to_string();
  ASSERT_GE(d.pages.size(), 4u);
  const int first = page_of(d, "Alle cijfers");
  const int last = page_of(d, "Slot");
  ASSERT_GT(first, 0);
  ASSERT_GT(last, first + 1) << "the wide table should need two landscape pages";
  for (int p = 0; p < static_cast<int>(d.pages.size()); ++p) {
    const bool landscape = p >= first && p < last;
    EXPECT_NEAR(d.pages[p].width, landscape ? 841.89 : 595.276, 0.01) << "page " << p + 1;
    EXPECT_NEAR(d.pages[p].height, landscape ? 595.276 : 841.89, 0.01) << "page " << p + 1;
  }
  for (int p = first; p < last; ++p) {
    const auto& page = d.pages[p];
    EXPECT_TRUE(page_contains(page, "Kolom 1Kolom 2")) << "header row on page " << p + 1;
    const std::string footer = "Pagina " + page.label + " van " + d.pages.back().label;
    bool footer_found = false, header_found = false;
    for (const auto* r : runs(page)) {
      const double right = r->x + r->width();
      // Nothing outside the landscape text area, except the running header and footer
      // which stand in the margins at their offsets.
      EXPECT_GE(r->x, tpl.margin_left - 0.01) << utf8(*r);
      EXPECT_LE(right, tpl.width - tpl.margin_right + 0.01) << utf8(*r);
      if (utf8(*r) == footer) {
        footer_found = true;
        EXPECT_NEAR(r->y, tpl.height - tpl.footer_offset, 0.01);
        EXPECT_NEAR(r->x + r->width() / 2, tpl.width / 2, 0.01) << "footer centred";
      }
      if (utf8(*r) == "Lindeveld") {
        header_found = true;
        EXPECT_NEAR(r->y, tpl.header_offset, 0.01);
        EXPECT_NEAR(right, tpl.width - tpl.margin_right, 0.01) << "header flush right";
      }
      if (r->y > tpl.header_offset + 1 && r->y < tpl.height - tpl.footer_offset - 1) {
        EXPECT_GE(r->y, tpl.margin_top);
        EXPECT_LE(r->y, tpl.height - tpl.margin_bottom);
      }
    }
    EXPECT_TRUE(footer_found) << page_text(page);
    EXPECT_TRUE(header_found) << page_text(page);
  }
}

}  // namespace
}  // namespace koers::layout

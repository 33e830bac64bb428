#include <gtest/gtest.h>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::blocks_of;
using testing::paragraph_text;

TEST(MarkupTable, FullTable) {
  auto blocks = blocks_of(R"(<table style="compact" id="budget">
  <caption>Begroting</caption>
  <col width="50%"/><col width="30mm" align="right"/><col width="*" align="decimal"/>
  <thead><tr><th colspan="2" align="center">Post</th><th>Bedrag</th></tr></thead>
  <tbody>
    <tr><td>a</td><td>b</td><td>1,5</td></tr>
    <tr><td>c</td><td>d</td><td><p>2,5</p></td></tr>
  </tbody>
  <tfoot><tr><td colspan="3">Totaal</td></tr></tfoot>
</table>)");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].id, "budget");
  const auto& t = std::get<Table>(blocks[0].value);
  EXPECT_EQ(t.style, "compact");
  EXPECT_EQ(t.id, "budget");
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].width, "50%");
  EXPECT_EQ(t.columns[0].align, "left");
  EXPECT_EQ(t.columns[1].width, "30mm");
  EXPECT_EQ(t.columns[1].align, "right");
  EXPECT_EQ(t.columns[2].align, "decimal");
  ASSERT_EQ(t.header.size(), 1u);
  ASSERT_EQ(t.header[0].cells.size(), 2u);
  EXPECT_EQ(t.header[0].cells[0].colspan, 2);
  EXPECT_EQ(t.header[0].cells[0].align, "center");
  EXPECT_EQ(t.header[0].cells[1].align, "");
  ASSERT_EQ(t.body.size(), 2u);
  EXPECT_EQ(paragraph_text(t.body[1].cells[2].blocks[0]), "2,5");
  ASSERT_EQ(t.footer.size(), 1u);
  EXPECT_EQ(t.footer[0].cells[0].colspan, 3);
}

TEST(MarkupTable, BareRowsAreBodyAndColumnsAreAutomatic) {
  auto blocks =
      blocks_of("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>");
  const auto& t = std::get<Table>(blocks[0].value);
  EXPECT_EQ(t.body.size(), 2u);
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_EQ(t.columns[0].width, "");
  EXPECT_EQ(t.columns[1].align, "left");
}

TEST(MarkupTable, EmptyCell) {
  auto blocks = blocks_of("<table><tr><td/><td>x</td></tr></table>");
  const auto& t = std::get<Table>(blocks[0].value);
  EXPECT_TRUE(t.body[0].cells[0].blocks.empty());
}

TEST(MarkupTable, WarnsWhenRowWidthsDiffer) {
  auto p = testing::parse(
      "<document><table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td></tr>\n</table></document>");
  ASSERT_EQ(p.diags.items().size(), 1u) << p.diags.to_string();
  const Diagnostic& d = p.diags.items()[0];
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 1);
  EXPECT_EQ(d.message, "deze rij heeft 1 kolom, de tabel 2");
  EXPECT_EQ(std::get<Table>(p.document.sections[0].blocks[0].value).columns.size(), 2u);
}

TEST(MarkupTable, WarnsWhenRowsDoNotMatchDeclaredColumns) {
  auto p = testing::parse(
      "<document><table><col/><col/><col/>\n<thead><tr><th colspan=\"2\">a</th></tr></thead>"
      "<tr><td>1</td><td>2</td><td>3</td></tr></table></document>");
  ASSERT_EQ(p.diags.items().size(), 1u) << p.diags.to_string();
  EXPECT_EQ(p.diags.items()[0].line, 2);
  EXPECT_EQ(p.diags.items()[0].column, 8);
  EXPECT_EQ(p.diags.items()[0].message, "deze rij heeft 2 kolommen, de tabel 3");
}

}  // namespace
}  // namespace koers::doc

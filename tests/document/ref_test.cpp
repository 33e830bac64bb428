// <ref to="id" show="…"/>: what the reference shows and where it stands in the markup.
#include <gtest/gtest.h>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using namespace testing;

const Span& only_ref(const Block& block) {
  for (const Span& s : std::get<Paragraph>(block.value).content)
    if (s.kind == Span::Kind::page_ref) return s;
  static const Span none;
  ADD_FAILURE() << "no <ref> in the paragraph";
  return none;
}

TEST(Reference, ShowDefaultsToThePage) {
  auto blocks = blocks_of(R"(<h1 id="doelen">Doelen</h1><p>zie pagina <ref to="doelen"/></p>)");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(only_ref(blocks[1]).show, Span::Show::page);
  EXPECT_EQ(only_ref(blocks[1]).target, "doelen");
}

TEST(Reference, ShowNumberTitleAndLabel) {
  auto blocks = blocks_of(
      "<table id=\"t\"><caption>Budget</caption><tr><td>1</td></tr></table>\n"
      "<p><ref to=\"t\" show=\"number\"/> <ref to=\"t\" show=\"title\"/> "
      "<ref to=\"t\" show=\"label\"/> <ref to=\"t\" show=\"page\"/></p>");
  ASSERT_EQ(blocks.size(), 2u);
  std::vector<Span::Show> shows;
  for (const Span& s : std::get<Paragraph>(blocks[1].value).content)
    if (s.kind == Span::Kind::page_ref) shows.push_back(s.show);
  EXPECT_EQ(shows, (std::vector<Span::Show>{Span::Show::number, Span::Show::title,
                                            Span::Show::label, Span::Show::page}));
}

TEST(Reference, KnowsWhereItStands) {
  auto blocks = blocks_of("<h2 id=\"a\">A</h2>\n<p>zie\n  <ref to=\"a\" show=\"label\"/></p>");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(only_ref(blocks[1]).source.line, 3);
  EXPECT_EQ(only_ref(blocks[1]).source.column, 3);
}

TEST(Reference, BadShowIsAnErrorWithASuggestion) {
  Parsed p =
      parse("<document><h1 id=\"a\">A</h1><p><ref to=\"a\" show=\"nummer\"/></p></document>");
  ASSERT_EQ(p.diags.error_count(), 1u) << p.diags.to_string();
  const Diagnostic& d = p.diags.items().front();
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 43);
  EXPECT_EQ(d.message, "show=\"nummer\" is geen geldige waarde voor <ref>");
  EXPECT_NE(d.hint.find("show=\"number\""), std::string::npos) << d.hint;
}

}  // namespace
}  // namespace koers::doc

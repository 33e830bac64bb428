// Which template wrote which part of the markup: problems found in the markup are reported
// at the template line.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "template/template.h"

namespace koers::templ {
namespace {

class SourceMapTest : public ::testing::Test {
 protected:
  void put(const std::string& file, std::string text) { files.put("/t/" + file, std::move(text)); }
  std::string render(const std::string& name, const Data& data) {
    TemplateSet set({"/t/doc", "/t/partials"}, files);
    return set.render(name, data, diags, &map);
  }
  // line:column of the first occurrence of what in text (column in characters).
  static std::pair<int, int> position_of(const std::string& text, const std::string& what) {
    const std::size_t at = text.find(what);
    EXPECT_NE(at, std::string::npos) << what;
    int line = 1, column = 1;
    for (std::size_t i = 0; i < at; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    return {line, column};
  }
  std::optional<SourceMap::Origin> origin_of(const std::string& output, const std::string& what) {
    auto [line, column] = position_of(output, what);
    return map.origin(output, line, column);
  }

  MemoryResources files;
  Diagnostics diags;
  SourceMap map;
};

TEST_F(SourceMapTest, ElementsAndAttributesAreFoundInTheFileThatWroteThem) {
  put("doc/visie.mustache",
      "<document>\n  <h1>{{titel}}</h1>\n{{#themas}}\n{{> thema}}\n{{/themas}}\n"
      "  <fgure src=\"x.png\"/>\n{{{rijk}}}\n</document>\n");
  put("partials/thema.mustache", "<h2>{{naam}}</h2>\n\n<p colr=\"rood\">Één {{naam}}</p>\n");
  Data data;
  data.set("titel", "Visie");
  Data themas{Data::type::list};
  for (const char* naam : {"Energie", "Wonen"}) {
    Data t;
    t.set("naam", naam);
    themas << t;
  }
  data.set("themas", themas);
  data.set("rijk", "<blink>uit de gegevens</blink>");
  const std::string out = render("visie", data);
  ASSERT_TRUE(diags.empty()) << diags.to_string();

  // In the partial (second expansion too): the attribute at its own line and column.
  for (const char* occurrence : {"colr=\"rood\">Één Energie", "colr=\"rood\">Één Wonen"}) {
    auto o = origin_of(out, occurrence);
    ASSERT_TRUE(o) << occurrence;
    EXPECT_EQ(o->file, "/t/partials/thema.mustache");
    EXPECT_EQ(o->line, 3);
    EXPECT_EQ(o->column, 4);
  }
  // After the partial, back in the main template.
  auto element = origin_of(out, "<fgure");
  ASSERT_TRUE(element);
  EXPECT_EQ(element->file, "/t/doc/visie.mustache");
  EXPECT_EQ(element->line, 6);
  EXPECT_EQ(element->column, 3);
  // Markup that came from the data is not in any template.
  EXPECT_FALSE(origin_of(out, "<blink"));
  // A position that is not at an element or attribute.
  auto [line, column] = position_of(out, "uit de gegevens");
  EXPECT_FALSE(map.origin(out, line, column));
}

TEST_F(SourceMapTest, NameBoundariesAreRespected) {
  put("doc/d.mustache", "<pre x=\"1\"/>\n<p pstyle=\"a\" style=\"b\"/>\n");
  const std::string out = render("d", Data());
  auto p = origin_of(out, "<p ");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->line, 2);
  EXPECT_EQ(p->column, 1);
  auto style = origin_of(out, " style=");
  ASSERT_FALSE(style);  // the position is at the space before the name
  auto [line, column] = position_of(out, " style=");
  style = map.origin(out, line, column + 1);
  ASSERT_TRUE(style);
  EXPECT_EQ(style->line, 2);
  EXPECT_EQ(style->column, 15);
}

TEST_F(SourceMapTest, AnAttributesValuePicksTheRightOne) {
  put("doc/d.mustache", "<col width=\"30mm\"/>\n<col width=\"3O mm\"/>\n<col width=\"{{w}}\"/>\n");
  Data data;
  data.set("w", "breed");
  const std::string out = render("d", data);
  auto literal = origin_of(out, "width=\"3O mm\"");
  ASSERT_TRUE(literal);
  EXPECT_EQ(literal->line, 2);
  EXPECT_EQ(literal->column, 6);
  // A value from the data: the first attribute of that name.
  auto from_data = origin_of(out, "width=\"breed\"");
  ASSERT_TRUE(from_data);
  EXPECT_EQ(from_data->line, 1);
}

TEST_F(SourceMapTest, RenderWithoutOriginsRecordsNothing) {
  put("doc/d.mustache", "<p/>");
  TemplateSet set({"/t/doc"}, files);
  EXPECT_EQ(set.render("d", Data(), diags), "<p/>");
  EXPECT_TRUE(map.empty());
}

}  // namespace
}  // namespace koers::templ

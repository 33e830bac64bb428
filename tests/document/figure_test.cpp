#include <gtest/gtest.h>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::blocks_of;
using testing::flatten;
using testing::parse;

std::string first_error(const std::string& markup) {
  auto p = parse(markup);
  for (const Diagnostic& d : p.diags.items())
    if (d.severity == Severity::error)
      return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
  return "no error:\n" + p.diags.to_string();
}

TEST(Figure, ImageCaptionIdAndWidth) {
  Blocks blocks = blocks_of(R"(<figure id="kaart" width="120mm">
  <image src="kaart.png" alt="Kaart van het warmtenet"/>
  <caption>Het <em>warmtenet</em> in 2030</caption>
</figure>)");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].id, "kaart");
  EXPECT_EQ(blocks[0].source.line, 1);
  const auto& figure = std::get<Figure>(blocks[0].value);
  EXPECT_EQ(figure.id, "kaart");
  EXPECT_NEAR(figure.width, 120 * 72 / 25.4, 1e-9);
  const auto& image = std::get<Image>(figure.content);
  EXPECT_EQ(image.src, "kaart.png");
  EXPECT_EQ(image.alt, "Kaart van het warmtenet");
  EXPECT_EQ(flatten(figure.caption), "Het [em]warmtenet[/] in 2030");
}

TEST(Figure, CaptionIsOptionalAndMayComeFirst) {
  Blocks blocks = blocks_of(R"(<figure><caption>Boven</caption><image src="a.jpg" alt="A"/></figure>
<figure><image src="b.png" alt="B" align="right" style="kaart"/></figure>)");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(std::get<Image>(std::get<Figure>(blocks[0].value).content).src, "a.jpg");
  EXPECT_EQ(flatten(std::get<Figure>(blocks[0].value).caption), "Boven");
  EXPECT_TRUE(std::get<Figure>(blocks[1].value).caption.empty());
  EXPECT_EQ(std::get<Image>(std::get<Figure>(blocks[1].value).content).align, "right");
  EXPECT_EQ(std::get<Image>(std::get<Figure>(blocks[1].value).content).style, "kaart");
}

TEST(Figure, ReferenceToAFigureIsKnown) {
  auto p = parse(R"(<document><p>Zie <ref to="kaart" show="label"/>.</p>
<figure id="kaart"><image src="k.png" alt="K"/><caption>Kaart</caption></figure></document>)");
  EXPECT_TRUE(p.diags.empty()) << p.diags.to_string();
}

TEST(Figure, Errors) {
  EXPECT_EQ(first_error("<document><figure><caption>x</caption></figure></document>"),
            "1:11: <figure> zonder <image/> of <chart>");
  EXPECT_EQ(first_error("<document><figure><image src=\"a.png\" alt=\"\"/>"
                        "<image src=\"b.png\" alt=\"\"/></figure></document>"),
            "1:46: een <figure> heeft maar één <image> of <chart>");
  EXPECT_EQ(first_error("<document><figure><image src=\"a.png\" alt=\"\"/><p>x</p></figure>"
                        "</document>"),
            "1:46: <p> kan niet in een <figure> staan");
  EXPECT_EQ(first_error("<document><figure><image src=\"a.png\" alt=\"\"/>tekst</figure>"
                        "</document>"),
            "1:46: tekst buiten een alinea: \"tekst\"");
  EXPECT_EQ(first_error("<document><figure hoogte=\"3cm\"><image src=\"a.png\" alt=\"\"/>"
                        "</figure></document>"),
            "1:19: onbekend attribuut hoogte bij <figure>");
  EXPECT_EQ(first_error("<document><figure><image id=\"x\" src=\"a.png\" alt=\"\"/></figure>"
                        "</document>"),
            "1:26: een <image> in een <figure> heeft geen id");
  EXPECT_EQ(first_error("<document><p>x</p><caption>y</caption></document>"),
            "1:19: <caption> hoort direct in een <table> of <figure>, niet in <document>");
  EXPECT_EQ(first_error("<document><image src=\"a.png\" alt=\"\" align=\"midden\"/></document>"),
            "1:37: align=\"midden\" is geen geldige uitlijning");
}

}  // namespace
}  // namespace koers::doc

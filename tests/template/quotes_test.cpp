#include "template/quotes.h"

#include <gtest/gtest.h>

namespace koers::templ {
namespace {

const char* kLow = "\u201E";   // „
const char* kHigh = "\u201D";  // ”
std::string dutch(std::string_view markup) {
  return typographic_quotes(markup, kLow, kHigh);
}

TEST(TypographicQuotes, StraightAndEscapedQuotesInText) {
  EXPECT_EQ(dutch("<p>de nota \"Heideveen Duurzaam\" is</p>"),
            "<p>de nota „Heideveen Duurzaam” is</p>");
  EXPECT_EQ(dutch("<p>de nota &quot;Heideveen&quot;.</p>"), "<p>de nota „Heideveen”.</p>");
}

TEST(TypographicQuotes, AttributesAndCommentsStayAsTheyAre) {
  EXPECT_EQ(dutch("<document title=\"x\" a='\"'><!-- \"c\" --><p>\"y\"</p></document>"),
            "<document title=\"x\" a='\"'><!-- \"c\" --><p>„y”</p></document>");
}

TEST(TypographicQuotes, BlocksStartAfreshInlineElementsDoNot) {
  EXPECT_EQ(dutch("<p>tekst</p><p>\"nieuw\"</p>"), "<p>tekst</p><p>„nieuw”</p>");
  EXPECT_EQ(dutch("<p>een <em>\"nadruk\"</em> en (\"haakjes\")</p>"),
            "<p>een <em>„nadruk”</em> en („haakjes”)</p>");
  EXPECT_EQ(dutch("<p><strong>vet</strong>\" na</p>"), "<p><strong>vet</strong>” na</p>");
}

TEST(TypographicQuotes, OtherMarks) {
  EXPECT_EQ(typographic_quotes("<p>\"a\"</p>", "\u2018", "\u2019"), "<p>‘a’</p>");
}

}  // namespace
}  // namespace koers::templ

// Markup nested too deep for the reader is refused before the reader sees it.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "markup_test_util.h"

namespace koers::doc {
namespace {

using testing::parse;
using testing::Parsed;

std::string divisions(int depth) {
  std::string open, close;
  for (int i = 0; i < depth; ++i) {
    open += "<div>";
    close += "</div>";
  }
  return open + "<p>diep</p>" + close;
}

TEST(MarkupLimits, TenThousandDeepNestingIsRefusedAtTheFirstElementTooDeep) {
  const std::string markup =
      "<document>\n<section>" + divisions(10'000) + "</section>\n</document>";
  const auto start = std::chrono::steady_clock::now();
  Parsed p = parse(markup);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  ASSERT_EQ(p.diags.items().size(), 1u) << p.diags.to_string();
  const Diagnostic& d = p.diags.items().front();
  EXPECT_EQ(d.file, "doc.xml");
  EXPECT_EQ(d.line, 2);
  // document and section are levels 1 and 2: the 99th <div> is level 101.
  EXPECT_EQ(d.column, 9 + 98 * 5 + 1);
  EXPECT_EQ(d.message,
            "element <div> ligt meer dan 100 niveaus diep genest; koers leest tot 100 niveaus");
  EXPECT_TRUE(p.document.sections.empty());
}

TEST(MarkupLimits, DeepInlineMarkupIsRefusedToo) {
  std::string markup = "<document><p>";
  for (int i = 0; i < 10'000; ++i) markup += "<em>";
  markup += "x";
  for (int i = 0; i < 10'000; ++i) markup += "</em>";
  markup += "</p></document>";
  Parsed p = parse(markup);
  ASSERT_EQ(p.diags.error_count(), 1u) << p.diags.to_string();
  // document and p are levels 1 and 2: the 99th <em> is level 101.
  EXPECT_EQ(p.diags.items().front().column, 13 + 98 * 4 + 1);
}

TEST(MarkupLimits, NestingWithinTheLimitIsRead) {
  Parsed p = parse("<document><section>" + divisions(90) + "</section></document>");
  EXPECT_FALSE(p.diags.has_errors()) << p.diags.to_string();
  EXPECT_EQ(p.document.sections.size(), 1u);
}

TEST(MarkupLimits, TheLimitIsConfigurable) {
  Limits limits;
  limits.max_nesting_depth = 4;
  Diagnostics diags;
  parse_markup("<document><section>" + divisions(3) + "</section></document>", "doc.xml", diags,
               limits);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_NE(diags.items().front().message.find("<div> ligt meer dan 4 niveaus"), std::string::npos);
}

}  // namespace
}  // namespace koers::doc

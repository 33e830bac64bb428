// Document markup with a DOCTYPE that declares an external entity: the file it names is
// never read, the entity never expands, and the template editor is told why.
#include <gtest/gtest.h>

#include "markup_test_util.h"
#include "support/temp_folder.h"

namespace koers::doc {
namespace {

TEST(ExternalEntity, SystemEntityIsReportedAndItsFileNeverAppears) {
  koers::test::TempFolder folder("markup-entity");
  const std::filesystem::path secret = folder.write("geheim.txt", "GEHEIME-INHOUD");
  const std::string markup =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE document [\n<!ENTITY xxe SYSTEM \"" + secret.string() +
      "\">\n]>\n<document>\n<p>Tekst: &xxe;</p>\n<image src=\"&xxe;\" "
      "alt=\"x\"/>\n</document>\n";
  const testing::Parsed parsed = testing::parse(markup);
  ASSERT_GE(parsed.diags.error_count(), 1u);
  const Diagnostic& d = parsed.diags.items()[0];
  EXPECT_EQ(d.file, "doc.xml");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 1);
  EXPECT_NE(d.message.find("DOCTYPE"), std::string::npos) << d.message;
  EXPECT_NE(parsed.diags.to_string().find("onbekende entiteit &xxe;"), std::string::npos)
      << parsed.diags.to_string();
  EXPECT_EQ(parsed.diags.to_string().find("GEHEIME-INHOUD"), std::string::npos);
  ASSERT_EQ(parsed.document.sections.size(), 1u);
  for (const Block& block : parsed.document.sections[0].blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block.value)) {
      EXPECT_EQ(testing::flatten(p->content).find("GEHEIME-INHOUD"), std::string::npos);
    }
    if (const auto* image = std::get_if<Image>(&block.value)) {
      EXPECT_EQ(image->src, "&xxe;");
    }
  }
}

TEST(ExternalEntity, DoctypeWithoutEntitiesIsLeftAlone) {
  const testing::Parsed parsed =
      testing::parse("<!DOCTYPE document>\n<document><p>a</p></document>");
  EXPECT_TRUE(parsed.diags.empty()) << parsed.diags.to_string();
}

}  // namespace
}  // namespace koers::doc

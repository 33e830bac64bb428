// A language names a catalogue in locales/ and nothing else: a code that is a path or a URL
// is refused before any file is looked for, and a catalogue that links out of locales/ is
// not read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/temp_folder.h"
#include "text/messages.h"

namespace koers::text {
namespace {

namespace fs = std::filesystem;

std::string shipped(const std::string& language) {
  std::ifstream in(fs::path(KOERS_SOURCE_DIR) / "locales" / (language + ".xml"), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class LocalePaths : public ::testing::Test {
 protected:
  LocalePaths() {
    folder_.write("koers/locales/nl.xml", shipped("nl"));
    folder_.write("buiten/en.xml", shipped("en"));
  }
  std::shared_ptr<const Messages> load(const std::string& language) {
    return Messages::load(language, resources_, diags_);
  }
  std::string first_message() const {
    return diags_.items().empty() ? "" : diags_.items()[0].message;
  }

  koers::test::TempFolder folder_{"locales"};
  DiskResources resources_{folder_.path() / "koers"};
  Diagnostics diags_;
};

TEST_F(LocalePaths, CatalogueInTheLocalesFolderIsAccepted) {
  folder_.write("koers/locales/en.xml", shipped("en"));
  EXPECT_TRUE(load("nl")) << diags_.to_string();
  EXPECT_TRUE(load("en")) << diags_.to_string();
  EXPECT_TRUE(diags_.empty()) << diags_.to_string();
}

TEST_F(LocalePaths, PathsAndUrlsAreNoLanguage) {
  for (const std::string language :
       {"../../buiten/en", "/etc/passwd", "https://example.org/nl", "nl/../../en"}) {
    diags_ = {};
    EXPECT_FALSE(load(language)) << language;
    ASSERT_EQ(diags_.error_count(), 1u) << language;
    EXPECT_EQ(first_message(), "ongeldige taalcode '" + language + "'");
  }
}

TEST_F(LocalePaths, CatalogueLinkedOutOfTheLocalesFolderIsNotRead) {
  folder_.link("koers/locales/en.xml", folder_.path() / "buiten" / "en.xml");
  EXPECT_FALSE(load("en"));
  ASSERT_EQ(diags_.error_count(), 1u) << diags_.to_string();
  EXPECT_EQ(diags_.items()[0].file, (folder_.path() / "koers" / "locales" / "en.xml").string());
  EXPECT_NE(first_message().find("de tekstcatalogus 'en.xml' is een snelkoppeling"),
            std::string::npos)
      << first_message();
  EXPECT_NE(first_message().find("buiten de map met tekstcatalogi"), std::string::npos);
}

}  // namespace
}  // namespace koers::text

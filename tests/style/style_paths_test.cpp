// A house style is read only from its own folder in styles/: its name cannot lead out of
// styles/, and each @font folder stays in the folder of the style that names it.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "style/style.h"
#include "support/temp_folder.h"

namespace koers::style {
namespace {

namespace fs = std::filesystem;

class StylePaths : public ::testing::Test {
 protected:
  StylePaths() {
    folder_.write("buiten/style.css", "p { font-size: 30pt; }");
    folder_.write("buiten/Geheim.ttf", "geen lettertype");
    folder_.write("koers/styles/base/style.css", "p { font-size: 10pt; }");
  }
  void put(const std::string& name, const std::string& css) {
    folder_.write("koers/styles/" + name + "/style.css", css);
  }
  StyleSheet load(const std::string& name) { return load_style(name, resources_, diags_); }
  std::string first_message() const {
    return diags_.items().empty() ? "" : diags_.items()[0].message;
  }
  fs::path styles() const { return folder_.path() / "koers" / "styles"; }

  koers::test::TempFolder folder_{"style-paths"};
  DiskResources resources_{folder_.path() / "koers"};
  Diagnostics diags_;
};

TEST_F(StylePaths, StyleNameOutOfTheStylesFolderIsRefused) {
  const StyleSheet sheet = load("../buiten");
  ASSERT_EQ(diags_.error_count(), 1u) << diags_.to_string();
  EXPECT_EQ(first_message(), "de huisstijl '../buiten' wijst buiten de map met huisstijlen (" +
                                 styles().string() + ")");
  EXPECT_EQ(diags_.items()[0].file, styles().string());
  EXPECT_TRUE(sheet.chain.empty()) << "the style outside is not read";
}

TEST_F(StylePaths, AbsoluteStyleNameIsRefused) {
  load((folder_.path() / "buiten").string());
  ASSERT_EQ(diags_.error_count(), 1u);
  EXPECT_NE(first_message().find("absoluut pad"), std::string::npos) << first_message();
}

TEST_F(StylePaths, StyleFolderLinkedOutIsRefused) {
  folder_.link("koers/styles/gedeeld", folder_.path() / "buiten");
  const StyleSheet sheet = load("gedeeld");
  ASSERT_EQ(diags_.error_count(), 1u);
  EXPECT_NE(first_message().find("snelkoppeling"), std::string::npos) << first_message();
  EXPECT_DOUBLE_EQ(sheet.paragraph("p").font_size, ParagraphStyle{}.font_size);
}

TEST_F(StylePaths, StyleSheetLinkedOutIsRefused) {
  folder_.link("koers/styles/stad/style.css", folder_.path() / "buiten" / "style.css");
  load("stad");
  ASSERT_EQ(diags_.error_count(), 1u);
  EXPECT_NE(first_message().find("het stijlbestand 'style.css' is een snelkoppeling"),
            std::string::npos)
      << first_message();
}

TEST_F(StylePaths, StyleUrlIsRefused) {
  load("https://example.org/stijl");
  ASSERT_EQ(diags_.error_count(), 1u);
  EXPECT_NE(first_message().find("internetadres"), std::string::npos) << first_message();
}

TEST_F(StylePaths, ExtendsOutOfTheStylesFolderIsAnErrorAtTheExtends) {
  put("stad", "@extends \"../../buiten\";\np { font-size: 11pt; }");
  load("stad");
  ASSERT_EQ(diags_.error_count(), 1u) << diags_.to_string();
  EXPECT_EQ(diags_.items()[0].file, (styles() / "stad" / "style.css").string());
  EXPECT_EQ(diags_.items()[0].line, 1);
  EXPECT_EQ(diags_.items()[0].column, 10);
  EXPECT_NE(first_message().find("'../../buiten' wijst buiten"), std::string::npos);
}

TEST_F(StylePaths, StyleInTheStylesFolderIsAccepted) {
  put("stad", "@extends \"base\";\np { font-size: 11pt; }");
  const StyleSheet sheet = load("stad");
  EXPECT_EQ(diags_.to_string(), "");
  EXPECT_EQ(sheet.chain, (std::vector<std::string>{"stad", "base"}));
}

TEST_F(StylePaths, FontFolderInASubfolderIsAccepted) {
  folder_.write("koers/styles/stad/letters/huis/Huisletter.ttf", "ttf");
  put("stad", "@font \"Huisletter\" { src: \"letters/huis/\"; }");
  const StyleSheet sheet = load("stad");
  EXPECT_EQ(diags_.to_string(), "");
  EXPECT_EQ(sheet.font_files.at("Huisletter"), styles() / "stad" / "letters/huis/");
}

TEST_F(StylePaths, FontFolderOutOfTheStyleFolderIsAnErrorAtItsSrc) {
  put("stad", "p { font-size: 11pt; }\n@font \"Huisletter\" { src: \"../../../buiten/\"; }");
  const StyleSheet sheet = load("stad");
  ASSERT_EQ(diags_.error_count(), 1u) << diags_.to_string();
  EXPECT_EQ(diags_.items()[0].line, 2);
  EXPECT_EQ(diags_.items()[0].column, 27);
  EXPECT_EQ(first_message(), "het pad '../../../buiten/' wijst buiten de map van de huisstijl (" +
                                 (styles() / "stad").string() + ")");
  EXPECT_EQ(sheet.font_files.count("Huisletter"), 0u) << "never registered";
}

TEST_F(StylePaths, AbsoluteFontFolderIsRefused) {
  put("stad", "@font \"Huisletter\" { src: \"" + (folder_.path() / "buiten").string() + "\"; }");
  const StyleSheet sheet = load("stad");
  ASSERT_EQ(diags_.error_count(), 1u);
  EXPECT_NE(first_message().find("absoluut pad"), std::string::npos) << first_message();
  EXPECT_TRUE(sheet.font_files.empty());
}

TEST_F(StylePaths, FontFolderOrFontFileLinkedOutIsRefused) {
  folder_.link("koers/styles/stad/fonts", folder_.path() / "buiten");
  folder_.link("koers/styles/dorp/fonts/Geheim.ttf", folder_.path() / "buiten" / "Geheim.ttf");
  put("stad", "@font \"Huisletter\" { src: \"fonts/\"; }");
  put("dorp", "@font \"Huisletter\" { src: \"fonts/\"; }");
  for (const std::string name : {"stad", "dorp"}) {
    diags_ = {};
    const StyleSheet sheet = load(name);
    ASSERT_EQ(diags_.error_count(), 1u) << name << ": " << diags_.to_string();
    EXPECT_NE(first_message().find("snelkoppeling"), std::string::npos) << first_message();
    EXPECT_TRUE(sheet.font_files.empty()) << name;
  }
}

TEST_F(StylePaths, FontUrlIsRefused) {
  put("stad", "@font \"Huisletter\" { src: \"https://fonts.example.org/huis/\"; }");
  const StyleSheet sheet = load("stad");
  ASSERT_EQ(diags_.error_count(), 1u);
  EXPECT_NE(first_message().find("internetadres"), std::string::npos) << first_message();
  EXPECT_TRUE(sheet.font_files.empty());
}

}  // namespace
}  // namespace koers::style

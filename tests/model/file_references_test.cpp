// The logo and the house style a municipality file names stay in their folders; a path that
// leaves them is an error at the line and column where it is written. External entities in
// a DOCTYPE never bring another file's text into the model.
#include <gtest/gtest.h>

#include "model/model.h"
#include "model_test_support.h"
#include "support/temp_folder.h"

namespace koers::model {
namespace {

namespace fs = std::filesystem;
using testing::gemeente;

class FileReferences : public ::testing::Test {
 protected:
  FileReferences() {
    folder_.write("buiten/geheim.png", "geheim");
    folder_.write("koers/styles/stad/style.css", "p { font-size: 10pt; }");
    folder_.write("invoer/beelden/logo.png", "png");
  }
  // Reads body (inside <gemeente>, from line 3) as invoer/gemeente.xml and checks it.
  Diagnostics check(const std::string& body) {
    Diagnostics diags;
    const fs::path file = folder_.write("invoer/gemeente.xml", gemeente(body));
    const Municipality m =
        read_municipality(gemeente(body), file.string(), testing::shipped_catalogue(), diags);
    check_file_references(m, resources_, diags);
    return diags;
  }
  std::string logo(const std::string& src) { return "<logo src=\"" + src + "\" alt=\"Logo\"/>"; }

  koers::test::TempFolder folder_{"model-files"};
  DiskResources resources_{folder_.path() / "koers"};
};

TEST_F(FileReferences, LogoInASubfolderIsAccepted) {
  EXPECT_EQ(check(logo("beelden/logo.png")).to_string(), "");
  EXPECT_EQ(check(logo("nog-te-maken.png")).to_string(), "") << "missing: layout says so";
}

TEST_F(FileReferences, LogoOutOfTheInputFolderIsAnErrorAtItsSrc) {
  const Diagnostics diags = check(logo("../../etc/passwd"));
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.file, (folder_.path() / "invoer" / "gemeente.xml").string());
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 7);
  EXPECT_EQ(d.message, "het pad '../../etc/passwd' wijst buiten de map van het invoerbestand (" +
                           (folder_.path() / "invoer").string() + ")");
}

TEST_F(FileReferences, AbsoluteLogoPathIsAnError) {
  const Diagnostics diags = check(logo((folder_.path() / "buiten" / "geheim.png").string()));
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_NE(diags.items()[0].message.find("absoluut pad"), std::string::npos);
}

TEST_F(FileReferences, LogoLinkedOutOfTheInputFolderIsAnError) {
  folder_.link("invoer/beelden/gedeeld.png", folder_.path() / "buiten" / "geheim.png");
  const Diagnostics diags = check(logo("beelden/gedeeld.png"));
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_NE(diags.items()[0].message.find("snelkoppeling"), std::string::npos)
      << diags.items()[0].message;
}

TEST_F(FileReferences, LogoUrlIsAnError) {
  const Diagnostics diags = check(logo("https://example.org/logo.png"));
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_NE(diags.items()[0].message.find("internetadres"), std::string::npos);
}

TEST_F(FileReferences, HouseStyleNameStaysInTheStylesFolder) {
  EXPECT_EQ(check("<huisstijl>stad</huisstijl>").to_string(), "");
  const Diagnostics up = check("<huisstijl>../..</huisstijl>");
  ASSERT_EQ(up.error_count(), 1u) << up.to_string();
  EXPECT_EQ(up.items()[0].line, 3);
  EXPECT_EQ(up.items()[0].column, 12);
  EXPECT_EQ(up.items()[0].message, "de huisstijl '../..' wijst buiten de map met huisstijlen (" +
                                       (folder_.path() / "koers" / "styles").string() + ")");
  EXPECT_EQ(check("<huisstijl>/etc</huisstijl>").error_count(), 1u);
  EXPECT_EQ(check("<huisstijl>http://example.org/stijl</huisstijl>").error_count(), 1u);
  folder_.link("koers/styles/gedeeld", folder_.path() / "buiten");
  const Diagnostics linked = check("<huisstijl>gedeeld</huisstijl>");
  ASSERT_EQ(linked.error_count(), 1u);
  EXPECT_NE(linked.items()[0].message.find("snelkoppeling"), std::string::npos);
}

TEST(ExternalEntities, SystemEntityInTheInputIsReportedAndNeverRead) {
  koers::test::TempFolder folder("model-entity");
  const fs::path secret = folder.write("geheim.txt", "GEHEIME-INHOUD");
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE gemeente [\n  <!ENTITY xxe SYSTEM \"" + secret.string() +
      "\">\n]>\n" + gemeente("<sorteernaam>&xxe;</sorteernaam>");
  const testing::ReadResult r = testing::read(xml);
  EXPECT_EQ(r.municipality.sort_name.find("GEHEIME-INHOUD"), std::string::npos);
  EXPECT_EQ(r.text().find("GEHEIME-INHOUD"), std::string::npos);
  ASSERT_GE(r.diags.error_count(), 1u);
  const Diagnostic& d = r.diags.items()[0];
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 1);
  EXPECT_NE(d.message.find("DOCTYPE"), std::string::npos) << d.message;
  EXPECT_NE(r.text().find("'&xxe;'"), std::string::npos) << "the use is reported too: " << r.text();
}

}  // namespace
}  // namespace koers::model

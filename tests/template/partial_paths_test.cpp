// A partial name is looked up only inside the template folders: '..', an absolute path, a
// URL or a file there that links elsewhere is an error at the {{> tag}}, and nothing is read.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "support/temp_folder.h"
#include "template/template.h"

namespace koers::templ {
namespace {

namespace fs = std::filesystem;

class PartialPaths : public ::testing::Test {
 protected:
  PartialPaths() {
    folder_.write("buiten/geheim.mustache", "GEHEIME-INHOUD");
    folder_.write("buiten/passwd", "GEHEIME-INHOUD");
    folder_.write("sjablonen/partials/onderdelen/kop.mustache", "<h1>kop</h1>");
  }
  // Renders doc/visie.mustache with text: the partial tag stands on line 2, column 4.
  std::string render(const std::string& partial) {
    folder_.write("sjablonen/doc/visie.mustache", "<p>\n<p>{{> " + partial + "}}</p>\n");
    TemplateSet set({templates() / "doc", templates() / "partials"}, disk_);
    return set.render("visie", Data{}, diags_);
  }
  fs::path templates() const { return folder_.path() / "sjablonen"; }
  const Diagnostic& only_error() {
    static const Diagnostic kNone{};
    EXPECT_EQ(diags_.error_count(), 1u) << diags_.to_string();
    return diags_.items().empty() ? kNone : diags_.items().front();
  }

  koers::test::TempFolder folder_{"partials"};
  DiskResources disk_;
  Diagnostics diags_;
};

TEST_F(PartialPaths, PartialInASubfolderIsAccepted) {
  EXPECT_EQ(render("onderdelen/kop"), "<p>\n<p><h1>kop</h1></p>\n");
  EXPECT_TRUE(diags_.empty()) << diags_.to_string();
}

TEST_F(PartialPaths, DotDotOutOfTheTemplateFoldersIsAnErrorAtTheTag) {
  const std::string name =
      "../../../../../../../../.." + folder_.path().string() + "/buiten/passwd";
  EXPECT_EQ(render(name), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, (templates() / "doc" / "visie.mustache").string());
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 4);
  EXPECT_EQ(d.message, "de sjabloonnaam '" + name + "' wijst buiten de sjabloonmap (" +
                           (templates() / "doc").string() + ")");
  EXPECT_EQ(diags_.to_string().find("GEHEIME-INHOUD"), std::string::npos);
}

TEST_F(PartialPaths, EtcPasswdIsNeverLookedUp) {
  EXPECT_EQ(render("../../../etc/passwd"), "");
  EXPECT_NE(only_error().message.find("wijst buiten de sjabloonmap"), std::string::npos);
}

TEST_F(PartialPaths, AbsoluteNameIsAnError) {
  EXPECT_EQ(render((folder_.path() / "buiten" / "geheim").string()), "");
  EXPECT_NE(only_error().message.find("absoluut pad"), std::string::npos);
  EXPECT_EQ(only_error().line, 2);
}

TEST_F(PartialPaths, PartialLinkedOutOfItsFolderIsAnError) {
  folder_.link("sjablonen/partials/omslag.mustache", folder_.path() / "buiten" / "geheim.mustache");
  EXPECT_EQ(render("omslag"), "");
  EXPECT_NE(only_error().message.find("het sjabloonbestand 'omslag.mustache' is een snelkoppeling"),
            std::string::npos)
      << only_error().message;
  EXPECT_EQ(only_error().line, 2);
}

TEST_F(PartialPaths, UrlIsAnError) {
  EXPECT_EQ(render("https://example.org/omslag"), "");
  EXPECT_NE(only_error().message.find("internetadres"), std::string::npos);
}

TEST_F(PartialPaths, MainTemplateNameIsConfinedToo) {
  TemplateSet set({templates() / "doc"}, disk_);
  EXPECT_EQ(set.render("../buiten/geheim", Data{}, diags_), "");
  EXPECT_NE(only_error().message.find("wijst buiten de sjabloonmap"), std::string::npos);
  EXPECT_TRUE(set.resolve("../buiten/geheim").empty());
  EXPECT_TRUE(set.candidates("../buiten/geheim").empty());
}

}  // namespace
}  // namespace koers::templ

// The one check every file named in input goes through: no URL, no absolute path, no '..'
// out of the folder, no symbolic link out of it; a path inside it resolves as before.
#include "core/confined_path.h"

#include <gtest/gtest.h>

#include "support/temp_folder.h"

namespace koers {
namespace {

namespace fs = std::filesystem;

class ConfinedPathTest : public ::testing::Test {
 protected:
  ConfinedPathTest() {
    folder_.write("invoer/beelden/logo.png", "png");
    folder_.write("buiten/geheim.txt", "geheim");
  }
  ConfinedPath confine(const std::string& written) {
    return confine_path(written, input(), {{input(), "de map van het invoerbestand"}}, disk_);
  }
  fs::path input() const { return folder_.path() / "invoer"; }

  test::TempFolder folder_{"confined"};
  DiskResources disk_;
};

TEST_F(ConfinedPathTest, SubfolderPathIsAcceptedAndResolvedAsBefore) {
  const ConfinedPath path = confine("beelden/logo.png");
  EXPECT_TRUE(path.ok()) << path.message;
  EXPECT_EQ(path.path, input() / "beelden" / "logo.png");
  EXPECT_TRUE(confine("beelden/../beelden/logo.png").ok());
  EXPECT_TRUE(confine("nog-niet-gemaakt.png").ok()) << "a missing file is the reader's problem";
}

TEST_F(ConfinedPathTest, DotDotOutOfTheFolderIsRefusedWithPathAndFolder) {
  const ConfinedPath path = confine("../../etc/passwd");
  EXPECT_FALSE(path.ok());
  EXPECT_TRUE(path.path.empty());
  EXPECT_EQ(path.message, "het pad '../../etc/passwd' wijst buiten de map van het invoerbestand (" +
                              input().string() + ")");
  EXPECT_FALSE(path.hint.empty());
  EXPECT_FALSE(confine("beelden/../../buiten/geheim.txt").ok());
}

TEST_F(ConfinedPathTest, AbsolutePathIsRefused) {
  for (const std::string& written :
       {(input() / "beelden/logo.png").string(), std::string("/etc/passwd"),
        std::string("C:\\Windows\\win.ini"), std::string("\\\\server\\share\\logo.png")}) {
    const ConfinedPath path = confine(written);
    EXPECT_FALSE(path.ok()) << written;
    EXPECT_NE(path.message.find("absoluut pad"), std::string::npos) << path.message;
  }
}

TEST_F(ConfinedPathTest, SymbolicLinkOutOfTheFolderIsRefused) {
  folder_.link("invoer/logo.png", folder_.path() / "buiten" / "geheim.txt");
  folder_.link("invoer/gedeeld", folder_.path() / "buiten");
  for (const std::string written : {"logo.png", "gedeeld/geheim.txt"}) {
    const ConfinedPath path = confine(written);
    EXPECT_FALSE(path.ok()) << written;
    EXPECT_NE(path.message.find("snelkoppeling"), std::string::npos) << path.message;
    EXPECT_NE(path.message.find((folder_.path() / "buiten").string()), std::string::npos)
        << "names where the link leads: " << path.message;
  }
}

TEST_F(ConfinedPathTest, SymbolicLinkThatStaysInsideIsAccepted) {
  folder_.link("invoer/logo.png", "beelden/logo.png");
  EXPECT_TRUE(confine("logo.png").ok());
}

TEST_F(ConfinedPathTest, UrlIsRefusedAndNeverFetched) {
  for (const std::string written :
       {"http://example.org/logo.png", "https://example.org/logo.png", "file:///etc/passwd",
        "ftp://example.org/logo.png", "FILE:logo.png", "data:image/png;base64,AAAA"}) {
    const ConfinedPath path = confine(written);
    EXPECT_FALSE(path.ok()) << written;
    EXPECT_NE(path.message.find("internetadres"), std::string::npos) << path.message;
  }
  EXPECT_FALSE(is_url("beelden/logo.png"));
  EXPECT_FALSE(is_url("C:/logo.png"));
}

TEST_F(ConfinedPathTest, AnyOfSeveralFoldersWillDo) {
  const fs::path outside = folder_.path() / "buiten";
  const std::vector<AllowedFolder> both{{input(), "de map van het invoerbestand"},
                                        {outside, "de map van de huisstijl"}};
  EXPECT_TRUE(confine_path("../buiten/geheim.txt", input(), both, disk_).ok());
  const ConfinedPath refused = confine_path("../../x", input(), both, disk_);
  EXPECT_NE(refused.message.find("de map van het invoerbestand (" + input().string() +
                                 ") of de map van de huisstijl"),
            std::string::npos)
      << refused.message;
}

TEST(ConfinedPathMemory, FilesInMemoryAreCheckedByTheirNames) {
  MemoryResources memory(nullptr, "/koers");
  memory.put("/doc/beelden/kaart.png", "png");
  const AllowedFolder doc{"/doc", "de map van het opmaakbestand"};
  EXPECT_TRUE(confine_path("beelden/kaart.png", "/doc", {doc}, memory).ok());
  EXPECT_FALSE(confine_path("../koers/x.png", "/doc", {doc}, memory).ok());
}

}  // namespace
}  // namespace koers

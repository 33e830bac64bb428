#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/atomic_file.h"
#include "core/diagnostic.h"
#include "core/line_map.h"
#include "core/resources.h"

namespace fs = std::filesystem;
using namespace koers;

TEST(LineMap, FirstCharacterIsLineOneColumnOne) {
  LineMap map("abc\ndef");
  EXPECT_EQ(map.at(0).line, 1);
  EXPECT_EQ(map.at(0).column, 1);
}

TEST(LineMap, OffsetsAfterNewlines) {
  LineMap map("abc\ndef\n\nxyz");
  EXPECT_EQ(map.at(4).line, 2);
  EXPECT_EQ(map.at(4).column, 1);
  EXPECT_EQ(map.at(6).column, 3);
  EXPECT_EQ(map.at(8).line, 3);
  EXPECT_EQ(map.at(9).line, 4);
  EXPECT_EQ(map.at(11).column, 3);
}

TEST(LineMap, ColumnsCountCharactersNotBytes) {
  // "één" is 3 characters in 5 bytes; the 'x' after it is column 4.
  LineMap map("\xC3\xA9\xC3\xA9nx");
  EXPECT_EQ(map.at(5).column, 4);
}

TEST(LineMap, OffsetPastEndIsClamped) {
  LineMap map("ab\ncd");
  EXPECT_EQ(map.at(1000).line, 2);
  EXPECT_EQ(map.at(1000).column, 3);
  EXPECT_EQ(map.at(-5).line, 1);
}

TEST(Diagnostics, FormatsFileLineColumn) {
  Diagnostics d;
  d.error("a.xml", 3, 7, "fout");
  d.warning("a.xml", 0, 0, "let op", "doe iets");
  EXPECT_EQ(d.to_string(), "a.xml:3:7: error: fout\na.xml: warning: let op\n  hint: doe iets\n");
  EXPECT_TRUE(d.has_errors());
  EXPECT_EQ(d.error_count(), 1u);
  EXPECT_EQ(d.warning_count(), 1u);
}

TEST(Diagnostics, WarningsAloneAreNotErrors) {
  Diagnostics d;
  d.warning("a.xml", 1, 1, "x");
  EXPECT_FALSE(d.has_errors());
}

class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("koers-core-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(dir_);
  }
  fs::path dir_;
};

TEST_F(AtomicFile, WritesAndReplaces) {
  fs::path target = dir_ / "doc.pdf";
  ASSERT_EQ(write_file_atomically(target, "eerste"), "");
  ASSERT_EQ(write_file_atomically(target, "tweede"), "");
  std::ifstream in(target);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(content, "tweede");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1)
      << "no temporary files may be left behind";
}

TEST_F(AtomicFile, MissingFolderIsAClearError) {
  std::string error = write_file_atomically(dir_ / "bestaat-niet" / "doc.pdf", "x");
  EXPECT_NE(error.find("de map bestaat niet"), std::string::npos) << error;
}

TEST_F(AtomicFile, FailedRenameLeavesNoTemporaryFile) {
  // The target is a folder that is not empty: the final rename fails (also for root, who
  // ignores permission bits), and nothing may be left behind.
  fs::path target = dir_ / "doc.pdf";
  fs::create_directories(target / "inhoud");
  EXPECT_NE(write_file_atomically(target, "nieuw"), "");
  EXPECT_TRUE(fs::is_directory(target / "inhoud"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST(Resources, MemoryResourcesFallBack) {
  MemoryResources base(nullptr, "/p");
  base.put("/p/a.txt", "A");
  MemoryResources top(&base);
  top.put("/p/b.txt", "B");
  EXPECT_EQ(top.read("/p/a.txt").value_or(""), "A");
  EXPECT_EQ(top.read("/p/./b.txt").value_or(""), "B");
  EXPECT_FALSE(top.read("/p/c.txt").has_value());
  EXPECT_EQ(top.project_root(), "/p");
}

TEST(Resources, DiskResourcesReadsFilesOnly) {
  DiskResources disk;
  EXPECT_TRUE(disk.read(disk.project_root() / "CMakeLists.txt").has_value());
  EXPECT_FALSE(disk.read(disk.project_root() / "engine").has_value());
  EXPECT_FALSE(disk.read("/nonexistent/file").has_value());
}

#include "core/closest_match.h"
#include "core/xml_escape.h"

TEST(ClosestMatch, SuggestsOnlyPlausibleTypos) {
  std::vector<std::string> ids = {"energie", "warmte", "klimaatadaptatie"};
  EXPECT_EQ(koers::closest_match("energi", ids), "energie");
  EXPECT_EQ(koers::closest_match("klimaatadaptaite", ids), "klimaatadaptatie");
  EXPECT_EQ(koers::closest_match("mobiliteit", ids), "");
  EXPECT_EQ(koers::closest_match("warmte", ids), "") << "an exact match is no typo";
  EXPECT_EQ(koers::closest_match("x", std::vector<std::string>{}), "");
}

TEST(ClosestMatch, EditDistance) {
  EXPECT_EQ(koers::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(koers::edit_distance("", "abc"), 3u);
  EXPECT_EQ(koers::edit_distance("abc", "abc"), 0u);
}

TEST(XmlEscape, EscapesMarkupCharactersAndKeepsUtf8) {
  EXPECT_EQ(koers::xml_escape("Gemeente <Súdwest-Fryslân> & \"partners\" 'x'"),
            "Gemeente &lt;Súdwest-Fryslân&gt; &amp; &quot;partners&quot; 'x'");
}

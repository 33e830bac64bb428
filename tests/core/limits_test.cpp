// The size limit on files read as text, the nesting walk, and how limits are written.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/limits.h"
#include "core/resources.h"
#include "core/text_file.h"
#include "core/xml_depth.h"
#include "support/process.h"
#include "support/sparse_file.h"

namespace fs = std::filesystem;
using namespace koers;

namespace {

// Counts reads, so a test can tell a refused file was never read.
class CountingResources : public DiskResources {
 public:
  std::optional<std::string> read(const fs::path& path) const override {
    ++reads;
    return DiskResources::read(path);
  }
  mutable int reads = 0;
};

TEST(TextFile, AGigabyteFileIsRefusedBeforeItIsRead) {
  test::TempDir dir("limits");
  const fs::path big = dir.path() / "groot.xml";
  test::make_sparse_file(big);
  CountingResources disk;
  Diagnostics diags;
  const auto start = std::chrono::steady_clock::now();
  TextFile file = read_text_file(disk, big, Limits{}.max_input_bytes, diags);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  EXPECT_TRUE(file.too_large);
  EXPECT_FALSE(file.text);
  EXPECT_EQ(disk.reads, 0);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  const Diagnostic& d = diags.items().front();
  EXPECT_EQ(d.file, big.string());
  EXPECT_EQ(d.message, "het bestand is 1 GB groot; koers leest bestanden tot 64 MB");
}

TEST(TextFile, AFileWithinTheLimitIsRead) {
  MemoryResources memory;
  memory.put("/a.xml", std::string(100, 'x'));
  Diagnostics diags;
  TextFile file = read_text_file(memory, "/a.xml", 100, diags);
  ASSERT_TRUE(file.text);
  EXPECT_EQ(file.text->size(), 100u);
  EXPECT_FALSE(file.too_large);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST(TextFile, OneByteOverTheLimitIsRefused) {
  MemoryResources memory;
  memory.put("/a.xml", std::string(101, 'x'));
  Diagnostics diags;
  TextFile file = read_text_file(memory, "/a.xml", 100, diags);
  EXPECT_TRUE(file.too_large);
  EXPECT_EQ(diags.to_string(),
            "/a.xml: error: het bestand is 101 bytes groot; koers leest bestanden tot 100 bytes\n"
            "  hint: Controleer of dit het juiste bestand is: een gemeentebestand, sjabloon, "
            "huisstijl of catalogus is hooguit enkele MB groot.\n");
}

// A Resources that cannot tell sizes: the limit still holds, after reading.
class SizelessResources : public MemoryResources {
 public:
  std::optional<std::uintmax_t> size(const fs::path&) const override { return std::nullopt; }
};

TEST(TextFile, UnknownSizeIsCheckedAfterReading) {
  SizelessResources memory;
  memory.put("/a.xml", std::string(2048, 'x'));
  Diagnostics diags;
  TextFile file = read_text_file(memory, "/a.xml", 1024, diags);
  EXPECT_TRUE(file.too_large);
  EXPECT_FALSE(file.text);
  EXPECT_EQ(diags.error_count(), 1u);
}

TEST(TextFile, AMissingFileIsNotReportedByTheReader) {
  MemoryResources memory;
  Diagnostics diags;
  TextFile file = read_text_file(memory, "/geen.xml", 100, diags);
  EXPECT_FALSE(file.text);
  EXPECT_FALSE(file.too_large);
  EXPECT_TRUE(diags.empty());
}

TEST(DescribeLimits, SizesCountsAndDurations) {
  EXPECT_EQ(describe_size(0), "0 bytes");
  EXPECT_EQ(describe_size(1), "1 byte");
  EXPECT_EQ(describe_size(1536), "1,5 kB");
  EXPECT_EQ(describe_size(std::uintmax_t{64} << 20), "64 MB");
  EXPECT_EQ(describe_size(std::uintmax_t{1} << 30), "1 GB");
  EXPECT_EQ(describe_size(std::uintmax_t{1536} << 30), "1,5 TB");
  EXPECT_EQ(describe_count(50'000), "50.000");
  EXPECT_EQ(describe_count(1'234'567), "1.234.567");
  EXPECT_EQ(describe_count(999), "999");
  EXPECT_EQ(describe_duration(std::chrono::seconds(120)), "120 seconden");
  EXPECT_EQ(describe_duration(std::chrono::seconds(1)), "1 seconde");
  EXPECT_EQ(describe_duration(std::chrono::milliseconds(0)), "0 ms");
  EXPECT_EQ(describe_duration(std::chrono::milliseconds(1500)), "1.500 ms");
}

std::string nested(int depth) {
  std::string xml;
  for (int i = 0; i < depth; ++i) xml += "<a>";
  for (int i = 0; i < depth; ++i) xml += "</a>";
  return xml;
}

TEST(XmlDepth, FindsTheFirstElementBeyondTheLimit) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(("<r><b/>" + nested(5) + "</r>").c_str()));
  EXPECT_FALSE(first_too_deep_element(doc, 6));
  pugi::xml_node deep = first_too_deep_element(doc, 5);
  ASSERT_TRUE(deep);
  EXPECT_STREQ(deep.name(), "a");
  EXPECT_EQ(deep.offset_debug(), 3 + 4 + 4 * 3 + 1);  // after "<r>", "<b/>", four "<a>" and "<"
}

TEST(XmlDepth, SiblingsAfterADeepBranchAreWalked) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string("<r><a><b/></a><c><d><e/></d></c></r>"));
  pugi::xml_node deep = first_too_deep_element(doc, 3);
  ASSERT_TRUE(deep);
  EXPECT_STREQ(deep.name(), "e");
}

TEST(XmlDepth, ATenThousandDeepTreeIsWalkedWithoutRecursion) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(nested(10'000).c_str()));
  pugi::xml_node deep = first_too_deep_element(doc, 100);
  ASSERT_TRUE(deep);
  EXPECT_EQ(deep.offset_debug(), 100 * 3 + 1);
  EXPECT_FALSE(first_too_deep_element(doc, 10'000));
}

}  // namespace

// Hostile municipality files: too large to read, or nested too deep to walk.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "model/model.h"
#include "model_test_support.h"
#include "support/process.h"
#include "support/sparse_file.h"

namespace koers::model {
namespace {

using testing::gemeente;
using testing::shipped_catalogue;

std::string open_tags(int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += "<x>";
  return s;
}

std::string close_tags(int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += "</x>";
  return s;
}

TEST(InputLimits, TenThousandDeepNestingIsRefusedAtTheFirstElementTooDeep) {
  const std::string prefix = "<teksten><tekst id=\"t\">";  // levels 2 and 3 (gemeente is 1)
  const std::string xml =
      gemeente(prefix + open_tags(10'000) + close_tags(10'000) + "</tekst></teksten>");
  Diagnostics diags;
  const auto start = std::chrono::steady_clock::now();
  read_municipality(xml, "diep.xml", shipped_catalogue(), diags);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  ASSERT_EQ(diags.items().size(), 1u) << diags.to_string();
  const Diagnostic& d = diags.items().front();
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.file, "diep.xml");
  EXPECT_EQ(d.line, 3);
  // The 98th <x> is level 101.
  EXPECT_EQ(d.column, static_cast<int>(prefix.size() + 97 * 3 + 1));
  EXPECT_EQ(d.message,
            "element <x> ligt meer dan 100 niveaus diep genest; koers leest tot 100 niveaus");
}

TEST(InputLimits, NestingUpToTheLimitIsRead) {
  const std::string xml =
      gemeente("<teksten><tekst id=\"t\">" + open_tags(97) + close_tags(97) + "</tekst></teksten>");
  Diagnostics diags;
  read_municipality(xml, "diep.xml", shipped_catalogue(), diags);
  EXPECT_EQ(diags.to_string().find("niveaus diep"), std::string::npos) << diags.to_string();
}

TEST(InputLimits, TheNestingLimitIsConfigurable) {
  Limits limits;
  limits.max_nesting_depth = 3;
  Diagnostics diags;
  read_municipality(gemeente("<themas><thema id=\"a\" naam=\"A\"><x/></thema></themas>"), "t.xml",
                    shipped_catalogue(), diags, limits);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items().front().column, 32);  // the <x>
  EXPECT_NE(diags.items().front().message.find("meer dan 3 niveaus"), std::string::npos);
}

TEST(InputLimits, AGigabyteFileIsRefusedQuicklyWithItsSize) {
  test::TempDir dir("model-limits");
  const std::filesystem::path big = dir.path() / "groot.xml";
  test::make_sparse_file(big);
  DiskResources disk;
  Diagnostics diags;
  const auto start = std::chrono::steady_clock::now();
  load_municipality(big, disk, shipped_catalogue(), diags);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  EXPECT_EQ(diags.to_string().substr(0, diags.to_string().find('\n')),
            big.string() + ": error: het bestand is 1 GB groot; koers leest bestanden tot 64 MB");
}

TEST(InputLimits, TheSizeLimitIsConfigurable) {
  MemoryResources memory;
  memory.put("/m/klein.xml", gemeente(""));
  Limits limits;
  limits.max_input_bytes = 16;
  Diagnostics diags;
  load_municipality("/m/klein.xml", memory, shipped_catalogue(), diags, limits);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_NE(diags.items().front().message.find("tot 16 bytes"), std::string::npos);
}

TEST(InputLimits, TheCatalogueHasTheSameLimits) {
  MemoryResources memory(nullptr, "/koers");
  memory.put("/koers/data/beleidskaders.xml", "<beleidskaders versie=\"1\">" + open_tags(200) +
                                                  close_tags(200) + "</beleidskaders>");
  Diagnostics diags;
  load_catalogue(memory, diags);
  ASSERT_EQ(diags.error_count(), 1u) << diags.to_string();
  EXPECT_EQ(diags.items().front().line, 1);
  EXPECT_EQ(diags.items().front().column, 26 + 99 * 3 + 1);
}

}  // namespace
}  // namespace koers::model

// Documents that once failed, kept so they never fail again.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace {

const fs::path kDocuments = fs::path(KOERS_TEST_DIR) / "e2e" / "documents";

// libharu 2.3.0 could not save this letter when its fonts were subset without hinting
// instructions (HPDF_INVALID_OBJECT while saving): the writer retries with them kept.
TEST(Regressions, LetterThatLibharuCouldNotSaveWithUnhintedSubsets) {
  TempDir dir("regression");
  const fs::path pdf = dir.path() / "brief.pdf";
  auto r = run(shell_quote(KOERS_BINARY) + " typeset " +
               shell_quote((kDocuments / "unhinted-subset.xml").string()) + " -o " +
               shell_quote(pdf.string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto check = run("qpdf --check " + shell_quote(pdf.string()));
  EXPECT_EQ(check.exit_code, 0) << check.out;
  auto text = run("pdftotext -enc UTF-8 " + shell_quote(pdf.string()) + " -");
  EXPECT_NE(text.out.find("W. Çelik"), std::string::npos) << text.out;
}

}  // namespace

// End to end: the council memos agree with themselves and with the analysis. The
// raadsbesluit repeats exactly the raadsvoorstel's beslispunten, and the memo's budget
// total is the total the analysis computes, formatted as the house style formats amounts.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "core/resources.h"
#include "engine/engine.h"
#include "layout/layout.h"
#include "model/model.h"
#include "style/style.h"
#include "support/process.h"
#include "text/format.h"

namespace fs = std::filesystem;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace {

const fs::path kSamples = fs::path(KOERS_SOURCE_DIR) / "samples";

// White space (also no-break spaces and page breaks) as single spaces; hyphens dropped,
// since pdftotext joins a word broken at a line-end hyphen and drops the hyphen.
std::string normalise(const std::string& s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = true;
      continue;
    }
    if (c == '-') continue;
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

// The text after the first `from` up to the first of `ends` that follows it; "" when
// `from` or every end is missing.
std::string between(const std::string& text, const std::string& from,
                    const std::vector<std::string>& ends) {
  const std::size_t begin = text.find(from);
  if (begin == std::string::npos) return {};
  const std::size_t start = begin + from.size();
  std::size_t end = std::string::npos;
  for (const std::string& e : ends) end = std::min(end, text.find(e, start));
  if (end == std::string::npos) return {};
  return text.substr(start, end - start);
}

// The headings that may follow the proposed decision, in the raadsvoorstel's order (a
// heading may open a page, after \f instead of \n).
const std::vector<std::string> kAfterDecision = {
    "Inleiding\n",      "Beoogd effect\n", "Argumenten\n",
    "Kanttekeningen\n", "Financiën\n",     "Uitvoering\n",
    "Communicatie\n",   "Bijlage",         "Burgemeester en wethouders van"};

std::vector<std::string> samples_with_council_proposal() {
  koers::DiskResources disk(KOERS_SOURCE_DIR);
  koers::Engine engine(disk);
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    if (entry.path().extension() != ".xml") continue;
    koers::Diagnostics diags;
    const auto docs = engine.supported_documents(entry.path(), diags);
    if (std::find(docs.begin(), docs.end(), "raadsvoorstel") != docs.end())
      names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

struct Sample {
  koers::model::Municipality m;
  koers::analysis::Facts facts;
  std::string total;  // the analysis's budget total, formatted by the sample's house style
};

Sample load(const std::string& name) {
  koers::DiskResources disk(KOERS_SOURCE_DIR);
  koers::Diagnostics diags;
  const koers::model::Catalogue catalogue = koers::model::load_catalogue(disk, diags);
  Sample s;
  s.m = koers::model::load_municipality(kSamples / (name + ".xml"), disk, catalogue, diags);
  s.facts = koers::analysis::analyse(s.m, catalogue);
  const auto sheet =
      koers::style::load_style(s.m.house_style.empty() ? "base" : s.m.house_style, disk, diags);
  const koers::text::Formatter fmt("nl-NL", koers::layout::format_choices(sheet.format));
  s.total = fmt.amount(s.facts.budget.total);
  EXPECT_FALSE(diags.has_errors()) << diags.to_string();
  return s;
}

class CouncilProposal : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { dir_ = new TempDir("e2e-council"); }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // The pdftotext text of one of the sample's documents.
  static std::string text_of(const std::string& sample, const std::string& doc) {
    const fs::path pdf = dir_->path() / (sample + "-" + doc + ".pdf");
    auto r = run(shell_quote(KOERS_BINARY) + " render " +
                 shell_quote((kSamples / (sample + ".xml")).string()) + " --doc " + doc + " -o " +
                 shell_quote(pdf.string()));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto t = run("pdftotext -enc UTF-8 " + shell_quote(pdf.string()) + " -");
    EXPECT_EQ(t.exit_code, 0) << t.err;
    return t.out;
  }

  static TempDir* dir_;
};
TempDir* CouncilProposal::dir_ = nullptr;

TEST_P(CouncilProposal, RaadsbesluitRepeatsTheBeslispunten) {
  const Sample s = load(GetParam());
  ASSERT_TRUE(s.m.documents.council_proposal);
  const auto& decisions = s.m.documents.council_proposal->decisions;
  ASSERT_FALSE(decisions.empty());
  const std::string text = text_of(GetParam(), "raadsvoorstel");

  // The proposal's list stands in the framed block after "De raad wordt voorgesteld:", the
  // decision's after "besluit:", up to the closing formula.
  const std::string proposed =
      normalise(between(text, "De raad wordt voorgesteld:", kAfterDecision));
  const std::string decided = normalise(between(text, "besluit:\n", {"Aldus besloten"}));
  // The raadsbesluit opens a page of its own (pdftotext marks a new page with \f).
  EXPECT_NE(text.find("\fRaadsbesluit\n"), std::string::npos) << text;
  ASSERT_FALSE(proposed.empty()) << text;
  ASSERT_FALSE(decided.empty()) << text;
  EXPECT_EQ(proposed, decided);

  // Both hold every beslispunt of the data, numbered, in order, and nothing else.
  std::string expected;
  for (std::size_t i = 0; i < decisions.size(); ++i)
    expected += (i ? " " : "") + std::to_string(i + 1) + ". " + decisions[i];
  EXPECT_EQ(decided, normalise(expected));
}

TEST_P(CouncilProposal, BudgetTotalIsTheAnalysisTotal) {
  const Sample s = load(GetParam());
  if (s.facts.budget.per_year.empty()) GTEST_SKIP() << "no programme budget in the sample";
  const std::string text = text_of(GetParam(), "raadsvoorstel");
  const std::string finance = normalise(between(
      text, "Financiën\n", {"Uitvoering\n", "Communicatie\n", "Bijlage", "Burgemeester en"}));
  ASSERT_FALSE(finance.empty()) << text;
  EXPECT_NE(finance.find("kost in totaal " + normalise(s.total) + ":"), std::string::npos)
      << "expected the total " << s.total << " in: " << finance;
  // The totals row of the cost table ends with the same amount.
  const std::string table = between(finance, "Tabel", {"Tabel"});
  EXPECT_NE(table.find(normalise(s.total)), std::string::npos) << table;
}

TEST_P(CouncilProposal, CollegevoorstelPrintsTheSameTotal) {
  const Sample s = load(GetParam());
  if (!s.m.documents.college_proposal) GTEST_SKIP() << "no collegevoorstel in the sample";
  if (s.facts.budget.per_year.empty()) GTEST_SKIP() << "no programme budget in the sample";
  const std::string finance =
      normalise(between(text_of(GetParam(), "collegevoorstel"), "Financiën\n", {"Paraaf"}));
  EXPECT_NE(finance.find(normalise(s.total)), std::string::npos)
      << "expected the total " << s.total << " in: " << finance;
}

// The memo's total and the programme's total are one number, printed the same.
TEST_P(CouncilProposal, UitvoeringsprogrammaPrintsTheSameTotal) {
  const Sample s = load(GetParam());
  if (s.facts.budget.per_year.empty()) GTEST_SKIP() << "no programme budget in the sample";
  const std::string text = text_of(GetParam(), "uitvoeringsprogramma");
  const std::string budget = normalise(between(text, "Budget per jaar en thema", {"Figuur"}));
  ASSERT_FALSE(budget.empty()) << text;
  const std::size_t totals_row = budget.rfind("Totaal");
  ASSERT_NE(totals_row, std::string::npos) << budget;
  EXPECT_NE(budget.find(normalise(s.total), totals_row), std::string::npos)
      << "expected the total " << s.total << " in the programme's totals row: " << budget;
  const std::string memo = normalise(text_of(GetParam(), "raadsvoorstel"));
  EXPECT_NE(memo.find(normalise(s.total)), std::string::npos);
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Samples, CouncilProposal,
                         ::testing::ValuesIn(samples_with_council_proposal()), test_name);

}  // namespace

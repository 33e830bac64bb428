// End to end: every sample municipality rendered by the koers binary, and the PDF checked
// with the tools a reader's software would use (qpdf, poppler).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <regex>
#include <sstream>
#include <string_view>

#include "core/resources.h"
#include "engine/engine.h"
#include "style/style.h"
#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::read_file;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace {

const fs::path kSamples = fs::path(KOERS_SOURCE_DIR) / "samples";
const fs::path kExpected = fs::path(KOERS_TEST_DIR) / "e2e" / "expected";

struct PageRange {
  int min, max;
};
// Expected page counts of each sample's documents.
const std::map<std::string, PageRange> kPageRanges = {
    {"heideveen/visie", {12, 40}},
    {"zuiderhaven/visie", {20, 70}},
    {"heideveen/raadsinformatiebrief", {1, 3}},
    {"zuiderhaven/raadsinformatiebrief", {1, 3}},
    {"heideveen/uitvoeringsprogramma", {12, 30}},
    {"zuiderhaven/uitvoeringsprogramma", {18, 45}},
    {"heideveen/quickscan", {8, 20}},
    {"zuiderhaven/quickscan", {8, 24}},
    {"gravenwaarde/uitvoeringsprogramma", {10, 30}},
    {"gravenwaarde/quickscan", {8, 20}},
    {"maasbrugge/uitvoeringsprogramma", {40, 90}},
    {"maasbrugge/quickscan", {10, 24}},
    {"oudervaart/uitvoeringsprogramma", {8, 24}},
    {"heideveen/raadsvoorstel", {3, 6}},
    {"zuiderhaven/raadsvoorstel", {3, 7}},
    {"heideveen/collegevoorstel", {2, 4}},
    {"heideveen/monitor", {8, 30}},
    {"zuiderhaven/monitor", {10, 40}},
    {"zuiderhaven/collegevoorstel", {2, 4}},
    // Small town: only a letter and three targets (the vision renders from the targets alone).
    {"rietmeer/visie", {3, 30}},
    {"rietmeer/raadsinformatiebrief", {1, 3}},
    // Targets deliberately not SMART.
    {"oudervaart/visie", {6, 50}},
    {"oudervaart/raadsinformatiebrief", {1, 3}},
    {"oudervaart/uitvoeringsprogramma", {2, 40}},
    {"oudervaart/monitor", {2, 40}},
    // ’s-Gravenwaarde: a name with an apostrophe, full document set (file stems must be valid
    // GoogleTest names: letters, digits, no hyphen).
    {"gravenwaarde/visie", {10, 70}},
    {"gravenwaarde/raadsvoorstel", {2, 20}},
    {"gravenwaarde/collegevoorstel", {2, 20}},
    {"gravenwaarde/raadsinformatiebrief", {1, 3}},
    {"gravenwaarde/uitvoeringsprogramma", {6, 60}},
    {"gravenwaarde/quickscan", {4, 40}},
    {"gravenwaarde/monitor", {4, 60}},
    // Large city: 24 targets, 64 actions, series 2015–2025.
    {"maasbrugge/visie", {20, 150}},
    {"maasbrugge/raadsvoorstel", {2, 20}},
    {"maasbrugge/collegevoorstel", {2, 20}},
    {"maasbrugge/raadsinformatiebrief", {1, 4}},
    {"maasbrugge/uitvoeringsprogramma", {20, 260}},
    {"maasbrugge/quickscan", {6, 80}},
    {"maasbrugge/monitor", {10, 160}},
};

// What each document's PDF title starts with.
const std::map<std::string, std::string> kTitles = {
    {"visie", "Duurzaamheidsvisie"},
    {"raadsinformatiebrief", "Raadsinformatiebrief"},
    {"uitvoeringsprogramma", "Uitvoeringsprogramma"},
    {"quickscan", "Quickscan"},
    {"raadsvoorstel", "Raadsvoorstel"},
    {"collegevoorstel", "Collegevoorstel"},
    {"monitor", "monitor"},
};

// Every document each sample has data for (as koers --all decides), as "sample/document".
std::vector<std::string> sample_documents() {
  koers::DiskResources disk(KOERS_SOURCE_DIR);
  koers::Engine engine(disk);
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    if (entry.path().extension() != ".xml") continue;
    koers::Diagnostics diags;
    for (const std::string& doc : engine.supported_documents(entry.path(), diags))
      names.push_back(entry.path().stem().string() + "/" + doc);
    EXPECT_FALSE(diags.has_errors()) << diags.to_string();
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string sample_of(const std::string& param) {
  return param.substr(0, param.find('/'));
}
std::string document_of(const std::string& param) {
  return param.substr(param.find('/') + 1);
}

// Whitespace (incl. no-break spaces and page breaks) collapsed to single spaces.
std::string normalise(const std::string& s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = true;
      continue;
    }
    // pdftotext joins a word broken at a line-end hyphen and drops the hyphen, also for
    // compounds with a hard hyphen (Zuid-Hollandse), so hyphens are left out on both sides.
    if (c == '-') continue;
    if (space && !out.empty()) out += ' ';
    space = false;
    // A word broken at a trema loses it (Dutch spelling: ge-ïsoleerde → ge-|isoleerde), and
    // pdftotext joins the halves without it: vowels with a trema count as plain ones.
    if (c == 0xC3 && i + 1 < s.size()) {
      // Second UTF-8 bytes of ä ë ï ö ü Ä Ë Ï Ö Ü.
      constexpr std::string_view kTrema = "\xA4\xAB\xAF\xB6\xBC\x84\x8B\x8F\x96\x9C";
      constexpr std::string_view kPlain = "aeiouAEIOU";
      if (const std::size_t k = kTrema.find(s[i + 1]); k != std::string_view::npos) {
        out += kPlain[k];
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

void collect_text(pugi::xml_node node, std::string& current, std::vector<std::string>& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      current += child.value();
    } else if (std::string(child.name()) == "voetnoot") {
      // The note stands elsewhere on the page; the text around its marker is checked apart.
      out.push_back(normalise(current));
      current.clear();
      std::string note;
      collect_text(child, note, out);
      out.push_back(normalise(note));
    } else if (const std::string name = child.name(); name == "p" || name == "li" ||
                                                      name == "stelling" || name == "toelichting" ||
                                                      name == "punt" || name == "reactie") {
      // An argument's claim and explanation, a caveat's point and response: paragraphs too.
      out.push_back(normalise(current));
      current.clear();
      collect_text(child, current, out);
      out.push_back(normalise(current));
      current.clear();
    } else {
      collect_text(child, current, out);
    }
  }
}

// Every paragraph (and list item) of the texts the document prints from the sample, as
// plain text: the narrative texts for the vision, the letter's own parts for a letter.
std::vector<std::string> narrative_paragraphs(const fs::path& sample, const std::string& doc) {
  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_file(sample.c_str()));
  std::vector<pugi::xml_node> texts;
  const pugi::xml_node root = xml.child("gemeente");
  if (doc == "visie") {
    for (pugi::xml_node tekst : root.child("teksten").children("tekst")) texts.push_back(tekst);
  } else if (doc == "uitvoeringsprogramma") {
    for (pugi::xml_node actie : root.child("acties").children("actie"))
      texts.push_back(actie.child("omschrijving"));
  } else if (doc == "monitor") {
    for (pugi::xml_node e : root.child("monitoring").children("evaluatie")) texts.push_back(e);
  } else if (doc == "quickscan") {
    for (pugi::xml_node b : root.child("quickscan").children("beoordeling"))
      texts.push_back(b.child("samenvatting"));
  } else {
    for (pugi::xml_node part : root.child("documenten").child(doc.c_str()).children())
      if (part.first_child().type() == pugi::node_element) texts.push_back(part);
  }
  std::vector<std::string> paragraphs;
  for (pugi::xml_node text : texts) {
    std::string current;
    collect_text(text, current, paragraphs);
    paragraphs.push_back(normalise(current));
  }
  paragraphs.erase(std::remove_if(paragraphs.begin(), paragraphs.end(),
                                  [](const std::string& p) { return p.size() < 2; }),
                   paragraphs.end());
  return paragraphs;
}

class SampleDocument : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { dir_ = new TempDir("e2e"); }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // Renders "sample/document" once per test suite run (cached by name).
  fs::path render(const std::string& param, const std::string& suffix = "") {
    fs::path out = dir_->path() / (sample_of(param) + "-" + document_of(param) + suffix + ".pdf");
    if (fs::exists(out)) return out;
    auto r = run(shell_quote(KOERS_BINARY) + " render " +
                 shell_quote((kSamples / (sample_of(param) + ".xml")).string()) + " --doc " +
                 document_of(param) + " -o " + shell_quote(out.string()));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("error:"), std::string::npos) << r.err;
    return out;
  }

  static TempDir* dir_;
};
TempDir* SampleDocument::dir_ = nullptr;

TEST_P(SampleDocument, QpdfCheckPasses) {
  fs::path pdf = render(GetParam());
  auto r = run("qpdf --check " + shell_quote(pdf.string()));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("No syntax or stream encoding errors"), std::string::npos) << r.out;
}

TEST_P(SampleDocument, EveryFontIsEmbedded) {
  fs::path pdf = render(GetParam());
  auto r = run("pdffonts " + shell_quote(pdf.string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  int fonts = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    ++fonts;
    // columns: name type encoding emb sub uni object ID
    EXPECT_NE(line.find(" yes yes yes "), std::string::npos)
        << "not embedded+subset+unicode: " << line;
  }
  EXPECT_GE(fonts, 2);
}

TEST_P(SampleDocument, TextContainsEveryNarrativeParagraph) {
  const std::string name = GetParam();
  fs::path pdf = render(name);
  // Only the text area: running headers and footers would stand between the halves of a
  // paragraph that crosses a page.
  auto r = run("pdftotext -enc UTF-8 -x 0 -y 50 -W 600 -H 740 " + shell_quote(pdf.string()) + " -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "") << "poppler complained while reading the PDF";
  std::string text = normalise(r.out);
  auto paragraphs = narrative_paragraphs(kSamples / (sample_of(name) + ".xml"), document_of(name));
  if (paragraphs.empty()) GTEST_SKIP() << "the sample holds no texts for this document";
  for (const auto& p : paragraphs) EXPECT_NE(text.find(p), std::string::npos) << "missing: " << p;
}

TEST_P(SampleDocument, TitleAuthorAndLanguageAreSet) {
  fs::path pdf = render(GetParam());
  auto info = run("pdfinfo " + shell_quote(pdf.string()));
  ASSERT_EQ(info.exit_code, 0);
  // The file's own title (<monitor titel="Monitor Duurzaam …">) may stand in for the default.
  std::smatch title;
  ASSERT_TRUE(std::regex_search(info.out, title, std::regex("Title:\\s+([^\\n]*)")));
  EXPECT_TRUE(std::regex_search(title[1].str(),
                                std::regex(kTitles.at(document_of(GetParam())), std::regex::icase)))
      << info.out;
  EXPECT_NE(info.out.find("Author:          Gemeente "), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Subject:"), std::string::npos) << info.out;
  auto json = run("qpdf --json --json-key=qpdf " + shell_quote(pdf.string()));
  EXPECT_NE(json.out.find("\"/Lang\": \"u:nl-NL\""), std::string::npos)
      << "catalog has no /Lang nl-NL";
}

TEST_P(SampleDocument, PageCountIsInRange) {
  const std::string name = GetParam();
  fs::path pdf = render(name);
  auto info = run("pdfinfo " + shell_quote(pdf.string()));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)")));
  int pages = std::stoi(m[1]);
  auto range = kPageRanges.find(name);
  ASSERT_NE(range, kPageRanges.end()) << "add " << name << " to kPageRanges";
  EXPECT_GE(pages, range->second.min);
  EXPECT_LE(pages, range->second.max);
}

TEST_P(SampleDocument, TwoRendersAreByteIdentical) {
  const std::string name = GetParam();
  fs::path a = render(name);
  fs::path b = render(name, "-again");
  EXPECT_EQ(read_file(a), read_file(b));
}

// The whole extracted text against the reviewed expectation in tests/e2e/expected/.
// After an intended change: KOERS_UPDATE_EXPECTED=1 ctest -R ExtractedText, then review the diff.
TEST_P(SampleDocument, ExtractedTextEqualsExpected) {
  const std::string name = GetParam();
  fs::path pdf = render(name);
  auto r = run("pdftotext -enc UTF-8 " + shell_quote(pdf.string()) + " -");
  fs::path expected = kExpected / (sample_of(name) + "-" + document_of(name) + ".txt");
  if (std::getenv("KOERS_UPDATE_EXPECTED")) {
    fs::create_directories(kExpected);
    std::ofstream(expected, std::ios::binary) << r.out;
  }
  ASSERT_TRUE(fs::exists(expected)) << "no expected text " << expected;
  EXPECT_TRUE(read_file(expected) == r.out)
      << "extracted text differs from " << expected << "; diff it with pdftotext output";
}

TEST_P(SampleDocument, TypographyChecker) {
  fs::path checker = fs::path(KOERS_SHARED_DIR) / "tools" / "pdf-typo-check";
  if (!fs::exists(checker)) GTEST_SKIP() << "no " << checker;
  fs::path pdf = render(GetParam());
  auto r = run(shell_quote(checker.string()) + " " + shell_quote(pdf.string()) + " --skip-pages 1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto figure = [&](const std::string& key) {
    std::smatch m;
    if (!std::regex_search(r.out, m, std::regex("(^|\\n)" + key + "\\s+(\\d+)"))) return -1;
    return std::stoi(m[2]);
  };
  // The checker's overfull count guesses the measure from where justified lines end, which
  // fails on contents pages and short ragged memos; NothingStandsPastTheRightMargin below
  // checks overfull lines against the house style's real margins instead.
  EXPECT_EQ(figure("bad_characters"), 0) << r.out;
  EXPECT_EQ(figure("fonts_not_embedded"), 0) << r.out;
}

// No word reaches past the text area's right edge (an overfull line, a table or chart wider
// than the measure): every word's box from pdftotext against the page width minus the right
// margin of the house style's page templates of that width.
TEST_P(SampleDocument, NothingStandsPastTheRightMargin) {
  pugi::xml_document sample;
  ASSERT_TRUE(sample.load_file((kSamples / (sample_of(GetParam()) + ".xml")).c_str()));
  std::string style_name = sample.child("gemeente").child_value("huisstijl");
  if (style_name.empty()) style_name = "base";
  koers::DiskResources disk(KOERS_SOURCE_DIR);
  koers::Diagnostics diags;
  const koers::style::StyleSheet style = koers::style::load_style(style_name, disk, diags);
  ASSERT_FALSE(diags.has_errors()) << diags.to_string();

  fs::path pdf = render(GetParam());
  auto r = run("pdftotext -bbox " + shell_quote(pdf.string()) + " -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::regex page_re(R"re(<page width="([\d.]+)")re");
  const std::regex word_re(
      R"re(<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<)re");
  double right_edge = 0;
  int page = 0, words = 0;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, page_re)) {
      ++page;
      const double width = std::stod(m[1]);
      double margin = 1e9;
      for (const auto& [name, tpl] : style.pages)
        if (std::abs(tpl.width - width) < 1) margin = std::min(margin, tpl.margin_right);
      ASSERT_LT(margin, 1e9) << "no page template " << width << " pt wide";
      right_edge = width - margin;
    } else if (std::regex_search(line, m, word_re)) {
      ++words;
      EXPECT_LE(std::stod(m[1]), right_edge + 0.5)
          << "page " << page << ": '" << m[2] << "' ends past the right margin";
    }
  }
  EXPECT_GT(words, 100);
}

// The sections a reader expects of each document, by their headings in the PDF text.
TEST_P(SampleDocument, RequiredSectionsArePresent) {
  static const std::map<std::string, std::vector<std::string>> kHeadings = {
      {"visie",
       {"Inhoud", "Samenvatting", "Inleiding", "Waar staan we: de quickscan", "Beleidskaders",
        "Visie en ambities", "Van visie naar uitvoering", "Monitoring en evaluatie",
        "Bijlage: Begrippenlijst"}},
      {"raadsinformatiebrief",
       {"Raadsinformatiebrief", "Aan", "Datum", "Kenmerk", "Onderwerp", "Kernboodschap",
        "Toelichting", "Consequenties", "Vervolg", "de secretaris,", "de burgemeester,"}},
      {"uitvoeringsprogramma",
       {"Inhoud", "Inleiding", "Acties per thema", "Planning", "Budget", "Actiebladen",
        "Bijlage: Begrippenlijst"}},
      {"monitor",
       {"Inhoud", "Samenvatting", "Werkwijze", "Bijlage: Begrippenlijst", "Bijlage: Bronnen"}},
      {"quickscan",
       {"Inhoud", "Samenvatting", "Werkwijze", "Resultaten per thema", "Conclusie",
        "Bijlage: Bronnen", "Bijlage: Begrippenlijst"}},
      {"raadsvoorstel", {"Raadsvoorstel",    "Aan",
                         "Raadsvergadering", "Agendapunt",
                         "Zaaknummer",       "Portefeuillehouder",
                         "Programma",        "Behandeling",
                         "Onderwerp",        "Voorgestelde beslissing",
                         "Inleiding",        "Beoogd effect",
                         "Argumenten",       "Kanttekeningen",
                         "Financiën",        "Uitvoering",
                         "Communicatie",     "Bijlagen",
                         "de secretaris,",   "de burgemeester,",
                         "Raadsbesluit",     "De raad van de gemeente",
                         "besluit:",         "Aldus besloten",
                         "De griffier,",     "De voorzitter,"}},
      {"collegevoorstel",
       {"Collegevoorstel", "Collegevergadering", "Zaaknummer", "Portefeuillehouder", "Afdeling",
        "Steller", "Openbaar", "Advies", "Het college besluit:", "Aanleiding", "Argumenten",
        "Kanttekeningen en risico’s", "Financiën", "Juridische aspecten", "Communicatie", "Vervolg",
        "Bijlagen", "Paraaf en besluit"}},
  };
  fs::path pdf = render(GetParam());
  auto r = run("pdftotext -enc UTF-8 " + shell_quote(pdf.string()) + " -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Chapters without data are left out (graceful absence): the vision's quickscan chapter
  // needs a quickscan, its frameworks chapter the file's <kaders>.
  pugi::xml_document sample;
  ASSERT_TRUE(sample.load_file((kSamples / (sample_of(GetParam()) + ".xml")).c_str()));
  const pugi::xml_node root = sample.child("gemeente");
  const bool has_quickscan = root.child("quickscan");
  const bool has_frameworks = root.child("kaders");
  for (const std::string& heading : kHeadings.at(document_of(GetParam()))) {
    if (heading == "Waar staan we: de quickscan" && !has_quickscan) continue;
    if (heading == "Beleidskaders" && !has_frameworks) continue;
    // A heading may open a page without running header: pdftotext puts \f before it.
    EXPECT_TRUE(std::regex_search(r.out, std::regex("(^|\\n|\\f)(\\d+(\\.\\d+)* )?" + heading)))
        << "no heading " << heading;
  }
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  return sample_of(info.param) + "_" + document_of(info.param);
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleDocument, ::testing::ValuesIn(sample_documents()),
                         test_name);

}  // namespace

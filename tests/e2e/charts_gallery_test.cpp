// The chart gallery (documents/charts.xml, issue 5): every chart type with awkward data,
// typeset by the koers binary in the base style and in each municipality's style, checked on
// the PDF with qpdf and poppler: a sound file, every font embedded, every chart's words in
// the text, every figure numbered in order.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/whitespace.h"
#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace koers {
namespace {

const fs::path kGallery = fs::path(KOERS_TEST_DIR) / "e2e" / "documents" / "charts.xml";
const std::string kNbsp = "\u00A0";

// The words every chart must show, read from the gallery independently of the engine:
// categories, series names, task labels, status items and their details, source lines.
// Labels longer than a line of a chart may be wrapped or shortened with "…": of those only
// the first three words are expected.
struct Expected {
  std::vector<std::string> words;
  std::vector<std::string> captions;  // in document order
};

std::string first_words(const std::string& text, int n) {
  std::istringstream in(text);
  std::string word, out;
  for (int i = 0; i < n && in >> word; ++i) out += (i ? " " : "") + word;
  return out;
}

Expected expected_words() {
  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_file(kGallery.c_str()));
  Expected e;
  auto add = [&](const std::string& text) {
    const std::string t = collapse_xml_whitespace(text);
    if (!t.empty()) e.words.push_back(t.size() > 40 ? first_words(t, 3) : t);
  };
  for (pugi::xpath_node n : xml.select_nodes("//chart")) {
    const pugi::xml_node chart = n.node();
    if (*chart.attribute("source").value())
      e.words.push_back("Bron: " + collapse_xml_whitespace(chart.attribute("source").value()));
    add(chart.attribute("title").value());
    for (pugi::xml_node c : chart.children("category")) add(c.child_value());
    const auto series = chart.children("series");
    const bool legend = std::distance(series.begin(), series.end()) > 1;
    for (pugi::xml_node s : series) {
      if (legend) add(s.attribute("name").value());
      if (!chart.child("category"))
        for (pugi::xml_node p : s.children("point"))
          if (std::string(chart.attribute("type").value()) != "line") add(p.attribute("x").value());
    }
    for (pugi::xml_node t : chart.children("task")) {
      add(t.attribute("label").value());
      add(t.attribute("group").value());
    }
    for (pugi::xml_node i : chart.children("item")) {
      add(i.attribute("label").value());
      add(i.child_value());
    }
  }
  for (pugi::xpath_node n : xml.select_nodes("//figure/caption"))
    e.captions.push_back(collapse_xml_whitespace(n.node().child_value()));
  return e;
}

struct Render {
  fs::path pdf;
  koers::test::CommandResult result;
};

class ChartGallery : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { dir_ = new TempDir("charts"); }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // Typesets the gallery once per style.
  static const Render& render(const std::string& style) {
    static std::map<std::string, Render> renders;
    if (auto it = renders.find(style); it != renders.end()) return it->second;
    Render r;
    r.pdf = dir_->path() / ("charts-" + style + ".pdf");
    r.result =
        run(shell_quote(KOERS_BINARY) + " typeset " + shell_quote(kGallery.string()) +
            (style == "base" ? "" : " --style " + style) + " -o " + shell_quote(r.pdf.string()));
    return renders[style] = std::move(r);
  }

  // The PDF's text in content order (each run of a chart as drawn), white space collapsed.
  static std::string text(const std::string& style) {
    auto r = run("pdftotext -raw -enc UTF-8 " + shell_quote(render(style).pdf.string()) + " -");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "") << "poppler complained while reading the PDF";
    // No-break spaces ("Figuur 3", "€ 5") as plain ones, whichever poppler writes.
    std::string out = r.out;
    for (auto at = out.find(kNbsp); at != std::string::npos; at = out.find(kNbsp, at))
      out.replace(at, kNbsp.size(), " ");
    return collapse_xml_whitespace(out);
  }

  static TempDir* dir_;
};
TempDir* ChartGallery::dir_ = nullptr;

TEST_P(ChartGallery, TypesetsWithoutDiagnostics) {
  const Render& r = render(GetParam());
  EXPECT_EQ(r.result.exit_code, 0) << r.result.err;
  EXPECT_EQ(r.result.err, "");
  EXPECT_TRUE(fs::exists(r.pdf));
}

TEST_P(ChartGallery, QpdfCheckPasses) {
  auto r = run("qpdf --check " + shell_quote(render(GetParam()).pdf.string()));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("No syntax or stream encoding errors"), std::string::npos) << r.out;
}

TEST_P(ChartGallery, EveryFontIsEmbedded) {
  auto r = run("pdffonts " + shell_quote(render(GetParam()).pdf.string()));
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
  EXPECT_GE(fonts, 2);  // regular and bold (chart titles, Gantt groups)
}

TEST_P(ChartGallery, TextContainsEveryChartsWords) {
  const std::string all = text(GetParam());
  const Expected expected = expected_words();
  ASSERT_GT(expected.words.size(), 80u);  // 40 tasks alone
  for (const std::string& word : expected.words)
    EXPECT_NE(all.find(word), std::string::npos) << "missing: " << word;
  // Words the engine writes itself, in Dutch, and numbers in Dutch notation.
  for (const std::string_view word : {"op koers", "aandacht nodig", "niet op koers", "onbekend",
                                      "voorlopig", "K1", "K4", "kt CO₂", "23,4", "€ 1,0 mln."})
    EXPECT_NE(all.find(word), std::string::npos) << "missing: " << word;
}

TEST_P(ChartGallery, EveryFigureIsNumberedInOrder) {
  const std::string all = text(GetParam());
  const Expected expected = expected_words();
  ASSERT_EQ(expected.captions.size(), 11u);
  std::size_t from = 0;
  for (std::size_t i = 0; i < expected.captions.size(); ++i) {
    const std::string caption =
        "Figuur " + std::to_string(i + 1) + ": " + first_words(expected.captions[i], 4);
    const std::size_t at = all.find(caption, from);
    ASSERT_NE(at, std::string::npos) << "missing or out of order: " << caption;
    from = at;
  }
  // A cross-reference to a chart figure names its number.
  EXPECT_NE(all.find("figuur 6 heeft ontbrekende"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Styles, ChartGallery,
                         ::testing::Values("base", "heideveen", "zuiderhaven"));

}  // namespace
}  // namespace koers

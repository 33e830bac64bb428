// Issue 5: each sample's vision document carries its charts, and their words come out of
// the PDF as text (a reader can search and copy them), figures numbered in reading order.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <regex>
#include <string>
#include <vector>

#include "core/resources.h"
#include "core/whitespace.h"
#include "engine/engine.h"
#include "support/process.h"

namespace fs = std::filesystem;

namespace koers {
namespace {

const fs::path kSamples = fs::path(KOERS_SOURCE_DIR) / "samples";

// Spaces (also no-break ones) and line-end hyphens do not count: pdftotext joins words.
std::string squeeze(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '-') continue;
    out += static_cast<char>(c);
  }
  return out;
}

class VisionCharts : public ::testing::TestWithParam<std::string> {};

TEST_P(VisionCharts, ChartWordsAreTextInThePdf) {
  DiskResources disk(KOERS_SOURCE_DIR);
  Engine engine(disk);
  const fs::path sample = kSamples / (GetParam() + ".xml");
  Diagnostics diags;
  const std::string markup = engine.markup(sample, "visie", diags);
  ASSERT_FALSE(markup.empty()) << diags.to_string();
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(markup.c_str()));
  const auto charts = xml.select_nodes("//figure/chart");
  EXPECT_GE(charts.size(), 3u) << "the vision document should carry its charts";

  std::vector<std::string> words;
  for (pugi::xpath_node n : charts) {
    const pugi::xml_node chart = n.node();
    EXPECT_STRNE(chart.attribute("alt").value(), "") << "every chart has a text alternative";
    // Short labels only: long ones may be wrapped or shortened with an ellipsis.
    for (pugi::xml_node c : chart.children("category")) {
      const std::string label = collapse_xml_whitespace(c.child_value());
      if (label.size() <= 24) words.push_back(label);
    }
    for (pugi::xml_node s : chart.children("series"))
      if (std::string name = s.attribute("name").value(); !name.empty() && name.size() <= 24)
        words.push_back(name);
  }

  RenderResult r = engine.render(sample, "visie");
  ASSERT_TRUE(r.ok()) << r.diagnostics.to_string();
  test::TempDir dir("charts");
  std::ofstream(dir.path() / "visie.pdf", std::ios::binary) << r.pdf;
  const test::CommandResult text = test::run(
      "pdftotext -enc UTF-8 " + test::shell_quote((dir.path() / "visie.pdf").string()) + " -");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  const std::string pdf_text = squeeze(text.out);
  for (const std::string& w : words)
    EXPECT_NE(pdf_text.find(squeeze(w)), std::string::npos) << "chart word missing: " << w;

  // Figure captions in reading order: Figuur 1, 2, 3, … each once.
  std::regex caption("Figuur(?: |\u00A0)(\\d+):");
  int expected = 1;
  for (std::sregex_iterator it(text.out.begin(), text.out.end(), caption), end; it != end; ++it) {
    const int number = std::stoi((*it)[1]);
    if (number < expected) continue;  // a reference to an earlier figure
    EXPECT_EQ(number, expected) << "figures out of order";
    expected = number + 1;
  }
  EXPECT_GE(expected - 1, static_cast<int>(charts.size()));
}

INSTANTIATE_TEST_SUITE_P(Samples, VisionCharts, ::testing::Values("heideveen", "zuiderhaven"));

}  // namespace
}  // namespace koers

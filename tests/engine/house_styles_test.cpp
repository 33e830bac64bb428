// One sample rendered in-process in the three shipped house styles: the same words
// (pdftotext), but other fonts and colours; the house style's formatting choices and
// template overrides reach the document; @font folders next to a style work end to end.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>

#include "core/resources.h"
#include "engine/engine.h"
#include "support/process.h"

namespace koers {
namespace {

namespace fs = std::filesystem;
using test::run;
using test::shell_quote;
using test::TempDir;

const fs::path kSample = fs::path(KOERS_SOURCE_DIR) / "samples" / "zuiderhaven.xml";
const char* kStyles[] = {"base", "zuiderhaven", "heideveen"};

bool letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// The words of a text: runs of letters, hyphens inside a word left out (pdftotext joins a
// word broken at a line-end hyphen, so "Zuid-Hollandse" may come out as "ZuidHollandse").
// Digits and punctuation go: page numbers, amounts and percentages differ by design (the
// formatting choices), as do quotation marks.
std::set<std::string> words(const std::string& utf8) {
  std::set<std::string> out;
  std::string word;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char b = utf8[i];
    std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = b < 0x80 ? b : b < 0xE0 ? (b & 0x1F) : b < 0xF0 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n && i + k < utf8.size(); ++k) c = (c << 6) | (utf8[i + k] & 0x3F);
    if (letter(c)) {
      word.append(utf8, i, n);
    } else if (c != '-' && c != 0x2010 && c != 0xAD) {
      if (!word.empty()) out.insert(word);
      word.clear();
    }
    i += n;
  }
  if (!word.empty()) out.insert(word);
  return out;
}

std::string letters_only(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char b = utf8[i];
    std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = b < 0x80 ? b : b < 0xE0 ? (b & 0x1F) : b < 0xF0 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n && i + k < utf8.size(); ++k) c = (c << 6) | (utf8[i + k] & 0x3F);
    if (letter(c)) out.append(utf8, i, n);
    i += n;
  }
  return out;
}

class HouseStyles : public ::testing::Test {
 protected:
  RenderResult render(const std::string& style, bool compress = true) {
    RenderOptions options;
    options.style = style;
    options.compress = compress;
    return engine.render(kSample, "visie", options);
  }
  std::string text_of(const std::string& pdf, const std::string& name) {
    const fs::path file = dir.path() / (name + ".pdf");
    std::ofstream(file, std::ios::binary) << pdf;
    auto r = run("pdftotext -enc UTF-8 " + shell_quote(file.string()) + " -");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  static std::set<std::string> fill_colours(const std::string& pdf) {
    std::set<std::string> colours;
    static const std::regex rg(R"(\n([0-9.]+ [0-9.]+ [0-9.]+) rg\n)");
    for (std::sregex_iterator it(pdf.begin(), pdf.end(), rg), end; it != end; ++it)
      colours.insert((*it)[1]);
    return colours;
  }
  static std::set<std::string> font_names(const std::string& pdf) {
    std::set<std::string> fonts;
    static const std::regex base_font(R"(/BaseFont /[A-Z]{6}\+([A-Za-z-]+))");
    for (std::sregex_iterator it(pdf.begin(), pdf.end(), base_font), end; it != end; ++it)
      fonts.insert((*it)[1]);
    return fonts;
  }
  DiskResources disk{KOERS_SOURCE_DIR};
  Engine engine{disk};
  TempDir dir{"huisstijl"};
};

TEST_F(HouseStyles, SameWordsOtherFontsAndColours) {
  std::map<std::string, std::set<std::string>> text, fonts, colours;
  std::map<std::string, std::string> letters;  // all words run together
  for (const char* style : kStyles) {
    RenderResult r = render(style, false);
    ASSERT_TRUE(r.ok()) << style << ":\n" << r.diagnostics.to_string();
    EXPECT_TRUE(r.diagnostics.empty()) << style << ":\n" << r.diagnostics.to_string();
    const std::string extracted = text_of(r.pdf, style);
    text[style] = words(extracted);
    letters[style] = letters_only(extracted);
    fonts[style] = font_names(r.pdf);
    colours[style] = fill_colours(r.pdf);
  }
  EXPECT_GT(text["base"].size(), 1500u);  // the whole document, not a fragment
  // A word broken without a hyphen in a narrow table column comes out as two fragments, and
  // pdftotext joins two words over a line-end hyphen; so a word found in one rendering only
  // must still stand, letter for letter, in the other's text (whole or as its two parts).
  for (const char* style : {"zuiderhaven", "heideveen"}) {
    for (auto [one, other] : {std::pair{style, "base"}, std::pair{"base", style}}) {
      std::vector<std::string> missing;
      auto stands_in_other = [&](const std::string& w) {
        return text[other].count(w) || letters[other].find(w) != std::string::npos;
      };
      for (const std::string& w : text[one]) {
        if (stands_in_other(w)) continue;
        // Two words pdftotext joined over a line-end hyphen ("de-" + "Zaken").
        bool joined = false;
        for (std::size_t cut = 2; cut + 2 <= w.size() && !joined; ++cut)
          joined = stands_in_other(w.substr(0, cut)) && stands_in_other(w.substr(cut));
        if (!joined) missing.push_back(w);
      }
      EXPECT_TRUE(missing.empty())
          << "in " << one << ", not in " << other << ": " << ::testing::PrintToString(missing);
    }
  }
  EXPECT_EQ(fonts["base"], (std::set<std::string>{"Lato-Regular", "Lato-Bold", "Lato-Italic"}));
  EXPECT_TRUE(fonts["zuiderhaven"].count("DejaVuSans"));
  EXPECT_TRUE(fonts["zuiderhaven"].count("DejaVuSansCondensed-Bold"));
  EXPECT_TRUE(fonts["heideveen"].count("DejaVuSerif"));
  EXPECT_TRUE(fonts["heideveen"].count("DejaVuSerif-Italic"));

  EXPECT_TRUE(colours["base"].count("0.043 0.365 0.294"));        // #0b5d4b green
  EXPECT_TRUE(colours["zuiderhaven"].count("0.071 0.263 0.42"));  // #12436b blue
  EXPECT_TRUE(colours["heideveen"].count("0.431 0.267 0.141"));   // #6e4424 earth
  EXPECT_FALSE(colours["base"].count("0.071 0.263 0.42"));
  EXPECT_FALSE(colours["heideveen"].count("0.043 0.365 0.294"));
}

TEST_F(HouseStyles, FormattingChoicesReachTheDocument) {
  RenderOptions plain, city, rural;
  plain.style = "base";
  city.style = "zuiderhaven";
  rural.style = "heideveen";
  Diagnostics diags;
  const std::string base = engine.markup(kSample, "visie", diags, plain);
  const std::string zh = engine.markup(kSample, "visie", diags, city);
  const std::string hv = engine.markup(kSample, "visie", diags, rural);
  EXPECT_TRUE(diags.empty()) << diags.to_string();
  // Whole amounts: "€ 250.000" (base, heideveen) and "€ 250.000,–" (zuiderhaven).
  EXPECT_NE(base.find("€\u00A0250.000</nobr>"), std::string::npos);
  EXPECT_NE(zh.find("€\u00A0250.000,\u2013</nobr>"), std::string::npos);
  EXPECT_NE(hv.find("€\u00A0250.000</nobr>"), std::string::npos);
  // Percentages: "18,7%" (base, zuiderhaven) and "18,7 %" (heideveen).
  EXPECT_NE(base.find("<td>18,7%</td>"), std::string::npos);
  EXPECT_NE(zh.find("<td>18,7%</td>"), std::string::npos);
  EXPECT_NE(hv.find("<td>18,7\u00A0%</td>"), std::string::npos);
  // The city's own cover partial: the title in the band.
  EXPECT_NE(zh.find("<div style=\"cover-band\">"), std::string::npos);
  EXPECT_EQ(base.find("<div style=\"cover-band\">"), std::string::npos);
}

TEST_F(HouseStyles, QuotesFollowTheHouseStyle) {
  DiskResources root{KOERS_SOURCE_DIR};
  MemoryResources memory(&root, KOERS_SOURCE_DIR);
  memory.put("/mem/citaat.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<gemeente versie="1" code="GM9999"><naam>Proefdorp</naam>
<teksten><tekst id="inleiding">De nota "Proefdorp Duurzaam" is vastgesteld.</tekst></teksten>
<documenten><visie titel="Visie" versie="1" status="concept" datum="2026-11-27"/></documenten>
</gemeente>)");
  Engine mem_engine(memory);
  RenderOptions rural;
  rural.style = "heideveen";
  Diagnostics diags;
  EXPECT_NE(mem_engine.markup("/mem/citaat.xml", "visie", diags, rural)
                .find("De nota „Proefdorp Duurzaam” is"),
            std::string::npos)
      << diags.to_string();
  rural.style = "zuiderhaven";
  EXPECT_NE(mem_engine.markup("/mem/citaat.xml", "visie", diags, rural)
                .find("De nota “Proefdorp Duurzaam” is"),
            std::string::npos);
}

// A copy of DejaVu Serif whose family name is changed to one no system has ("DejaVu Sxrif",
// same length, in every name record), so only the folder next to the style can provide it.
void copy_renamed(const fs::path& from, const fs::path& to) {
  std::string bytes = test::read_file(from);
  const std::string ascii = "DejaVu Serif";
  std::string utf16, utf16_new;
  for (char c : ascii) utf16 += std::string{'\0', c};
  for (char c : std::string("DejaVu Sxrif")) utf16_new += std::string{'\0', c};
  for (auto [old, replacement] :
       {std::pair{ascii, std::string("DejaVu Sxrif")}, std::pair{utf16, utf16_new}})
    for (std::size_t at = bytes.find(old); at != std::string::npos; at = bytes.find(old, at))
      bytes.replace(at, old.size(), replacement);
  std::ofstream(to, std::ios::binary) << bytes;
}

TEST_F(HouseStyles, FontFilesNextToTheStyle) {
  const fs::path project = dir.path() / "project";
  const fs::path letters = project / "styles" / "eigen" / "letters";
  fs::create_directories(letters);
  for (const char* face : {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"})
    copy_renamed(fs::path("/usr/share/fonts/truetype/dejavu") / face, letters / face);
  DiskResources root{KOERS_SOURCE_DIR};
  MemoryResources memory(&root, project);
  memory.put(project / "styles" / "eigen" / "style.css", R"(@extends "base";
@font "DejaVu Sxrif" { src: "letters/"; }
:root { --body-font: "DejaVu Sxrif"; })");
  memory.put(project / "styles" / "base" / "style.css",
             *root.read(fs::path(KOERS_SOURCE_DIR) / "styles" / "base" / "style.css"));
  const std::string markup =
      "<document><section page=\"body\"><h1>Kop</h1><p>Tekst met "
      "<em>nadruk</em>.</p></section></document>";
  Engine e(memory);
  RenderOptions options;
  options.compress = false;
  options.style = "eigen";
  RenderResult r = e.typeset_markup(markup, "m.xml", options);
  ASSERT_TRUE(r.ok()) << r.diagnostics.to_string();
  const std::set<std::string> fonts = font_names(r.pdf);
  EXPECT_TRUE(fonts.count("DejaVuSerif")) << ::testing::PrintToString(fonts);
  EXPECT_TRUE(fonts.count("DejaVuSerif-Bold")) << ::testing::PrintToString(fonts);
  EXPECT_FALSE(fonts.count("Lato-Regular"));
  // Without the @font rule the family is nowhere to be found.
  memory.put(project / "styles" / "eigen" / "style.css",
             "@extends \"base\";\n:root { --body-font: \"DejaVu Sxrif\"; }");
  Engine fresh(memory);
  EXPECT_FALSE(fresh.typeset_markup(markup, "m.xml", options).ok());
}

TEST_F(HouseStyles, AMissingFontFolderIsAnErrorAtItsDeclaration) {
  DiskResources root{KOERS_SOURCE_DIR};
  const fs::path project = dir.path() / "leeg";
  MemoryResources memory(&root, project);
  memory.put(project / "styles" / "kapot" / "style.css",
             "p { font-size: 10pt; }\n@font \"Huisletter\" {\n  src: \"bestaat-niet/\";\n}\n");
  Engine e(memory);
  RenderOptions options;
  options.style = "kapot";
  RenderResult r = e.typeset_markup("<document><p>Tekst</p></document>", "m.xml", options);
  EXPECT_FALSE(r.ok());
  const std::string all = r.diagnostics.to_string();
  EXPECT_NE(all.find((project / "styles" / "kapot" / "style.css").string() +
                     ":3:8: error: de "
                     "lettertypemap voor \"Huisletter\" bestaat niet"),
            std::string::npos)
      << all;
}

}  // namespace
}  // namespace koers

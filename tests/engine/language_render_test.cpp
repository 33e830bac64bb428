// Rendering in another language, in-process through koers::Engine: the fixed texts follow
// RenderOptions.language, the municipality's own (Dutch) texts stay as written.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "core/resources.h"
#include "engine/engine.h"
#include "support/process.h"
#include "text/messages.h"

using namespace koers;

namespace {

const std::string kSample = std::string(KOERS_SOURCE_DIR) + "/samples/zuiderhaven.xml";

bool is_letter(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

// Whether phrase occurs in text as whole words.
bool contains_phrase(const std::string& text, const std::string& phrase) {
  for (std::size_t at = text.find(phrase); at != std::string::npos;
       at = text.find(phrase, at + 1)) {
    const bool start = at == 0 || !is_letter(text[at - 1]) || !is_letter(phrase.front());
    const std::size_t end = at + phrase.size();
    const bool stop = end == text.size() || !is_letter(text[end]) || !is_letter(phrase.back());
    if (start && stop) return true;
  }
  return false;
}

// The literal parts of a simple pattern ("De raad van de gemeente {gemeente};" → "De raad van
// de gemeente", ";"), trimmed; plural and select patterns are left out.
std::vector<std::string> literal_parts(const std::string& pattern) {
  std::vector<std::string> parts;
  if (pattern.find(", plural") != std::string::npos ||
      pattern.find(", select") != std::string::npos)
    return parts;
  {
    std::istringstream lines(std::regex_replace(pattern, std::regex(R"(\{[^{}]*\})"), "\n"));
    for (std::string line; std::getline(lines, line);) {
      line = std::regex_replace(line, std::regex(R"(^[\s.,;:·()–-]+|[\s.,;:·()–-]+$)"), "");
      if (line.size() >= 3) parts.push_back(line);
    }
  }
  return parts;
}

class LanguageRenderTest : public ::testing::Test {
 protected:
  DiskResources disk_{KOERS_SOURCE_DIR};
};

// Renders doc_type in language and returns the Dutch fixed texts found in its markup or
// PDF text that the language's own catalogue translates. Checks along the way that the check
// can see those phrases at all (they occur in the Dutch rendering).
std::vector<std::string> dutch_fixed_texts(Engine& engine, const DiskResources& disk,
                                           const std::string& doc_type, const std::string& language,
                                           int min_checked, int min_in_dutch) {
  RenderOptions options;
  options.language = language;
  Diagnostics diags;
  // Ids (id="tabel-scores", ref to="…") are never shown to a reader: left out of the check.
  const std::regex ids(R"(\b(id|to)="[^"]*")");
  const std::string markup =
      std::regex_replace(engine.markup(kSample, doc_type, diags, options), ids, "");
  EXPECT_FALSE(markup.empty()) << diags.to_string();

  RenderResult pdf = engine.render(kSample, doc_type, options);
  EXPECT_TRUE(pdf.ok()) << pdf.diagnostics.to_string();
  test::TempDir dir("lang");
  std::ofstream(dir.path() / "out.pdf", std::ios::binary) << pdf.pdf;
  test::CommandResult text = test::run("pdftotext -enc UTF-8 " +
                                       test::shell_quote((dir.path() / "out.pdf").string()) + " -");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_FALSE(contains_phrase(text.out, "Pagina"));

  // Words the municipality's own data also uses ("Doelen", "Planning") cannot be told apart
  // from fixed texts, so phrases the input file contains are not checked.
  const std::string input = test::read_file(kSample);
  Diagnostics load_diags;
  auto nl = text::Messages::load("nl", disk, load_diags);
  auto other = text::Messages::load(language, disk, load_diags);
  EXPECT_TRUE(nl && other) << load_diags.to_string();
  if (!nl || !other) return {"(catalogue)"};
  Diagnostics nl_diags;
  const std::string dutch_markup = engine.markup(kSample, doc_type, nl_diags, RenderOptions{});
  EXPECT_FALSE(dutch_markup.empty()) << nl_diags.to_string();
  int checked = 0, in_dutch = 0;
  std::vector<std::string> found;
  for (const auto& id : nl->own_ids()) {
    if (other->source_language(id) != language) continue;  // no translation: Dutch is right
    if (nl->pattern(id) == other->pattern(id)) continue;   // "Status", "Budget": one word
    for (const std::string& phrase : literal_parts(nl->pattern(id))) {
      if (contains_phrase(input, phrase)) continue;
      ++checked;
      if (contains_phrase(dutch_markup, phrase)) ++in_dutch;
      if (contains_phrase(markup, phrase) || contains_phrase(text.out, phrase))
        found.push_back(id + ": " + phrase);
    }
  }
  EXPECT_GE(checked, min_checked);
  EXPECT_GE(in_dutch, min_in_dutch);
  return found;
}

TEST_F(LanguageRenderTest, EnglishVisionHasNoDutchFixedTextThatHasATranslation) {
  Engine engine(disk_);
  RenderOptions options;
  options.language = "en";
  Diagnostics diags;
  const std::string markup = engine.markup(kSample, "visie", diags, options);
  EXPECT_NE(markup.find("lang=\"en-GB\""), std::string::npos);
  RenderResult pdf = engine.render(kSample, "visie", options);
  ASSERT_TRUE(pdf.ok()) << pdf.diagnostics.to_string();
  EXPECT_NE(markup.find("pagination=\"Page {page} of {pages}\""), std::string::npos);
  const auto found = dutch_fixed_texts(engine, disk_, "visie", "en", 100, 60);
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST_F(LanguageRenderTest, EnglishCouncilLetterHasNoDutchFixedTextThatHasATranslation) {
  Engine engine(disk_);
  const auto found = dutch_fixed_texts(engine, disk_, "raadsinformatiebrief", "en", 100, 12);
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST_F(LanguageRenderTest, FrisianCouncilLetterHasNoDutchFixedTextThatHasATranslation) {
  Engine engine(disk_);
  const auto found = dutch_fixed_texts(engine, disk_, "raadsinformatiebrief", "fy", 60, 12);
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST_F(LanguageRenderTest, FrisianVisionUsesFrisianHeadingsAndFooter) {
  Engine engine(disk_);
  RenderOptions options;
  options.language = "fy";
  Diagnostics diags;
  const std::string markup = engine.markup(kSample, "visie", diags, options);
  ASSERT_FALSE(markup.empty()) << diags.to_string();
  for (const char* phrase : {"lang=\"fy-NL\"", "pagination=\"Side {page} fan {pages}\"",
                             ">Ynlieding</h1>", ">Gearfetting</h1>", "Taheakke: Boarnen"})
    EXPECT_NE(markup.find(phrase), std::string::npos) << phrase;
  // Messages without a Frisian translation come from the Dutch catalogue.
  EXPECT_NE(markup.find("Kiloton: duizend ton"), std::string::npos);
}

TEST_F(LanguageRenderTest, UnknownLanguageIsAnErrorNotASilentFallback) {
  Engine engine(disk_);
  RenderOptions options;
  options.language = "de";
  RenderResult r = engine.render(kSample, "visie", options);
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.diagnostics.to_string().find("geen tekstcatalogus voor taal 'de'"), std::string::npos)
      << r.diagnostics.to_string();
}

}  // namespace

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <regex>
#include <string>
#include <thread>

#include "pdf/pdf.h"
#include "pdf/text_run.h"
#include "pdf_test_support.h"

namespace koers::pdf {
namespace {

using testing::kLatoBold;
using testing::kLatoRegular;
using testing::run;
using namespace std::string_literals;
using testing::ScratchDir;
using testing::Shaper;

// ’ „ ” é ë € and a no-break space (U+00A0) between € and the amount, as ICU formats it.
const std::string kDutchLine =
    "Één coördinatie: €\u00A01.234,56 voor ‘citaat’ en „Dutch” financiële ruimte";

display::Document sample_document(const Shaper& regular, const Shaper& bold) {
  display::Document document;
  document.metadata.title = "Beleidsplan Klimaatadaptatie 2026–2030: coördinatie & uitvoering";
  document.metadata.author = "Gemeente Súdwest-Fryslân";
  document.metadata.subject = "Financiële paragraaf";
  document.metadata.keywords = "klimaat, één";
  document.metadata.creation_date = "2026-11-27T10:30:00+01:00";
  int r = document.font_index({kLatoRegular, "Lato", false, false});
  int b = document.font_index({kLatoBold, "Lato", true, false});

  display::Page first;
  first.items.push_back(bold.run("Inleiding", b, 18, 72, 100));
  first.items.push_back(regular.run(kDutchLine, r, 10, 72, 130));
  display::Line rule{72, 140, 520, 140, 0.5, {0.2, 0.4, 0.6}, {3, 1.5}};
  first.items.push_back(rule);
  first.items.push_back(display::Rect{72, 150, 100, 20, true, {0.9, 0.95, 1}, true, {0, 0, 0}, 1});
  display::Link to_second;
  to_second.x = 72;
  to_second.y = 120;
  to_second.w = 100;
  to_second.h = 12;
  to_second.dest_page = 1;
  to_second.dest_y = 90;
  first.items.push_back(to_second);
  display::Link web;
  web.x = 72;
  web.y = 180;
  web.w = 100;
  web.h = 12;
  web.uri = "https://example.nl/klimaat";
  first.items.push_back(web);

  display::Page second;
  second.items.push_back(bold.run("Doelen en acties", b, 14, 72, 100));
  display::Path chart;
  chart.segments = {{display::PathSegment::move, 100, 300},
                    {display::PathSegment::line, 200, 250},
                    {display::PathSegment::cubic, 300, 300, 220, 200, 260, 320},
                    {display::PathSegment::close}};
  chart.fill = true;
  chart.fill_color = {1, 0.5, 0};
  chart.dash = {2, 0.5};
  second.items.push_back(chart);
  second.items.push_back(regular.run("Tweede pagina", r, 10, 72, 400));
  document.pages = {first, second};

  document.outline = {{1, "Inleiding: één visie", 0, 100},
                      {2, "Coördinatie „samen”", 0, 130},
                      {1, "Doelen en acties", 1, 100}};
  return document;
}

class PdfWriterTest : public ::testing::Test {
 protected:
  Shaper regular{kLatoRegular};
  Shaper bold{kLatoBold};
  ScratchDir dir;

  std::string write(const display::Document& document, const std::string& name,
                    Options options = {}) {
    std::string bytes = write_pdf(document, options);
    // KOERS_TEST_KEEP=<dir> keeps a copy of every PDF for inspection.
    if (const char* keep = std::getenv("KOERS_TEST_KEEP"))
      std::ofstream(std::filesystem::path(keep) / name, std::ios::binary) << bytes;
    return dir.write(name, bytes);
  }
};

TEST_F(PdfWriterTest, StartsWithHeaderAndPassesQpdfCheck) {
  std::string bytes = write_pdf(sample_document(regular, bold));
  ASSERT_EQ(bytes.rfind("%PDF-1.", 0), 0u);
  std::string file = dir.write("a.pdf", bytes);
  testing::Command check = run(dir, "qpdf --check '" + file + "'");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos) << check.out;
}

TEST_F(PdfWriterTest, UncompressedOutputAlsoPassesQpdfCheck) {
  std::string file = write(sample_document(regular, bold), "plain.pdf", {.compress = false});
  testing::Command check = run(dir, "qpdf --check '" + file + "'");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  std::string bytes = testing::read_file(file);
  // The chart's half-point dash and the rule's dash reach the content stream.
  EXPECT_NE(bytes.find("[2 0.5] 0 d"), std::string::npos);
  EXPECT_NE(bytes.find("[3 1.5] 0 d"), std::string::npos);
  EXPECT_NE(bytes.find("] TJ"), std::string::npos);
}

TEST_F(PdfWriterTest, FontsAreEmbeddedSubsetWithUnicodeMaps) {
  std::string file = write(sample_document(regular, bold), "fonts.pdf");
  testing::Command fonts = run(dir, "pdffonts '" + file + "'");
  ASSERT_EQ(fonts.status, 0) << fonts.err;
  std::istringstream lines(fonts.out);
  std::string line;
  int rows = 0;
  std::regex row(R"(^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s+\d+\s+0\s*$)");
  while (std::getline(lines, line)) {
    if (line.find("CID TrueType") == std::string::npos) continue;
    ++rows;
    EXPECT_TRUE(std::regex_match(line, row)) << line;
  }
  EXPECT_EQ(rows, 2) << fonts.out;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

TEST_F(PdfWriterTest, TextExtractsExactlyWithoutPopplerWarnings) {
  std::string file = write(sample_document(regular, bold), "text.pdf");
  testing::Command text = run(dir, "pdftotext -layout -enc UTF-8 '" + file + "' -");
  ASSERT_EQ(text.status, 0);
  EXPECT_EQ(text.err, "") << "poppler warned about the file";
  EXPECT_NE(text.out.find("Inleiding"), std::string::npos) << text.out;
  // pdftotext writes U+00A0 as a plain space; everything else comes back as it went in.
  EXPECT_NE(text.out.find(replace_all(kDutchLine, "\u00A0", " ")), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Tweede pagina"), std::string::npos) << text.out;
}

TEST_F(PdfWriterTest, NoBreakSpaceIsWrittenAsItsOwnCode) {
  display::Document document;
  int r = document.font_index({kLatoRegular, "Lato", false, false});
  display::Page page;
  page.items.push_back(regular.run("€\u00A01.234,56 totaal", r, 12, 72, 100));
  document.pages = {page};
  std::string file = write(document, "nbsp.pdf", {.compress = false});
  // The content stream carries U+00A0 (not a space), so copy and paste keep it together.
  EXPECT_NE(testing::read_file(file).find("(\x20\xAC\x00\xA0"s), std::string::npos);
  testing::Command text = run(dir, "pdftotext -raw -enc UTF-8 '" + file + "' -");
  EXPECT_EQ(text.err, "");
  EXPECT_EQ(text.out, "€ 1.234,56 totaal\n\f");
}

double word_x_min(const std::string& bbox_html, const std::string& word) {
  std::regex pattern("<word xMin=\"([0-9.]+)\"[^>]*>" + word + "</word>");
  std::smatch match;
  if (!std::regex_search(bbox_html, match, pattern)) return -1;
  return std::stod(match[1].str());
}

TEST_F(PdfWriterTest, JustifiedAndKernedPositionsReachThePdf) {
  display::Document document;
  int r = document.font_index({kLatoRegular, "Lato", false, false});
  // "AVATAR Tafel" kerns strongly in Lato (stack-notes §2); the space is stretched by 40 pt
  // as justification would.
  display::GlyphRun line = regular.run("AVATAR Tafel", r, 20, 72, 100);
  line.advances[6] += 40;
  double second_word_x = 72;
  for (std::size_t i = 0; i < 7; ++i) second_word_x += line.advances[i];
  display::Page page;
  page.items.push_back(line);
  document.pages = {page};
  std::string file = write(document, "justified.pdf");
  testing::Command bbox = run(dir, "pdftotext -bbox '" + file + "' -");
  ASSERT_EQ(bbox.status, 0) << bbox.err;
  EXPECT_NEAR(word_x_min(bbox.out, "AVATAR"), 72.0, 0.01) << bbox.out;
  EXPECT_NEAR(word_x_min(bbox.out, "Tafel"), second_word_x, 0.01) << bbox.out;
}

TEST(TextRun, WritesAdjustmentsOnlyWhereAdvanceDiffersFromNominal) {
  std::vector<float> widths(0x10000, 0);
  widths['A'] = 600;
  widths['V'] = 650;
  widths[' '] = 250;
  display::GlyphRun run;
  run.size = 10;
  run.text = U"AV A";
  // A→V kerned by −0.8 pt (= 80/1000 em); V and space nominal; last advance is irrelevant.
  run.advances = {5.2, 6.5, 2.5, 6.0};
  std::string tj;
  append_tj(tj, run, widths);
  EXPECT_EQ(tj, "[(\0A) 80 (\0V\0 \0A)] TJ\n"s);
}

TEST(TextRun, RoundingDoesNotDriftAlongTheLine) {
  std::vector<float> widths(0x10000, 0);
  widths['i'] = 230;
  display::GlyphRun run;
  run.size = 9;
  run.text = std::u32string(1000, U'i');
  run.advances.assign(1000, 2.0701234);  // 230.01371… /1000 em: −0.0137 each
  std::string tj;
  append_tj(tj, run, widths);
  // Adjustments (whole 1/1000 em) sum to the exact total shift, to half the rounding unit.
  std::regex number(R"(\) (-?[0-9]+) \()");
  double sum = 0;
  for (auto it = std::sregex_iterator(tj.begin(), tj.end(), number); it != std::sregex_iterator();
       ++it)
    sum += std::stod((*it)[1].str());
  double exact = 999 * (230 - 2.0701234 * 1000 / 9);
  EXPECT_NEAR(sum, exact, 0.5);
}

TEST(TextRun, CodePointsOutsideTheBmpBecomeReplacementCharacter) {
  std::vector<float> widths(0x10000, 500);
  display::GlyphRun run;
  run.size = 10;
  run.text = U"a\U0001F600";
  run.advances = {5, 5};
  std::string tj;
  append_tj(tj, run, widths);
  EXPECT_EQ(tj, "[(\0a\xFF\xFD)] TJ\n"s);
}

TEST(TextRun, DelimitersBackslashAndCarriageReturnBytesAreEscaped) {
  std::vector<float> widths(0x10000, 500);
  display::GlyphRun run;
  run.size = 10;
  run.text = U"(\u010D)\\";  // č is 01 0D: its second byte is a carriage return
  run.advances.assign(4, 5);
  std::string tj;
  append_tj(tj, run, widths);
  EXPECT_EQ(tj, "[(\0\\(\x01\\r\0\\)\0\\\\)] TJ\n"s);
}

TEST_F(PdfWriterTest, OutlineHasNestedUtf8TitlesAndTargetPages) {
  std::string file = write(sample_document(regular, bold), "outline.pdf");
  testing::Command json = run(dir, "qpdf --json --json-key=outlines '" + file + "'");
  ASSERT_EQ(json.status, 0) << json.err;
  const std::string& out = json.out;
  std::size_t first = out.find("\"title\": \"Inleiding: één visie\"");
  std::size_t child = out.find("\"title\": \"Coördinatie „samen”\"");
  std::size_t last = out.find("\"title\": \"Doelen en acties\"");
  ASSERT_NE(first, std::string::npos) << out;
  ASSERT_NE(child, std::string::npos) << out;
  ASSERT_NE(last, std::string::npos) << out;
  // The child sits in the first entry's kids; each entry lists its page before its title.
  std::size_t kids = out.find("\"kids\"", out.rfind("{", first));
  EXPECT_LT(kids, child);
  std::regex entry(R"re("destpageposfrom1": (\d+),\s*"kids": \[)re");
  std::vector<int> pages;
  for (auto it = std::sregex_iterator(out.begin(), out.end(), entry); it != std::sregex_iterator();
       ++it)
    pages.push_back(std::stoi((*it)[1].str()));
  EXPECT_EQ(pages, (std::vector<int>{1, 1, 2})) << out;
}

TEST_F(PdfWriterTest, MetadataLanguageAndLinks) {
  std::string file = write(sample_document(regular, bold), "info.pdf");
  testing::Command info = run(dir, "pdfinfo -enc UTF-8 '" + file + "'");
  ASSERT_EQ(info.status, 0) << info.err;
  EXPECT_NE(
      info.out.find(
          "Title:           Beleidsplan Klimaatadaptatie 2026–2030: coördinatie & uitvoering"),
      std::string::npos)
      << info.out;
  EXPECT_NE(info.out.find("Author:          Gemeente Súdwest-Fryslân"), std::string::npos);
  EXPECT_NE(info.out.find("Subject:         Financiële paragraaf"), std::string::npos);
  EXPECT_NE(info.out.find("Keywords:        klimaat, één"), std::string::npos);
  EXPECT_NE(info.out.find("Creator:         koers " KOERS_VERSION), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Pages:           2"), std::string::npos);

  testing::Command raw = run(dir, "qpdf --qdf --object-streams=disable '" + file + "' -");
  EXPECT_NE(raw.out.find("/Lang (nl-NL)"), std::string::npos);
  EXPECT_NE(raw.out.find("/CreationDate (D:20261127103000+01'00')"), std::string::npos);
  // An internal link keeps the reader's zoom (null), has no border, and points at page 2.
  EXPECT_TRUE(
      std::regex_search(raw.out, std::regex(R"(\[\s*\d+ 0 R\s*/XYZ\s*0\s*751\.89\d*\s*null\s*\])")))
      << "internal link destination missing";
  EXPECT_NE(raw.out.find("/Border [\n    0\n    0\n    0\n  ]"), std::string::npos);
  EXPECT_TRUE(
      std::regex_search(raw.out, std::regex(R"(/ID \[\s*<[0-9a-f]{32}>\s*<[0-9a-f]{32}>\s*\])")));
  EXPECT_EQ(raw.out.find("begincidrange"), std::string::npos)
      << "libharu's broken ToUnicode remains";
  EXPECT_NE(raw.out.find("/Ordering (Identity)"), std::string::npos);

  testing::Command urls = run(dir, "pdfinfo -url '" + file + "'");
  EXPECT_NE(urls.out.find("https://example.nl/klimaat"), std::string::npos) << urls.out;
}

TEST_F(PdfWriterTest, ImageWithAlphaIsEmbeddedOnceWithSoftMask) {
  display::Document document;
  display::Image image;
  image.pixel_width = 4;
  image.pixel_height = 3;
  for (int i = 0; i < 12; ++i) {
    image.rgb.insert(image.rgb.end(), {static_cast<std::uint8_t>(i * 20), 128, 255});
    image.alpha.push_back(static_cast<std::uint8_t>(i * 21));
  }
  image.x = 72;
  image.y = 72;
  image.w = 40;
  image.h = 30;
  display::Page page;
  page.items.push_back(image);
  image.x = 200;
  page.items.push_back(image);  // the same pixels again: shared
  document.pages = {page, page};
  std::string file = write(document, "image.pdf");
  testing::Command list = run(dir, "pdfimages -list '" + file + "'");
  ASSERT_EQ(list.status, 0) << list.err;
  std::regex image_row(R"(\n\s*\d+\s+\d+\s+image\s+4\s+3\s+rgb\s+3\s+8)");
  std::regex mask_row(R"(\n\s*\d+\s+\d+\s+smask\s+4\s+3\s+gray\s+1\s+8)");
  EXPECT_TRUE(std::regex_search(list.out, image_row)) << list.out;
  EXPECT_TRUE(std::regex_search(list.out, mask_row)) << list.out;
  testing::Command check = run(dir, "qpdf --check '" + file + "'");
  EXPECT_EQ(check.status, 0) << check.out;
  testing::Command objects = run(dir, "qpdf --show-npages '" + file + "'");
  EXPECT_EQ(objects.out, "2\n");
  // One image XObject and one mask, however often they are drawn.
  testing::Command raw = run(dir, "qpdf --qdf --object-streams=disable '" + file + "' -");
  std::size_t images = 0;
  for (std::size_t at = raw.out.find("/Subtype /Image"); at != std::string::npos;
       at = raw.out.find("/Subtype /Image", at + 1))
    ++images;
  EXPECT_EQ(images, 2u);
}

TEST_F(PdfWriterTest, TwoWritesAreByteIdentical) {
  display::Document document = sample_document(regular, bold);
  std::string first = write_pdf(document);
  std::string second = write_pdf(document);
  EXPECT_EQ(first, second);
  document.pages[1].items.push_back(regular.run("nog een regel", 0, 10, 72, 500));
  EXPECT_NE(write_pdf(document), first);
}

TEST_F(PdfWriterTest, ParallelWritesGiveTheSameBytes) {
  display::Document document = sample_document(regular, bold);
  std::string expected = write_pdf(document);
  std::string a, b;
  std::thread t1([&] { a = write_pdf(document); });
  std::thread t2([&] { b = write_pdf(document); });
  t1.join();
  t2.join();
  EXPECT_EQ(a, expected);
  EXPECT_EQ(b, expected);
}

// Every failure throws PdfError and leaves no temporary font files behind.
class PdfWriterErrorTest : public PdfWriterTest {
 protected:
  void SetUp() override {
    const char* old = std::getenv("TMPDIR");
    old_tmpdir_ = old ? old : "";
    had_tmpdir_ = old != nullptr;
    setenv("TMPDIR", dir.path().c_str(), 1);
  }
  void TearDown() override {
    if (had_tmpdir_)
      setenv("TMPDIR", old_tmpdir_.c_str(), 1);
    else
      unsetenv("TMPDIR");
  }
  // The writer's own temporary directories are named koers-pdf-XXXXXX.
  bool scratch_is_empty() const {
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
      if (entry.path().filename().string().rfind("koers-pdf-", 0) == 0) return false;
    return true;
  }
  display::Document with_font(const std::string& path) {
    display::Document document;
    int r = document.font_index({path, "Lato", false, false});
    display::Page page;
    page.items.push_back(regular.run("Tekst", r, 10, 72, 100));
    document.pages = {page};
    return document;
  }

 private:
  std::string old_tmpdir_;
  bool had_tmpdir_ = false;
};

TEST_F(PdfWriterErrorTest, MissingFontThrows) {
  EXPECT_THROW(write_pdf(with_font("/bestaat/niet/Lato.ttf")), PdfError);
  EXPECT_TRUE(scratch_is_empty());
}

TEST_F(PdfWriterErrorTest, TruncatedFontThrows) {
  std::string lato = testing::read_file(kLatoRegular);
  std::string path = dir.write("half.ttf", lato.substr(0, lato.size() / 2));
  try {
    write_pdf(with_font(path));
    FAIL() << "no PdfError";
  } catch (const PdfError& error) {
    EXPECT_NE(std::string(error.what()).find("afgebroken"), std::string::npos) << error.what();
  }
  EXPECT_TRUE(scratch_is_empty());
}

TEST_F(PdfWriterErrorTest, NotAFontThrows) {
  std::string path = dir.write("tekst.ttf", "dit is geen lettertype");
  EXPECT_THROW(write_pdf(with_font(path)), PdfError);
}

TEST_F(PdfWriterErrorTest, SuccessLeavesNoTemporaryFiles) {
  EXPECT_EQ(write_pdf(with_font(kLatoRegular)).rfind("%PDF", 0), 0u);
  EXPECT_TRUE(scratch_is_empty());
}

TEST_F(PdfWriterErrorTest, LibharuErrorMidDocumentThrowsAndCleansUp) {
  display::Document document = with_font(kLatoRegular);
  display::Image wrong;
  wrong.pixel_width = 10;
  wrong.pixel_height = 10;
  wrong.rgb.resize(5);
  document.pages[0].items.push_back(wrong);
  EXPECT_THROW(write_pdf(document), PdfError);
  EXPECT_TRUE(scratch_is_empty());

  // An error only libharu detects (page wider than 14,400 pt) goes through its handler.
  document = with_font(kLatoRegular);
  document.pages[0].width = 20000;
  try {
    write_pdf(document);
    ADD_FAILURE() << "no PdfError";
  } catch (const PdfError& error) {
    EXPECT_NE(std::string(error.what()).find("libharu-fout 0x"), std::string::npos) << error.what();
  }
  EXPECT_TRUE(scratch_is_empty());

  document = with_font(kLatoRegular);
  std::get<display::GlyphRun>(document.pages[0].items[0]).advances.pop_back();
  EXPECT_THROW(write_pdf(document), PdfError);

  document = with_font(kLatoRegular);
  document.outline = {{1, "Nergens", 7, 0}};
  EXPECT_THROW(write_pdf(document), PdfError);
  document.outline.clear();
  document.metadata.creation_date = "27-11-2026";
  EXPECT_THROW(write_pdf(document), PdfError);
  EXPECT_TRUE(scratch_is_empty());
}

// Two paths to one font (a copy, or a style naming a path and fontconfig finding the
// other): identical files share one embedded font.
TEST_F(PdfWriterTest, SameFontFromTwoPathsKeepsAllGlyphs) {
  std::string copy = dir.write("Lato-copy.ttf", testing::read_file(kLatoRegular));
  display::Document document;
  int a = document.font_index({kLatoRegular, "Lato", false, false});
  int b = document.font_index({copy, "Lato", false, false});
  display::Page page;
  page.items.push_back(regular.run("abc", a, 10, 72, 100));
  page.items.push_back(regular.run("xyz", b, 10, 72, 120));
  document.pages = {page};
  std::string file = write(document, "twice.pdf");
  testing::Command text = run(dir, "pdftotext -raw '" + file + "' -");
  EXPECT_EQ(text.out, "abc\nxyz\n\f");
  testing::Command fonts = run(dir, "pdffonts '" + file + "'");
  std::size_t rows = 0;
  for (std::size_t at = fonts.out.find("CID TrueType"); at != std::string::npos;
       at = fonts.out.find("CID TrueType", at + 1))
    ++rows;
  EXPECT_EQ(rows, 1u) << "one embedded font for both faces";
}

TEST_F(PdfWriterTest, HundredDensePagesTiming) {
  display::Document document;
  int r = document.font_index({kLatoRegular, "Lato", false, false});
  const std::vector<std::string> sentences = {
      "De gemeente werkt aan één coördinatie rond het IJsselmeer en de financiële ruimte.",
      "Duurzaamheidsdoelstellingen vragen om klimaatadaptatie in uitvoeringsprogramma’s.",
      "Zonnepanelen op daken, aardgasvrije wijken en € 1.234,56 per huishouden per jaar.",
      "„Samen sterker” is het motto van de gemeenteraad voor de periode 2026–2030 zeker."};
  std::vector<display::GlyphRun> shaped;
  for (const auto& s : sentences) shaped.push_back(regular.run(s, r, 10, 72, 0));
  for (int p = 0; p < 100; ++p) {
    display::Page page;
    for (int l = 0; l < 50; ++l) {
      display::GlyphRun line = shaped[(p + l) % shaped.size()];
      line.y = 72 + l * 14;
      page.items.push_back(line);
    }
    document.pages.push_back(std::move(page));
  }
  auto start = std::chrono::steady_clock::now();
  std::string bytes = write_pdf(document);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("[ timing ] 100 pages x 50 lines: %.3f s, %zu bytes\n", seconds, bytes.size());
  std::string file = dir.write("dense.pdf", bytes);
  testing::Command check = run(dir, "qpdf --check '" + file + "'");
  EXPECT_EQ(check.status, 0) << check.out;
}

}  // namespace
}  // namespace koers::pdf

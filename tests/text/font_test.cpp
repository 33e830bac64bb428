#include "text/font.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace koers::text {
namespace {

const std::string kLatoDir = "/usr/share/fonts/truetype/lato/";

display::FontFace lato(const std::string& file = "Lato-Regular.ttf") {
  return {kLatoDir + file, "Lato", false, false};
}

double nominal_sum(const Font& font, std::u32string_view text) {
  double sum = 0;
  for (char32_t c : text) sum += font.measure(std::u32string(1, c));
  return sum;
}

std::string error_of(auto&& action) {
  try {
    action();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(no error)";
}

std::filesystem::path temp_file(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("koers-text-" + std::to_string(::getpid()) + "-" + name);
}

TEST(Font, KerningMakesAvatarShorterThanNominalAdvances) {
  const Font font(lato());
  const double kerned = font.measure(U"AVATAR");
  EXPECT_LT(kerned, nominal_sum(font, U"AVATAR") - 0.05);
  EXPECT_GT(kerned, 2.0);
}

TEST(Font, OneGlyphPerCharacterWithoutLigatures) {
  const Font font(lato());
  const auto glyphs = font.shape(U"fi fl");
  ASSERT_EQ(glyphs.size(), 5u);
  EXPECT_EQ(glyphs[0].codepoint, U'f');
  EXPECT_EQ(glyphs[1].codepoint, U'i');
  EXPECT_NE(glyphs[0].glyph, glyphs[1].glyph);
  for (const auto& g : glyphs) {
    EXPECT_NE(g.glyph, 0u);
    EXPECT_GT(g.advance, 0.0);
  }
}

TEST(Font, MeasuresIJsselmeerAsHarfBuzzDoes) {
  const Font font(lato());
  // 4,554 / 1000 em: HarfBuzz with kerning, measured in stack-notes §2.
  EXPECT_NEAR(font.measure(U"IJsselmeer"), 4.554, 0.001);
  const auto glyphs = font.shape(U"IJsselmeer");
  ASSERT_EQ(glyphs.size(), 10u);
  EXPECT_EQ(glyphs[0].codepoint, U'I');
  EXPECT_EQ(glyphs[1].codepoint, U'J');
}

TEST(Font, CombiningSequencesKeepOneEntryPerCharacter) {
  const Font font(lato());
  const std::u32string text = U"coo\u0308rdinatie";  // o + combining diaeresis
  const auto glyphs = font.shape(text);
  ASSERT_EQ(glyphs.size(), text.size());
  for (std::size_t i = 0; i < text.size(); ++i) EXPECT_EQ(glyphs[i].codepoint, text[i]);
}

TEST(Font, DetectsMissingGlyphs) {
  const Font font(lato());
  EXPECT_TRUE(font.has_glyph(U'é'));
  EXPECT_TRUE(font.has_glyph(U'€'));
  EXPECT_FALSE(font.has_glyph(U'✓'));
  const auto glyphs = font.shape(U"a✓b");
  ASSERT_EQ(glyphs.size(), 3u);
  EXPECT_EQ(glyphs[1].glyph, 0u);
  EXPECT_EQ(glyphs[1].codepoint, U'✓');
}

TEST(Font, VerticalMetricsAreSensible) {
  const Font font(lato());
  EXPECT_GT(font.ascender(), 0.8);
  EXPECT_LT(font.descender(), -0.1);
  EXPECT_GT(font.cap_height(), 0.6);
  EXPECT_LT(font.cap_height(), font.ascender());
  EXPECT_GT(font.x_height(), 0.4);
  EXPECT_LT(font.x_height(), font.cap_height());
  EXPECT_TRUE(font.shape(U"").empty());
  EXPECT_EQ(font.measure(U""), 0.0);
}

TEST(Font, MissingFileIsAReadableError) {
  const std::string message = error_of([] {
    Font font({"/nonexistent/Geen.ttf", "Geen", false, false});
  });
  EXPECT_NE(message.find("/nonexistent/Geen.ttf"), std::string::npos) << message;
  EXPECT_NE(message.find("bestaat niet"), std::string::npos) << message;
}

TEST(Font, TruncatedFileIsAReadableError) {
  const auto path = temp_file("afgekapt.ttf");
  {
    std::ifstream in(kLatoDir + "Lato-Regular.ttf", std::ios::binary);
    std::string head(400, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::ofstream(path, std::ios::binary) << head;
  }
  const std::string message = error_of([&] { Font font({path.string(), "X", false, false}); });
  std::filesystem::remove(path);
  EXPECT_NE(message.find(path.string()), std::string::npos) << message;
  EXPECT_NE(message.find("onvolledig"), std::string::npos) << message;

  const auto garbage = temp_file("rommel.ttf");
  std::ofstream(garbage, std::ios::binary) << "geen lettertype";
  const std::string garbage_message = error_of([&] {
    Font font({garbage.string(), "X", false, false});
  });
  std::filesystem::remove(garbage);
  EXPECT_NE(garbage_message.find(garbage.string()), std::string::npos) << garbage_message;
}

TEST(Font, CffOutlinesAreRefused) {
  // No OpenType/CFF font is installed here, so write the smallest file that is one: an 'OTTO'
  // header with a table directory holding a single 'CFF ' table.
  const std::string cff_font = std::string("OTTO", 4) + std::string("\0\1\0\x10\0\0\0\0", 8) +
                               std::string("CFF \0\0\0\0\0\0\0\x1C\0\0\0\x08", 16) +
                               std::string("\1\0\4\1\0\0\0\0", 8);
  const auto path = temp_file("postscript.otf");
  std::ofstream(path, std::ios::binary) << cff_font;
  const std::string message = error_of([&] { Font font({path.string(), "X", false, false}); });
  std::filesystem::remove(path);
  EXPECT_NE(message.find(path.string()), std::string::npos) << message;
  EXPECT_NE(message.find("CFF"), std::string::npos) << message;
}

TEST(Font, ConcurrentShapingGivesIdenticalResults) {
  const Font font(lato());
  const std::u32string text =
      U"De gemeente Súdwest-Fryslân werkt aan één coördinatie rond het IJsselmeer: AVATAR, "
      U"Tafel, WAVe, “citaat” en € 1.234,56.";
  auto work = [&](std::vector<std::vector<ShapedGlyph>>& out) {
    for (int i = 0; i < 500; ++i) out.push_back(font.shape(text.substr(i % 20)));
  };
  std::vector<std::vector<ShapedGlyph>> a, b, reference;
  std::thread t1(work, std::ref(a)), t2(work, std::ref(b));
  t1.join();
  t2.join();
  work(reference);
  ASSERT_EQ(a.size(), reference.size());
  for (std::size_t i = 0; i < reference.size(); ++i) {
    ASSERT_EQ(a[i].size(), reference[i].size());
    ASSERT_EQ(b[i].size(), reference[i].size());
    for (std::size_t k = 0; k < reference[i].size(); ++k) {
      EXPECT_EQ(a[i][k].glyph, reference[i][k].glyph);
      EXPECT_EQ(a[i][k].advance, reference[i][k].advance);
      EXPECT_EQ(b[i][k].glyph, reference[i][k].glyph);
      EXPECT_EQ(b[i][k].advance, reference[i][k].advance);
    }
  }
}

TEST(Font, ShapingThroughput) {
  const Font font(lato());
  const std::u32string words[] = {U"duurzaamheidsdoelstellingen",
                                  U"de",
                                  U"gemeente",
                                  U"werkt",
                                  U"aan",
                                  U"klimaatadaptatie",
                                  U"IJsselmeer",
                                  U"€",
                                  U"1.234,56",
                                  U"coördinatie"};
  constexpr int kWords = 100000;
  double total = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kWords; ++i) total += font.measure(words[i % std::size(words)]);
  const auto end = std::chrono::steady_clock::now();
  const double ms = std::chrono::duration<double, std::milli>(end - start).count();
  std::printf("[ perf     ] shaped %d words in %.1f ms (%.2f us/word, total %.0f em)\n", kWords, ms,
              ms * 1000 / kWords, total);
  EXPECT_GT(total, 0.0);
}

TEST(FontLibrary, FindsLatoFacesThroughFontconfig) {
  FontLibrary library;
  const Font& regular = library.get("Lato", false, false);
  const Font& bold = library.get("Lato", true, false);
  const Font& italic = library.get("Lato", false, true);
  const Font& bold_italic = library.get("Lato", true, true);
  EXPECT_EQ(std::filesystem::path(regular.face().path).filename(), "Lato-Regular.ttf");
  EXPECT_EQ(std::filesystem::path(bold.face().path).filename(), "Lato-Bold.ttf");
  EXPECT_EQ(std::filesystem::path(italic.face().path).filename(), "Lato-Italic.ttf");
  EXPECT_EQ(std::filesystem::path(bold_italic.face().path).filename(), "Lato-BoldItalic.ttf");
  EXPECT_TRUE(bold.face().bold);
  EXPECT_TRUE(italic.face().italic);
  // Loaded once and shared, also when the family is spelt differently.
  EXPECT_EQ(&library.get("Lato", true, false), &bold);
  EXPECT_EQ(&library.get("lato", true, false), &bold);
  EXPECT_EQ(&library.get(lato("Lato-Bold.ttf")), &bold);
}

TEST(FontLibrary, UnknownFamilyIsAnErrorNamingIt) {
  FontLibrary library;
  const std::string message = error_of([&] { library.get("Comic Gemeente Sans", false, false); });
  EXPECT_NE(message.find("'Comic Gemeente Sans'"), std::string::npos) << message;
  EXPECT_NE(message.find("niet gevonden"), std::string::npos) << message;
  // The library stays usable after a failure.
  EXPECT_NO_THROW(library.get("Lato", false, false));
}

TEST(FontLibrary, AcceptsObliqueAndStyleLinkedFamilies) {
  FontLibrary library;
  EXPECT_EQ(std::filesystem::path(library.get("DejaVu Sans", false, true).face().path).filename(),
            "DejaVuSans-Oblique.ttf");
  EXPECT_EQ(std::filesystem::path(library.get("Lato Heavy", false, false).face().path).filename(),
            "Lato-Heavy.ttf");
}

TEST(FontLibrary, MissingVariantOfAnInstalledFamilyIsAnError) {
  FontLibrary library;
  ASSERT_NO_THROW(library.get("DejaVu Math TeX Gyre", false, false));
  const std::string message = error_of([&] { library.get("DejaVu Math TeX Gyre", true, false); });
  EXPECT_NE(message.find("'DejaVu Math TeX Gyre' (vet)"), std::string::npos) << message;
  EXPECT_NE(message.find("zonder deze variant"), std::string::npos) << message;
  EXPECT_THROW(library.get("DejaVu Math TeX Gyre", false, true), std::runtime_error);
}

TEST(FontLibrary, FolderProvidesFamiliesThatAreNotInstalled) {
  const auto folder = temp_file("map");
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(kLatoDir + "Lato-Heavy.ttf", folder / "Heavy.ttf",
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::copy_file(kLatoDir + "Lato-HeavyItalic.ttf", folder / "HeavyItalic.TTF",
                             std::filesystem::copy_options::overwrite_existing);
  FontLibrary library;
  library.add_font_folder(folder);
  // Lato-Heavy's style-linked family is "Lato Heavy" (name ID 1).
  const Font& heavy = library.get("Lato Heavy", false, false);
  const Font& heavy_italic = library.get("Lato Heavy", false, true);
  EXPECT_EQ(heavy.face().path, (folder / "Heavy.ttf").string());
  EXPECT_EQ(heavy_italic.face().path, (folder / "HeavyItalic.TTF").string());
  EXPECT_GT(heavy.measure(U"AVATAR"), 2.0);
  std::filesystem::remove_all(folder);

  EXPECT_THROW(library.add_font_folder(folder / "bestaat-niet"), std::runtime_error);
}

TEST(Utf, RoundTripsAndReplacesInvalidInput) {
  const std::string dutch = "één coördinatie – € 1.234,56 Súdwest-Fryslân \U0001F331";
  const std::u32string u32 = to_u32(dutch);
  EXPECT_EQ(u32.size(), 46u);
  EXPECT_EQ(u32[0], U'é');
  EXPECT_EQ(u32.back(), U'\U0001F331');
  EXPECT_EQ(to_utf8(u32), dutch);

  EXPECT_EQ(to_u32("a\xFF"
                   "b"),
            U"a\uFFFDb");
  EXPECT_EQ(to_u32("\xC3"), U"\uFFFD");                      // truncated
  EXPECT_EQ(to_u32("\xC0\xAF"), U"\uFFFD\uFFFD");            // overlong
  EXPECT_EQ(to_u32("\xED\xA0\x80"), U"\uFFFD\uFFFD\uFFFD");  // surrogate
  EXPECT_EQ(to_u32("\xE2\x82"
                   "x"),
            U"\uFFFDx");
  EXPECT_EQ(to_utf8(std::u32string(1, char32_t{0xD800})), "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace koers::text

#include "text/hyphenation.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "text/font.h"

namespace koers::text {
namespace {

const Hyphenator& dutch() {
  static const Hyphenator hyphenator;  // loaded once; read-only, like in the engine
  return hyphenator;
}

// The word with "=" at each break point (so explicit hyphens stay visible as "-").
std::string marked(const Hyphenator& hyphenator, std::string_view utf8) {
  const std::u32string word = to_u32(utf8);
  std::u32string out;
  std::size_t start = 0;
  for (const HyphenPoint& point : hyphenator.hyphenate(word)) {
    EXPECT_GT(point.position, start);
    out.append(word.substr(start, point.position - start));
    out.push_back(U'=');
    start = point.position;
  }
  out.append(word.substr(start));
  return to_utf8(out);
}

std::string marked(std::string_view utf8) {
  return marked(dutch(), utf8);
}

TEST(Hyphenation, PolicyWordsWithDefaultLimits) {
  EXPECT_EQ(dutch().limits().min_left, 2);
  EXPECT_EQ(dutch().limits().min_right, 3);
  EXPECT_EQ(marked("duurzaamheidsdoelstellingen"), "duur=zaam=heids=doel=stel=lin=gen");
  EXPECT_EQ(marked("klimaatadaptatie"), "kli=maat=adap=ta=tie");
  EXPECT_EQ(marked("uitvoeringsprogramma"), "uit=voe=rings=pro=gramma");
  EXPECT_EQ(marked("gemeenteraad"), "ge=meen=te=raad");
  EXPECT_EQ(marked("beleidskaders"), "be=leids=ka=ders");
  EXPECT_EQ(marked("zonnepanelen"), "zon=ne=pa=ne=len");
  EXPECT_EQ(marked("aardgasvrij"), "aard=gas=vrij");
  EXPECT_EQ(marked("milieueffectrapportage"), "mi=li=eu=ef=fect=rap=por=tage");
}

TEST(Hyphenation, LimitsAreParameters) {
  const Hyphenator loose(kDutchHyphenationDictionary, {2, 2});
  EXPECT_EQ(marked(loose, "uitvoeringsprogramma"), "uit=voe=rings=pro=gram=ma");
  EXPECT_EQ(marked(loose, "financiële"), "fi=nan=ci=ë=le");
  const std::u32string zeeen = U"zeeën";
  const std::vector<HyphenPoint> points = loose.hyphenate(zeeen);
  ASSERT_EQ(points.size(), 1u);
  EXPECT_EQ(to_utf8(text_before_break(zeeen, points[0])), "zee-");
  EXPECT_EQ(to_utf8(text_after_break(zeeen, points[0])), "en");
  const Hyphenator strict(kDutchHyphenationDictionary, {4, 4});
  EXPECT_EQ(marked(strict, "zonnepanelen"), "zonne=pa=nelen");
}

TEST(Hyphenation, CapitalsAreRestored) {
  EXPECT_EQ(marked("Gemeenteraad"), "Ge=meen=te=raad");
  EXPECT_EQ(marked("IJsselmeer"), "IJs=sel=meer");
  EXPECT_EQ(marked("Klimaatadaptatie"), "Kli=maat=adap=ta=tie");
}

TEST(Hyphenation, IjLigatureIsNormalisedAndMappedBack) {
  // U+0133 / U+0132 are one character in the word but "ij" for the patterns.
  EXPECT_EQ(marked("\u0133sselmeer"), "\u0133s=sel=meer");
  EXPECT_EQ(marked("\u0132sselmeer"), "\u0132s=sel=meer");
  EXPECT_EQ(marked("aardgasvr\u0133"), "aard=gas=vr\u0133");
}

TEST(Hyphenation, TremaIsDroppedAtTheBreak) {
  const std::u32string word = U"coördinatie";
  const std::vector<HyphenPoint> points = dutch().hyphenate(word);
  ASSERT_EQ(marked("coördinatie"), "co=ör=di=na=tie");
  ASSERT_EQ(points.size(), 4u);
  EXPECT_EQ(points[0].position, 2u);
  EXPECT_EQ(points[0].after, U"o");
  EXPECT_EQ(points[0].after_replaces, 1u);
  EXPECT_EQ(to_utf8(text_before_break(word, points[0])), "co-");
  EXPECT_EQ(to_utf8(text_after_break(word, points[0])), "ordinatie");
  // Elsewhere the trema stays.
  EXPECT_TRUE(points[1].after.empty());
  EXPECT_EQ(to_utf8(text_before_break(word, points[1])), "coör-");
  EXPECT_EQ(to_utf8(text_after_break(word, points[1])), "dinatie");
}

// The text of the two lines at the break that drops a trema, as "before|after".
std::string trema_break(std::string_view utf8) {
  const std::u32string word = to_u32(utf8);
  for (const HyphenPoint& point : dutch().hyphenate(word)) {
    if (!point.after.empty()) {
      return to_utf8(text_before_break(word, point)) + "|" + to_utf8(text_after_break(word, point));
    }
  }
  return "(geen)";
}

TEST(Hyphenation, TremaRuleOnOtherWords) {
  EXPECT_EQ(marked("financiële"), "fi=nan=ci=ële");
  EXPECT_EQ(trema_break("financiële"), "financi-|ele");
  EXPECT_EQ(trema_break("zeeën"), "(geen)");  // "ën" is shorter than min_right
  EXPECT_EQ(trema_break("zeeënkaart"), "zee-|enkaart");
  EXPECT_EQ(trema_break("ideeënbus"), "idee-|enbus");
  EXPECT_EQ(trema_break("geïnteresseerd"), "ge-|interesseerd");
  EXPECT_EQ(trema_break("Belgiëlaan"), "Belgi-|elaan");
  EXPECT_EQ(trema_break("ruïne"), "ru-|ine");
  EXPECT_EQ(trema_break("Coördinatie"), "Co-|ordinatie");
  EXPECT_EQ(trema_break("gemeenteraad"), "(geen)");
}

TEST(Hyphenation, DecomposedTremaGivesTheSameBreaks) {
  const std::u32string word = U"coo\u0308rdinatie";
  const std::vector<HyphenPoint> points = dutch().hyphenate(word);
  ASSERT_FALSE(points.empty());
  EXPECT_EQ(points[0].position, 2u);
  EXPECT_EQ(points[0].after, U"o");
  EXPECT_EQ(points[0].after_replaces, 2u);
  EXPECT_EQ(to_utf8(text_after_break(word, points[0])), "ordinatie");
  EXPECT_EQ(points[1].position, 5u);  // "coör" is 5 characters here (o + U+0308)
  EXPECT_TRUE(points[1].after.empty());
}

TEST(Hyphenation, ExplicitHyphensSplitTheWord) {
  // The break after "-" is the line breaker's; each part is hyphenated on its own.
  EXPECT_EQ(marked("CO2-uitstoot"), "CO2-uit=stoot");
  EXPECT_EQ(marked("klimaat-adaptatie"), "kli=maat-adap=ta=tie");
  EXPECT_EQ(marked("zonnepanelen\u2010project"), "zon=ne=pa=ne=len\u2010pro=ject");
  for (const HyphenPoint& point : dutch().hyphenate(U"aardgas-vrij")) {
    EXPECT_NE(point.position, 7u);  // never right before
    EXPECT_NE(point.position, 8u);  // or right after the hyphen
  }
}

TEST(Hyphenation, AbbreviationsNumbersAndShortWordsAreLeftAlone) {
  EXPECT_EQ(marked("RES"), "RES");
  EXPECT_EQ(marked("VANG"), "VANG");
  EXPECT_EQ(marked("GEMEENTERAAD"), "GEMEENTERAAD");
  EXPECT_EQ(marked("2030"), "2030");
  EXPECT_EQ(marked("klimaat2030"), "klimaat2030");
  EXPECT_EQ(marked("CO\u2082uitstoot"), "CO\u2082uitstoot");
  EXPECT_EQ(marked("raad"), "raad");     // shorter than min_left + min_right
  EXPECT_EQ(marked("wonen"), "wo=nen");  // just long enough
  EXPECT_EQ(marked(""), "");
  EXPECT_EQ(marked("-"), "-");
}

TEST(Hyphenation, CharactersOutsideLatin1AreNotHyphenated) {
  EXPECT_EQ(marked("duurzaamheids€doelstellingen"), "duurzaamheids€doelstellingen");
  EXPECT_EQ(marked("€"), "€");
  EXPECT_EQ(marked("łódźgemeenteraad"), "łódźgemeenteraad");
  EXPECT_EQ(marked("klimaat\u00ADadaptatie"), "klimaat\u00ADadaptatie");  // author's choice
}

TEST(Hyphenation, PunctuationAroundTheWordIsSkipped) {
  EXPECT_EQ(marked("(gemeenteraad),"), "(ge=meen=te=raad),");
  EXPECT_EQ(marked("\u201Cklimaatadaptatie\u201D"), "\u201Ckli=maat=adap=ta=tie\u201D");
  EXPECT_EQ(marked("zonnepanelen."), "zon=ne=pa=ne=len.");
}

// The fast path for Latin-1 letters must agree with ICU's nl lowercasing and NFKC.
TEST(Hyphenation, Latin1FastPathMatchesIcu) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  for (char32_t c = 0x41; c <= 0xFF; ++c) {
    const bool letter = (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
                        (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    if (!letter) continue;
    icu::UnicodeString s(static_cast<UChar32>(c));
    s.toLower(icu::Locale("nl"));
    const icu::UnicodeString n = nfkc->normalize(s, status);
    ASSERT_EQ(n.countChar32(), 1) << static_cast<int>(c);
    const char32_t expected = static_cast<char32_t>(n.char32At(0));
    const char32_t fast = (c <= U'Z' || (c >= 0xC0 && c <= 0xDE)) ? c + 0x20 : c;
    EXPECT_EQ(fast, expected) << static_cast<int>(c);
  }
}

TEST(Hyphenation, MissingDictionaryIsAClearError) {
  try {
    Hyphenator missing("/nergens/hyph_nl_NL.dic");
    FAIL() << "geen fout";
  } catch (const std::runtime_error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("/nergens/hyph_nl_NL.dic"), std::string::npos) << message;
    EXPECT_NE(message.find("hyphen-nl"), std::string::npos) << message;
  }
}

TEST(Hyphenation, DictionaryInAnotherCharsetIsRefused) {
  const std::string path = ::testing::TempDir() + "koers_hyph_utf8.dic";
  std::FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("UTF-8\n.a4\n", f);
  std::fclose(f);
  EXPECT_THROW(Hyphenator{path}, std::runtime_error);
  std::remove(path.c_str());
}

std::vector<std::u32string> sample_words(std::size_t count) {
  static const std::vector<std::string> base = {"duurzaamheidsdoelstellingen",
                                                "klimaatadaptatie",
                                                "uitvoeringsprogramma",
                                                "gemeenteraad",
                                                "beleidskaders",
                                                "zonnepanelen",
                                                "aardgasvrij",
                                                "coördinatie",
                                                "financiële",
                                                "IJsselmeer",
                                                "milieueffectrapportage",
                                                "CO2-uitstoot",
                                                "RES",
                                                "warmtetransitie",
                                                "energiebesparing",
                                                "wijkuitvoeringsplan",
                                                "de",
                                                "het",
                                                "van",
                                                "inwoners",
                                                "maatschappelijke",
                                                "organisaties",
                                                "doelstelling",
                                                "ruïne",
                                                "zeeën",
                                                "(gemeenteraad),",
                                                "2030",
                                                "€",
                                                "laadpalen",
                                                "biodiversiteit",
                                                "hittestress"};
  static const std::vector<std::string> endings = {"", "s", "en", "je", "tje", "heid"};
  std::vector<std::u32string> words;
  words.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    words.push_back(to_u32(base[i % base.size()] + endings[(i / base.size()) % endings.size()]));
  }
  return words;
}

TEST(Hyphenation, ThreadsSharingOneHyphenatorAgree) {
  const std::vector<std::u32string> words = sample_words(20000);
  std::vector<std::vector<HyphenPoint>> first(words.size()), second(words.size());
  const Hyphenator& shared = dutch();  // loaded before the threads start, as in the engine
  std::thread a([&] {
    for (std::size_t i = 0; i < words.size(); ++i) first[i] = shared.hyphenate(words[i]);
  });
  std::thread b([&] {
    HyphenationCache cache(shared, 64);  // small: exercises starting over too
    for (std::size_t i = 0; i < words.size(); ++i) second[i] = cache.hyphenate(words[i]);
  });
  a.join();
  b.join();
  std::size_t breaks = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    ASSERT_EQ(first[i], second[i]) << to_utf8(words[i]);
    breaks += first[i].size();
  }
  EXPECT_GT(breaks, words.size());  // most sample words do break
}

TEST(Hyphenation, CacheRemembersAndStaysBounded) {
  HyphenationCache cache(dutch(), 3);
  EXPECT_EQ(cache.hyphenate(U"gemeenteraad"), dutch().hyphenate(U"gemeenteraad"));
  EXPECT_EQ(&cache.hyphenate(U"gemeenteraad"), &cache.hyphenate(U"gemeenteraad"));
  cache.hyphenate(U"zonnepanelen");
  cache.hyphenate(U"aardgasvrij");
  EXPECT_EQ(cache.size(), 3u);
  EXPECT_EQ(cache.hyphenate(U"klimaatadaptatie").size(), 4u);
  EXPECT_LE(cache.size(), 3u);
}

TEST(Hyphenation, SpeedFor100kWords) {
  const std::vector<std::u32string> words = sample_words(100000);
  using Clock = std::chrono::steady_clock;
  std::size_t breaks = 0;
  const auto t0 = Clock::now();
  for (const std::u32string& word : words) breaks += dutch().hyphenate(word).size();
  const auto t1 = Clock::now();
  HyphenationCache cache(dutch());
  std::size_t cached_breaks = 0;
  for (const std::u32string& word : words) cached_breaks += cache.hyphenate(word).size();
  const auto t2 = Clock::now();
  EXPECT_EQ(breaks, cached_breaks);
  const auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
  std::printf(
      "[ speed    ] 100k woorden: %.1f ms zonder cache, %.1f ms met cache (%zu breekpunten)\n",
      ms(t1 - t0), ms(t2 - t1), breaks);
}

}  // namespace
}  // namespace koers::text

// The real koers binary on every case of the bad-input corpus beyond the municipality XML
// files (those are read by check_bad_input_test.cpp): document markup, house styles,
// templates, message catalogues, images and fonts. Each case runs in a folder of its own and
// must end with exit code 1 (no crash, no signal), print every line of its .expected file
// (as check_bad_input_test.cpp: each line somewhere in stderr), and leave nothing at the output
// path: no PDF, no temporary file. A case whose .expected holds only warnings must render (exit
// code 0, a PDF). tests/bad-input/README.md describes the layout; binary fixtures (images, fonts)
// are made here, not committed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "image/image_test_support.h"
#include "support/process.h"

namespace fs = std::filesystem;
using koers::test::read_file;
using koers::test::run;
using koers::test::shell_quote;
using koers::test::TempDir;

namespace {

const fs::path kCorpus = fs::path(KOERS_TEST_DIR) / "bad-input";
const fs::path kSource = KOERS_SOURCE_DIR;

// The municipality rendered by template and catalogue cases: the smallest sample, whose
// vision document and council letter use the shared partials.
constexpr const char* kMunicipality = "rietmeer.xml";
// The house style that style and font cases define, in a KOERS_HOME of their own.
constexpr const char* kStyleName = "huisstijl";

// A document that uses what house styles style: cover, headings, lead, note, table, list,
// accent, footnote, chart.
constexpr const char* kStyledDocument = R"(<?xml version="1.0" encoding="UTF-8"?>
<document title="Duurzaamheidsvisie" subtitle="Samen naar een klimaatneutraal Lindeveld"
          municipality="Gemeente Lindeveld" date="2026-11-27" pagination="Pagina {page} van {pages}">
  <section page="cover">
    <p style="cover-title">Duurzaamheidsvisie</p>
    <p style="cover-subtitle">Samen naar een klimaatneutraal Lindeveld</p>
  </section>
  <section page="body">
    <toc title="Inhoud"/>
    <h1 id="ambitie">Onze ambitie</h1>
    <p style="lead">Lindeveld wil in <span style="accent">2040</span> klimaatneutraal zijn.</p>
    <h2 id="warmte">Warmte</h2>
    <p>Het warmtenet komt in drie fasen.<footnote>Warmtevisie 2025.</footnote></p>
    <div style="note"><p>Let op: de cijfers zijn voorlopig.</p></div>
    <ul><li>Isoleren van huurwoningen</li><li>Warmtenet Centrum</li></ul>
    <table style="zebra">
      <caption>Begroting 2027</caption>
      <col width="*"/><col width="30mm" align="decimal"/>
      <thead><tr><th>Post</th><th>Bedrag</th></tr></thead>
      <tbody><tr><td>Warmtenet</td><td>1.250,0</td></tr></tbody>
    </table>
    <chart type="column" unit="kt CO₂" alt="Uitstoot per sector in 2019 en 2024.">
      <series name="2019"><point x="Wonen" y="48.2"/><point x="Verkeer" y="35.9"/></series>
      <series name="2024"><point x="Wonen" y="41"/><point x="Verkeer" y="33.2"/></series>
    </chart>
  </section>
</document>
)";

void write(const fs::path& file, std::string_view bytes) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// --- binary fixtures -----------------------------------------------------------------

std::uint32_t crc32(std::string_view bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : bytes) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

void put_be32(std::string& s, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (24 - 8 * i)) & 0xFF);
}

std::uint32_t be32(const std::string& s, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

// A map-like picture, 48 × 32 pixels, as a consultant would put in a document.
std::string map_png() {
  return koers::image::testing::png_rgba(
      48, 32,
      [](int x, int y) -> koers::image::testing::Rgba {
        return {static_cast<std::uint8_t>(40 + x * 4), static_cast<std::uint8_t>(120 + y * 3),
                static_cast<std::uint8_t>(90), 255};
      },
      true);
}

// Offset of the first byte of a chunk's type ("IHDR", "IDAT"), or npos.
std::size_t chunk(const std::string& png, std::string_view type) {
  std::size_t at = 8;
  while (at + 8 <= png.size()) {
    const std::uint32_t length = be32(png, at);
    if (png.compare(at + 4, 4, type) == 0) return at + 4;
    at += 12 + length;
  }
  return std::string::npos;
}

// The IHDR of png with other dimensions and a correct checksum: the file claims a size it
// does not hold.
std::string png_claiming(std::uint32_t width, std::uint32_t height) {
  std::string png = map_png();
  const std::size_t ihdr = chunk(png, "IHDR");
  put_be32(png, ihdr + 4, width);
  put_be32(png, ihdr + 8, height);
  put_be32(png, ihdr + 4 + 13, crc32(std::string_view(png).substr(ihdr, 4 + 13)));
  return png;
}

// Compressed picture data overwritten (checksum recomputed): a file damaged by a bad copy.
std::string corrupt_png() {
  std::string png = map_png();
  const std::size_t idat = chunk(png, "IDAT");
  const std::uint32_t length = be32(png, idat - 4);
  for (std::size_t i = 2; i + 4 < length; ++i) png[idat + 4 + i] = static_cast<char>(0x5A ^ i);
  put_be32(png, idat + 4 + length, crc32(std::string_view(png).substr(idat, 4 + length)));
  return png;
}

std::string png_with_bad_crc() {
  std::string png = map_png();
  const std::size_t ihdr = chunk(png, "IHDR");
  png[ihdr + 4 + 13] = static_cast<char>(png[ihdr + 4 + 13] ^ 0x55);
  return png;
}

std::string photo_jpeg() {
  return koers::image::testing::jpeg_file(64, 48, 3);
}

std::optional<fs::path> lato_regular() {
  for (const char* p : {"/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
                        "/usr/share/fonts/truetype/Lato-Regular.ttf"})
    if (fs::exists(p)) return fs::path(p);
  return std::nullopt;
}

// Writes a case's fixture files into its folder (images: next to the markup; fonts: into
// the house style's folder). Returns a reason to skip, or empty.
using Fixture = std::function<std::string(const fs::path& work, const fs::path& style)>;

const std::map<std::string, Fixture>& fixtures() {
  static const std::map<std::string, Fixture> all = {
      {"images/01-corrupt-png",
       [](const fs::path& w, const fs::path&) {
         write(w / "kaart-warmtenet.png", corrupt_png());
         return std::string();
       }},
      {"images/02-truncated-png",
       [](const fs::path& w, const fs::path&) {
         std::string png = map_png();
         write(w / "kaart-warmtenet.png", png.substr(0, png.size() / 2));
         return std::string();
       }},
      {"images/03-png-bad-crc",
       [](const fs::path& w, const fs::path&) {
         write(w / "kaart-warmtenet.png", png_with_bad_crc());
         return std::string();
       }},
      {"images/04-png-absurd-dimensions",
       [](const fs::path& w, const fs::path&) {
         write(w / "kaart-warmtenet.png", png_claiming(100'000, 100'000));
         return std::string();
       }},
      {"images/05-truncated-jpeg",
       [](const fs::path& w, const fs::path&) {
         std::string jpeg = photo_jpeg();
         write(w / "luchtfoto-centrum.jpg", jpeg.substr(0, jpeg.size() * 6 / 10));
         return std::string();
       }},
      {"images/06-jpeg-that-is-text",
       [](const fs::path& w, const fs::path&) {
         // What a browser saves when the link to the photo is dead.
         write(w / "luchtfoto-centrum.jpg",
               "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
               "<body><h1>Not Found</h1></body></html>\n");
         return std::string();
       }},
      {"images/07-gif-named-png",
       [](const fs::path& w, const fs::path&) {
         // A 1 × 1 GIF89a.
         const unsigned char gif[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01,
                                      0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00,
                                      0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01,
                                      0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B};
         write(w / "kaart-warmtenet.png",
               std::string_view(reinterpret_cast<const char*>(gif), sizeof gif));
         return std::string();
       }},
      {"images/08-missing-image",
       [](const fs::path& w, const fs::path&) {
         // The file is there, but with capitals: the markup names another file.
         write(w / "Kaart-Warmtenet.png", map_png());
         return std::string();
       }},
      {"images/09-svg-image",
       [](const fs::path& w, const fs::path&) {
         write(w / "kaart-warmtenet.svg",
               "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" "
               "height=\"30\"><rect width=\"40\" height=\"30\" fill=\"#0b5d4b\"/></svg>\n");
         return std::string();
       }},
      {"images/10-empty-png",
       [](const fs::path& w, const fs::path&) {
         write(w / "kaart-warmtenet.png", "");
         return std::string();
       }},
      {"images/11-png-panorama-too-wide",
       [](const fs::path& w, const fs::path&) {
         write(w / "kaart-warmtenet.png", png_claiming(12'000, 400));
         return std::string();
       }},
      {"images/12-webp-named-jpg",
       [](const fs::path& w, const fs::path&) {
         std::string webp = std::string("RIFF") + std::string("\x24\x00\x00\x00", 4) + "WEBPVP8 " +
                            std::string(28, '\0');
         write(w / "luchtfoto-centrum.jpg", webp);
         return std::string();
       }},
      {"fonts/01-truncated-ttf",
       [](const fs::path&, const fs::path& style) {
         auto lato = lato_regular();
         if (!lato) return std::string("Lato-Regular.ttf (fonts-lato) is niet geïnstalleerd");
         std::string ttf = read_file(*lato);
         write(style / "fonts" / "Huisletter-Regular.ttf", ttf.substr(0, 4096));
         return std::string();
       }},
      {"fonts/02-text-file-named-ttf",
       [](const fs::path&, const fs::path& style) {
         write(style / "fonts" / "Huisletter-Regular.ttf",
               "Huisletter Regular: te downloaden van het merkportaal van de gemeente.\n");
         return std::string();
       }},
      {"fonts/03-missing-font-folder",
       [](const fs::path&, const fs::path&) { return std::string(); }},
      {"fonts/04-family-not-installed",
       [](const fs::path&, const fs::path&) { return std::string(); }},
      {"fonts/05-folder-holds-other-family",
       [](const fs::path&, const fs::path& style) {
         auto lato = lato_regular();
         if (!lato) return std::string("Lato-Regular.ttf (fonts-lato) is niet geïnstalleerd");
         fs::create_directories(style / "fonts");
         fs::copy_file(*lato, style / "fonts" / "Huisletter-Regular.ttf");
         return std::string();
       }},
      {"fonts/06-empty-font-folder",
       [](const fs::path&, const fs::path& style) {
         fs::create_directories(style / "fonts");
         return std::string();
       }},
  };
  return all;
}

// --- the corpus ----------------------------------------------------------------------

struct Case {
  std::string kind;  // markup, styles, templates, locales, images, fonts
  fs::path path;     // the case file (or folder, for templates)
  // "images/01-corrupt-png": the kind and the name up to its first dot.
  std::string id() const {
    std::string name = path.filename().string();
    return kind + "/" + name.substr(0, name.find('.'));
  }
  fs::path expected() const {
    std::string name = path.filename().string();
    return path.parent_path() / (name.substr(0, name.find('.')) + ".expected");
  }
};

// gtest prints a parameter with this instead of its bytes.
void PrintTo(const Case& c, std::ostream* os) {
  *os << c.id();
}

const std::map<std::string, std::string> kExtension = {{"markup", ".xml"},  {"images", ".xml"},
                                                       {"styles", ".css"},  {"fonts", ".css"},
                                                       {"locales", ".xml"}, {"templates", ""}};

std::vector<Case> corpus() {
  std::vector<Case> cases;
  for (const auto& [kind, extension] : kExtension) {
    const fs::path folder = kCorpus / kind;
    if (!fs::is_directory(folder)) continue;
    for (const auto& entry : fs::directory_iterator(folder)) {
      const bool wanted = extension.empty()
                              ? entry.is_directory()
                              : entry.is_regular_file() && entry.path().extension() == extension;
      if (wanted) cases.push_back({kind, entry.path()});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.id() < b.id(); });
  return cases;
}

std::vector<std::string> expected_lines(const fs::path& file) {
  std::vector<std::string> lines;
  std::istringstream in(read_file(file));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// A KOERS_HOME of the case's own: the project's templates, styles, catalogues and data,
// which the case may then change.
fs::path make_home(const fs::path& work) {
  const fs::path home = work / "koers";
  fs::create_directories(home);
  for (const char* folder : {"templates", "styles", "locales", "data"})
    fs::copy(kSource / folder, home / folder, fs::copy_options::recursive);
  return home;
}

// The document type a template case renders: the one whose main template or chapter folder
// the case overrides; otherwise the vision document.
std::string template_document(const fs::path& case_folder) {
  for (const char* doc : {"raadsinformatiebrief", "raadsvoorstel", "collegevoorstel",
                          "uitvoeringsprogramma", "quickscan", "monitor"}) {
    const fs::path t = case_folder / "templates";
    if (fs::exists(t / doc) || fs::exists(t / (std::string(doc) + ".mustache"))) return doc;
  }
  return "visie";
}

// Every file in a folder and below it, as paths relative to the folder.
std::vector<std::string> files_in(const fs::path& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (!it->is_directory()) files.push_back(fs::relative(it->path(), folder).string());
  return files;
}

class BadInputCorpus : public ::testing::TestWithParam<Case> {};

TEST_P(BadInputCorpus, FailsCleanlyWithTheExpectedMessage) {
  const Case& c = GetParam();
  ASSERT_TRUE(fs::exists(c.expected())) << "ontbreekt: " << c.expected();
  const std::vector<std::string> expected = expected_lines(c.expected());
  ASSERT_FALSE(expected.empty()) << c.expected() << " is leeg";
  const bool must_fail = std::any_of(expected.begin(), expected.end(), [](const std::string& l) {
    return l.find(": error: ") != std::string::npos;
  });

  TempDir dir("corpus");
  const fs::path work = dir.path();
  const fs::path out = work / "out";
  fs::create_directories(out);
  std::string home = kSource.string();
  std::string command;
  std::string output_name;
  const std::string name = c.path.filename().string();

  if (c.kind == "markup" || c.kind == "images") {
    fs::copy_file(c.path, work / name);
    output_name = c.path.stem().string() + ".pdf";
    command = "typeset " + shell_quote(name);
  } else if (c.kind == "styles" || c.kind == "fonts") {
    make_home(work);
    fs::create_directories(work / "koers" / "styles" / kStyleName);
    fs::copy_file(c.path, work / "koers" / "styles" / kStyleName / "style.css");
    write(work / "document.xml", kStyledDocument);
    output_name = "document.pdf";
    command = "typeset document.xml --style " + std::string(kStyleName);
    home = "koers";  // relative to the case folder: messages name koers/styles/…
  } else if (c.kind == "templates") {
    fs::copy_file(kSource / "samples" / kMunicipality, work / kMunicipality);
    fs::copy(c.path, work, fs::copy_options::recursive);
    output_name = "rietmeer.pdf";
    command = std::string("render ") + kMunicipality + " --doc " + template_document(c.path);
  } else if (c.kind == "locales") {
    // NN-name.<taal>.xml replaces locales/<taal>.xml; the render asks for that language.
    const std::string language = c.path.stem().extension().string().substr(1);
    ASSERT_FALSE(language.empty()) << name << ": de naam moet eindigen op .<taal>.xml";
    make_home(work);
    fs::copy_file(c.path, work / "koers" / "locales" / (language + ".xml"),
                  fs::copy_options::overwrite_existing);
    fs::copy_file(kSource / "samples" / kMunicipality, work / kMunicipality);
    output_name = "rietmeer.pdf";
    command = std::string("render ") + kMunicipality + " --doc visie --lang " + language;
    home = "koers";
  }
  if (auto fixture = fixtures().find(c.id()); fixture != fixtures().end()) {
    const std::string skip = fixture->second(work, work / "koers" / "styles" / kStyleName);
    if (!skip.empty()) GTEST_SKIP() << skip;
  } else {
    ASSERT_TRUE(c.kind != "images" && c.kind != "fonts") << c.id() << " heeft geen fixture";
  }

  const fs::path target = out / output_name;
  auto r = run("cd " + shell_quote(work.string()) + " && KOERS_HOME=" + shell_quote(home) + " " +
               shell_quote(KOERS_BINARY) + " " + command + " -o " +
               shell_quote(fs::relative(target, work).string()));
  SCOPED_TRACE("koers " + command + "\n" + r.err);
  EXPECT_LT(r.exit_code, 128) << "koers stopte door een signaal";
  for (const std::string& line : expected)
    EXPECT_NE(r.err.find(line), std::string::npos) << "verwacht:\n  " << line;
  EXPECT_EQ(r.err.find("terminate called"), std::string::npos);
  if (must_fail) {
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_FALSE(fs::exists(target)) << target << " is toch geschreven";
    EXPECT_EQ(files_in(out), std::vector<std::string>()) << "iets achtergelaten in de uitvoermap";
  } else {
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(read_file(target).rfind("%PDF-", 0), 0u);
  }
}

std::string test_name(const ::testing::TestParamInfo<Case>& info) {
  std::string n = info.param.id();
  std::replace_if(
      n.begin(), n.end(), [](char c) { return !std::isalnum(c); }, '_');
  return n;
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInputCorpus, ::testing::ValuesIn(corpus()), test_name);

TEST(BadInputCorpusSize, AtLeastAHundredCasesOverEveryKind) {
  std::map<std::string, int> per_kind;
  for (const Case& c : corpus()) ++per_kind[c.kind];
  int xml = 0;
  for (const auto& entry : fs::directory_iterator(kCorpus))
    if (entry.is_regular_file() && entry.path().extension() == ".xml") ++xml;
  int total = xml;
  for (const auto& [kind, count] : per_kind) total += count;
  EXPECT_GE(total, 100);
  for (const auto& [kind, unused] : kExtension) EXPECT_GE(per_kind[kind], 5) << kind;
}

TEST(BadInputCorpusSize, EveryFixtureBelongsToACase) {
  std::vector<std::string> ids;
  for (const Case& c : corpus()) ids.push_back(c.id());
  for (const auto& [id, unused] : fixtures())
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id << " heeft geen case";
}

// --- pictures that look wrong but are fine -------------------------------------------

constexpr const char* kPictureMarkup = R"(<?xml version="1.0" encoding="UTF-8"?>
<document title="Duurzaamheidsvisie" municipality="Gemeente Lindeveld">
  <section page="body">
    <h1 id="warmte">Warmte</h1>
    <figure id="kaart">
      <image src="%SRC%" alt="Kaart van het warmtenet"/>
      <caption>Het warmtenet in 2030</caption>
    </figure>
  </section>
</document>
)";

koers::test::CommandResult typeset_picture(const fs::path& work, const std::string& src) {
  std::string markup = kPictureMarkup;
  markup.replace(markup.find("%SRC%"), 5, src);
  write(work / "kaart.xml", markup);
  return run("cd " + shell_quote(work.string()) +
             " && KOERS_HOME=" + shell_quote(kSource.string()) + " " + shell_quote(KOERS_BINARY) +
             " typeset kaart.xml -o kaart.pdf");
}

// koers decodes PNG itself (engine/image), Adam7 interlacing included.
TEST(BadInputCorpusPictures, InterlacedPngRenders) {
  TempDir dir("corpus-interlaced");
  koers::image::testing::PngSpec spec;
  spec.width = 40;
  spec.height = 24;
  spec.interlaced = true;
  for (int y = 0; y < spec.height; ++y) {
    std::vector<std::uint8_t> row;
    for (int x = 0; x < spec.width; ++x)
      row.insert(row.end(), {static_cast<std::uint8_t>(x * 6), static_cast<std::uint8_t>(y * 10),
                             static_cast<std::uint8_t>(160)});
    spec.rows.push_back(row);
  }
  write(dir.path() / "kaart-warmtenet.png", koers::image::testing::png_file(spec));
  auto r = typeset_picture(dir.path(), "kaart-warmtenet.png");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir.path() / "kaart.pdf").rfind("%PDF-", 0), 0u);
}

// The format comes from the file's signature, not its name: a JPEG called .png is a JPEG.
TEST(BadInputCorpusPictures, JpegNamedPngRenders) {
  TempDir dir("corpus-jpeg-as-png");
  write(dir.path() / "luchtfoto.png", photo_jpeg());
  auto r = typeset_picture(dir.path(), "luchtfoto.png");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string pdf = read_file(dir.path() / "kaart.pdf");
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
}

}  // namespace

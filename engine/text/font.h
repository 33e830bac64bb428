// Fonts: found through fontconfig by family name (or given as a file), measured and shaped
// with HarfBuzz. libharu never measures text (it truncates widths and does not kern).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "display/display.h"

namespace koers::text {

struct ShapedGlyph {
  char32_t codepoint = 0;
  std::uint32_t glyph = 0;  // glyph id (0: the font has no glyph for this character)
  double advance = 0;       // in em (multiply by the font size for points), kerning included
};

// One loaded font file. Immutable after loading, so it can be shared between threads.
class Font {
 public:
  // Throws std::runtime_error with a readable message when the file is not a usable
  // TrueType font.
  explicit Font(display::FontFace face);
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  const display::FontFace& face() const { return face_; }

  // Shapes text with kerning on and ligatures off (one glyph per character, so that the PDF's
  // code = Unicode mapping extracts the right text). Thread-safe.
  std::vector<ShapedGlyph> shape(std::u32string_view text) const;
  // Sum of the shaped advances, in em.
  double measure(std::u32string_view text) const;
  bool has_glyph(char32_t c) const;

  // Vertical metrics in em (ascender positive, descender negative).
  double ascender() const { return ascender_; }
  double descender() const { return descender_; }
  double cap_height() const { return cap_height_; }
  double x_height() const { return x_height_; }

 private:
  display::FontFace face_;
  struct HarfBuzz;
  std::unique_ptr<HarfBuzz> hb_;
  double ascender_ = 0.8, descender_ = -0.2, cap_height_ = 0.7, x_height_ = 0.5;
};

// A family (or one of its variants) that neither a registered folder nor fontconfig has.
struct FontNotFound : std::runtime_error {
  FontNotFound(const std::string& message, std::string why)
      : std::runtime_error(message), problem(std::move(why)) {}
  std::string problem;  // Dutch: "het is niet op deze computer geïnstalleerd"
};

// What a folder of font files holds (FontLibrary::add_font_folder).
struct FontFolder {
  std::size_t font_files = 0;            // .ttf files in it
  std::vector<display::FontFace> faces;  // the usable ones, by family name
  struct Unusable {
    std::filesystem::path file;
    std::string problem;  // Dutch, after the file's name: "is afgebroken: …"
  };
  std::vector<Unusable> unusable;  // .ttf files that are no (complete) TrueType font
};

// Why bytes named .ttf are no usable TrueType font, in Dutch words that follow the file's
// name ("is leeg", "is geen lettertype maar tekst", "is afgebroken: …"); empty when usable.
std::string font_file_problem(std::string_view bytes);

// The fonts of a process: each file loaded once and shared (read-only) by every document.
class FontLibrary {
 public:
  FontLibrary();
  ~FontLibrary();

  // Finds the face in the registered folders, else through fontconfig. Throws FontNotFound
  // naming the family when no TrueType-outline face matches.
  const Font& get(const std::string& family, bool bold, bool italic);
  // Registers a folder of .ttf files that provides families not installed on the system,
  // once (a second call gives the first call's answer). Faces in registered folders take
  // precedence over fontconfig. Throws std::runtime_error when the folder cannot be read.
  FontFolder add_font_folder(const std::filesystem::path& folder);
  // Loads (once) the font of a face whose file is known. Throws like Font's constructor.
  const Font& get(const display::FontFace& face);

 private:
  struct Fontconfig;
  std::string find_with_fontconfig(const std::string& family, bool bold, bool italic);
  const Font& load(const display::FontFace& face);

  std::mutex mutex_;
  std::map<std::string, const Font*> by_key_;  // "family|b|i"
  std::map<std::string, std::unique_ptr<Font>> by_path_;
  std::map<std::filesystem::path, FontFolder> folders_;
  std::vector<display::FontFace> folder_faces_;  // the faces found in folders_
  std::unique_ptr<Fontconfig> fontconfig_;       // made on first use
};

// UTF-8 <-> UTF-32 (invalid UTF-8 becomes U+FFFD).
std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

}  // namespace koers::text

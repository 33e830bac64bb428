// Helpers for the PDF writer tests: glyph runs shaped with HarfBuzz (so advances carry real
// kerning, as layout will give them), a private temporary directory, and running the
// poppler/qpdf command-line tools on the output.
#pragma once

#include <harfbuzz/hb.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "display/display.h"

namespace koers::pdf::testing {

inline const std::string kLatoRegular = "/usr/share/fonts/truetype/lato/Lato-Regular.ttf";
inline const std::string kLatoBold = "/usr/share/fonts/truetype/lato/Lato-Bold.ttf";

inline std::u32string utf32(const std::string& utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k <= extra; ++k)
      cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out += cp;
    i += 1 + extra;
  }
  return out;
}

// Shapes text with kerning and without ligatures (one glyph per character).
class Shaper {
 public:
  explicit Shaper(const std::string& path) {
    blob_ = hb_blob_create_from_file_or_fail(path.c_str());
    if (blob_ == nullptr) throw std::runtime_error("cannot read " + path);
    face_ = hb_face_create(blob_, 0);
    font_ = hb_font_create(face_);
    upem_ = hb_face_get_upem(face_);
    hb_font_set_scale(font_, static_cast<int>(upem_), static_cast<int>(upem_));
  }
  ~Shaper() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
  }
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  display::GlyphRun run(const std::string& utf8, int face, double size, double x, double y) const {
    display::GlyphRun run;
    run.face = face;
    run.size = size;
    run.x = x;
    run.y = y;
    run.text = utf32(utf8);
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(run.text.data()),
                        static_cast<int>(run.text.size()), 0, -1);
    hb_buffer_guess_segment_properties(buffer);
    hb_feature_t no_liga[2];
    hb_feature_from_string("-liga", -1, &no_liga[0]);
    hb_feature_from_string("-clig", -1, &no_liga[1]);
    hb_shape(font_, buffer, no_liga, 2);
    unsigned count = 0;
    hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    if (count != run.text.size()) {
      hb_buffer_destroy(buffer);
      throw std::runtime_error("shaping did not give one glyph per character");
    }
    for (unsigned i = 0; i < count; ++i)
      run.advances.push_back(positions[i].x_advance * size / upem_);
    hb_buffer_destroy(buffer);
    return run;
  }

 private:
  hb_blob_t* blob_;
  hb_face_t* face_;
  hb_font_t* font_;
  unsigned upem_;
};

class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "koers-pdftest-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(file(name), std::ios::binary) << bytes;
    return file(name);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct Command {
  int status = -1;
  std::string out, err;
};

// Runs a shell command with stdout and stderr captured in files of dir.
inline Command run(const ScratchDir& dir, const std::string& command) {
  std::string out = dir.file("cmd.out"), err = dir.file("cmd.err");
  Command result;
  int raw = std::system((command + " >'" + out + "' 2>'" + err + "'").c_str());
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

}  // namespace koers::pdf::testing

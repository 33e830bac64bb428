#include "pdf/font_program.h"

#include <hb-ot.h>
#include <hb.h>

#include <cmath>
#include <memory>
#include <string_view>

#include "pdf/pdf.h"

namespace koers::pdf {
namespace {

struct BlobDeleter {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
struct FaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
struct FontDeleter {
  void operator()(hb_font_t* f) const { hb_font_destroy(f); }
};

// A big-endian integer from an sfnt table, or 0 when the table is too short.
std::int64_t table_int(std::string_view table, std::size_t at, int size, bool is_signed) {
  if (at + size > table.size()) return 0;
  std::uint64_t v = 0;
  for (int i = 0; i < size; ++i) v = v << 8 | static_cast<unsigned char>(table[at + i]);
  if (is_signed && (v >> (8 * size - 1)) != 0)
    return static_cast<std::int64_t>(v) - (1ll << (8 * size));
  return static_cast<std::int64_t>(v);
}

std::string_view table(hb_face_t* face, const char* tag,
                       std::unique_ptr<hb_blob_t, BlobDeleter>& keep) {
  keep.reset(hb_face_reference_table(face, hb_tag_from_string(tag, 4)));
  unsigned length = 0;
  const char* data = hb_blob_get_data(keep.get(), &length);
  return {data, length};
}

// Six capital letters from the codes, so that different subsets of one font get different
// names in the file (PDF 1.7 §9.6.4) and the same subset always the same name.
std::string subset_tag(const std::vector<char32_t>& code_points) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (char32_t c : code_points) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  std::string tag(6, 'A');
  for (char& letter : tag) {
    letter = static_cast<char>('A' + hash % 26);
    hash /= 26;
  }
  return tag;
}

}  // namespace

FontProgram make_font_program(const TrueTypeFile& font, const std::vector<char32_t>& code_points) {
  FontProgram program;
  program.file = subset_truetype(font, code_points);
  program.base_font = subset_tag(code_points) + '+' + font.postscript_name;
  program.code_points = code_points;

  std::unique_ptr<hb_blob_t, BlobDeleter> blob(
      hb_blob_create(program.file.data(), static_cast<unsigned>(program.file.size()),
                     HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  std::unique_ptr<hb_face_t, FaceDeleter> face(hb_face_create(blob.get(), 0));
  std::unique_ptr<hb_font_t, FontDeleter> hb_font(hb_font_create(face.get()));
  const unsigned upem = hb_face_get_upem(face.get());
  if (upem == 0) throw PdfError("het lettertype " + font.path + " heeft geen geldige em-grootte");
  auto em = [upem](double units) { return static_cast<int>(std::lround(units * 1000.0 / upem)); };

  program.widths.assign(0x10000, 0);
  program.glyphs.reserve(code_points.size());
  for (char32_t c : code_points) {
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(hb_font.get(), c, &glyph);  // 0 (.notdef) when the font lacks c
    program.glyphs.push_back(static_cast<std::uint16_t>(glyph));
    program.widths[c] =
        static_cast<float>(hb_font_get_glyph_h_advance(hb_font.get(), glyph) * 1000.0 / upem);
  }

  std::unique_ptr<hb_blob_t, BlobDeleter> keep;
  std::string_view head = table(face.get(), "head", keep);
  program.bbox = {em(table_int(head, 36, 2, true)), em(table_int(head, 38, 2, true)),
                  em(table_int(head, 40, 2, true)), em(table_int(head, 42, 2, true))};
  const bool italic_style = (table_int(head, 44, 2, false) & 2) != 0;  // macStyle bit 1

  std::string_view post = table(face.get(), "post", keep);
  program.italic_angle = static_cast<double>(table_int(post, 4, 4, true)) / 65536.0;
  const bool fixed_pitch = table_int(post, 12, 4, false) != 0;

  std::string_view os2 = table(face.get(), "OS/2", keep);
  const std::int64_t weight = os2.size() >= 6 ? table_int(os2, 4, 2, false) : 400;

  // Ascent and descent from hhea, as libharu and most PDF writers take them: viewers and
  // text extraction size a line's glyph boxes by them.
  std::string_view hhea = table(face.get(), "hhea", keep);
  program.ascent = em(table_int(hhea, 4, 2, true));
  program.descent = em(table_int(hhea, 6, 2, true));
  hb_position_t cap_height = 0;
  if (!hb_ot_metrics_get_position(hb_font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &cap_height))
    cap_height = static_cast<hb_position_t>(table_int(hhea, 4, 2, true));
  program.cap_height = em(cap_height);
  // No font table gives the vertical stem width; this is the usual estimate from the
  // weight class (400 → 88, 700 → 166), which viewers only use for substitution.
  program.stem_v =
      static_cast<int>(std::lround(50 + std::pow(static_cast<double>(weight) / 65.0, 2)));
  // PDF 1.7 Table 123: FixedPitch 1, Nonsymbolic 32, Italic 64.
  program.flags = 32 | (fixed_pitch ? 1 : 0) | (italic_style || program.italic_angle != 0 ? 64 : 0);
  return program;
}

}  // namespace koers::pdf

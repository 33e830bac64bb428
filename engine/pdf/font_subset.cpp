#include "pdf/font_subset.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <memory>
#include <string_view>

#include "pdf/pdf.h"

namespace koers::pdf {
namespace {

std::uint32_t read_u32(std::string_view bytes, std::size_t at) {
  auto byte = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i]));
  };
  return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

std::uint16_t read_u16(std::string_view bytes, std::size_t at) {
  auto byte = [&](std::size_t i) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at + i]));
  };
  return static_cast<std::uint16_t>(byte(0) << 8 | byte(1));
}

[[noreturn]] void reject(const std::string& path, std::string_view why) {
  std::string message = "het lettertype ";
  message += path;
  message += ' ';
  message += why;
  throw PdfError(message);
}

// The sfnt table directory (OpenType spec, "Organization of an OpenType Font"): every table
// must lie inside the file, and the tables libharu reads must be there.
void check_truetype(const std::string& path, std::string_view bytes) {
  if (bytes.size() < 12) reject(path, "is geen TrueType-bestand (te kort)");
  std::uint32_t version = read_u32(bytes, 0);
  if (version == 0x4F54544F)  // 'OTTO'
    reject(path, "heeft CFF-contouren; alleen TrueType-contouren (glyf) kunnen worden ingebed");
  if (version != 0x00010000 && version != 0x74727565)  // 1.0 or 'true'
    reject(path, "is geen TrueType-bestand");
  std::uint16_t table_count = read_u16(bytes, 4);
  if (12 + std::size_t{table_count} * 16 > bytes.size())
    reject(path, "is afgebroken of beschadigd");
  constexpr std::string_view required[] = {"head", "hhea", "maxp", "cmap",
                                           "hmtx", "loca", "glyf", "name"};
  int found = 0;
  for (std::size_t i = 0; i < table_count; ++i) {
    std::size_t record = 12 + i * 16;
    std::string_view tag = bytes.substr(record, 4);
    std::uint64_t offset = read_u32(bytes, record + 8), length = read_u32(bytes, record + 12);
    if (offset + length > bytes.size()) reject(path, "is afgebroken of beschadigd");
    for (std::string_view r : required)
      if (tag == r) ++found;
  }
  if (found != static_cast<int>(std::size(required)))
    reject(path, "mist tabellen die nodig zijn om het in te bedden");
}

struct BlobDeleter {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
struct FaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
struct InputDeleter {
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};

}  // namespace

TrueTypeFile read_truetype(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) reject(path, "kan niet worden gelezen");
  TrueTypeFile font;
  font.path = path;
  // One read of the whole file: copying it a character at a time through
  // istreambuf_iterator cost about 4% of a whole render (bench/floor).
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) reject(path, "kan niet worden gelezen");
  in.seekg(0, std::ios::beg);
  font.bytes.resize(static_cast<std::size_t>(size));
  in.read(font.bytes.data(), size);
  if (in.gcount() != size) reject(path, "kan niet worden gelezen");
  check_truetype(path, font.bytes);

  std::unique_ptr<hb_blob_t, BlobDeleter> blob(
      hb_blob_create(font.bytes.data(), static_cast<unsigned>(font.bytes.size()),
                     HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  std::unique_ptr<hb_face_t, FaceDeleter> face(hb_face_create(blob.get(), 0));
  if (hb_face_get_glyph_count(face.get()) == 0) reject(path, "bevat geen tekens");
  char name[128] = {};
  unsigned length = sizeof name;
  hb_ot_name_get_utf8(face.get(), HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length,
                      name);
  font.postscript_name = name;
  return font;
}

std::string subset_truetype(const TrueTypeFile& font, const std::vector<char32_t>& code_points,
                            bool hinting) {
  const std::string& path = font.path;
  std::unique_ptr<hb_blob_t, BlobDeleter> blob(
      hb_blob_create(font.bytes.data(), static_cast<unsigned>(font.bytes.size()),
                     HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  std::unique_ptr<hb_face_t, FaceDeleter> face(hb_face_create(blob.get(), 0));

  std::unique_ptr<hb_subset_input_t, InputDeleter> input(hb_subset_input_create_or_fail());
  if (!input) throw PdfError("onvoldoende geheugen om het lettertype " + path + " te verkleinen");
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t c : code_points) hb_set_add(unicodes, c);
  // Hinting only helps low-resolution screens and doubles the embedded size (stack-notes §12).
  if (!hinting) hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);

  std::unique_ptr<hb_face_t, FaceDeleter> subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) reject(path, "kon niet worden verkleind tot de gebruikte tekens");
  std::unique_ptr<hb_blob_t, BlobDeleter> result(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(result.get(), &length);
  if (length == 0) reject(path, "kon niet worden verkleind tot de gebruikte tekens");
  return std::string(data, length);
}

}  // namespace koers::pdf

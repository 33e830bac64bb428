#include "pdf/font_objects.h"

#include <hpdf_objects.h>

#include <string>

#include "pdf/deflate.h"
#include "pdf/pdf_objects.h"

namespace koers::pdf {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";
constexpr int kCompression = 6;

// A ToUnicode CMap (PDF 1.7 §9.10.3) mapping every code to the same Unicode value, as
// bfrange entries of at most 256 codes that differ only in the last byte, 100 per block.
std::string identity_to_unicode(const std::vector<char32_t>& code_points) {
  std::vector<unsigned> high_bytes;
  for (char32_t c : code_points)
    if (high_bytes.empty() || high_bytes.back() != (c >> 8)) high_bytes.push_back(c >> 8);
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  for (std::size_t start = 0; start < high_bytes.size(); start += 100) {
    std::size_t end = std::min(high_bytes.size(), start + 100);
    cmap += std::to_string(end - start);
    cmap += " beginbfrange\n";
    for (std::size_t i = start; i < end; ++i) {
      char high[3] = {kHex[high_bytes[i] >> 4], kHex[high_bytes[i] & 0xF], 0};
      cmap += '<';
      cmap += high;
      cmap += "00> <";
      cmap += high;
      cmap += "FF> <";
      cmap += high;
      cmap += "00>\n";
    }
    cmap += "endbfrange\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return cmap;
}

// Two big-endian bytes per code up to the highest code used: the glyph of each code.
std::string cid_to_gid_map(const FontProgram& program) {
  std::string map((std::size_t{program.code_points.back()} + 1) * 2, '\0');
  for (std::size_t i = 0; i < program.code_points.size(); ++i) {
    std::size_t at = std::size_t{program.code_points[i]} * 2;
    map[at] = static_cast<char>(program.glyphs[i] >> 8);
    map[at + 1] = static_cast<char>(program.glyphs[i] & 0xFF);
  }
  return map;
}

// [first [w w w] first [w] …]: one entry per run of consecutive codes.
HPDF_Array widths_array(const HaruDocument& doc, HPDF_MMgr mmgr, const FontProgram& program) {
  const char* what = "het schrijven van de tekenbreedten";
  HPDF_Array widths = doc.need(HPDF_Array_New(mmgr), what);
  HPDF_Array run = nullptr;
  char32_t previous = 0;
  for (char32_t c : program.code_points) {
    if (run == nullptr || c != previous + 1) {
      doc.check(HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(c)), what);
      run = doc.need(HPDF_Array_New(mmgr), what);
      doc.check(HPDF_Array_Add(widths, run), what);
    }
    doc.check(HPDF_Array_AddReal(run, program.widths[c]), what);
    previous = c;
  }
  return widths;
}

}  // namespace

PreparedFont prepare_font(const TrueTypeFile& file, const std::vector<char32_t>& code_points,
                          bool compress) {
  PreparedFont font;
  font.program = make_font_program(file, code_points);
  font.compressed = compress;
  font.to_unicode = identity_to_unicode(code_points);
  font.cid_to_gid = cid_to_gid_map(font.program);
  if (compress) {
    font.font_file = zlib_compress(font.program.file, kCompression);
    font.to_unicode = zlib_compress(font.to_unicode, kCompression);
    font.cid_to_gid = zlib_compress(font.cid_to_gid, kCompression);
  } else {
    font.font_file = font.program.file;
  }
  return font;
}

HPDF_Dict add_font(const HaruDocument& doc, const PreparedFont& font) {
  const FontProgram& program = font.program;
  const std::string what = "het insluiten van lettertype " + program.base_font;
  HPDF_MMgr mmgr = doc.get()->mmgr;
  const char* name = program.base_font.c_str();

  HPDF_Dict file = raw_stream(doc, font.font_file, font.compressed, what);
  doc.check(HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(program.file.size())),
            what);

  HPDF_Dict descriptor = indirect_dict(doc, what);
  doc.check(HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor"), what);
  doc.check(HPDF_Dict_AddName(descriptor, "FontName", name), what);
  doc.check(HPDF_Dict_AddNumber(descriptor, "Flags", program.flags), what);
  HPDF_Box box{static_cast<HPDF_REAL>(program.bbox[0]), static_cast<HPDF_REAL>(program.bbox[1]),
               static_cast<HPDF_REAL>(program.bbox[2]), static_cast<HPDF_REAL>(program.bbox[3])};
  doc.check(HPDF_Dict_Add(descriptor, "FontBBox", doc.need(HPDF_Box_Array_New(mmgr, box), what)),
            what);
  doc.check(
      HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(program.italic_angle)),
      what);
  doc.check(HPDF_Dict_AddNumber(descriptor, "Ascent", program.ascent), what);
  doc.check(HPDF_Dict_AddNumber(descriptor, "Descent", program.descent), what);
  doc.check(HPDF_Dict_AddNumber(descriptor, "CapHeight", program.cap_height), what);
  doc.check(HPDF_Dict_AddNumber(descriptor, "StemV", program.stem_v), what);
  doc.check(HPDF_Dict_Add(descriptor, "FontFile2", file), what);

  HPDF_Dict cid_font = indirect_dict(doc, what);
  doc.check(HPDF_Dict_AddName(cid_font, "Type", "Font"), what);
  doc.check(HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2"), what);
  doc.check(HPDF_Dict_AddName(cid_font, "BaseFont", name), what);
  HPDF_Dict info = doc.need(HPDF_Dict_New(mmgr), what);
  doc.check(HPDF_Dict_Add(info, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr)), what);
  doc.check(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr)), what);
  doc.check(HPDF_Dict_AddNumber(info, "Supplement", 0), what);
  doc.check(HPDF_Dict_Add(cid_font, "CIDSystemInfo", info), what);
  doc.check(HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor), what);
  doc.check(HPDF_Dict_Add(cid_font, "W", widths_array(doc, mmgr, program)), what);
  doc.check(HPDF_Dict_Add(cid_font, "CIDToGIDMap",
                          raw_stream(doc, font.cid_to_gid, font.compressed, what)),
            what);

  HPDF_Dict type0 = indirect_dict(doc, what);
  doc.check(HPDF_Dict_AddName(type0, "Type", "Font"), what);
  doc.check(HPDF_Dict_AddName(type0, "Subtype", "Type0"), what);
  doc.check(HPDF_Dict_AddName(type0, "BaseFont", name), what);
  doc.check(HPDF_Dict_AddName(type0, "Encoding", "Identity-H"), what);
  HPDF_Array descendants = doc.need(HPDF_Array_New(mmgr), what);
  doc.check(HPDF_Array_Add(descendants, cid_font), what);
  doc.check(HPDF_Dict_Add(type0, "DescendantFonts", descendants), what);
  doc.check(
      HPDF_Dict_Add(type0, "ToUnicode", raw_stream(doc, font.to_unicode, font.compressed, what)),
      what);
  return type0;
}

}  // namespace koers::pdf

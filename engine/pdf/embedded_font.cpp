#include "pdf/embedded_font.h"

#include <hpdf.h>

#include <string>

namespace koers::pdf {
namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | c >> 6);
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | c >> 12);
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

constexpr char kHex[] = "0123456789ABCDEF";

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

// libharu 2.3.0 writes an Identity code→CID CMap (begincidrange) as ToUnicode, which
// poppler rejects with a syntax warning (stack-notes §1). The stream is rewritten in place,
// so no orphan object stays behind.
void replace_to_unicode(const HaruDocument& doc, HPDF_Font font,
                        const std::vector<char32_t>& code_points, bool compress) {
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_Dict cmap = doc.need(attr->cmap_stream, "het vervangen van de ToUnicode-tabel");
  // CreateCMap (hpdf_font_cid.c) gives the stream these four keys; a ToUnicode stream
  // needs none of them.
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"})
    doc.check(HPDF_Dict_RemoveElement(cmap, key), "het vervangen van de ToUnicode-tabel");
  HPDF_MemStream_FreeData(cmap->stream);
  doc.check(HPDF_Stream_WriteStr(cmap->stream, identity_to_unicode(code_points).c_str()),
            "het vervangen van de ToUnicode-tabel");
  // The font dictionary's filter is copied to its CMap streams just before writing.
  if (compress) font->filter = HPDF_STREAM_FILTER_FLATE_DECODE;

  // Identity-H with CIDs equal to codes is Adobe-Identity-0; libharu writes the encoder's
  // name as Ordering.
  HPDF_Dict info = doc.need(static_cast<HPDF_Dict>(HPDF_Dict_GetItem(
                                attr->descendant_font, "CIDSystemInfo", HPDF_OCLASS_DICT)),
                            "het aanpassen van CIDSystemInfo");
  HPDF_MMgr mmgr = font->mmgr;
  doc.check(HPDF_Dict_Add(info, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr)),
            "het aanpassen van CIDSystemInfo");
  doc.check(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr)),
            "het aanpassen van CIDSystemInfo");
  doc.check(HPDF_Dict_AddNumber(info, "Supplement", 0), "het aanpassen van CIDSystemInfo");
}

}  // namespace

EmbeddedFont embed_font(const HaruDocument& doc, const std::string& subset_file,
                        const std::vector<char32_t>& code_points, bool compress) {
  std::string what = "het laden van lettertype " + subset_file;
  const char* name =
      doc.need(HPDF_LoadTTFontFromFile(doc.get(), subset_file.c_str(), HPDF_TRUE), what);
  EmbeddedFont embedded;
  embedded.font = doc.need(HPDF_GetFont(doc.get(), name, "UTF-8"), what);

  // Measuring marks the glyphs as used; libharu keeps only used glyphs in the glyf table
  // it embeds (stack-notes §1).
  // Chunks stay far below libharu's string limit (HPDF_LIMIT_MAX_STRING_LEN).
  std::string chunk;
  for (std::size_t i = 0; i < code_points.size(); ++i) {
    char32_t c = code_points[i];
    append_utf8(chunk, c);
    embedded.widths[c] = static_cast<std::int16_t>(HPDF_Font_GetUnicodeWidth(embedded.font, c));
    if (chunk.size() >= 3000 || i + 1 == code_points.size()) {
      HPDF_Font_TextWidth(embedded.font, reinterpret_cast<const HPDF_BYTE*>(chunk.data()),
                          static_cast<HPDF_UINT>(chunk.size()));
      chunk.clear();
    }
  }
  doc.check(HPDF_OK, what);

  replace_to_unicode(doc, embedded.font, code_points, compress);
  return embedded;
}

}  // namespace koers::pdf

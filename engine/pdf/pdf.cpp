#include "pdf/pdf.h"

#include <hpdf.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "pdf/document_id.h"
#include "pdf/document_info.h"
#include "pdf/embedded_font.h"
#include "pdf/font_subset.h"
#include "pdf/haru_document.h"
#include "pdf/page_painter.h"
#include "pdf/pdf_number.h"
#include "pdf/temp_dir.h"

namespace koers::pdf {
namespace {

// The code points each face draws, sorted, as they will appear in the content stream.
std::vector<std::vector<char32_t>> code_points_per_face(const display::Document& document) {
  std::vector<std::vector<bool>> seen(document.fonts.size());
  for (const display::Page& page : document.pages)
    for (const display::Item& item : page.items) {
      const auto* run = std::get_if<display::GlyphRun>(&item);
      if (run == nullptr || run->text.empty()) continue;
      if (run->face < 0 || static_cast<std::size_t>(run->face) >= document.fonts.size())
        throw PdfError("tekst verwijst naar lettertype nummer " + std::to_string(run->face) +
                       ", dat niet in het document staat");
      std::vector<bool>& face = seen[run->face];
      if (face.empty()) face.resize(0x10000);
      for (char32_t c : run->text) face[pdf_code_point(c)] = true;
    }
  std::vector<std::vector<char32_t>> result(document.fonts.size());
  for (std::size_t f = 0; f < seen.size(); ++f)
    for (std::size_t c = 0; c < seen[f].size(); ++c)
      if (seen[f][c]) result[f].push_back(static_cast<char32_t>(c));
  return result;
}

// The faces to embed. Faces whose files share a PostScript name become one embedded font
// from the first file: libharu identifies loaded fonts by that name and would hand the
// first font back for the second, without the second's glyphs.
struct FontGroup {
  TrueTypeFile file;
  std::vector<std::size_t> faces;
  std::vector<char32_t> code_points;  // sorted, distinct
  std::string subset;
};

std::vector<FontGroup> font_groups(const display::Document& document) {
  std::vector<std::vector<char32_t>> code_points = code_points_per_face(document);
  std::vector<FontGroup> groups;
  for (std::size_t f = 0; f < document.fonts.size(); ++f) {
    if (code_points[f].empty()) continue;
    TrueTypeFile file = read_truetype(document.fonts[f].path);
    auto same = std::find_if(groups.begin(), groups.end(), [&](const FontGroup& group) {
      return group.file.postscript_name == file.postscript_name;
    });
    if (same == groups.end()) {
      groups.push_back({std::move(file), {f}, std::move(code_points[f]), {}});
      continue;
    }
    same->faces.push_back(f);
    std::vector<char32_t> merged;
    std::set_union(same->code_points.begin(), same->code_points.end(), code_points[f].begin(),
                   code_points[f].end(), std::back_inserter(merged));
    same->code_points = std::move(merged);
  }
  return groups;
}

void add_outline(const HaruDocument& doc, const display::Document& document,
                 const std::vector<HPDF_Page>& pages) {
  HPDF_Encoder utf8 = doc.need(HPDF_GetEncoder(doc.get(), "UTF-8"), "het maken van bladwijzers");
  struct Open {
    int level;
    HPDF_Outline outline;
  };
  std::vector<Open> open;
  for (const display::OutlineEntry& entry : document.outline) {
    if (entry.page < 0 || static_cast<std::size_t>(entry.page) >= pages.size())
      throw PdfError("de bladwijzer '" + entry.title + "' verwijst naar pagina " +
                     std::to_string(entry.page + 1) + ", die niet bestaat");
    while (!open.empty() && open.back().level >= entry.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().outline;
    std::string what = "het maken van de bladwijzer '" + entry.title + "'";
    HPDF_Outline outline =
        doc.need(HPDF_CreateOutline(doc.get(), parent, entry.title.c_str(), utf8), what);
    double top = document.pages[entry.page].height - entry.y;
    doc.check(HPDF_Outline_SetDestination(outline, make_destination(doc, pages[entry.page], top)),
              what);
    open.push_back({entry.level, outline});
  }
}

std::string saved_bytes(const HaruDocument& doc) {
  doc.check(HPDF_SaveToStream(doc.get()), "het opslaan van het document");
  // Read the memory stream's buffers directly: HPDF_ReadFromStream reports the end of the
  // stream through the error handler.
  HPDF_Stream stream = doc.need(doc.get()->stream, "het opslaan van het document");
  std::string bytes;
  bytes.reserve(HPDF_Stream_Size(stream));
  HPDF_UINT buffers = HPDF_MemStream_GetBufCount(stream);
  for (HPDF_UINT i = 0; i < buffers; ++i) {
    HPDF_UINT length = 0;
    HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(stream, i, &length);
    if (data == nullptr) break;
    bytes.append(reinterpret_cast<const char*>(data), length);
  }
  if (bytes.size() != HPDF_Stream_Size(stream))
    throw PdfError("het opgeslagen document is onvolledig");
  return bytes;
}

std::string write_with_subsets(const display::Document& document, const Options& options,
                               bool hinting) {
  std::vector<FontGroup> groups = font_groups(document);
  std::vector<std::string> subsets;
  for (FontGroup& group : groups) {
    group.subset = subset_truetype(group.file, group.code_points, hinting);
    subsets.push_back(group.subset);
  }

  // Declared before the document: the font files must outlive it (libharu reads them again
  // while saving), and both go on every path.
  TempDir temp;
  HaruDocument doc;
  HPDF_Doc pdf = doc.get();
  doc.check(HPDF_SetCompressionMode(pdf, options.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE),
            "het instellen van compressie");
  doc.check(HPDF_UseUTFEncodings(pdf), "het instellen van UTF-8");
  doc.check(HPDF_SetCurrentEncoder(pdf, "UTF-8"), "het instellen van UTF-8");

  std::vector<EmbeddedFont> embedded;
  embedded.reserve(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::string file = temp.write_file("font-" + std::to_string(g) + ".ttf", groups[g].subset);
    embedded.push_back(embed_font(doc, file, groups[g].code_points, options.compress));
    for (std::size_t earlier = 0; earlier < g; ++earlier)
      if (embedded[earlier].font == embedded[g].font)
        throw PdfError("de lettertypen " + groups[earlier].file.path + " en " +
                       groups[g].file.path +
                       " dragen dezelfde naam en kunnen niet samen worden ingebed");
  }
  std::vector<const EmbeddedFont*> fonts(document.fonts.size(), nullptr);
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t f : groups[g].faces) fonts[f] = &embedded[g];

  // All pages first, so links can point forward.
  std::vector<HPDF_Page> pages;
  std::vector<double> heights;
  for (const display::Page& page : document.pages) {
    HPDF_Page added = doc.need(HPDF_AddPage(pdf), "het toevoegen van een pagina");
    doc.check(HPDF_Page_SetWidth(added, static_cast<HPDF_REAL>(rounded(page.width))),
              "het instellen van het paginaformaat");
    doc.check(HPDF_Page_SetHeight(added, static_cast<HPDF_REAL>(rounded(page.height))),
              "het instellen van het paginaformaat");
    pages.push_back(added);
    heights.push_back(page.height);
  }

  ImageCache images(doc);
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    PagePainter painter(doc, pages[p], document.pages[p].height, fonts, images, {&pages, &heights});
    for (const display::Item& item : document.pages[p].items) painter.paint(item);
    painter.finish();
  }

  add_outline(doc, document, pages);
  write_document_info(doc, document.metadata, document_id(document, subsets));
  return saved_bytes(doc);
}

}  // namespace

std::string write_pdf(const display::Document& document, const Options& options) {
  if (document.pages.empty()) throw PdfError("het document heeft geen pagina's");
  try {
    return write_with_subsets(document, options, false);
  } catch (const PdfError& first) {
    // libharu 2.3.0 now and then cannot save a document whose hb-subset fonts were made
    // without hinting instructions (HPDF_INVALID_OBJECT on save; 2 of 1.832 generated
    // documents). The same fonts with their instructions save; only then is the file larger.
    try {
      return write_with_subsets(document, options, true);
    } catch (const PdfError&) {
      throw first;
    }
  }
}

}  // namespace koers::pdf

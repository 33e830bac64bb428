#include "pdf/pdf.h"

#include <hpdf.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "pdf/content_stream.h"
#include "pdf/deflate.h"
#include "pdf/document_id.h"
#include "pdf/document_info.h"
#include "pdf/font_objects.h"
#include "pdf/font_subset.h"
#include "pdf/haru_document.h"
#include "pdf/page_objects.h"
#include "core/parallel.h"
#include "pdf/pdf_number.h"
#include "pdf/pdf_objects.h"

namespace koers::pdf {
namespace {

constexpr int kCompression = 6;

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

// The fonts to embed: faces drawn from the same file, or from identical copies of it
// (a style naming a path and fontconfig finding the other), share one embedded subset.
struct FontGroup {
  TrueTypeFile file;
  std::vector<std::size_t> faces;
  std::vector<char32_t> code_points;  // sorted, distinct
};

std::vector<FontGroup> font_groups(const display::Document& document) {
  std::vector<std::vector<char32_t>> code_points = code_points_per_face(document);
  std::vector<FontGroup> groups;
  for (std::size_t f = 0; f < document.fonts.size(); ++f) {
    if (code_points[f].empty()) continue;
    const std::string& path = document.fonts[f].path;
    auto same = std::find_if(groups.begin(), groups.end(),
                             [&](const FontGroup& group) { return group.file.path == path; });
    TrueTypeFile file;
    if (same == groups.end()) {
      file = read_truetype(path);
      same = std::find_if(groups.begin(), groups.end(),
                          [&](const FontGroup& group) { return group.file.bytes == file.bytes; });
    }
    if (same == groups.end()) {
      groups.push_back({std::move(file), {f}, std::move(code_points[f])});
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

// The resource number of every Image item, page by page in item order; identical pictures
// share one number (and one embedded image).
std::vector<std::vector<int>> image_numbers(const display::Document& document,
                                            std::vector<const display::Image*>& unique) {
  std::map<Digest, int> seen;
  std::vector<std::vector<int>> numbers(document.pages.size());
  for (std::size_t p = 0; p < document.pages.size(); ++p)
    for (const display::Item& item : document.pages[p].items)
      if (const auto* image = std::get_if<display::Image>(&item)) {
        auto [at, added] = seen.emplace(image_digest(*image), static_cast<int>(unique.size()));
        if (added) unique.push_back(image);
        numbers[p].push_back(at->second);
      }
  return numbers;
}

unsigned thread_count(const Options& options) {
  if (options.threads > 0) return options.threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

std::string write_document(const display::Document& document, const Options& options) {
  const unsigned threads = thread_count(options);
  std::vector<FontGroup> groups = font_groups(document);
  std::vector<PreparedFont> fonts(groups.size());
  for_each_index(groups.size(), threads, [&](std::size_t g) {
    fonts[g] = prepare_font(groups[g].file, groups[g].code_points, options.compress);
  });
  std::vector<FaceResource> faces(document.fonts.size());
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t f : groups[g].faces)
      faces[f] = {static_cast<int>(g), &fonts[g].program.widths};

  std::vector<const display::Image*> images;
  std::vector<std::vector<int>> page_images = image_numbers(document, images);
  std::vector<PageContent> contents(document.pages.size());
  std::vector<Digest> content_digests(document.pages.size());
  for_each_index(document.pages.size(), threads, [&](std::size_t p) {
    contents[p] = page_content(document.pages[p], faces, page_images[p]);
    content_digests[p] = bytes_digest(contents[p].operators);
    if (options.compress)
      contents[p].operators = zlib_compress(contents[p].operators, kCompression);
  });

  HaruDocument doc;
  HPDF_Doc pdf = doc.get();
  // Pages and fonts are compressed above; libharu compresses only the images.
  doc.check(HPDF_SetCompressionMode(pdf, options.compress ? HPDF_COMP_IMAGE : HPDF_COMP_NONE),
            "het instellen van compressie");
  doc.check(HPDF_UseUTFEncodings(pdf), "het instellen van UTF-8");
  doc.check(HPDF_SetCurrentEncoder(pdf, "UTF-8"), "het instellen van UTF-8");

  std::vector<HPDF_Dict> font_objects;
  for (const PreparedFont& font : fonts) font_objects.push_back(add_font(doc, font));
  ImageCache image_cache(doc);
  std::vector<HPDF_Image> image_objects;
  for (const display::Image* image : images) image_objects.push_back(image_cache.get(*image));

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

  const char* what = "het schrijven van de pagina-inhoud";
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    HPDF_Page page = pages[p];
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    set_raw_stream(doc, attr->contents, contents[p].operators, options.compress, what);
    HPDF_Dict resources = doc.need(
        static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT)), what);
    if (!contents[p].fonts.empty()) {
      HPDF_Dict font_resources = sub_dict(doc, resources, "Font", what);
      for (int f : contents[p].fonts)
        doc.check(HPDF_Dict_Add(font_resources, ("F" + std::to_string(f)).c_str(), font_objects[f]),
                  what);
    }
    if (!contents[p].images.empty()) {
      HPDF_Dict xobjects = sub_dict(doc, resources, "XObject", what);
      for (int i : contents[p].images)
        doc.check(HPDF_Dict_Add(xobjects, ("Im" + std::to_string(i)).c_str(), image_objects[i]),
                  what);
    }
    for (const display::Item& item : document.pages[p].items)
      if (const auto* link = std::get_if<display::Link>(&item))
        add_link(doc, page, document.pages[p].height, *link, {&pages, &heights});
  }

  add_outline(doc, document, pages);
  std::vector<std::string> subsets;
  for (const PreparedFont& font : fonts) subsets.push_back(font.program.file);
  write_document_info(doc, document.metadata, document_id(document, subsets, content_digests));
  return saved_bytes(doc);
}

}  // namespace

std::string write_pdf(const display::Document& document, const Options& options) {
  if (document.pages.empty()) throw PdfError("het document heeft geen pagina's");
  return write_document(document, options);
}

}  // namespace koers::pdf

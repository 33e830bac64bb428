#include "pdf/page_objects.h"

#include <hpdf.h>

#include <string>

#include "pdf/pdf.h"
#include "pdf/pdf_number.h"

namespace koers::pdf {

HPDF_Image ImageCache::get(const display::Image& image) {
  std::size_t pixels =
      static_cast<std::size_t>(image.pixel_width) * static_cast<std::size_t>(image.pixel_height);
  const bool jpeg = !image.jpeg.empty();
  if (image.pixel_width <= 0 || image.pixel_height <= 0 ||
      (!jpeg && image.rgb.size() != pixels * 3) ||
      (!jpeg && !image.alpha.empty() && image.alpha.size() != pixels))
    throw PdfError("een afbeelding heeft een afmeting die niet bij haar beeldpunten past");
  Digest digest = image_digest(image);
  if (auto found = images_.find(digest); found != images_.end()) return found->second;

  const char* what = "het insluiten van een afbeelding";
  if (jpeg) {
    // The engine has read the whole file with libjpeg (image::validate_jpeg); libharu only
    // parses its header and copies it as a DCTDecode stream.
    HPDF_Image dct = doc_.need(
        HPDF_LoadJpegImageFromMem(doc_.get(), reinterpret_cast<const HPDF_BYTE*>(image.jpeg.data()),
                                  static_cast<HPDF_UINT>(image.jpeg.size())),
        what);
    images_.emplace(digest, dct);
    return dct;
  }
  auto width = static_cast<HPDF_UINT>(image.pixel_width);
  auto height = static_cast<HPDF_UINT>(image.pixel_height);
  HPDF_Image rgb = doc_.need(
      HPDF_LoadRawImageFromMem(doc_.get(), image.rgb.data(), width, height, HPDF_CS_DEVICE_RGB, 8),
      what);
  if (!image.alpha.empty()) {
    HPDF_Image alpha = doc_.need(HPDF_LoadRawImageFromMem(doc_.get(), image.alpha.data(), width,
                                                          height, HPDF_CS_DEVICE_GRAY, 8),
                                 what);
    doc_.check(HPDF_Image_AddSMask(rgb, alpha), what);
  }
  images_.emplace(digest, rgb);
  return rgb;
}

HPDF_Destination make_destination(const HaruDocument& doc, HPDF_Page page, double top) {
  const char* what = "het maken van een verwijzing binnen het document";
  HPDF_Destination destination = doc.need(HPDF_Page_CreateDestination(page), what);
  // libharu rejects zoom 0 (stack-notes §3); the zoom entry is then replaced by null,
  // which means "keep the reader's zoom" (PDF 1.7 §12.3.2.2).
  doc.check(HPDF_Destination_SetXYZ(destination, 0, static_cast<HPDF_REAL>(rounded(top)), 1), what);
  HPDF_List items = destination->list;
  void* zoom = HPDF_List_RemoveByIndex(items, items->count - 1);
  doc.need(zoom, what);
  HPDF_Obj_Free(destination->mmgr, zoom);
  doc.check(HPDF_Array_Add(destination, doc.need(HPDF_Null_New(destination->mmgr), what)), what);
  return destination;
}

void add_link(const HaruDocument& doc, HPDF_Page page, double height, const display::Link& link,
              const Destinations& destinations) {
  auto flip = [height](double y) { return height - y; };
  HPDF_Rect area;
  area.left = static_cast<HPDF_REAL>(rounded(link.x));
  area.right = static_cast<HPDF_REAL>(rounded(link.x + link.w));
  area.bottom = static_cast<HPDF_REAL>(rounded(flip(link.y + link.h)));
  area.top = static_cast<HPDF_REAL>(rounded(flip(link.y)));
  const char* what = "het maken van een koppeling";
  HPDF_Annotation annotation = nullptr;
  if (link.dest_page >= 0) {
    const auto& pages = *destinations.pages;
    if (static_cast<std::size_t>(link.dest_page) >= pages.size())
      throw PdfError("een koppeling verwijst naar pagina " + std::to_string(link.dest_page + 1) +
                     ", die niet bestaat");
    double top = (*destinations.heights)[link.dest_page] - link.dest_y;
    HPDF_Destination destination = make_destination(doc, pages[link.dest_page], top);
    annotation = doc.need(HPDF_Page_CreateLinkAnnot(page, area, destination), what);
  } else if (!link.uri.empty()) {
    annotation = doc.need(HPDF_Page_CreateURILinkAnnot(page, area, link.uri.c_str()), what);
  } else {
    return;
  }
  doc.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), what);
}

}  // namespace koers::pdf

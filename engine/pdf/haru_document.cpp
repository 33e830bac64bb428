#include "pdf/haru_document.h"

#include <cstdio>
#include <string>

#include "pdf/pdf.h"

namespace koers::pdf {
namespace {

void record_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void* user_data) {
  auto* error = static_cast<HaruDocument::RecordedError*>(user_data);
  if (error->error_no != HPDF_OK) return;  // the first error is the cause, later ones follow
  error->error_no = error_no;
  error->detail_no = detail_no;
}

}  // namespace

HaruDocument::HaruDocument() {
  doc_ = HPDF_New(record_error, &error_);
  if (doc_ == nullptr) throw PdfError("de PDF-bibliotheek kon geen nieuw document aanmaken");
}

HaruDocument::~HaruDocument() {
  HPDF_Free(doc_);
}

void HaruDocument::check(HPDF_STATUS status, std::string_view what) const {
  if (status != HPDF_OK || error_.error_no != HPDF_OK) fail(what);
}

void HaruDocument::fail(std::string_view what) const {
  std::string message = "PDF schrijven mislukt bij ";
  message += what;
  HPDF_STATUS code = error_.error_no;
  if (code != HPDF_OK) {
    char detail[64];
    std::snprintf(detail, sizeof detail, " (libharu-fout 0x%04X, detail %u)",
                  static_cast<unsigned>(code), static_cast<unsigned>(error_.detail_no));
    message += detail;
  }
  throw PdfError(message);
}

}  // namespace koers::pdf

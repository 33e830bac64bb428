// A libharu document owned by one write_pdf call. libharu's error handler only records the
// first (error_no, detail_no); every call is checked here and turned into a PdfError, and
// the document is freed on every path (stack-notes §4: throwing from the handler skips
// libharu's own clean-up).
#pragma once

#include <hpdf.h>

#include <string_view>

namespace koers::pdf {

class HaruDocument {
 public:
  HaruDocument();
  ~HaruDocument();
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;

  HPDF_Doc get() const { return doc_; }

  // Throws PdfError when status is not HPDF_OK or the handler recorded an error.
  void check(HPDF_STATUS status, std::string_view what) const;
  // Throws PdfError when handle is NULL, also when libharu reported nothing (its TTF loader
  // returns NULL silently on a truncated font).
  template <class Handle>
  Handle need(Handle handle, std::string_view what) const {
    check(HPDF_OK, what);
    if (handle == nullptr) fail(what);
    return handle;
  }
  [[noreturn]] void fail(std::string_view what) const;

  struct RecordedError {
    HPDF_STATUS error_no = HPDF_OK;
    HPDF_STATUS detail_no = 0;
  };

 private:
  RecordedError error_;  // written by the handler through user_data; the object never moves
  HPDF_Doc doc_ = nullptr;
};

}  // namespace koers::pdf

#include "pdf/pdf_objects.h"

#include <hpdf_objects.h>

namespace koers::pdf {
namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

HPDF_Dict indirect_dict(const HaruDocument& doc, std::string_view what) {
  HPDF_Doc pdf = doc.get();
  HPDF_Dict dict = doc.need(HPDF_Dict_New(pdf->mmgr), what);
  doc.check(HPDF_Xref_Add(pdf->xref, dict), what);
  return dict;
}

void set_raw_stream(const HaruDocument& doc, HPDF_Dict stream, std::string_view bytes, bool flate,
                    std::string_view what) {
  stream->filter = HPDF_STREAM_FILTER_NONE;
  stream->write_fn = flate ? write_flate_filter : nullptr;
  HPDF_MemStream_FreeData(stream->stream);
  if (!bytes.empty())
    doc.check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                static_cast<HPDF_UINT>(bytes.size())),
              what);
}

HPDF_Dict raw_stream(const HaruDocument& doc, std::string_view bytes, bool flate,
                     std::string_view what) {
  HPDF_Doc pdf = doc.get();
  HPDF_Dict stream = doc.need(HPDF_DictStream_New(pdf->mmgr, pdf->xref), what);
  set_raw_stream(doc, stream, bytes, flate, what);
  return stream;
}

HPDF_Dict sub_dict(const HaruDocument& doc, HPDF_Dict dict, const char* key,
                   std::string_view what) {
  auto* found = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(dict, key, HPDF_OCLASS_DICT));
  if (found != nullptr) return found;
  HPDF_Dict made = doc.need(HPDF_Dict_New(dict->mmgr), what);
  doc.check(HPDF_Dict_Add(dict, key, made), what);
  return made;
}

}  // namespace koers::pdf

// JPEG files are passed through to the PDF unchanged (DCTDecode), but libharu reads only
// their header, so a truncated file would embed silently and render blank (stack-notes §4).
// libjpeg therefore reads each one to its end first. Its default error handler calls
// exit(); this one longjmps back, and its warnings (which include "premature end of
// data") count as errors too.
// jpeglib.h uses size_t and FILE without including their headers.
#include <cstddef>
#include <cstdio>

#include <jpeglib.h>

// After jpeglib.h, which it needs: the message codes (JWRN_JPEG_EOF, …).
#include <jerror.h>

#include <csetjmp>

#include "image/image.h"
#include "image/size_check.h"

namespace koers::image {
namespace {

struct ErrorManager {
  jpeg_error_mgr base;  // first member: libjpeg hands back a pointer to it
  std::jmp_buf jump;
  int code = 0;  // libjpeg's message code (jerror.h); its text is English
};

[[noreturn]] void on_error(j_common_ptr cinfo) {
  auto* errors = reinterpret_cast<ErrorManager*>(cinfo->err);
  errors->code = cinfo->err->msg_code;
  std::longjmp(errors->jump, 1);
}

// What libjpeg's message code says, in words a reader understands; empty for the codes
// that say nothing more than "damaged".
const char* detail_of(int code) {
  switch (code) {
    case JWRN_JPEG_EOF:
    case JERR_INPUT_EOF:
    case JERR_INPUT_EMPTY:
      return "het bestand houdt te vroeg op";
    case JWRN_HIT_MARKER:  // a marker inside the compressed data: bytes are wrong, not missing
    case JWRN_EXTRANEOUS_DATA:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
    case JWRN_NOT_SEQUENTIAL:
    case JERR_BAD_HUFF_TABLE:
    case JERR_NO_HUFF_TABLE:
    case JERR_BAD_LENGTH:
    case JERR_SOF_DUPLICATE:
    case JERR_SOI_DUPLICATE:
    case JERR_UNKNOWN_MARKER:
      return "de beeldgegevens zijn verminkt";
    default:
      return "";
  }
}

void on_message(j_common_ptr cinfo, int level) {
  if (level < 0) on_error(cinfo);  // a warning: the data are damaged
}

struct Header {
  long long width = 0, height = 0;
  int components = 0;
  bool arithmetic = false;  // arithmetic coding: valid JPEG, but not in PDF's DCTDecode
};

// Plain C state only between setjmp and longjmp: no C++ object may be skipped over.
// Returns false with errors.code set when libjpeg gives up.
bool read_to_end(const unsigned char* data, unsigned long size, Header& header,
                 const Limits& limits, ErrorManager& errors, bool& too_big) {
  jpeg_decompress_struct cinfo;
  cinfo.err = jpeg_std_error(&errors.base);
  errors.base.error_exit = on_error;
  errors.base.emit_message = on_message;
  errors.code = 0;
  if (setjmp(errors.jump)) {
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, data, size);
  jpeg_read_header(&cinfo, TRUE);
  header.width = cinfo.image_width;
  header.height = cinfo.image_height;
  header.components = cinfo.num_components;
  header.arithmetic = cinfo.arith_code;
  too_big = !size_error(header.width, header.height, limits).empty();
  if (too_big || header.arithmetic) {
    jpeg_destroy_decompress(&cinfo);
    return true;
  }
  // Every coefficient is still entropy-decoded (that is where damage shows), but the
  // picture is rebuilt at 1/8 scale, which skips most of the work.
  cinfo.scale_num = 1;
  cinfo.scale_denom = 8;
  cinfo.dct_method = JDCT_IFAST;
  cinfo.do_fancy_upsampling = FALSE;
  jpeg_start_decompress(&cinfo);
  JSAMPARRAY row = (*cinfo.mem->alloc_sarray)(
      reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
      cinfo.output_width * static_cast<JDIMENSION>(cinfo.output_components), 1);
  while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, row, 1);
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  return true;
}

}  // namespace

Loaded validate_jpeg(std::string_view bytes, const Limits& limits) {
  Loaded out;
  if (bytes.empty()) {
    out.error = "het JPEG-bestand is leeg";
    out.problem = Problem::damaged;
    return out;
  }
  ErrorManager errors;
  Header header;
  bool too_big = false;
  if (!read_to_end(reinterpret_cast<const unsigned char*>(bytes.data()),
                   static_cast<unsigned long>(bytes.size()), header, limits, errors, too_big)) {
    const std::string detail = detail_of(errors.code);
    out.error = "het JPEG-bestand is beschadigd of onvolledig" +
                (detail.empty() ? std::string() : " (" + detail + ")");
    out.problem = Problem::damaged;
    return out;
  }
  if (too_big) {
    out.error = size_error(header.width, header.height, limits);
    out.problem = Problem::too_big;
    return out;
  }
  if (header.arithmetic) {
    out.error = "het JPEG-bestand gebruikt rekenkundige codering, die PDF-lezers niet kennen";
    out.problem = Problem::format;
    return out;
  }
  if (header.components != 1 && header.components != 3 && header.components != 4) {
    out.error = "het JPEG-bestand heeft " + std::to_string(header.components) +
                " kleurkanalen; alleen grijs (1), kleur (3) en CMYK (4) kunnen in een PDF";
    out.problem = Problem::format;
    return out;
  }
  Picture& p = out.picture;
  p.format = Format::jpeg;
  p.width = static_cast<int>(header.width);
  p.height = static_cast<int>(header.height);
  p.components = header.components;
  p.jpeg = std::string(bytes);
  return out;
}

}  // namespace koers::image

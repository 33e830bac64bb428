#include "pdf/deflate.h"

#include <libdeflate.h>

#include <memory>

#include "pdf/pdf.h"

namespace koers::pdf {
namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// A compressor holds its level's work tables (hundreds of KiB): one per thread and level,
// kept for the thread's life instead of allocated for every stream.
libdeflate_compressor* compressor(int level) {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> kept;
  thread_local int kept_level = -1;
  if (kept_level != level) {
    kept.reset(libdeflate_alloc_compressor(level));
    kept_level = kept ? level : -1;
  }
  if (!kept) throw PdfError("onvoldoende geheugen om de pagina's te comprimeren");
  return kept.get();
}

}  // namespace

std::string zlib_compress(std::string_view bytes, int level) {
  libdeflate_compressor* c = compressor(level);
  std::string out(libdeflate_zlib_compress_bound(c, bytes.size()), '\0');
  std::size_t size =
      libdeflate_zlib_compress(c, bytes.data(), bytes.size(), out.data(), out.size());
  if (size == 0) throw PdfError("het comprimeren van de pagina-inhoud is mislukt");
  out.resize(size);
  return out;
}

}  // namespace koers::pdf

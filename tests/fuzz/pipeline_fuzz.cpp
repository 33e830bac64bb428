// Fuzz target: small markup through the whole typesetting pipeline (parse, style, layout,
// PDF) with Engine::typeset_markup. The PDF stays in memory; only libharu's font files go to
// the engine's private temporary folder. Pictures are read from /fuzz, where a logo lies.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/resources.h"
#include "engine/engine.h"

namespace {

// A few pages are enough to reach page breaks, running headers, contents and references.
// Layout keeps its usual time limit, so slow input shows as a libFuzzer timeout.
koers::Limits small_limits() {
  koers::Limits limits;
  limits.max_pages = 20;
  limits.max_table_rows = 500;
  return limits;
}

// The project's styles and fonts from disk, the markup's folder /fuzz in memory.
struct World {
  koers::DiskResources disk;
  koers::MemoryResources files{&disk, disk.project_root()};
  koers::Engine engine{files, small_limits()};
  World() {
    if (auto logo = disk.read(disk.project_root() / "samples" / "heideveen-logo.png"))
      files.put("/fuzz/logo.png", *logo);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Layout time grows with the text; long inputs find nothing the parser target does not.
  if (size > 16 * 1024) return -1;
  const std::string_view markup(reinterpret_cast<const char*>(data), size);
  static World world;
  koers::RenderOptions options;
  options.compress = false;
  world.engine.typeset_markup(markup, "/fuzz/fuzz.xml", options, "/fuzz");
  return 0;
}

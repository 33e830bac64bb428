// Fuzz target: a house-style sheet, loaded as the style "fuzz" so that @extends reaches the
// real styles (base, zuiderhaven, …) and resolving, variables and the contrast check run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/resources.h"
#include "style/style.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace koers;
  static const DiskResources disk;
  MemoryResources files(&disk, disk.project_root());
  files.put(disk.project_root() / "styles" / "fuzz" / "style.css",
            std::string(reinterpret_cast<const char*>(data), size));
  Diagnostics diags;
  style::load_style("fuzz", files, diags);
  diags.to_string();
  return 0;
}

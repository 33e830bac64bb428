// Fuzz target: a municipality file through the input reader and, when it reads without
// errors, the analysis `koers check` runs on it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/analysis.h"
#include "core/resources.h"
#include "model/model.h"

namespace {

const koers::model::Catalogue& catalogue() {
  static const koers::model::Catalogue loaded = [] {
    koers::DiskResources disk;
    koers::Diagnostics diags;
    return koers::model::load_catalogue(disk, diags);
  }();
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace koers;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  const model::Municipality m = model::read_municipality(xml, "fuzz.xml", catalogue(), diags);
  if (!diags.has_errors()) {
    const analysis::Facts facts = analysis::analyse(m, catalogue());
    analysis::check_consistency(m);
    analysis::smart_diagnostics(m, facts);
  }
  diags.to_string();
  return 0;
}

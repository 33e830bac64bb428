// Fuzz target: koers document markup through the markup parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view markup(reinterpret_cast<const char*>(data), size);
  koers::Diagnostics diags;
  koers::doc::parse_markup(markup, "fuzz.xml", diags);
  diags.to_string();
  return 0;
}

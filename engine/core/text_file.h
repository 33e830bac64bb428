// The one way koers reads a file it takes as text (municipality XML, markup, house styles,
// templates, catalogues): through Resources, refusing a file above the size limit before a
// byte of it is read.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/resources.h"

namespace koers {

struct TextFile {
  std::optional<std::string> text;  // nullopt: not read
  bool too_large = false;           // not read because of its size; the error is reported
};

// Reads path when it is at most max_bytes long. A larger file gives an error naming the
// file, its size and the limit; a file that cannot be read gives no diagnostic (the caller
// knows what was missing and says so).
TextFile read_text_file(const Resources& resources, const std::filesystem::path& path,
                        std::uintmax_t max_bytes, Diagnostics& diags);

}  // namespace koers

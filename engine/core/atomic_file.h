// Output files are written atomically: a temporary file in the same folder, flushed to
// disk, then renamed over the target. A failed run never leaves a half-written file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace koers {

// Returns an empty string on success, otherwise a message saying what went wrong
// (in words a consultant understands: folder missing, not writable, disk full).
std::string write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace koers

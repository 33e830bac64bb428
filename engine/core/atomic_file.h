// Output files are written atomically: a temporary file in the same folder, flushed to
// disk (fsync), renamed over the target, and the folder flushed so the rename lasts. A failed
// write leaves the folder as it was: the old file untouched, no temporary file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace koers {

// Returns an empty string on success, otherwise a message saying what went wrong, in words a
// consultant understands ("kan het bestand niet schrijven: de schijf is vol; …": folder
// missing, no write permission, read-only, disk full, quota, file size limit). Callers print
// it after the target's name.
std::string write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace koers

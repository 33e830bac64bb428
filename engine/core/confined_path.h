// Files named in input (pictures, fonts, templates, styles, catalogues) are read only from
// the folders they may come from: the input file's folder, the house style's folder, the
// project's folders. One check for all of them, so the rule and its wording are the same
// everywhere: no URL, no absolute path, no '..' out of the folder, no symbolic link out.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/resources.h"

namespace koers {

// A folder files may come from, with the words a consultant knows it by
// ("de map van het invoerbestand").
struct AllowedFolder {
  std::filesystem::path path;
  std::string name;
};

// The file a written path names, or why it may not be read.
struct ConfinedPath {
  std::filesystem::path path;  // base / written, lexically normal; empty when refused
  std::string message, hint;   // Dutch; empty when allowed
  bool ok() const { return message.empty(); }
};

// Resolves `written` (as the user wrote it, relative to base) and checks that it stays inside
// one of the allowed folders, links followed through resources. `what` starts the message:
// "het pad", "de partial", "de huisstijl".
ConfinedPath confine_path(std::string_view written, const std::filesystem::path& base,
                          const std::vector<AllowedFolder>& allowed, const Resources& resources,
                          std::string_view what = "het pad");

// "https://…", "file:…": an address on a network (or a file: URL), never fetched.
bool is_url(std::string_view written);

}  // namespace koers

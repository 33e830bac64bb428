#include "style/style_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "style/values.h"

namespace koers::style {

namespace fs = std::filesystem;

std::optional<ConfinedPath> refuse_style_folder(const std::string& name,
                                                const Resources& resources) {
  const AllowedFolder styles{resources.project_root() / "styles", "de map met huisstijlen"};
  ConfinedPath folder = confine_path(name, styles.path, {styles}, resources, "de huisstijl");
  if (!folder.ok()) {
    folder.hint = "Noem de huisstijl naar zijn map in styles/, bijvoorbeeld \"zuiderhaven\".";
    return folder;
  }
  const AllowedFolder own{folder.path, "de map van de huisstijl"};
  ConfinedPath sheet = confine_path("style.css", own.path, {own}, resources, "het stijlbestand");
  if (!sheet.ok()) return sheet;
  return std::nullopt;
}

namespace {

// The src of an @font rule as written: resolve() made the folder from the same text.
std::string written_src(const Declaration& src, const StyleSource& source) {
  std::string problem, hint;
  const auto text = substitute_variables(src.value, source.variables, problem, hint);
  return text ? unquote(*text).value_or(*text) : src.value;
}

// The .ttf files in folder. FontLibrary lists the folder itself, on disk (Resources has no
// listing), so its files are checked the same way.
std::vector<std::string> font_file_names(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::string extension = it->path().extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".ttf") names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

void confine_font_folders(StyleSheet& sheet, const Resources& resources, Diagnostics& diags) {
  for (auto it = sheet.font_files.begin(); it != sheet.font_files.end();) {
    const Declaration& src = sheet.source.fonts.at(it->first);
    const AllowedFolder style_folder{fs::path(src.file).parent_path(), "de map van de huisstijl"};
    const std::string written = written_src(src, sheet.source);
    ConfinedPath folder = confine_path(written, style_folder.path, {style_folder}, resources);
    for (const std::string& name :
         folder.ok() ? font_file_names(folder.path) : std::vector<std::string>{}) {
      ConfinedPath file = confine_path((fs::path(written) / name).string(), style_folder.path,
                                       {style_folder}, resources, "het lettertypebestand");
      if (!file.ok()) {
        folder = std::move(file);
        break;
      }
    }
    if (folder.ok()) {
      ++it;
      continue;
    }
    diags.error(src.file, src.line, src.column, folder.message, folder.hint);
    it = sheet.font_files.erase(it);
  }
}

}  // namespace koers::style

// The files a municipality file names: its logo (next to the file) and its house style (a
// folder of styles/). Both stay in their folder (core/confined_path.h).
#include "core/confined_path.h"
#include "model/model.h"

namespace koers::model {

void check_file_references(const Municipality& m, const Resources& resources, Diagnostics& diags) {
  auto report = [&](const ConfinedPath& path, Location at) {
    if (!path.ok()) diags.error(m.file, at.line, at.column, path.message, path.hint);
  };
  if (!m.logo_src.empty()) {
    const std::filesystem::path folder = std::filesystem::path(m.file).parent_path();
    const AllowedFolder input_folder{folder.empty() ? "." : folder, "de map van het invoerbestand"};
    report(confine_path(m.logo_src, input_folder.path, {input_folder}, resources), m.logo_src_loc);
  }
  if (!m.house_style.empty()) {
    const AllowedFolder styles{resources.project_root() / "styles", "de map met huisstijlen"};
    ConfinedPath style =
        confine_path(m.house_style, styles.path, {styles}, resources, "de huisstijl");
    style.hint =
        "Noem de huisstijl naar zijn map in styles/, bijvoorbeeld "
        "<huisstijl>zuiderhaven</huisstijl>.";
    report(style, m.house_style_loc);
  }
}

}  // namespace koers::model

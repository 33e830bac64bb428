#include "engine/template_folders.h"

#include "core/confined_path.h"

namespace koers {

void check_template_folders(const std::filesystem::path& input_folder,
                            const std::vector<std::string>& styles, const std::string& doc_type,
                            const std::string& file, const Resources& resources,
                            Diagnostics& diags) {
  std::vector<AllowedFolder> owners{{input_folder, "de map van het invoerbestand"}};
  for (const std::string& style : styles)
    owners.push_back({resources.project_root() / "styles" / style, "de map van de huisstijl"});
  for (const AllowedFolder& owner : owners) {
    for (const std::string& written : {std::string("templates"), "templates/" + doc_type}) {
      if (!resources.exists(owner.path / written)) continue;
      const ConfinedPath folder =
          confine_path(written, owner.path, {owner}, resources, "de sjabloonmap");
      if (!folder.ok()) diags.error(file, 0, 0, folder.message, folder.hint);
    }
  }
}

}  // namespace koers

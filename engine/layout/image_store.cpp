#include "layout/image_store.h"

#include <optional>

namespace koers::layout {

std::filesystem::path ImageStore::resolve(const std::string& src) const {
  const std::filesystem::path path(src);
  if (path.is_absolute() || base_dir_.empty()) return path.lexically_normal();
  return (base_dir_ / path).lexically_normal();
}

const ImageStore::Entry& ImageStore::get(const std::string& src) {
  if (auto found = entries_.find(src); found != entries_.end()) return found->second;
  Entry entry;
  const std::filesystem::path path = resolve(src);
  std::optional<std::string> bytes;
  if (resources_ != nullptr) bytes = resources_->read(path);
  if (!bytes) {
    entry.loaded.error = "niet gevonden";
    entry.loaded.problem = image::Problem::damaged;
    entry.message = "Afbeelding '" + src + "' is niet gevonden (gezocht: " + path.string() + ").";
    entry.hint = "Controleer de naam; een pad is relatief aan de map van het document.";
    return entries_.emplace(src, std::move(entry)).first->second;
  }
  entry.loaded = image::load(*bytes);
  if (!entry.loaded.ok()) {
    entry.message =
        "Afbeelding '" + src + "' kan niet worden gebruikt: " + entry.loaded.error + ".";
    switch (entry.loaded.problem) {
      case image::Problem::format:
        entry.hint =
            "Sla de afbeelding op als PNG (tekeningen, kaarten, logo's) of als JPEG "
            "(foto's).";
        break;
      case image::Problem::too_big:
        entry.hint =
            "Verklein de afbeelding: 300 beeldpunten per inch op de gedrukte maat is "
            "genoeg.";
        break;
      case image::Problem::damaged:
      case image::Problem::none:
        entry.hint = "Open de afbeelding in een tekenprogramma en sla haar opnieuw op.";
        break;
    }
  }
  return entries_.emplace(src, std::move(entry)).first->second;
}

}  // namespace koers::layout

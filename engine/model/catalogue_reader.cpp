// data/beleidskaders.xml: <beleidskaders versie="1"> with kader elements (see
// docs/input-format.md, "Catalogus van beleidskaders").
#include "core/text_file.h"
#include "model/section_readers.h"

namespace koers::model {

Catalogue read_catalogue(std::string_view xml, const std::string& file, Diagnostics& diags,
                         const Limits& limits) {
  Catalogue catalogue;
  XmlSource src(xml, file, limits.max_nesting_depth);
  if (src.parse("beleidskaders")) {
    IdRegistry ids(src);
    ReadContext ctx{src, ids};
    Element root(src, src.root(), {"versie"}, {"kader"});
    if (root.text("versie") != "1")
      src.error(src.at(src.root(), "versie"),
                "catalogus van beleidskaders: verwacht versie=\"1\", maar vond '" +
                    root.text("versie") + "'");
    for (pugi::xml_node n : src.root().children("kader"))
      catalogue.frameworks.push_back(read_framework(ctx, n, true));
    ids.resolve();
  }
  diags.append(src.sorted_diagnostics());
  return catalogue;
}

Catalogue load_catalogue(const Resources& resources, Diagnostics& diags, const Limits& limits) {
  std::filesystem::path path = resources.project_root() / "data" / "beleidskaders.xml";
  TextFile file = read_text_file(resources, path, limits.max_input_bytes, diags);
  if (file.too_large) return {};
  const std::optional<std::string>& bytes = file.text;
  if (!bytes) {
    diags.error(path.string(), 0, 0,
                "kan de catalogus van beleidskaders niet lezen: '" + path.string() + "'",
                "koers zoekt data/beleidskaders.xml in de projectmap (KOERS_HOME)");
    return {};
  }
  return read_catalogue(*bytes, path.string(), diags, limits);
}

}  // namespace koers::model

// data/beleidskaders.xml: <beleidskaders versie="1"> with kader elements (see
// docs/input-format.md, "Catalogus van beleidskaders").
#include "model/section_readers.h"

namespace koers::model {

Catalogue read_catalogue(std::string_view xml, const std::string& file, Diagnostics& diags) {
  Catalogue catalogue;
  XmlSource src(xml, file);
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

Catalogue load_catalogue(const Resources& resources, Diagnostics& diags) {
  std::filesystem::path path = resources.project_root() / "data" / "beleidskaders.xml";
  auto bytes = resources.read(path);
  if (!bytes) {
    diags.error(path.string(), 0, 0,
                "kan de catalogus van beleidskaders niet lezen: '" + path.string() + "'",
                "koers zoekt data/beleidskaders.xml in de projectmap (KOERS_HOME)");
    return {};
  }
  return read_catalogue(*bytes, path.string(), diags);
}

}  // namespace koers::model

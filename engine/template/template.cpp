#include "template/template.h"

#include <set>

#include "core/text_file.h"
#include "template/render_context.h"
#include "template/template_source.h"

namespace koers::templ {

TemplateSet::TemplateSet(std::vector<std::filesystem::path> search_path, const Resources& resources,
                         Limits limits)
    : search_path_(std::move(search_path)), resources_(resources), limits_(limits) {}

std::vector<std::filesystem::path> TemplateSet::standard_search_path(
    const Resources& resources, const std::string& doc_type,
    std::vector<std::filesystem::path> overrides) {
  std::filesystem::path templates = resources.project_root() / "templates";
  overrides.push_back(templates / doc_type);
  overrides.push_back(templates / "partials");
  return overrides;
}

std::vector<std::filesystem::path> TemplateSet::document_search_path(
    const Resources& resources, const std::filesystem::path& input_folder,
    const std::vector<std::string>& styles, const std::string& doc_type) {
  std::vector<std::filesystem::path> overrides;
  if (!input_folder.empty()) {
    overrides.push_back(input_folder / "templates" / doc_type);
    overrides.push_back(input_folder / "templates");
  }
  for (const std::string& style : styles) {
    if (style.empty()) continue;
    const std::filesystem::path folder = resources.project_root() / "styles" / style / "templates";
    overrides.push_back(folder / doc_type);
    overrides.push_back(folder);
  }
  return standard_search_path(resources, doc_type, std::move(overrides));
}

ConfinedPath TemplateSet::locate_in(const std::string& name,
                                    const std::filesystem::path& dir) const {
  const AllowedFolder folder{dir, "de sjabloonmap"};
  ConfinedPath named = confine_path(name, dir, {folder}, resources_, "de sjabloonnaam");
  if (!named.ok()) {
    named.hint =
        "Een sjabloon of partial heet naar zijn bestand in een sjabloonmap, zonder '..', '/' "
        "vooraan of internetadres: {{> omslag}} of {{> onderdelen/omslag}}.";
    return named;
  }
  const std::filesystem::path candidate = dir / (name + ".mustache");
  if (!resources_.exists(candidate)) return {};
  ConfinedPath file =
      confine_path(name + ".mustache", dir, {folder}, resources_, "het sjabloonbestand");
  if (file.ok()) file.path = candidate;
  return file;
}

ConfinedPath TemplateSet::locate(const std::string& name) const {
  if (name.empty()) return {};
  for (const auto& dir : search_path_) {
    ConfinedPath found = locate_in(name, dir);
    if (!found.ok() || !found.path.empty()) return found;
  }
  return {};
}

std::vector<std::filesystem::path> TemplateSet::candidates(const std::string& name) const {
  std::vector<std::filesystem::path> found;
  if (name.empty()) return found;
  for (const auto& dir : search_path_) {
    ConfinedPath candidate = locate_in(name, dir);
    if (candidate.ok() && !candidate.path.empty()) found.push_back(candidate.path);
  }
  return found;
}

std::vector<TemplateUse> TemplateSet::used_by(const std::string& name) const {
  std::vector<TemplateUse> uses;
  std::set<std::string> seen;
  // Depth first with an explicit stack; partials are pushed in reverse to keep their order.
  std::vector<std::pair<std::string, int>> stack = {{name, 0}};
  while (!stack.empty()) {
    auto [current, depth] = stack.back();
    stack.pop_back();
    if (!seen.insert(current).second) continue;
    TemplateUse use{current, {}, candidates(current), depth};
    if (!use.shadowed.empty()) {
      use.file = use.shadowed.front();
      use.shadowed.erase(use.shadowed.begin());
    }
    Diagnostics unlisted;  // a file too large to read lists no partials; render reports it
    std::optional<std::string> text =
        use.file.empty()
            ? std::nullopt
            : read_text_file(resources_, use.file, limits_.max_input_bytes, unlisted).text;
    uses.push_back(std::move(use));
    if (!text) continue;
    const TemplateSource source(current, uses.back().file.string(), std::move(*text));
    const std::vector<std::string> partials = source.partial_names();
    for (auto it = partials.rbegin(); it != partials.rend(); ++it)
      if (!seen.count(*it)) stack.emplace_back(*it, depth + 1);
  }
  return uses;
}

std::filesystem::path TemplateSet::resolve(const std::string& name) const {
  return locate(name).path;
}

std::string TemplateSet::render(const std::string& name, const Data& data, Diagnostics& diags,
                                SourceMap* origins) const {
  const std::size_t errors_before = diags.error_count();
  std::filesystem::path path = resolve(name);
  TextFile file;
  if (!path.empty()) file = read_text_file(resources_, path, limits_.max_input_bytes, diags);
  if (file.too_large) return {};
  std::optional<std::string>& text = file.text;
  if (!text) {
    if (ConfinedPath refused = locate(name); !refused.ok()) {
      diags.error(name + ".mustache", 0, 0, refused.message, refused.hint);
      return {};
    }
    std::string folders;
    for (const auto& dir : search_path_) folders += (folders.empty() ? "" : ", ") + dir.string();
    diags.error(name + ".mustache", 0, 0, "sjabloon '" + name + "' niet gevonden",
                "Gezocht in: " + folders);
    return {};
  }
  auto main = std::make_shared<const TemplateSource>(name, path.string(), std::move(*text));
  if (!check_syntax(*main, diags, limits_.max_nesting_depth)) return {};

  kainjow::mustache::mustache tmpl{main->text};
  tmpl.set_custom_escape([](const std::string& s) { return xml_escape(s); });
  OutputSink sink{{}, limits_.max_template_output_bytes};
  RenderContext context(*this, resources_, limits_, data, main, diags, sink);
  SourceMap map;
  if (origins) context.record_origins(&map, &sink.text);
  try {
    tmpl.render(context, sink);
  } catch (const RenderStopped&) {
    if (sink.overflowed) {
      const TemplateSource& at = context.current();
      diags.error(at.file, 0, 0,
                  "de uitvoer wordt groter dan " +
                      describe_size(limits_.max_template_output_bytes) +
                      "; het renderen is gestopt",
                  "Neemt een partial zichzelf (of elkaar) steeds opnieuw op?");
    }
    return {};
  }
  if (!tmpl.is_valid()) {
    // Syntax is checked per file beforehand; what remains comes from lambdas.
    MustacheError error = translate_mustache_error(tmpl.error_message());
    diags.error(context.current().file, 0, 0, error.message);
  } else if (context.open_partials() != 0) {
    // The partial is still open because kainjow reads its closing marker with the partial's
    // own delimiters: report at the tag that changed them.
    const TemplateSource& partial = context.current();
    const TextPosition at = partial.position(partial.find_delimiter_change());
    diags.error(partial.file, at.line, at.column,
                "partial '" + context.current().name +
                    "' zet andere scheidingstekens ({{=… …=}}) en herstelt ze niet",
                "Zet aan het einde van de partial de standaardscheidingstekens terug.");
  }
  if (diags.error_count() != errors_before) return {};
  if (origins) {
    map.finish(sink.text);
    *origins = std::move(map);
  }
  return std::move(sink.text);
}

}  // namespace koers::templ

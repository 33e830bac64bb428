#include "cli/batch_manifest.h"

#include <set>
#include <sstream>
#include <vector>

#include "core/text_file.h"
#include "template/template.h"
#include "text/messages.h"

namespace koers::cli {

namespace fs = std::filesystem;

namespace {

std::string json_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      static constexpr char kDigits[] = "0123456789abcdef";
      out += "\\u00";
      out += kDigits[(c >> 4) & 0xf];
      out += kDigits[c & 0xf];
    } else {
      out += c;
    }
  }
  return out;
}

// Reads a JSON string starting at text[pos] == '"'; pos ends after the closing quote.
std::optional<std::string> read_string(const std::string& text, std::size_t& pos) {
  if (pos >= text.size() || text[pos] != '"') return std::nullopt;
  std::string out;
  for (++pos; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c == '"') {
      ++pos;
      return out;
    }
    if (c == '\\' && pos + 1 < text.size()) {
      c = text[++pos];
      if (c == 'u' && pos + 4 < text.size()) {
        out += static_cast<char>(std::stoi(text.substr(pos + 1, 4), nullptr, 16));
        pos += 4;
        continue;
      }
    }
    out += c;
  }
  return std::nullopt;
}

// Adds a file's name and content; a missing file counts as such, and a file over the size
// limit is not read (the render refuses it).
void add_file(Fnv1a& hash, const Resources& resources, const fs::path& file,
              std::uintmax_t max_bytes) {
  hash.add(file.filename().string());
  hash.add(std::string(1, '\0'));
  Diagnostics reported_by_the_render;
  TextFile text = read_text_file(resources, file, max_bytes, reported_by_the_render);
  if (text.text) {
    hash.add(std::to_string(text.text->size()));
    hash.add(std::string(1, '\0'));
    hash.add(*text.text);
  } else {
    hash.add(text.too_large ? "(te groot)" : "(ontbreekt)");
  }
  hash.add(std::string(1, '\0'));
}

// styles/<name>/templates[/<doc>] on the search path: the chain's style.css files.
std::vector<fs::path> style_sheets(const std::vector<fs::path>& search_path, const fs::path& root,
                                   const RenderOptions& options) {
  std::vector<fs::path> sheets;
  std::set<fs::path> seen;
  auto add = [&](const fs::path& sheet) {
    if (seen.insert(sheet).second) sheets.push_back(sheet);
  };
  for (const fs::path& folder : search_path) {
    for (fs::path p = folder; p.has_parent_path() && p != p.parent_path(); p = p.parent_path()) {
      if (p.filename() == "templates" && p.parent_path().parent_path().filename() == "styles") {
        add(p.parent_path() / "style.css");
        break;
      }
    }
  }
  add(root / "styles" / (options.style.empty() ? "base" : options.style) / "style.css");
  return sheets;
}

}  // namespace

Manifest Manifest::load(const fs::path& file) {
  Manifest manifest;
  DiskResources disk;
  auto text = disk.read(file);
  if (!text) return manifest;
  std::istringstream lines(*text);
  std::string line;
  while (std::getline(lines, line)) {
    std::size_t pos = line.find('"');
    if (pos == std::string::npos) continue;
    auto key = read_string(line, pos);
    pos = line.find('"', pos);
    if (!key || pos == std::string::npos) continue;
    auto value = read_string(line, pos);
    if (value && value->size() == 16) manifest.entries_[*key] = *value;
  }
  return manifest;
}

std::string Manifest::to_json() const {
  std::string out = "{\n  \"koers\": \"" KOERS_VERSION "\",\n  \"documenten\": {";
  bool first = true;
  for (const auto& [output, fingerprint] : entries_) {
    out += first ? "\n" : ",\n";
    out += "    \"" + json_escape(output) + "\": \"" + fingerprint + "\"";
    first = false;
  }
  out += first ? "}\n}\n" : "\n  }\n}\n";
  return out;
}

std::optional<std::string> Manifest::fingerprint(const std::string& output) const {
  auto it = entries_.find(output);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void Manifest::set(const std::string& output, const std::string& fingerprint) {
  entries_[output] = fingerprint;
}

void Manifest::erase(const std::string& output) {
  entries_.erase(output);
}

fs::path manifest_path(const fs::path& folder, const std::optional<Shard>& shard) {
  if (!shard) return folder / ".koers-manifest.json";
  return folder / (".koers-manifest-" + std::to_string(shard->index) + "-van-" +
                   std::to_string(shard->count) + ".json");
}

std::string document_fingerprint(Engine& engine, const Resources& resources, const fs::path& input,
                                 const std::string& doc, const RenderOptions& options) {
  Fnv1a hash;
  const std::uintmax_t max_bytes = engine.limits().max_input_bytes;
  for (const std::string& part :
       {std::string("koers " KOERS_VERSION), doc, options.style, options.language,
        std::string(options.compress ? "gecomprimeerd" : "ongecomprimeerd")}) {
    hash.add(part);
    hash.add(std::string(1, '\0'));
  }
  add_file(hash, resources, input, max_bytes);

  Diagnostics ignored;  // the render reports them
  const std::vector<fs::path> search_path =
      engine.template_search_path(input, doc, options, ignored);
  templ::TemplateSet templates(search_path, resources, engine.limits());
  for (const templ::TemplateUse& use : templates.used_by(doc)) {
    hash.add(use.name);
    hash.add(std::string(1, '\0'));
    if (use.file.empty())
      hash.add("(niet gevonden)");
    else
      add_file(hash, resources, use.file, max_bytes);
  }
  const fs::path root = resources.project_root();
  for (const fs::path& sheet : style_sheets(search_path, root, options))
    add_file(hash, resources, sheet, max_bytes);
  add_file(hash, resources, root / "locales" / (options.language + ".xml"), max_bytes);
  add_file(hash, resources, root / "locales" / (std::string(text::kBaseLanguage) + ".xml"),
           max_bytes);
  add_file(hash, resources, root / "data" / "beleidskaders.xml", max_bytes);
  return hash.hex();
}

}  // namespace koers::cli

#include "style/style.h"

#include <algorithm>
#include <vector>

#include "core/text_file.h"
#include "style/contrast.h"
#include "style/resolve.h"
#include "style/sheet_parser.h"
#include "style/style_files.h"

namespace koers::style {
namespace {

constexpr int kMaxExtendsDepth = 8;

bool valid_style_name(const std::string& name) {
  if (name.empty() || name == "." || name == "..") return false;
  return name.find_first_of("/\\") == std::string::npos;
}

}  // namespace

const ParagraphStyle& StyleSheet::paragraph(const std::string& name) const {
  static const ParagraphStyle kDefault{};
  if (auto it = paragraphs.find(name); it != paragraphs.end()) return it->second;
  if (auto it = paragraphs.find("p"); it != paragraphs.end()) return it->second;
  return kDefault;
}

const TableStyle& StyleSheet::table(const std::string& name) const {
  static const TableStyle kDefault{};
  if (auto it = tables.find(name); it != tables.end()) return it->second;
  if (auto it = tables.find("table"); it != tables.end()) return it->second;
  return kDefault;
}

const PageTemplate& StyleSheet::page(const std::string& name) const {
  static const PageTemplate kDefault{};
  if (auto it = pages.find(name); it != pages.end()) return it->second;
  if (auto it = pages.find("body"); it != pages.end()) return it->second;
  return kDefault;
}

void apply_style_text(std::string_view text, const std::string& file, StyleSheet& sheet,
                      Diagnostics& diags) {
  ParsedSheet parsed = parse_sheet(text, file, diags);
  merge(sheet.source, parsed.source);
  resolve(sheet, diags);
  check_contrast(sheet, diags);
}

StyleSheet load_style(const std::string& name, const Resources& resources, Diagnostics& diags,
                      const Limits& limits) {
  StyleSheet sheet;
  sheet.name = name;
  // The chain from the asked style up to the root style, each file parsed once.
  std::vector<ParsedSheet> chain;
  std::vector<std::string> names;
  std::string current = name;
  std::string child_file;
  int child_line = 0, child_column = 0;
  while (true) {
    const std::filesystem::path path = resources.project_root() / "styles" / current / "style.css";
    const std::string file = path.string();
    if (std::find(names.begin(), names.end(), current) != names.end()) {
      std::string cycle;
      for (const std::string& n : names) cycle += n + " → ";
      diags.error(child_file, child_line, child_column,
                  "@extends maakt een kring: " + cycle + current,
                  "Een huisstijl kan niet (via andere) op zichzelf voortbouwen.");
      break;
    }
    if (static_cast<int>(names.size()) > kMaxExtendsDepth) {
      diags.error(child_file, child_line, child_column,
                  "@extends gaat dieper dan " + std::to_string(kMaxExtendsDepth) + " stijlen");
      break;
    }
    if (auto refused = refuse_style_folder(current, resources)) {
      const bool asked = names.empty();  // else named by @extends in the child's file
      diags.error(asked ? (resources.project_root() / "styles").string() : child_file,
                  asked ? 0 : child_line, asked ? 0 : child_column, refused->message,
                  refused->hint);
      break;
    }
    TextFile style_file;
    if (valid_style_name(current))
      style_file = read_text_file(resources, path, limits.max_input_bytes, diags);
    if (style_file.too_large) break;
    const std::optional<std::string>& text = style_file.text;
    if (!text) {
      if (names.empty()) {
        diags.error(file, 0, 0, "huisstijl \"" + current + "\" niet gevonden",
                    "Verwacht het bestand styles/" + current + "/style.css in " +
                        resources.project_root().string() + ".");
      } else {
        diags.error(child_file, child_line, child_column,
                    "de huisstijl \"" + current + "\" waarop deze stijl voortbouwt bestaat niet",
                    "Verwacht het bestand " + file + ".");
      }
      break;
    }
    names.push_back(current);
    chain.push_back(parse_sheet(*text, file, diags));
    const ParsedSheet& parsed = chain.back();
    if (parsed.extends.empty()) break;
    child_file = file;
    child_line = parsed.extends_line;
    child_column = parsed.extends_column;
    current = parsed.extends;
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) merge(sheet.source, it->source);
  sheet.chain = names;
  resolve(sheet, diags);
  confine_font_folders(sheet, resources, diags);
  check_contrast(sheet, diags);
  return sheet;
}

}  // namespace koers::style

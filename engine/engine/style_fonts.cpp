#include "engine/style_fonts.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <string_view>
#include <vector>

namespace koers {
namespace {

namespace fs = std::filesystem;

// Family names compare as fontconfig (and FontLibrary) compares them: ignoring case and
// spaces.
std::string family_key(std::string_view family) {
  std::string key;
  for (char c : family)
    if (c != ' ') key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return key;
}

// A declaration's value without the quotes around one name: "\"Lato\"" → "Lato".
std::string unquoted(std::string_view value) {
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return std::string(value);
}

// The families the paragraph, character and chart styles use.
std::vector<std::string> used_families(const style::StyleSheet& sheet) {
  std::vector<std::string> families;
  auto add = [&](const std::string& family) {
    if (std::none_of(families.begin(), families.end(),
                     [&](const std::string& f) { return family_key(f) == family_key(family); }))
      families.push_back(family);
  };
  for (const auto& [name, style] : sheet.paragraphs) add(style.font_family);
  for (const auto& [name, style] : sheet.characters)
    if (style.font_family) add(*style.font_family);
  add(sheet.chart.font_family);
  return families;
}

// Where the family's name is written: a variable holding it (--body-font: "Huisletter") or
// a font-family declaration; nullptr when neither is found.
const style::Declaration* where_named(const style::StyleSheet& sheet, const std::string& family) {
  for (const auto& [name, declaration] : sheet.source.variables)
    if (family_key(unquoted(declaration.value)) == family_key(family)) return &declaration;
  for (const auto& [key, properties] : sheet.source.rules)
    if (auto it = properties.find("font-family");
        it != properties.end() && family_key(unquoted(it->second.value)) == family_key(family))
      return &it->second;
  return nullptr;
}

void check_folder(const std::string& family, const fs::path& folder, const style::Declaration& src,
                  text::FontLibrary& fonts, Diagnostics& diags) {
  auto error = [&](std::string message, std::string hint) {
    diags.error(src.file, src.line, src.column, std::move(message), std::move(hint));
  };
  const std::string quoted = "\"" + family + "\"";
  text::FontFolder found;
  try {
    found = fonts.add_font_folder(folder);
  } catch (const std::exception&) {
    std::error_code ec;
    if (!fs::exists(folder, ec))
      error("de lettertypemap voor " + quoted + " bestaat niet",
            "Maak de map " + folder.string() + " aan en zet er de .ttf-bestanden van " + family +
                " in, of verbeter src.");
    else if (!fs::is_directory(folder, ec))
      error("de lettertypemap voor " + quoted + " is geen map: " + folder.string(),
            "src noemt een map naast de huisstijl, bijvoorbeeld src: \"fonts/\";");
    else
      error("de lettertypemap voor " + quoted + " kan niet worden gelezen",
            "Controleer of koers de map " + folder.string() + " mag lezen.");
    return;
  }
  for (const text::FontFolder::Unusable& file : found.unusable) {
    const bool damaged = file.problem.starts_with("is afgebroken");
    error("lettertypebestand " + (folder / file.file.filename()).string() + " " + file.problem,
          damaged ? "Kopieer het bestand opnieuw van de bron (de ontwerper of het merkportaal)."
                  : "Zet het .ttf-bestand van het lettertype zelf in de map.");
  }
  const bool has_family = std::any_of(
      found.faces.begin(), found.faces.end(),
      [&](const display::FontFace& face) { return family_key(face.family) == family_key(family); });
  if (has_family || !found.unusable.empty()) return;
  if (found.font_files == 0) {
    error("de lettertypemap " + folder.string() + " voor " + quoted + " bevat geen .ttf-bestanden",
          "Zet de .ttf-bestanden van " + family +
              " in de map: de gewone, vette en cursieve variant.");
    return;
  }
  // Families by the name inside their files, each with the files that hold it.
  std::vector<std::pair<std::string, std::vector<std::string>>> families;
  for (const display::FontFace& face : found.faces) {
    auto it = std::find_if(families.begin(), families.end(),
                           [&](const auto& f) { return f.first == face.family; });
    if (it == families.end()) it = families.insert(families.end(), {face.family, {}});
    const std::string file = fs::path(face.path).filename().string();
    if (std::find(it->second.begin(), it->second.end(), file) == it->second.end())
      it->second.push_back(file);
  }
  std::string listed;
  for (const auto& [name, files] : families) {
    std::string names;
    for (const std::string& file : files) names += (names.empty() ? "" : ", ") + file;
    listed += (listed.empty() ? "" : "; ") + name + " (" + names + ")";
  }
  error("de lettertypemap " + folder.string() + " bevat geen lettertype van de familie " + quoted +
            ", wel: " + listed,
        "Een lettertype heet naar de familienaam in het bestand, niet naar de bestandsnaam. "
        "Noem in @font de familie van de bestanden, of zet de bestanden van " +
            family + " in de map.");
}

}  // namespace

void register_style_fonts(const style::StyleSheet& sheet, text::FontLibrary& fonts,
                          const std::string& file, Diagnostics& diags) {
  std::set<std::string> declared;
  for (const auto& [family, folder] : sheet.font_files) {
    declared.insert(family_key(family));
    check_folder(family, folder, sheet.source.fonts.at(family), fonts, diags);
  }
  for (const std::string& family : used_families(sheet)) {
    if (declared.count(family_key(family))) continue;  // its folder is checked above
    std::string message, hint;
    try {
      fonts.get(family, false, false);
      continue;
    } catch (const text::FontNotFound& e) {
      message = "lettertype \"" + family + "\" is niet gevonden: " + e.problem;
      hint =
          "Installeer het lettertype, of zet de .ttf-bestanden in een map naast de huisstijl "
          "en noem die met @font \"" +
          family + "\" { src: \"fonts/\"; }. Of kies een geïnstalleerd lettertype, zoals Lato.";
    } catch (const std::exception& e) {
      message = "lettertype \"" + family + "\" kan niet worden gebruikt";
      hint = e.what();
    }
    if (const style::Declaration* at = where_named(sheet, family))
      diags.error(at->file, at->line, at->column, std::move(message), std::move(hint));
    else
      diags.error(file, 0, 0, std::move(message), std::move(hint));
  }
}

}  // namespace koers

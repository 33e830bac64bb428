// Finding font files by family: registered folders first, then fontconfig. fontconfig always
// answers with *some* font, so the match is checked against the family and style asked for.
#include <fontconfig/fontconfig.h>
#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <stdexcept>
#include <system_error>

#include "text/font.h"

namespace koers::text {

namespace {

// Family names compare as fontconfig compares them: ignoring case and spaces.
std::string family_key(std::string_view family) {
  std::string key;
  for (char c : family) {
    if (c != ' ') key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return key;
}

std::string style_words(bool bold, bool italic) {
  if (bold && italic) return "vet cursief";
  if (bold) return "vet";
  if (italic) return "cursief";
  return "normaal";
}

std::string describe(const std::string& family, bool bold, bool italic) {
  return "'" + family + "' (" + style_words(bold, italic) + ")";
}

std::string name_of(hb_face_t* face, hb_ot_name_id_t id) {
  unsigned count = 0;
  const hb_ot_name_entry_t* entries = hb_ot_name_list_names(face, &count);
  // English first (fontconfig and style files use the English name), else any language.
  hb_language_t chosen = HB_LANGUAGE_INVALID;
  for (unsigned i = 0; i < count; ++i) {
    if (entries[i].name_id != id) continue;
    const char* language = hb_language_to_string(entries[i].language);
    if (chosen == HB_LANGUAGE_INVALID ||
        (language != nullptr && std::string_view(language).starts_with("en"))) {
      chosen = entries[i].language;
    }
  }
  if (chosen == HB_LANGUAGE_INVALID) return {};
  char buffer[256];
  unsigned length = sizeof buffer;
  hb_ot_name_get_utf8(face, id, chosen, &length, buffer);
  return std::string(buffer, length);
}

struct Os2Style {
  bool bold = false, italic = false;
  unsigned weight = 400;
};

Os2Style os2_style(hb_face_t* face) {
  Os2Style style;
  hb_blob_t* blob = hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2'));
  unsigned length = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(hb_blob_get_data(blob, &length));
  // usWeightClass at offset 4, fsSelection at offset 62 (OpenType spec, OS/2 table).
  if (length >= 64) {
    style.weight = (data[4] << 8) | data[5];
    const unsigned selection = (data[62] << 8) | data[63];
    style.italic = (selection & 0x01) != 0;
    style.bold = (selection & 0x20) != 0;
  }
  hb_blob_destroy(blob);
  return style;
}

unsigned be16(std::string_view b, std::size_t at) {
  return (static_cast<unsigned char>(b[at]) << 8) | static_cast<unsigned char>(b[at + 1]);
}

std::uint64_t be32(std::string_view b, std::size_t at) {
  return (std::uint64_t{be16(b, at)} << 16) | be16(b, at + 2);
}

// 656544 → "656.544": byte counts in messages, Dutch style.
std::string dutch_count(std::uint64_t n) {
  std::string digits = std::to_string(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), ".");
  return digits;
}

// What a file that is no font is instead, judged by its first bytes.
std::string not_a_font(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 512);
  std::string lower(head);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (lower.find("<html") != std::string::npos || lower.find("<!doctype") != std::string::npos)
    return "is geen lettertype maar een webpagina (een mislukte download?)";
  const bool text = std::all_of(head.begin(), head.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
  });
  if (text) return "is geen lettertype maar een tekstbestand";
  if (head.starts_with("PK")) return "is geen lettertype maar een zip-bestand; pak het eerst uit";
  return "is geen TrueType-lettertype";
}

}  // namespace

std::string font_file_problem(std::string_view bytes) {
  if (bytes.empty()) return "is leeg";
  const std::string_view tag = bytes.substr(0, 4);
  if (tag == "OTTO")
    return "is een OpenType-lettertype met PostScript-contouren (CFF); koers kan alleen "
           "lettertypen met TrueType-contouren inbedden";
  if (tag == "ttcf")
    return "is een lettertypecollectie; koers kan alleen losse lettertypen inbedden";
  if (tag == "wOFF" || tag == "wOF2")
    return "is een weblettertype (WOFF); koers heeft het .ttf-bestand zelf nodig";
  if (tag != std::string_view("\0\1\0\0", 4) && tag != "true") return not_a_font(bytes);
  // The table directory (OpenType spec, "Organization of an OpenType font"): 12 bytes, then
  // 16 per table with its offset and length. A file cut short ends before a table does.
  const std::size_t tables = bytes.size() >= 12 ? be16(bytes, 4) : 0;
  const std::size_t directory = 12 + 16 * tables;
  if (bytes.size() < 12 || bytes.size() < directory)
    return "is afgebroken: het houdt op na " + dutch_count(bytes.size()) +
           " bytes, nog in de inhoudsopgave van het lettertype";
  std::uint64_t needed = directory;
  bool outlines = false;
  for (std::size_t i = 0; i < tables; ++i) {
    const std::size_t record = 12 + 16 * i;
    needed = std::max(needed, be32(bytes, record + 8) + be32(bytes, record + 12));
    outlines = outlines || bytes.substr(record, 4) == "glyf";
  }
  if (needed > bytes.size())
    return "is afgebroken: het houdt op na " + dutch_count(bytes.size()) +
           " bytes, maar het lettertype is " + dutch_count(needed) + " bytes lang";
  if (!outlines)
    return "heeft geen TrueType-contouren; koers kan alleen zulke lettertypen inbedden";
  return {};
}

struct FontLibrary::Fontconfig {
  FcConfig* config = FcInitLoadConfigAndFonts();
  ~Fontconfig() { FcConfigDestroy(config); }
};

FontLibrary::FontLibrary() = default;
FontLibrary::~FontLibrary() = default;

FontFolder FontLibrary::add_font_folder(const std::filesystem::path& folder) {
  std::lock_guard lock(mutex_);
  if (auto known = folders_.find(folder); known != folders_.end()) return known->second;
  std::error_code error;
  std::filesystem::directory_iterator it(folder, error);
  if (error) {
    throw std::runtime_error("Lettertypemap '" + folder.string() +
                             "' kan niet worden gelezen: " + error.message());
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : it) {
    std::string extension = entry.path().extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (entry.is_regular_file() && extension == ".ttf") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // the same choice on every machine

  FontFolder found;
  found.font_files = files.size();
  std::vector<display::FontFace> legacy, typographic;
  for (const auto& file : files) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
    if (blob == nullptr) {
      found.unusable.push_back({file, "kan niet worden gelezen"});
      continue;
    }
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    if (std::string problem = font_file_problem(std::string_view(data, length)); !problem.empty()) {
      found.unusable.push_back({file, std::move(problem)});
      hb_blob_destroy(blob);
      continue;
    }
    hb_face_t* face = hb_face_create(blob, 0);
    const Os2Style style = os2_style(face);
    // Name ID 1 is the style-linked family ("Lato Heavy" regular); name ID 16 the
    // typographic family ("Lato" with weight 800). Only plain regular and bold weights count
    // for the latter, so that "Lato" bold is Lato-Bold and not Lato-Semibold.
    const std::string family = name_of(face, HB_OT_NAME_ID_FONT_FAMILY);
    if (!family.empty())
      legacy.push_back({file.string(), family, style.bold, style.italic});
    else
      found.unusable.push_back({file, "noemt geen familienaam"});
    const std::string wide = name_of(face, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
    if (!wide.empty() && (style.weight == 400 || style.weight == 700)) {
      typographic.push_back({file.string(), wide, style.weight == 700, style.italic});
    }
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
  found.faces = legacy;
  found.faces.insert(found.faces.end(), typographic.begin(), typographic.end());
  folder_faces_.insert(folder_faces_.end(), found.faces.begin(), found.faces.end());
  return folders_[folder] = std::move(found);
}

const Font& FontLibrary::get(const std::string& family, bool bold, bool italic) {
  const std::string key = family_key(family) + (bold ? "|b" : "|") + (italic ? "|i" : "|");
  std::lock_guard lock(mutex_);
  if (auto it = by_key_.find(key); it != by_key_.end()) return *it->second;

  const std::string wanted = family_key(family);
  for (const display::FontFace& face : folder_faces_) {
    if (family_key(face.family) == wanted && face.bold == bold && face.italic == italic) {
      const Font& font = load({face.path, family, bold, italic});
      by_key_[key] = &font;
      return font;
    }
  }
  const std::string path = find_with_fontconfig(family, bold, italic);
  const Font& font = load({path, family, bold, italic});
  by_key_[key] = &font;
  return font;
}

const Font& FontLibrary::get(const display::FontFace& face) {
  std::lock_guard lock(mutex_);
  return load(face);
}

const Font& FontLibrary::load(const display::FontFace& face) {
  auto& slot = by_path_[face.path];
  if (!slot) {
    try {
      slot = std::make_unique<Font>(face);
    } catch (...) {
      by_path_.erase(face.path);
      throw;
    }
  }
  return *slot;
}

std::string FontLibrary::find_with_fontconfig(const std::string& family, bool bold, bool italic) {
  if (!fontconfig_) fontconfig_ = std::make_unique<Fontconfig>();
  FcConfig* config = fontconfig_->config;
  if (config == nullptr) {
    throw std::runtime_error("Lettertype " + describe(family, bold, italic) +
                             " kan niet worden gezocht: fontconfig is niet beschikbaar");
  }
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcPatternAddString(pattern, FC_FONTFORMAT, reinterpret_cast<const FcChar8*>("TrueType"));
  FcConfigSubstitute(config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(config, pattern, &result);
  FcPatternDestroy(pattern);

  std::string problem = "het is niet op deze computer geïnstalleerd";
  std::string path;
  if (match != nullptr) {
    bool same_family = false;
    FcChar8* value = nullptr;
    for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &value) == FcResultMatch; ++i) {
      same_family =
          same_family || family_key(reinterpret_cast<const char*>(value)) == family_key(family);
    }
    int index = 0;
    FcPatternGetInteger(match, FC_INDEX, 0, &index);
    FcChar8* file = nullptr;
    FcPatternGetString(match, FC_FILE, 0, &file);
    // The match carries the *requested* weight and slant when fontconfig would fake them
    // (90-synthetic.conf: embolden, oblique matrix); the face's own pattern tells the truth.
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN, faces = 0;
    if (file != nullptr) {
      if (FcPattern* own = FcFreeTypeQuery(file, index, nullptr, &faces)) {
        FcPatternGetInteger(own, FC_WEIGHT, 0, &weight);
        FcPatternGetInteger(own, FC_SLANT, 0, &slant);
        FcPatternDestroy(own);
      }
    }
    // Any weight will do for "not bold": the style-linked family "Lato Heavy" is heavy.
    const bool weight_ok = !bold || weight >= FC_WEIGHT_DEMIBOLD;
    const bool slant_ok = italic == (slant != FC_SLANT_ROMAN);  // oblique counts as italic
    if (!same_family) {
      // fontconfig substituted another family; keep problem as is.
    } else if (!weight_ok || !slant_ok) {
      problem = "de familie is geïnstalleerd, maar zonder deze variant";
    } else if (index != 0) {
      problem = "de variant zit in een lettertypecollectie (.ttc), die niet kan worden ingebed";
    } else if (file != nullptr) {
      path = reinterpret_cast<const char*>(file);
    }
    FcPatternDestroy(match);
  }
  if (path.empty()) {
    throw FontNotFound("Lettertype " + describe(family, bold, italic) +
                           " is niet gevonden: " + problem +
                           ". Installeer het, of geef in de huisstijl een map met de "
                           ".ttf-bestanden op.",
                       problem);
  }
  return path;
}

}  // namespace koers::text

#include "core/confined_path.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>

namespace koers {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A Windows drive ("C:\…", "c:/…") or a path from the root, on any system.
bool is_absolute(std::string_view written) {
  if (written.starts_with('/') || written.starts_with('\\')) return true;
  return written.size() >= 2 && std::isalpha(static_cast<unsigned char>(written[0])) &&
         written[1] == ':';
}

fs::path absolute_normal(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal();
}

// Whether path lies in folder (or is it); both absolute and normal. A trailing separator
// ("fonts/") is an empty last element and does not count.
bool within(const fs::path& path, const fs::path& folder) {
  auto end_of = [](const fs::path& p) {
    auto end = p.end();
    if (p.begin() != end && std::prev(end)->empty()) --end;
    return end;
  };
  const auto folder_end = end_of(folder);
  auto p = path.begin();
  for (auto f = folder.begin(); f != folder_end; ++f, ++p)
    if (p == path.end() || *p != *f) return false;
  return true;
}

std::string folder_names(const std::vector<AllowedFolder>& allowed) {
  std::string names;
  for (const AllowedFolder& folder : allowed) {
    if (!names.empty()) names += " of ";
    names += folder.name + " (" + folder.path.string() + ")";
  }
  return names;
}

ConfinedPath refused(std::string message, std::string hint) {
  return {{}, std::move(message), std::move(hint)};
}

}  // namespace

bool is_url(std::string_view written) {
  const std::size_t colon = written.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;  // "C:" is a drive
  const std::string_view scheme = written.substr(0, colon);
  const bool scheme_chars =
      std::isalpha(static_cast<unsigned char>(scheme[0])) &&
      std::all_of(scheme.begin(), scheme.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
      });
  if (!scheme_chars) return false;
  static constexpr std::array<std::string_view, 8> kSchemes = {"http", "https", "ftp",  "ftps",
                                                               "sftp", "file",  "data", "smb"};
  const std::string name = lower(scheme);
  return written.substr(colon).starts_with("://") ||
         std::find(kSchemes.begin(), kSchemes.end(), name) != kSchemes.end();
}

ConfinedPath confine_path(std::string_view written, const fs::path& base,
                          const std::vector<AllowedFolder>& allowed, const Resources& resources,
                          std::string_view what) {
  // Only a refusal needs the words, so they are made only then.
  const auto quoted = [&] { return std::string(what) + " '" + std::string(written) + "'"; };
  const auto folders = [&] { return folder_names(allowed); };
  if (is_url(written))
    return refused(quoted() +
                       " is een internetadres; koers haalt nooit iets van het internet of "
                       "het netwerk",
                   "Zet het bestand in " + folders() + " en schrijf het pad daarheen.");
  if (is_absolute(written))
    return refused(quoted() + " is een absoluut pad; koers leest alleen bestanden in " + folders(),
                   "Schrijf het pad vanaf die map, bijvoorbeeld 'afbeeldingen/logo.png'.");

  // The reader opens the lexically normal path, so that is the one whose links are followed.
  const fs::path path =
      ((base.empty() ? fs::path(".") : base) / fs::path(written)).lexically_normal();
  const fs::path lexical = absolute_normal(path);
  const auto contains_lexical = [&](const AllowedFolder& folder) {
    return within(lexical, absolute_normal(folder.path));
  };
  if (std::none_of(allowed.begin(), allowed.end(), contains_lexical))
    return refused(quoted() + " wijst buiten " + folders(),
                   "Met '..' mag een pad die map niet verlaten; zet het bestand in de map of in "
                   "een map daaronder.");

  // A file that is not there cannot be read through a link either; the reader says it is
  // missing. Skipping the link check then keeps lookups along search paths cheap.
  if (!resources.exists(path)) return {path, {}, {}};
  const fs::path real = resources.real_path(path);
  const auto contains_real = [&](const AllowedFolder& folder) {
    return within(real, resources.real_path(folder.path));
  };
  if (std::none_of(allowed.begin(), allowed.end(), contains_real))
    return refused(quoted() + " is een snelkoppeling (symbolische link) naar '" + real.string() +
                       "', buiten " + folders(),
                   "koers volgt geen koppelingen naar bestanden buiten die map; kopieer het "
                   "bestand zelf in de map.");
  return {path, {}, {}};
}

}  // namespace koers

#include "core/text_file.h"

namespace koers {

namespace {

void report_too_large(const std::filesystem::path& path, std::uintmax_t size,
                      std::uintmax_t max_bytes, Diagnostics& diags) {
  diags.error(path.string(), 0, 0,
              "het bestand is " + describe_size(size) + " groot; koers leest bestanden tot " +
                  describe_size(max_bytes),
              "Controleer of dit het juiste bestand is: een gemeentebestand, sjabloon, huisstijl "
              "of catalogus is hooguit enkele MB groot.");
}

}  // namespace

TextFile read_text_file(const Resources& resources, const std::filesystem::path& path,
                        std::uintmax_t max_bytes, Diagnostics& diags) {
  TextFile file;
  if (std::optional<std::uintmax_t> size = resources.size(path); size && *size > max_bytes) {
    report_too_large(path, *size, max_bytes, diags);
    file.too_large = true;
    return file;
  }
  file.text = resources.read(path);
  // The size was unknown, or the file grew after it was measured.
  if (file.text && file.text->size() > max_bytes) {
    report_too_large(path, file.text->size(), max_bytes, diags);
    file.text.reset();
    file.too_large = true;
  }
  return file;
}

}  // namespace koers

#include "pdf/temp_dir.h"

#include <stdlib.h>

#include <fstream>
#include <system_error>

#include "pdf/pdf.h"

namespace koers::pdf {

TempDir::TempDir() {
  std::error_code error;
  std::filesystem::path base = std::filesystem::temp_directory_path(error);
  if (error) base = "/tmp";
  std::string pattern = (base / "koers-pdf-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr)
    throw PdfError("kon geen tijdelijke map aanmaken in " + base.string());
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::write_file(const std::string& name, const std::string& bytes) const {
  std::string file = (path_ / name).string();
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw PdfError("kon het tijdelijke bestand " + file + " niet schrijven");
  return file;
}

}  // namespace koers::pdf

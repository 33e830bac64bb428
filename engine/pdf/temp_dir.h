// A private temporary directory (mkdtemp), removed with its contents when the object goes,
// on every path. libharu 2.3.0 loads TrueType only from a file and reads it again while
// saving (stack-notes §12), so the directory must outlive the document.
#pragma once

#include <filesystem>
#include <string>

namespace koers::pdf {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes bytes to a new file name in the directory and returns its path.
  std::string write_file(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

}  // namespace koers::pdf

// A fresh folder under the system's temporary folder for one test, removed afterwards, with
// helpers to put files and symbolic links in it (the path-confinement tests need real links).
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

namespace koers::test {

class TempFolder {
 public:
  explicit TempFolder(const std::string& purpose) {
    static std::atomic<int> counter{0};
    path_ =
        std::filesystem::temp_directory_path() /
        ("koers-" + purpose + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes text to relative (folders made as needed); returns the full path.
  std::filesystem::path write(const std::filesystem::path& relative,
                              const std::string& text) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

  // A symbolic link at relative that points at target.
  std::filesystem::path link(const std::filesystem::path& relative,
                             const std::filesystem::path& target) const {
    const std::filesystem::path at = path_ / relative;
    std::filesystem::create_directories(at.parent_path());
    std::filesystem::create_symlink(target, at);
    return at;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace koers::test

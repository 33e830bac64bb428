// All file access of the engine goes through Resources, so the CLI, batch caches and tests
// each supply their own (tests need no files on disk).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace koers {

class Resources {
 public:
  virtual ~Resources() = default;

  // The bytes of a file, or nullopt when it cannot be read.
  virtual std::optional<std::string> read(const std::filesystem::path& path) const = 0;
  virtual bool exists(const std::filesystem::path& path) const = 0;
  // A file's size in bytes without reading it (so an oversized file is refused before it is
  // read, core/text_file.h); nullopt when unknown.
  virtual std::optional<std::uintmax_t> size(const std::filesystem::path&) const {
    return std::nullopt;
  }
  // Where a path really leads, absolute and normal: on disk with every symbolic link
  // followed, so that a link cannot take a file out of the folder it must stay in
  // (core/confined_path.h). The default knows no links.
  virtual std::filesystem::path real_path(const std::filesystem::path& path) const;

  // The folder that holds templates/, styles/, locales/ and data/.
  virtual std::filesystem::path project_root() const = 0;
};

// Reads from the file system. project_root defaults to the KOERS_HOME environment variable,
// then to the folder the engine was built from.
class DiskResources : public Resources {
 public:
  explicit DiskResources(std::filesystem::path project_root = default_project_root());
  std::optional<std::string> read(const std::filesystem::path& path) const override;
  bool exists(const std::filesystem::path& path) const override;
  std::optional<std::uintmax_t> size(const std::filesystem::path& path) const override;
  std::filesystem::path real_path(const std::filesystem::path& path) const override;
  std::filesystem::path project_root() const override { return root_; }

  static std::filesystem::path default_project_root();

 private:
  std::filesystem::path root_;
};

// Files held in memory, keyed by path; falls back to another Resources when given one.
class MemoryResources : public Resources {
 public:
  explicit MemoryResources(const Resources* fallback = nullptr,
                           std::filesystem::path project_root = "/koers");
  void put(const std::filesystem::path& path, std::string bytes);
  std::optional<std::string> read(const std::filesystem::path& path) const override;
  bool exists(const std::filesystem::path& path) const override;
  std::optional<std::uintmax_t> size(const std::filesystem::path& path) const override;
  // A file held in memory is where it says; any other path is the fallback's.
  std::filesystem::path real_path(const std::filesystem::path& path) const override;
  std::filesystem::path project_root() const override { return root_; }

 private:
  const Resources* fallback_;
  std::filesystem::path root_;
  std::map<std::filesystem::path, std::string> files_;
};

}  // namespace koers

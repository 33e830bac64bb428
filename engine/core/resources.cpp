#include "core/resources.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace koers {

namespace fs = std::filesystem;

fs::path Resources::real_path(const fs::path& path) const {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal();
}

DiskResources::DiskResources(fs::path project_root) : root_(std::move(project_root)) {}

fs::path DiskResources::default_project_root() {
  if (const char* home = std::getenv("KOERS_HOME"); home && *home) return home;
  return KOERS_SOURCE_DIR;
}

std::optional<std::string> DiskResources::read(const fs::path& path) const {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(s).str();
}

bool DiskResources::exists(const fs::path& path) const {
  std::error_code ec;
  return fs::exists(path, ec);
}

std::optional<std::uintmax_t> DiskResources::size(const fs::path& path) const {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  const std::uintmax_t bytes = fs::file_size(path, ec);
  if (ec) return std::nullopt;
  return bytes;
}

fs::path DiskResources::real_path(const fs::path& path) const {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(path, ec);
  return ec ? Resources::real_path(path) : real.lexically_normal();
}

MemoryResources::MemoryResources(const Resources* fallback, fs::path project_root)
    : fallback_(fallback), root_(std::move(project_root)) {
  if (fallback_ && root_ == "/koers") root_ = fallback_->project_root();
}

void MemoryResources::put(const fs::path& path, std::string bytes) {
  files_[path.lexically_normal()] = std::move(bytes);
}

std::optional<std::string> MemoryResources::read(const fs::path& path) const {
  if (auto it = files_.find(path.lexically_normal()); it != files_.end()) return it->second;
  return fallback_ ? fallback_->read(path) : std::nullopt;
}

std::optional<std::uintmax_t> MemoryResources::size(const fs::path& path) const {
  if (auto it = files_.find(path.lexically_normal()); it != files_.end()) return it->second.size();
  return fallback_ ? fallback_->size(path) : std::nullopt;
}

bool MemoryResources::exists(const fs::path& path) const {
  return files_.count(path.lexically_normal()) > 0 || (fallback_ && fallback_->exists(path));
}

fs::path MemoryResources::real_path(const fs::path& path) const {
  if (files_.count(path.lexically_normal()) > 0 || !fallback_) return Resources::real_path(path);
  return fallback_->real_path(path);
}

}  // namespace koers

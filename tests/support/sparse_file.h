// A huge file that takes no disk space and no time to make: ftruncate leaves a hole.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace koers::test {

inline constexpr std::uintmax_t kOneGigabyte = std::uintmax_t{1} << 30;

// Creates (or replaces) path as a file of size bytes, all of them a hole.
inline void make_sparse_file(const std::filesystem::path& path,
                             std::uintmax_t size = kOneGigabyte) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) throw std::runtime_error("kan " + path.string() + " niet aanmaken");
  const int result = ::ftruncate(fd, static_cast<off_t>(size));
  ::close(fd);
  if (result != 0) throw std::runtime_error("ftruncate van " + path.string() + " mislukt");
}

}  // namespace koers::test

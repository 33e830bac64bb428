#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace koers {

namespace fs = std::filesystem;

namespace {

std::string reason(int err) {
  switch (err) {
    case ENOSPC:
      return "de schijf is vol";
    case EDQUOT:
      return "de schijfquotum is bereikt";
    case EACCES:
    case EPERM:
      return "geen schrijfrechten";
    case EROFS:
      return "de map is alleen-lezen";
    case ENOENT:
      return "de map bestaat niet";
    default:
      return std::strerror(err);
  }
}

}  // namespace

std::string write_file_atomically(const fs::path& target, std::string_view bytes) {
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return "kan " + target.string() + " niet schrijven: " + reason(errno);

  auto fail = [&](int err) {
    ::close(fd);
    ::unlink(name.data());
    return "kan " + target.string() + " niet schrijven: " + reason(err);
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) return fail(errno);
  if (::fsync(fd) != 0) return fail(errno);
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(name.data());
    return "kan " + target.string() + " niet schrijven: " + reason(err);
  }
  if (::rename(name.data(), target.c_str()) != 0) {
    int err = errno;
    ::unlink(name.data());
    return "kan " + target.string() + " niet schrijven: " + reason(err);
  }
  return {};
}

}  // namespace koers

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

// The folder as the user wrote it, for messages ("." for the working folder).
std::string shown(const fs::path& dir) {
  return dir.string() == "." ? "de huidige map" : dir.string();
}

// Why a write failed, in words a consultant can act on.
std::string reason(int err, const fs::path& dir, const fs::path& target) {
  switch (err) {
    case ENOSPC:
      return "de schijf is vol; maak ruimte vrij op de schijf van " + shown(dir) +
             " en probeer het opnieuw";
    case EDQUOT:
      return "uw schijfruimte (quotum) op de schijf van " + shown(dir) +
             " is op; ruim bestanden op of vraag meer ruimte aan";
    case EFBIG:
      return "het bestand wordt groter dan het systeem hier toestaat (bestandslimiet)";
    case EACCES:
    case EPERM:
      return "geen schrijfrechten in de map " + shown(dir);
    case EROFS:
      return "de map " + shown(dir) + " is alleen-lezen";
    case ENOENT:
      return "de map bestaat niet: " + shown(dir);
    case ENOTDIR:
      return "een deel van het pad " + dir.string() + " is geen map";
    case EISDIR:
    case ENOTEMPTY:
    case EEXIST:
      return "er staat een map met de naam " + target.string() + "; kies een andere bestandsnaam";
    case ENAMETOOLONG:
      return "de bestandsnaam is te lang";
    case EIO:
      return "de schijf gaf een lees- of schrijffout";
    default:
      // Rare causes: the system's own words (in English) and the number, for a helpdesk.
      return "onverwachte fout van het systeem: " + std::string(std::strerror(err)) + " (errno " +
             std::to_string(err) + ")";
  }
}

// The permissions a new file gets: 0666 less the process's umask, read once (umask can only
// be read by setting it, which is not safe while other threads create files).
mode_t new_file_mode() {
  static const mode_t mode = [] {
    mode_t mask = ::umask(022);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
  }();
  return mode;
}

}  // namespace

std::string write_file_atomically(const fs::path& target, std::string_view bytes) {
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  auto message = [&](int err) {
    return "kan het bestand niet schrijven: " + reason(err, dir, target);
  };

  // Same folder as the target, so the rename stays on one file system and is atomic. Hidden,
  // so a file manager or a batch run over the folder does not pick it up; the name is capped
  // so a long target name does not make it too long.
  std::string stem = target.filename().string().substr(0, 200);
  std::string pattern = (dir / ("." + stem + ".koers-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  // Permissions: the old file's when it is replaced, else those of any new file.
  struct stat old {};
  const mode_t mode = ::stat(target.c_str(), &old) == 0 && S_ISREG(old.st_mode)
                          ? (old.st_mode & 0777)
                          : new_file_mode();

  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) return message(errno);

  // Every failure below removes the temporary file: a failed run leaves the folder as it was.
  auto fail = [&](int err) {
    if (fd >= 0) ::close(fd);
    ::unlink(name.data());
    return message(err);
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno);
    }
    if (n == 0) return fail(ENOSPC);
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, mode) != 0) return fail(errno);
  // The data on disk before the name: after a crash the target is the old file or the new
  // one, never an empty or half one.
  if (::fsync(fd) != 0) return fail(errno);
  const int closed = ::close(fd);
  fd = -1;
  if (closed != 0) return fail(errno);
  if (::rename(name.data(), target.c_str()) != 0) return fail(errno);

  // The rename itself made durable. The new file is in place whatever this gives: some file
  // systems cannot sync a folder (EINVAL), and reporting that would say the write failed.
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return {};
}

}  // namespace koers

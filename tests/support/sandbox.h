// Running a piece of a test in a child process that has a file system of its own: a tiny
// tmpfs (a disk that fills up), or a read-only one, mounted in a private mount namespace
// (with a user namespace when the test does not run as root). The mounts disappear with the
// child, so the child checks what it needs and reports back through a pipe.
#pragma once

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

namespace koers::test {

struct ChildReport {
  std::string skipped;  // why the child could not set up its file system; empty when it ran
  std::string text;     // what the child wrote back
};

namespace detail {

inline bool write_proc(const char* file, const std::string& text) {
  int fd = ::open(file, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  return ok;
}

// A private mount namespace for this (child) process; empty on success.
inline std::string private_mounts() {
  const uid_t uid = ::getuid();
  const gid_t gid = ::getgid();
  if (::unshare(CLONE_NEWNS) != 0) {
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
      return std::string("geen eigen mount-namespace: ") + std::strerror(errno);
    write_proc("/proc/self/setgroups", "deny");
    if (!write_proc("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1\n") ||
        !write_proc("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1\n"))
      return "de user-namespace kan niet worden ingericht";
  }
  ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr);  // keep the mounts to ourselves
  return {};
}

}  // namespace detail

// Mounts a tmpfs of `bytes` at folder (which must exist) in the child; empty on success.
inline std::string mount_small_disk(const std::filesystem::path& folder, std::size_t bytes) {
  if (std::string e = detail::private_mounts(); !e.empty()) return e;
  const std::string options = "size=" + std::to_string(bytes) + ",mode=0777";
  if (::mount("tmpfs", folder.c_str(), "tmpfs", 0, options.c_str()) != 0)
    return std::string("tmpfs kan niet worden aangekoppeld: ") + std::strerror(errno);
  return {};
}

// Makes a folder mounted by mount_small_disk read-only; empty on success.
inline std::string make_read_only(const std::filesystem::path& folder) {
  if (::mount(nullptr, folder.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0)
    return std::string("kan niet alleen-lezen worden gemaakt: ") + std::strerror(errno);
  return {};
}

// Runs body in a forked child. body returns what the child reports; a body that throws
// SkipChild (or whose setup returned a reason) reports a skip.
struct SkipChild {
  std::string reason;
};

inline ChildReport in_child(const std::function<std::string()>& body) {
  int fds[2];
  if (::pipe(fds) != 0) return {"geen pipe", ""};
  pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    std::string out;
    try {
      out = "R" + body();
    } catch (const SkipChild& s) {
      out = "S" + s.reason;
    } catch (...) {
      out = "Suitzondering in het kindproces";
    }
    std::size_t done = 0;
    while (done < out.size()) {
      ssize_t n = ::write(fds[1], out.data() + done, out.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0) text.append(buffer, n);
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (text.empty()) return {"het kindproces gaf niets terug", ""};
  if (text[0] == 'S') return {text.substr(1), ""};
  return {"", text.substr(1)};
}

}  // namespace koers::test

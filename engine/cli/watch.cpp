#include "cli/watch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "core/atomic_file.h"

namespace koers::cli {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::uint32_t kEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                                  IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF;

// Editors' swap and backup files are not changes to the document.
bool ignored_name(const std::string& name) {
  if (name.empty()) return false;
  if (name.front() == '.' || name.back() == '~' || name == "4913") return true;
  auto ends_with = [&](std::string_view tail) {
    return name.size() >= tail.size() &&
           name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends_with(".swp") || ends_with(".swx") || ends_with(".tmp");
}

fs::path absolute_path(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  return (ec ? p : a).lexically_normal();
}

bool is_below(const fs::path& path, const fs::path& folder) {
  fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

FolderWatcher::FolderWatcher() {
  inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_fd_ < 0) throw std::runtime_error("inotify is niet beschikbaar");
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGTERM);
  if (::sigprocmask(SIG_BLOCK, &mask, &old_mask_) == 0) {
    signals_blocked_ = true;
    signal_fd_ = ::signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
  }
}

FolderWatcher::~FolderWatcher() {
  if (signal_fd_ >= 0) ::close(signal_fd_);
  if (inotify_fd_ >= 0) ::close(inotify_fd_);
  if (signals_blocked_) ::sigprocmask(SIG_SETMASK, &old_mask_, nullptr);
}

bool FolderWatcher::watch(const fs::path& folder, const std::set<std::string>& only_names) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return false;
  fs::path path = absolute_path(folder);
  int wd = ::inotify_add_watch(inotify_fd_, path.c_str(), kEvents | IN_ONLYDIR);
  if (wd < 0) return false;
  auto [it, added] = folders_.try_emplace(wd, Folder{path, only_names});
  if (!added && !it->second.only_names.empty()) {
    if (only_names.empty())
      it->second.only_names.clear();
    else
      it->second.only_names.insert(only_names.begin(), only_names.end());
  }
  return true;
}

void FolderWatcher::read_events(std::vector<fs::path>& paths) {
  alignas(inotify_event) std::array<char, 16384> buffer;
  for (;;) {
    ssize_t n = ::read(inotify_fd_, buffer.data(), buffer.size());
    if (n <= 0) return;
    for (char* p = buffer.data(); p < buffer.data() + n;) {
      auto* event = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      if (event->mask & IN_Q_OVERFLOW) {
        paths.emplace_back();  // lost events: something changed
        continue;
      }
      auto it = folders_.find(event->wd);
      if (it == folders_.end()) continue;
      if (event->mask & IN_IGNORED) {  // the folder is gone; run_watch watches it again
        paths.push_back(it->second.path);
        folders_.erase(it);
        continue;
      }
      std::string name = event->len > 0 ? std::string(event->name) : std::string();
      if (ignored_name(name)) continue;
      const std::set<std::string>& only = it->second.only_names;
      if (!name.empty() && !only.empty() && !only.count(name)) continue;
      paths.push_back(name.empty() ? it->second.path : it->second.path / name);
    }
  }
}

FolderWatcher::Change FolderWatcher::wait_for_change(std::chrono::milliseconds timeout,
                                                     std::chrono::milliseconds quiet) {
  Change change;
  const Clock::time_point deadline = Clock::now() + timeout;
  Clock::time_point quiet_until{};
  // Ends the debounce even when the folders never fall quiet (a build writing for seconds).
  Clock::time_point latest{};
  for (;;) {
    Clock::time_point now = Clock::now();
    Clock::time_point until = change.paths.empty() ? deadline : std::min(quiet_until, latest);
    if (now >= until) {
      change.outcome = change.paths.empty() ? Outcome::timeout : Outcome::changed;
      return change;
    }
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count() + 1;
    std::array<pollfd, 2> fds{pollfd{inotify_fd_, POLLIN, 0}, pollfd{signal_fd_, POLLIN, 0}};
    int ready = ::poll(fds.data(), signal_fd_ >= 0 ? 2 : 1, static_cast<int>(wait));
    if (ready < 0 && errno != EINTR) throw std::runtime_error("wachten op wijzigingen mislukt");
    if (signal_fd_ >= 0 && (fds[1].revents & POLLIN)) {
      signalfd_siginfo info;
      [[maybe_unused]] ssize_t n = ::read(signal_fd_, &info, sizeof info);
      change.outcome = Outcome::stopped;
      return change;
    }
    if (fds[0].revents & POLLIN) {
      bool first = change.paths.empty();
      read_events(change.paths);
      if (!change.paths.empty()) {
        quiet_until = Clock::now() + quiet;
        if (first) latest = Clock::now() + std::chrono::seconds(1);
      }
    }
  }
}

namespace {

// The folders whose changes can change the document: the input's folder (only the input
// file and its templates folder), the template search path, the house style folders of the
// @extends chain, and locales/.
void watch_sources(FolderWatcher& watcher, Engine& engine, const Resources& resources,
                   const WatchRequest& request) {
  fs::path input = absolute_path(request.input);
  fs::path input_folder = input.parent_path();
  watcher.watch(input_folder, {input.filename().string(), "templates"});
  Diagnostics ignored;  // the render reports them
  std::vector<fs::path> search_path =
      engine.template_search_path(request.input, request.doc, request.options, ignored);
  const fs::path root = absolute_path(resources.project_root());
  const fs::path styles = root / "styles";
  for (const fs::path& folder : search_path) {
    fs::path path = absolute_path(folder);
    watcher.watch(path);
    // styles/<name>/templates[/<doc>]: the style's own folder holds its style.css.
    for (fs::path p = path; is_below(p, styles); p = p.parent_path()) {
      if (p.parent_path() == styles) {
        watcher.watch(p);
        break;
      }
    }
  }
  watcher.watch(styles / (request.options.style.empty() ? "base" : request.options.style));
  watcher.watch(root / "locales");
}

// One render; writes the PDF only when it succeeded. Returns the page count, or -1.
int render_once(Engine& engine, const WatchRequest& request) {
  RenderResult result = engine.render(request.input, request.doc, request.options);
  if (!result.diagnostics.empty()) std::cerr << result.diagnostics.to_string();
  if (!result.ok()) {
    std::cerr << request.input.string() << ": error: " << request.doc
              << " is niet gemaakt; de vorige PDF blijft staan\n";
    return -1;
  }
  std::string error = write_file_atomically(request.output, result.pdf);
  if (!error.empty()) {
    std::cerr << request.output.string() << ": error: " << error << '\n';
    return -1;
  }
  return result.pages;
}

}  // namespace

int run_watch(const Resources& resources, const WatchRequest& request) {
  FolderWatcher watcher;
  auto engine = std::make_unique<Engine>(resources, request.limits);
  // Watches first, so a change made while the first render runs is not missed.
  watch_sources(watcher, *engine, resources, request);
  int pages = render_once(*engine, request);
  if (pages >= 0) std::cerr << request.output.string() << ": " << pages << " pagina's\n";
  std::cerr << "koers bewaakt " << watcher.folder_count()
            << " mappen op wijzigingen; stoppen met Ctrl-C\n";
  const fs::path locales = absolute_path(resources.project_root()) / "locales";
  for (;;) {
    FolderWatcher::Change change = watcher.wait_for_change(std::chrono::hours(24));
    if (change.outcome == FolderWatcher::Outcome::stopped) break;
    if (change.outcome == FolderWatcher::Outcome::timeout) continue;
    Clock::time_point start = Clock::now();
    // The engine keeps its message catalogues; a changed catalogue needs a fresh engine.
    bool catalogue_changed = std::any_of(change.paths.begin(), change.paths.end(),
                                         [&](const fs::path& p) { return is_below(p, locales); });
    if (catalogue_changed) engine = std::make_unique<Engine>(resources, request.limits);
    // The input's huisstijl or a style's @extends may have changed: watch the new folders.
    watch_sources(watcher, *engine, resources, request);
    pages = render_once(*engine, request);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    if (pages >= 0)
      std::cerr << "opnieuw gemaakt in " << ms.count() << " ms (" << pages << " pagina's)\n";
  }
  std::cerr << "koers watch gestopt\n";
  return 0;
}

}  // namespace koers::cli

// koers watch: render once, then render again whenever the input, a template, the house
// style or a message catalogue changes (Linux inotify). Ctrl-C ends it with exit code 0.
#pragma once

#include <signal.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/resources.h"
#include "engine/engine.h"

namespace koers::cli {

// Watches folders (editors save by writing a new file and renaming it over the old one, so
// folders are watched, never files) and SIGINT/SIGTERM. Blocks those signals while it lives.
class FolderWatcher {
 public:
  FolderWatcher();
  ~FolderWatcher();
  FolderWatcher(const FolderWatcher&) = delete;
  FolderWatcher& operator=(const FolderWatcher&) = delete;

  // Watches a folder; only_names non-empty: only changes to these entries count. Folders
  // that do not exist are skipped; a folder already watched keeps its watch (an unfiltered
  // watch wins over a filtered one). Returns false when the folder cannot be watched.
  bool watch(const std::filesystem::path& folder, const std::set<std::string>& only_names = {});
  std::size_t folder_count() const { return folders_.size(); }

  enum class Outcome { changed, timeout, stopped };
  struct Change {
    Outcome outcome = Outcome::timeout;
    std::vector<std::filesystem::path> paths;  // what changed (folder / name)
  };
  // Waits up to timeout for a change; after the first one, waits until the folders have been
  // quiet for `quiet` (debounce) and returns everything that changed. A signal: stopped.
  Change wait_for_change(std::chrono::milliseconds timeout,
                         std::chrono::milliseconds quiet = std::chrono::milliseconds(50));

 private:
  struct Folder {
    std::filesystem::path path;
    std::set<std::string> only_names;  // empty: every entry
  };
  // Reads the pending events; the ones that count go into paths.
  void read_events(std::vector<std::filesystem::path>& paths);

  int inotify_fd_ = -1;
  int signal_fd_ = -1;
  bool signals_blocked_ = false;
  sigset_t old_mask_{};
  std::map<int, Folder> folders_;  // watch descriptor -> folder
};

struct WatchRequest {
  std::filesystem::path input;
  std::string doc = "visie";
  std::filesystem::path output;
  RenderOptions options;
  Limits limits;
};

// Renders, then watches until SIGINT/SIGTERM. Messages go to stderr. Returns the exit code.
int run_watch(const Resources& resources, const WatchRequest& request);

}  // namespace koers::cli

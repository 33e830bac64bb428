// koers batch on stderr: on a terminal one line that updates (documents done and total,
// pages per second, time left, failures so far); otherwise one plain line per finished
// document. Diagnostics are printed as documents finish, each line once per run (the
// documents of one input file share its warnings). A summary ends the run.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <set>
#include <string>

#include "cli/batch_report.h"

namespace koers::cli {

class Progress {
 public:
  Progress(std::ostream& out, bool terminal);

  // The number of documents of the run (known after the inputs were read).
  void set_total(std::size_t total);
  // Called by any thread when a document is done (or an input could not be read).
  void finished(const DocumentResult& result);
  // Documents, pages, failures, wall time and pages per second; clears the progress line.
  void summary();

 private:
  void draw_line();   // mutex_ held
  void clear_line();  // mutex_ held
  double seconds() const;

  std::ostream& out_;
  const bool terminal_;
  const std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;
  std::size_t total_ = 0, done_ = 0, rendered_ = 0, skipped_ = 0, failed_ = 0;
  long long pages_ = 0;
  bool line_shown_ = false;
  std::set<std::string> printed_;  // diagnostic lines already shown
};

}  // namespace koers::cli

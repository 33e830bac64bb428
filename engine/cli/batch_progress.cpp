#include "cli/batch_progress.h"

#include <cmath>
#include <cstdio>

namespace koers::cli {

namespace {

std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (auto dot = text.find('.'); dot != std::string::npos) text[dot] = ',';  // Dutch decimals
  return text;
}

std::string duration(double seconds) {
  const long long s = std::llround(seconds);
  if (s < 60) return std::to_string(s) + " s";
  return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
}

std::string name_of(const DocumentResult& r) {
  if (!r.output.empty()) return r.output + " (" + r.input + ")";
  return r.input;
}

}  // namespace

Progress::Progress(std::ostream& out, bool terminal)
    : out_(out), terminal_(terminal), start_(std::chrono::steady_clock::now()) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::set_total(std::size_t total) {
  std::lock_guard lock(mutex_);
  total_ = total;
  if (terminal_) draw_line();
}

void Progress::finished(const DocumentResult& result) {
  std::lock_guard lock(mutex_);
  ++done_;
  if (result.status == DocumentStatus::failed) ++failed_;
  if (result.status == DocumentStatus::skipped) ++skipped_;
  if (result.status == DocumentStatus::ok) {
    ++rendered_;
    pages_ += result.pages;
  }
  if (terminal_) clear_line();
  for (const std::string& line : result.diagnostics)
    if (printed_.insert(line).second) out_ << line << '\n';
  if (terminal_) {
    draw_line();
    return;
  }
  switch (result.status) {
    case DocumentStatus::ok:
      out_ << "ok " << result.output << ' ' << result.pages << " p. " << result.milliseconds
           << " ms\n";
      break;
    case DocumentStatus::skipped:
      out_ << "overgeslagen " << result.output << " (ongewijzigd)\n";
      break;
    case DocumentStatus::failed:
      out_ << "FOUT " << name_of(result)
           << (result.doc.empty() ? ": het bestand kan niet worden gelezen"
                                  : ": " + result.doc + " is niet gemaakt")
           << '\n';
      break;
  }
  out_.flush();
}

void Progress::clear_line() {
  if (line_shown_) out_ << "\r\033[K";
  line_shown_ = false;
}

void Progress::draw_line() {
  const double elapsed = seconds();
  std::string line = std::to_string(done_) + "/" + std::to_string(total_) + " documenten";
  if (elapsed > 0 && pages_ > 0)
    line += " · " + fixed(static_cast<double>(pages_) / elapsed, 0) + " p./s";
  if (done_ > 0 && done_ < total_)
    line += " · nog " +
            duration(elapsed / static_cast<double>(done_) * static_cast<double>(total_ - done_));
  line += " · " + std::to_string(failed_) + (failed_ == 1 ? " fout" : " fouten");
  out_ << "\r\033[K" << line << std::flush;
  line_shown_ = true;
}

void Progress::summary() {
  std::lock_guard lock(mutex_);
  if (terminal_) clear_line();
  const double elapsed = seconds();
  out_ << "klaar: " << done_ << " documenten (" << rendered_ << " gemaakt, " << skipped_
       << " overgeslagen, " << failed_ << " mislukt), " << pages_ << " pagina's in "
       << fixed(elapsed, 2) << " s";
  if (elapsed > 0) out_ << ", " << fixed(static_cast<double>(pages_) / elapsed, 0) << " p./s";
  out_ << '\n' << std::flush;
}

}  // namespace koers::cli

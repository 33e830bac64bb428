#include "core/limits.h"

#include <algorithm>
#include <array>

namespace koers {

std::string describe_count(std::uintmax_t n) {
  const std::string digits = std::to_string(n);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  return grouped;
}

std::string describe_size(std::uintmax_t bytes) {
  static constexpr std::array<const char*, 4> kUnits = {"kB", "MB", "GB", "TB"};
  if (bytes < 1024) return describe_count(bytes) + (bytes == 1 ? " byte" : " bytes");
  std::uintmax_t unit = 1024;
  std::size_t index = 0;
  while (index + 1 < kUnits.size() && bytes / unit >= 1024) {
    unit *= 1024;
    ++index;
  }
  const std::uintmax_t whole = bytes / unit;
  const std::uintmax_t tenth = (bytes % unit) * 10 / unit;
  std::string s = describe_count(whole);
  if (tenth != 0 && whole < 10) s += "," + std::to_string(tenth);
  return s + " " + kUnits[index];
}

std::string describe_duration(std::chrono::milliseconds duration) {
  const long long ms = duration.count();
  if (ms < 1000 || ms % 1000 != 0)
    return describe_count(static_cast<std::uintmax_t>(std::max(0LL, ms))) + " ms";
  const long long seconds = ms / 1000;
  return describe_count(static_cast<std::uintmax_t>(seconds)) +
         (seconds == 1 ? " seconde" : " seconden");
}

}  // namespace koers

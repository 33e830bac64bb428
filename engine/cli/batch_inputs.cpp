#include "cli/batch_inputs.h"

#include <algorithm>
#include <charconv>

namespace koers::cli {

namespace fs = std::filesystem;

std::string Fnv1a::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  std::uint64_t v = hash_;
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kDigits[v & 0xf];
  return out;
}

namespace {

std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool is_xml(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return ext == ".xml";
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto index = parse_int(text.substr(0, slash));
  auto count = parse_int(text.substr(slash + 1));
  if (!index || !count || *count < 1 || *index < 1 || *index > *count) return std::nullopt;
  return Shard{*index, *count};
}

bool in_shard(const fs::path& file, const Shard& shard) {
  Fnv1a hash;
  hash.add(file.filename().string());
  return hash.value() % static_cast<std::uint64_t>(shard.count) ==
         static_cast<std::uint64_t>(shard.index - 1);
}

InputFiles collect_inputs(const std::vector<std::string>& arguments) {
  InputFiles inputs;
  for (const std::string& argument : arguments) {
    const fs::path path(argument);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const fs::directory_entry& entry : fs::directory_iterator(path, ec))
        if (entry.is_regular_file(ec) && is_xml(entry.path()))
          inputs.files.push_back(entry.path().lexically_normal());
    } else if (fs::is_regular_file(path, ec)) {
      inputs.files.push_back(path.lexically_normal());
    } else {
      inputs.missing.push_back(argument);
    }
  }
  std::sort(inputs.files.begin(), inputs.files.end());
  inputs.files.erase(std::unique(inputs.files.begin(), inputs.files.end()), inputs.files.end());
  return inputs;
}

}  // namespace koers::cli

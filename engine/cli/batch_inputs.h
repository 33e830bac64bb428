// koers batch: which input files a run takes. Arguments are files or folders (every *.xml in
// a folder); the list is sorted and each file appears once. --shard I/N keeps the files
// whose name hashes (FNV-1a 64 of the file name without its folder) to I-1 modulo N, so a
// file's shard does not depend on the other inputs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace koers::cli {

// FNV-1a, 64 bits: the same value on every build and machine (std::hash is not).
class Fnv1a {
 public:
  void add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash_ ^= c;
      hash_ *= 0x100000001b3ULL;
    }
  }
  std::uint64_t value() const { return hash_; }
  std::string hex() const;  // 16 lowercase hex digits

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

struct Shard {
  int index = 1;  // 1-based: 1 … count
  int count = 1;
};

// "I/N" with 1 <= I <= N; nullopt when the text is not such a pair.
std::optional<Shard> parse_shard(std::string_view text);
bool in_shard(const std::filesystem::path& file, const Shard& shard);

struct InputFiles {
  std::vector<std::filesystem::path> files;  // sorted, without duplicates
  std::vector<std::string> missing;          // arguments that are neither file nor folder
};

InputFiles collect_inputs(const std::vector<std::string>& arguments);

}  // namespace koers::cli

// koers batch --changed-only: a manifest in the output folder records, per output file, a
// fingerprint of everything the document was made from: the input XML, every template and
// partial it uses, the style sheets of its house-style chain, the message catalogues, the
// frameworks catalogue, the options that change the output and the engine version. A
// document whose fingerprint matches and whose PDF exists is not rendered again.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "cli/batch_inputs.h"
#include "core/resources.h"
#include "engine/engine.h"

namespace koers::cli {

class Manifest {
 public:
  // A missing or unreadable file gives an empty manifest (everything is rendered).
  static Manifest load(const std::filesystem::path& file);
  // The JSON koers writes (and reads back: one entry per line).
  std::string to_json() const;

  std::optional<std::string> fingerprint(const std::string& output) const;
  void set(const std::string& output, const std::string& fingerprint);
  void erase(const std::string& output);
  std::size_t size() const { return entries_.size(); }

 private:
  std::map<std::string, std::string> entries_;  // output file name -> fingerprint
};

// DIR/.koers-manifest.json, or DIR/.koers-manifest-I-van-N.json for a shard, so that shards
// writing into one folder never share a manifest.
std::filesystem::path manifest_path(const std::filesystem::path& folder,
                                    const std::optional<Shard>& shard);

// The fingerprint of one document (16 hex digits). Safe to call from several threads.
std::string document_fingerprint(Engine& engine, const Resources& resources,
                                 const std::filesystem::path& input, const std::string& doc,
                                 const RenderOptions& options);

}  // namespace koers::cli

// The pictures of one document, read through Resources and decoded once: layout runs
// several passes, and a logo may stand on many pages. Failures are kept too, so each pass
// reports them again without reading the file again.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/resources.h"
#include "image/image.h"

namespace koers::layout {

class ImageStore {
 public:
  ImageStore() = default;
  ImageStore(const Resources* resources, std::filesystem::path base_dir)
      : resources_(resources), base_dir_(std::move(base_dir)) {}

  struct Entry {
    image::Loaded loaded;
    std::string message, hint;  // Dutch, for the diagnostic when the picture is unusable
  };
  // The picture that src (relative to the base folder) names.
  const Entry& get(const std::string& src);

 private:
  // Paths are not yet confined to the document's folders: that is part of the safety
  // rules for untrusted input (issue 8), applied in one place, here.
  std::filesystem::path resolve(const std::string& src) const;

  const Resources* resources_ = nullptr;
  std::filesystem::path base_dir_;
  std::map<std::string, Entry> entries_;  // node-based: references stay valid
};

}  // namespace koers::layout

// koers batch INPUTS… -o DIR: every chosen document of many municipality files, rendered by
// worker threads that share one Engine (its fonts, hyphenation dictionary, catalogues and
// frameworks catalogue are loaded once). Each document is isolated: a bad file is reported
// and the rest completes. See docs/batch.md.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/resources.h"
#include "engine/engine.h"

namespace koers::cli {

struct BatchRequest {
  std::vector<std::string> inputs;  // files or folders
  std::vector<std::string> docs;    // empty: every document each file supports
  std::filesystem::path output;     // folder
  unsigned jobs = 0;                // 0: the number of cores
  std::string report;               // FILE.csv or FILE.json; empty: none
  bool changed_only = false;
  std::string shard;  // "I/N"; empty: all inputs
  RenderOptions options;
  Limits limits;  // for the shared Engine
};

// Returns the exit code: 0 all documents made (or skipped), 1 any failed, 2 wrong usage.
int run_batch(const Resources& resources, const BatchRequest& request);

}  // namespace koers::cli

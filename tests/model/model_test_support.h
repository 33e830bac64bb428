// Helpers shared by the model tests: files from the repository and a reader call that keeps
// the diagnostics.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "model/model.h"

namespace koers::model::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline const Catalogue& shipped_catalogue() {
  static const Catalogue catalogue = [] {
    Diagnostics diags;
    auto c = read_catalogue(read_file(std::string(KOERS_SOURCE_DIR) + "/data/beleidskaders.xml"),
                            "beleidskaders.xml", diags);
    if (!diags.empty()) throw std::runtime_error(diags.to_string());
    return c;
  }();
  return catalogue;
}

struct ReadResult {
  Municipality municipality;
  Diagnostics diags;
  std::string text() const { return diags.to_string(); }
};

inline ReadResult read(const std::string& xml, const std::string& file = "test.xml") {
  ReadResult r;
  r.municipality = read_municipality(xml, file, shipped_catalogue(), r.diags);
  return r;
}

// A minimal valid file with `body` inside gemeente.
inline std::string gemeente(const std::string& body) {
  return "<gemeente versie=\"1\" code=\"GM9901\">\n<naam>Lindeveld</naam>\n" + body +
         "\n</gemeente>\n";
}

}  // namespace koers::model::testing

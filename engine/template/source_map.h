// Which template file wrote which part of a rendered document's markup, so a problem the
// markup reader finds later (an unknown element, a misspelt attribute) is reported against
// the template line that wrote it rather than against markup nobody sees.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/line_map.h"
#include "template/template_source.h"

namespace koers::templ {

class SourceMap {
 public:
  // Output from byte `offset` on comes from `source` (until the next region starts).
  void begin_region(std::size_t offset, std::shared_ptr<const TemplateSource> source);
  // Turns the recorded byte offsets into line and column of the finished output. Positions
  // stay valid when a later step replaces characters one for one (typographic quotes).
  void finish(std::string_view output);

  // The template position of the markup construct at line:column of the output: the
  // element ("<fgure") or attribute ("colr=") found there, or else the text from there on
  // (a stray '<'), looked up in the template file that wrote that part. nullopt when it is
  // not written literally in that file (it came from the data) or the position lies outside
  // the output.
  struct Origin {
    std::string file;
    int line = 0, column = 0;
  };
  std::optional<Origin> origin(std::string_view output, int line, int column) const;

  bool empty() const { return regions_.empty(); }

 private:
  struct Region {
    std::size_t offset = 0;
    TextPosition start;
    std::shared_ptr<const TemplateSource> source;
  };
  std::vector<Region> regions_;
};

}  // namespace koers::templ

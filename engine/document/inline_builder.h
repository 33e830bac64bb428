// Collects inline content into spans while collapsing XML whitespace the way HTML does:
// runs of space, tab, CR and LF become one space, trimmed at the start and end of a block
// and around line breaks. Other Unicode spaces (U+00A0 no-break space) are kept as written.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "document/document.h"

namespace koers::doc {

// The formatting that nested inline elements (<em>, <a>, …) give to the text inside them.
struct InlineFlags {
  bool emphasis = false;
  bool strong = false;
  bool nobreak = false;
  std::string href;
  std::string style;
  friend bool operator==(const InlineFlags&, const InlineFlags&) = default;
};

class InlineBuilder {
 public:
  void text(std::string_view raw, const InlineFlags& flags);
  void line_break(const InlineFlags& flags);
  void footnote(std::shared_ptr<Blocks> note, const InlineFlags& flags);
  void page_ref(std::string target, const InlineFlags& flags, Span::Show show = Span::Show::page,
                SourceRef source = {});

  // True while nothing but collapsible whitespace was added.
  bool empty() const { return spans_.empty(); }
  // The spans so far, trailing whitespace trimmed; the builder is empty afterwards.
  Inlines finish();

 private:
  Span& open_text_span(const InlineFlags& flags);
  void push(Span::Kind kind, const InlineFlags& flags);
  void trim_trailing_space();

  Inlines spans_;
  bool after_space_ = true;  // at the start, or the last character written was a space
};

}  // namespace koers::doc

#include "document/inline_builder.h"

#include <utility>

namespace koers::doc {
namespace {

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool same_flags(const Span& span, const InlineFlags& flags) {
  return span.emphasis == flags.emphasis && span.strong == flags.strong &&
         span.nobreak == flags.nobreak && span.href == flags.href && span.style == flags.style;
}

void set_flags(Span& span, const InlineFlags& flags) {
  span.emphasis = flags.emphasis;
  span.strong = flags.strong;
  span.nobreak = flags.nobreak;
  span.href = flags.href;
  span.style = flags.style;
}

}  // namespace

Span& InlineBuilder::open_text_span(const InlineFlags& flags) {
  if (spans_.empty() || spans_.back().kind != Span::Kind::text ||
      !same_flags(spans_.back(), flags)) {
    push(Span::Kind::text, flags);
  }
  return spans_.back();
}

void InlineBuilder::push(Span::Kind kind, const InlineFlags& flags) {
  Span span;
  span.kind = kind;
  set_flags(span, flags);
  spans_.push_back(std::move(span));
}

void InlineBuilder::text(std::string_view raw, const InlineFlags& flags) {
  std::size_t i = 0;
  while (i < raw.size()) {
    if (is_xml_space(raw[i])) {
      while (i < raw.size() && is_xml_space(raw[i])) ++i;
      if (!after_space_) {
        open_text_span(flags).text += ' ';
        after_space_ = true;
      }
      continue;
    }
    std::size_t start = i;
    while (i < raw.size() && !is_xml_space(raw[i])) ++i;
    open_text_span(flags).text.append(raw.substr(start, i - start));
    after_space_ = false;
  }
}

void InlineBuilder::trim_trailing_space() {
  while (!spans_.empty() && spans_.back().kind == Span::Kind::text) {
    std::string& text = spans_.back().text;
    if (!text.empty() && text.back() == ' ') text.pop_back();
    if (!text.empty()) return;
    spans_.pop_back();
  }
}

void InlineBuilder::line_break(const InlineFlags& flags) {
  trim_trailing_space();
  push(Span::Kind::line_break, flags);
  after_space_ = true;
}

void InlineBuilder::footnote(std::shared_ptr<Blocks> note, const InlineFlags& flags) {
  push(Span::Kind::footnote, flags);
  spans_.back().note = std::move(note);
  after_space_ = false;
}

void InlineBuilder::page_ref(std::string target, const InlineFlags& flags, Span::Show show,
                             SourceRef source) {
  push(Span::Kind::page_ref, flags);
  spans_.back().target = std::move(target);
  spans_.back().show = show;
  spans_.back().source = source;
  after_space_ = false;
}

Inlines InlineBuilder::finish() {
  trim_trailing_space();
  after_space_ = true;
  return std::exchange(spans_, {});
}

}  // namespace koers::doc

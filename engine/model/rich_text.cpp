#include "model/rich_text.h"

#include <cstring>
#include <string_view>

#include "core/xml_escape.h"
#include "model/value_parsing.h"
#include "model/xml_source.h"

namespace koers::model {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_block(pugi::xml_node n) {
  std::string_view name = n.name();
  return n.type() == pugi::node_element && (name == "p" || name == "ul" || name == "ol");
}

// Writes one paragraph's inline content: whitespace collapsed across element boundaries,
// trimmed at both ends, a space never dropped between words.
class InlineWriter {
 public:
  void text(std::string_view s, bool into_plain) {
    for (char c : s) {
      if (is_space(c)) {
        pending_space_ = started_;
        continue;
      }
      flush_space(into_plain);
      append_xml_escaped(markup_, c);
      if (into_plain) plain_ += c;
      started_ = true;
    }
  }
  void open(const std::string& tag) {
    flush_space(true);
    markup_ += tag;
  }
  void close(const std::string& tag) { markup_ += tag; }  // a pending space moves past it
  bool empty() const { return !started_; }
  std::string markup() const { return markup_; }
  std::string plain() const { return plain_; }

 private:
  void flush_space(bool into_plain) {
    if (!pending_space_) return;
    markup_ += ' ';
    if (into_plain) plain_ += ' ';
    pending_space_ = false;
  }
  std::string markup_, plain_;
  bool started_ = false, pending_space_ = false;
};

class Converter {
 public:
  explicit Converter(XmlSource& src) : src_(src) {}

  RichText convert(pugi::xml_node element) {
    bool has_blocks = false;
    for (pugi::xml_node child : element.children()) has_blocks = has_blocks || is_block(child);
    if (!has_blocks) {
      paragraph(element.children());
      return std::move(result_);
    }
    // Loose text between blocks becomes a paragraph of its own.
    InlineWriter loose;
    auto flush_loose = [&] {
      if (!loose.empty()) emit_paragraph("p", loose);
      loose = InlineWriter{};
    };
    for (pugi::xml_node child : element.children()) {
      std::string_view name = child.name();
      if (!is_block(child)) {
        inline_node(child, loose, true);
      } else if (name == "p") {
        flush_loose();
        paragraph(child.children());
      } else {
        flush_loose();
        list(child);
      }
    }
    flush_loose();
    return std::move(result_);
  }

 private:
  void paragraph(pugi::xml_object_range<pugi::xml_node_iterator> nodes) {
    InlineWriter writer;
    for (pugi::xml_node n : nodes) inline_node(n, writer, true);
    if (!writer.empty()) emit_paragraph("p", writer);
  }

  void emit_paragraph(const char* tag, const InlineWriter& writer) {
    result_.markup += std::string("<") + tag + ">" + writer.markup() + "</" + tag + ">";
    result_.plain.push_back(collapse_whitespace(writer.plain()));
  }

  void list(pugi::xml_node list) {
    std::string tag = list.name();
    result_.markup += "<" + tag + ">";
    for (pugi::xml_node item : list.children()) {
      if (item.type() != pugi::node_element) continue;
      if (std::strcmp(item.name(), "li") != 0) {
        src_.warning(src_.at(item), "onbekend element '" + std::string(item.name()) + "' in '" +
                                        tag + "'; een lijst bevat alleen 'li'");
      }
      InlineWriter writer;
      for (pugi::xml_node n : item.children()) inline_node(n, writer, true);
      emit_paragraph("li", writer);
    }
    result_.markup += "</" + tag + ">";
  }

  void inline_node(pugi::xml_node n, InlineWriter& out, bool into_plain) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      out.text(n.value(), into_plain);
      return;
    }
    if (n.type() != pugi::node_element) return;
    std::string_view name = n.name();
    if (name == "em" || name == "strong") {
      wrapped(n, out, "<" + std::string(name) + ">", "</" + std::string(name) + ">", into_plain);
    } else if (name == "a") {
      std::string href;
      for (char c : std::string_view(n.attribute("href").value())) append_xml_escaped(href, c);
      if (href.empty())
        src_.warning(src_.at(n), "link ('a') zonder 'href'; koers toont alleen de tekst");
      if (href.empty())
        wrapped(n, out, "", "", into_plain);
      else
        wrapped(n, out, "<a href=\"" + href + "\">", "</a>", into_plain);
    } else if (name == "voetnoot") {
      // A footnote's text is not part of the paragraph's plain text.
      wrapped(n, out, "<footnote>", "</footnote>", false);
    } else {
      src_.warning(
          src_.at(n),
          "onbekend element '" + std::string(name) + "' in tekst; koers neemt alleen de tekst over",
          "in tekst zijn p, ul, ol, li, em, strong, a en voetnoot toegestaan");
      for (pugi::xml_node child : n.children()) inline_node(child, out, into_plain);
    }
  }

  void wrapped(pugi::xml_node n, InlineWriter& out, const std::string& open,
               const std::string& close, bool into_plain) {
    out.open(open);
    for (pugi::xml_node child : n.children()) inline_node(child, out, into_plain);
    out.close(close);
  }

  XmlSource& src_;
  RichText result_;
};

}  // namespace

RichText read_rich_text(XmlSource& src, pugi::xml_node element) {
  return Converter(src).convert(element);
}

}  // namespace koers::model

#include "layout/context.h"

#include <stdexcept>

#include "layout/layout.h"

namespace koers::layout {

const text::Font* Context::font(const std::string& family, bool bold, bool italic) {
  const std::string key = family + (bold ? "|b" : "|-") + (italic ? "|i" : "|-");
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  const text::Font* found = nullptr;
  try {
    found = &fonts_.get(family, bold, italic);
  } catch (const std::exception& e) {
    if (reported_.insert(family).second) {
      // e.what() names the family and variant and says what to do.
      lasting.error(file, 0, 0, e.what(),
                    "Of kies in de huisstijl een ander lettertype, bijv. Lato.");
    }
    if (family != "Lato") {
      found = font("Lato", bold, italic);
    } else {
      for (const auto& [k, f] : by_key_)
        if (f) found = f;
    }
  }
  by_key_[key] = found;
  return found;
}

TextStyle Context::text_style(const std::string& family, bool bold, bool italic, double size,
                              display::Color color) {
  TextStyle ts;
  ts.font = font(family, bold, italic);
  ts.size = size;
  ts.color = color;
  if (ts.font) {
    const auto& face = ts.font->face();
    ts.face = -1;
    for (std::size_t i = 0; i < faces.size(); ++i)
      if (faces[i].path == face.path) ts.face = static_cast<int>(i);
    if (ts.face < 0) {
      faces.push_back(face);
      ts.face = static_cast<int>(faces.size()) - 1;
    }
  }
  return ts;
}

const std::vector<double>& Context::advances(const text::Font& font, std::u32string_view text) {
  auto it = shaped_.find(KeyView{&font, text});
  if (it != shaped_.end()) return it->second;
  std::vector<double> adv;
  adv.reserve(text.size());
  for (const auto& g : font.shape(text)) adv.push_back(g.advance);
  // One glyph per character (ligatures off); guard against a shaper that merges anyway.
  adv.resize(text.size(), 0.0);
  return shaped_.emplace(Key{&font, std::u32string(text)}, std::move(adv)).first->second;
}

}  // namespace koers::layout

namespace koers::layout {

text::FormatChoices format_choices(const style::NumberStyle& format) {
  auto spacing = [](style::Spacing s) {
    using S = text::FormatChoices::Spacing;
    return s == style::Spacing::space ? S::space : s == style::Spacing::none ? S::none : S::locale;
  };
  text::FormatChoices choices;
  choices.currency_space = spacing(format.currency_spacing);
  choices.percent_space = spacing(format.percent_spacing);
  choices.whole_amount_dash = format.whole_amount_dash;
  choices.quote_open = format.quote_open;
  choices.quote_close = format.quote_close;
  return choices;
}

const text::Formatter& Context::formatter() {
  if (formatter_) return *formatter_;
  const text::FormatChoices choices = format_choices(style.format);
  try {
    formatter_ = std::make_unique<text::Formatter>(language, choices);
  } catch (const std::exception&) {
    lasting.warning(file, 0, 0,
                    "getallen in grafieken: de taal '" + language +
                        "' is onbekend, de getallen worden op zijn Nederlands geschreven",
                    "Geef <document lang=\"…\"> een taalcode zoals nl-NL, en-GB of fy-NL.");
    formatter_ = std::make_unique<text::Formatter>("nl-NL", choices);
  }
  return *formatter_;
}

std::string Context::label(std::string_view id, std::string_view dutch,
                           const text::Arguments& args) const {
  if (messages && messages->has(id)) {
    try {
      return messages->format(id, args);
    } catch (const text::MessageError&) {
      // A catalogue whose message does not take these arguments: the Dutch default still reads.
    }
  }
  std::string out(dutch);
  for (const auto& [name, value] : args) {
    const std::string* text = std::get_if<std::string>(&value);
    if (!text) continue;
    const std::string key = "{" + name + "}";
    for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at + text->size()))
      out.replace(at, key.size(), *text);
  }
  return out;
}

}  // namespace koers::layout

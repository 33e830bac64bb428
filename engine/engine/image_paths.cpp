#include "engine/image_paths.h"

#include <type_traits>
#include <variant>

namespace koers {
namespace {

class ImagePathCheck {
 public:
  ImagePathCheck(const AllowedFolder& folder, const std::string& file, const Resources& resources,
                 Diagnostics& diags)
      : folder_(folder), file_(file), resources_(resources), diags_(diags) {}

  void blocks(const doc::Blocks& list) {
    for (const doc::Block& block : list) std::visit([&](const auto& b) { visit(b); }, block.value);
  }

 private:
  void image(const doc::Image& picture) {
    if (picture.src.empty()) return;  // the reader reported the missing src
    const ConfinedPath path = confine_path(picture.src, folder_.path, {folder_}, resources_);
    if (!path.ok())
      diags_.error(file_, picture.src_at.line, picture.src_at.column, path.message, path.hint);
  }

  void inlines(const doc::Inlines& spans) {
    for (const doc::Span& span : spans)
      if (span.note) blocks(*span.note);
  }

  template <typename T>
  void visit(const T& b) {
    if constexpr (std::is_same_v<T, doc::Image>) {
      image(b);
    } else if constexpr (std::is_same_v<T, doc::Figure>) {
      if (const auto* picture = std::get_if<doc::Image>(&b.content)) image(*picture);
      inlines(b.caption);
    } else if constexpr (std::is_same_v<T, doc::Division>) {
      blocks(b.blocks);
    } else if constexpr (std::is_same_v<T, doc::List>) {
      for (const doc::ListItem& item : b.items) blocks(item.blocks);
    } else if constexpr (std::is_same_v<T, doc::Table>) {
      inlines(b.caption);
      for (const auto* rows : {&b.header, &b.body, &b.footer})
        for (const doc::TableRow& row : *rows)
          for (const doc::TableCell& cell : row.cells) blocks(cell.blocks);
    } else if constexpr (std::is_same_v<T, doc::Paragraph> || std::is_same_v<T, doc::Heading>) {
      inlines(b.content);
    }
  }

  const AllowedFolder& folder_;
  const std::string& file_;
  const Resources& resources_;
  Diagnostics& diags_;
};

}  // namespace

void check_image_paths(const doc::Document& document, const AllowedFolder& folder,
                       const std::string& file, const Resources& resources, Diagnostics& diags) {
  ImagePathCheck check(folder, file, resources, diags);
  for (const doc::Section& section : document.sections) check.blocks(section.blocks);
}

}  // namespace koers

#include "display/display.h"

namespace koers::display {

int Document::font_index(const FontFace& face) {
  for (std::size_t i = 0; i < fonts.size(); ++i)
    if (fonts[i].path == face.path) return static_cast<int>(i);
  fonts.push_back(face);
  return static_cast<int>(fonts.size()) - 1;
}

}  // namespace koers::display

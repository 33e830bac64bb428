// Pictures (<image>) and figures (<figure>, a picture or a chart): scaled into their frame, a
// figure's numbered caption below its picture, the whole never split over two pages.
#pragma once

#include "document/document.h"
#include "layout/chunk.h"
#include "layout/context.h"

namespace koers::layout {

// Pictures without a requested size are set at 96 pixels per inch (CSS's px).
constexpr double kPointsPerPixel = 72.0 / 96.0;

struct ImageSize {
  double width = 0, height = 0;  // points
};

// The size a picture of pixel_width × pixel_height is set at. width and height are the
// requested size in points (0: not given): both give a box the picture fits into, one gives
// the other through the picture's proportions, none gives the natural size. The result is
// then scaled down, proportions kept, to at most max_width × max_height.
ImageSize fit_image(int pixel_width, int pixel_height, double width, double height,
                    double max_width, double max_height);

Chunks layout_image(Context& ctx, const doc::Image& image, const doc::SourceRef& source,
                    const Area& area);
Chunks layout_figure(Context& ctx, const doc::Figure& figure, const doc::SourceRef& source,
                     const Area& area);

}  // namespace koers::layout

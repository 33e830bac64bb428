// Charts (<chart>) on the page: the markup's chart data drawn by engine/charts in the house
// style's fonts and colours (@chart), with the document's fixed words and number formats,
// as one chunk that is never split over two pages.
#pragma once

#include "charts/charts.h"
#include "document/document.h"
#include "layout/chunk.h"
#include "layout/context.h"

namespace koers::layout {

// The chart drawn across frame, its items in page coordinates (x) and relative to the
// chunk's top (y). A chart taller than max_height is scaled down to fit, with a warning.
Chunk chart_chunk(Context& ctx, const doc::Chart& chart, const doc::SourceRef& source,
                  const Area& frame, double max_height);

// A <chart> on its own, across the column, with the spacing of a figure.
Chunks layout_chart(Context& ctx, const doc::Chart& chart, const doc::SourceRef& source,
                    const Area& area);

// The pieces, exposed for tests.
charts::Chart chart_specification(const doc::Chart& chart);
charts::Theme chart_theme(const style::ChartStyle& style);
charts::Labels chart_labels(const Context& ctx);

}  // namespace koers::layout

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "charts/chart_parts.h"
#include "charts/charts.h"

namespace koers::charts {
namespace {

double lightness(Color c) {
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
}

TEST(Palette, ColoursAreNotReusedWhenThereAreMoreSeriesThanColours) {
  const std::vector<Color> palette = fallback_palette();
  std::set<std::tuple<double, double, double>> seen;
  for (std::size_t i = 0; i < palette.size() * 2 + 1; ++i) {
    const Color c = detail::palette_colour(palette, i);
    EXPECT_TRUE(seen.insert({c.r, c.g, c.b}).second) << "colour " << i << " repeats";
  }
  EXPECT_EQ(detail::palette_colour(palette, 0), palette[0]);
  EXPECT_GT(lightness(detail::palette_colour(palette, palette.size())), lightness(palette[0]));
}

}  // namespace
}  // namespace koers::charts

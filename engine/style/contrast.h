// The contrast check: a warning when a text colour on its background is below WCAG 2.1 AA
// (success criterion 1.4.3): 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold).
#pragma once

#include "core/diagnostic.h"
#include "display/display.h"
#include "style/style.h"

namespace koers::style {

// WCAG 2.1 relative luminance of an sRGB colour (0 black … 1 white).
double relative_luminance(display::Color c);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: 1 … 21.
double contrast_ratio(display::Color a, display::Color b);
// The ratio WCAG AA asks for text of this size and weight.
double required_contrast(double font_size, bool bold);

// Checks every text/background pair a style sheet sets up: a paragraph style with its own
// background; a table header's text on its fill; otherwise text on the page it is used on
// (cover-… styles on @page cover, the rest on @page body, span.… styles on body). Warns once
// per pair at the declaration of the text colour (or of the background when the text colour
// is not set in the style files).
void check_contrast(StyleSheet& sheet, Diagnostics& diags);

}  // namespace koers::style

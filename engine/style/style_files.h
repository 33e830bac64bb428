// The files a house style is read from stay in its folders (core/confined_path.h): the
// style's folder and style.css inside styles/, each @font folder inside the folder of the
// style that names it. Private to engine/style.
#pragma once

#include <optional>
#include <string>

#include "core/confined_path.h"
#include "core/diagnostic.h"
#include "core/resources.h"
#include "style/style.h"

namespace koers::style {

// Why styles/<name>/style.css may not be read, or nullopt when it may.
std::optional<ConfinedPath> refuse_style_folder(const std::string& name,
                                                const Resources& resources);

// Takes every @font folder that leaves its style's folder (or holds a link to a font file
// outside it) out of sheet.font_files, with an error at its src.
void confine_font_folders(StyleSheet& sheet, const Resources& resources, Diagnostics& diags);

}  // namespace koers::style

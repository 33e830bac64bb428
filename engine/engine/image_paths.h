// Every <image src> of a document is checked against the folder it must stay in before
// layout reads a single picture (core/confined_path.h). Private to engine/engine.
#pragma once

#include <string>

#include "core/confined_path.h"
#include "core/diagnostic.h"
#include "core/resources.h"
#include "document/document.h"

namespace koers {

// Reports each src that is a URL, absolute, or leads out of folder, at its place in file.
void check_image_paths(const doc::Document& document, const AllowedFolder& folder,
                       const std::string& file, const Resources& resources, Diagnostics& diags);

}  // namespace koers

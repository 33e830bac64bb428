// The municipality's and the house styles' template folders stay in the folder they belong
// to: a templates/ that is a link to elsewhere would let any file there stand in for a
// partial. Each file in them is checked against its own folder by templ::TemplateSet.
// Private to engine/engine.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/resources.h"

namespace koers {

// Reports (against file, the input) each templates/ or templates/<doc_type> folder of the
// input folder and of the styles that leads out of its owner's folder.
void check_template_folders(const std::filesystem::path& input_folder,
                            const std::vector<std::string>& styles, const std::string& doc_type,
                            const std::string& file, const Resources& resources,
                            Diagnostics& diags);

}  // namespace koers

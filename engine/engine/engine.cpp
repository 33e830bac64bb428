#include "engine/engine.h"

#include <algorithm>
#include <stdexcept>

#include "analysis/analysis.h"
#include "document/document.h"
#include "layout/layout.h"
#include "pdf/pdf.h"
#include "style/style.h"
#include "template/template.h"
#include "text/font.h"
#include "text/format.h"
#include "view/view.h"

namespace koers {

namespace fs = std::filesystem;

Engine::Engine(const Resources& resources)
    : resources_(resources), fonts_(std::make_unique<text::FontLibrary>()) {}

Engine::~Engine() = default;

std::vector<std::string> Engine::document_types() {
  return {"visie"};
}

std::vector<std::string> Engine::supported_documents(const model::Municipality& m) const {
  std::vector<std::string> docs;
  // The vision document renders from whatever the file holds; it says what it lacks.
  (void)m;
  docs.push_back("visie");
  return docs;
}

const model::Catalogue& Engine::catalogue(Diagnostics& diags) {
  std::call_once(catalogue_once_,
                 [&] { catalogue_ = model::load_catalogue(resources_, catalogue_diags_); });
  diags.append(catalogue_diags_);
  return catalogue_;
}

model::Municipality Engine::load(const fs::path& input, Diagnostics& diags) {
  const model::Catalogue& cat = catalogue(diags);
  return model::load_municipality(input, resources_, cat, diags);
}

Diagnostics Engine::check(const fs::path& input) {
  Diagnostics diags;
  load(input, diags);
  return diags;
}

namespace {

// The templates a document is made from, most specific first: the municipality's own
// folder, its house style, then the defaults.
std::vector<fs::path> template_search_path(const fs::path& root, const fs::path& input,
                                           const std::string& style, const std::string& doc_type) {
  std::vector<fs::path> path;
  fs::path input_dir = input.parent_path().empty() ? fs::path(".") : input.parent_path();
  path.push_back(input_dir / "templates" / doc_type);
  path.push_back(input_dir / "templates");
  if (!style.empty()) {
    path.push_back(root / "styles" / style / "templates" / doc_type);
    path.push_back(root / "styles" / style / "templates");
  }
  path.push_back(root / "templates" / doc_type);
  path.push_back(root / "templates" / "partials");
  return path;
}

std::string choose_style(const RenderOptions& options, const std::string& from_document,
                         const Resources& resources, const std::string& file, Diagnostics& diags) {
  if (!options.style.empty()) return options.style;  // --style: a missing one is an error
  if (from_document.empty()) return "base";
  if (resources.exists(resources.project_root() / "styles" / from_document / "style.css"))
    return from_document;
  diags.warning(file, 0, 0,
                "huisstijl '" + from_document + "' is niet gevonden; de basisstijl wordt gebruikt",
                "maak styles/" + from_document + "/style.css aan of kies een stijl met --style");
  return "base";
}

}  // namespace

std::string Engine::markup(const fs::path& input, const std::string& doc_type, Diagnostics& diags) {
  const auto types = document_types();
  if (std::find(types.begin(), types.end(), doc_type) == types.end()) {
    diags.error(input.string(), 0, 0, "onbekend documenttype '" + doc_type + "'");
    return {};
  }
  model::Municipality m = load(input, diags);
  if (diags.has_errors()) return {};
  const model::Catalogue& cat = catalogue(diags);
  analysis::Facts facts = analysis::analyse(m, cat);
  text::Formatter formatter("nl-NL");
  templ::Data data = view::build_view(doc_type, m, cat, facts, formatter);
  templ::TemplateSet templates(
      template_search_path(resources_.project_root(), input, m.house_style, doc_type), resources_);
  return templates.render(doc_type, data, diags);
}

RenderResult Engine::render(const fs::path& input, const std::string& doc_type,
                            const RenderOptions& options) {
  RenderResult result;
  std::string text = markup(input, doc_type, result.diagnostics);
  if (result.diagnostics.has_errors() || text.empty()) return result;
  RenderResult typeset_result =
      typeset_markup(text, input.stem().string() + "." + doc_type + ".markup.xml", options);
  result.diagnostics.append(typeset_result.diagnostics);
  result.pdf = std::move(typeset_result.pdf);
  result.pages = typeset_result.pages;
  return result;
}

RenderResult Engine::typeset(const fs::path& markup_file, const RenderOptions& options) {
  auto text = resources_.read(markup_file);
  if (!text) {
    RenderResult result;
    result.diagnostics.error(markup_file.string(), 0, 0, "bestand kan niet worden gelezen");
    return result;
  }
  return typeset_markup(*text, markup_file.string(), options);
}

RenderResult Engine::typeset_markup(std::string_view markup, const std::string& file_name,
                                    const RenderOptions& options) {
  RenderResult result;
  Diagnostics& diags = result.diagnostics;
  doc::Document document = doc::parse_markup(markup, file_name, diags);
  if (diags.has_errors()) return result;

  std::string style_name =
      choose_style(options, document.metadata.style, resources_, file_name, diags);
  style::StyleSheet sheet = style::load_style(style_name, resources_, diags);
  if (diags.has_errors()) return result;

  layout::Options layout_options;
  layout_options.file = file_name;
  display::Document pages =
      layout::layout_document(document, sheet, *fonts_, diags, layout_options);
  if (diags.has_errors()) return result;

  try {
    pdf::Options pdf_options;
    pdf_options.compress = options.compress;
    result.pdf = pdf::write_pdf(pages, pdf_options);
    result.pages = static_cast<int>(pages.pages.size());
  } catch (const std::exception& e) {
    diags.error(file_name, 0, 0, std::string("PDF kan niet worden gemaakt: ") + e.what());
    result.pdf.clear();
  }
  return result;
}

}  // namespace koers

#include "engine/engine.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "analysis/analysis.h"
#include "core/text_file.h"
#include "document/document.h"
#include "engine/image_paths.h"
#include "engine/style_fonts.h"
#include "engine/template_folders.h"
#include "layout/hyphenation_source.h"
#include "layout/layout.h"
#include "pdf/pdf.h"
#include "style/style.h"
#include "template/quotes.h"
#include "template/source_map.h"
#include "template/template.h"
#include "text/font.h"
#include "text/format.h"
#include "text/messages.h"
#include "text/slug.h"
#include "view/view.h"

namespace koers {

namespace fs = std::filesystem;

Engine::Engine(const Resources& resources, const Limits& limits)
    : resources_(resources),
      limits_(limits),
      fonts_(std::make_unique<text::FontLibrary>()),
      messages_(std::make_unique<text::MessageCache>(resources, limits)),
      dictionary_loaded_(std::async(std::launch::async | std::launch::deferred,
                                    [] { layout::dutch_hyphenator(); })) {}

Engine::~Engine() = default;

std::vector<std::string> Engine::document_types() {
  return {"visie",
          "raadsvoorstel",
          "collegevoorstel",
          "raadsinformatiebrief",
          "uitvoeringsprogramma",
          "quickscan",
          "monitor"};
}

std::vector<std::string> Engine::supported_documents(const model::Municipality& m) const {
  // The vision document renders from whatever the file holds and says what it lacks; the
  // council documents need their own element in <documenten>; the programme, quickscan and
  // monitor their element or the data they are made of.
  const model::Documents& d = m.documents;
  std::vector<std::string> docs;
  if (d.vision || m.quickscan || !m.targets.empty() || !m.texts.empty()) docs.push_back("visie");
  if (d.council_proposal) docs.push_back("raadsvoorstel");
  if (d.college_proposal) docs.push_back("collegevoorstel");
  if (d.council_letter) docs.push_back("raadsinformatiebrief");
  if (d.programme || !m.actions.empty()) docs.push_back("uitvoeringsprogramma");
  if (d.quickscan_report || m.quickscan) docs.push_back("quickscan");
  if (d.monitor || m.monitoring) docs.push_back("monitor");
  return docs;
}

std::vector<std::string> Engine::supported_documents(const fs::path& input, Diagnostics& diags) {
  model::Municipality m = load(input, diags);
  if (diags.has_errors()) return {};
  return supported_documents(m);
}

namespace {

std::string file_name(const std::string& municipality, const fs::path& input,
                      const std::string& doc_type) {
  std::string stem = text::file_slug(municipality);
  if (stem.empty()) stem = input.stem().string();
  return stem + "-" + doc_type + ".pdf";
}

}  // namespace

std::string Engine::output_name(const fs::path& input, const std::string& doc_type) {
  Diagnostics diags;
  const model::Municipality m = load(input, diags);
  return file_name(diags.has_errors() ? std::string() : m.name, input, doc_type);
}

std::vector<Engine::DocumentFile> Engine::document_files(const fs::path& input,
                                                         Diagnostics& diags) {
  const model::Municipality m = load(input, diags);
  if (diags.has_errors()) return {};
  std::vector<DocumentFile> files;
  for (std::string& type : supported_documents(m))
    files.push_back({type, file_name(m.name, input, type)});
  return files;
}

const model::Catalogue& Engine::catalogue(Diagnostics& diags) {
  std::call_once(catalogue_once_, [&] {
    catalogue_ = model::load_catalogue(resources_, catalogue_diags_, limits_);
  });
  diags.append(catalogue_diags_);
  return catalogue_;
}

model::Municipality Engine::load(const fs::path& input, Diagnostics& diags) {
  const model::Catalogue& cat = catalogue(diags);
  model::Municipality m = model::load_municipality(input, resources_, cat, diags, limits_);
  model::check_file_references(m, resources_, diags);
  return m;
}

Diagnostics Engine::check(const fs::path& input) {
  Diagnostics diags;
  const model::Municipality m = load(input, diags);
  // Findings on a model that could not be read completely would only mislead.
  if (diags.has_errors()) return diags;
  Diagnostics reported_by_load;  // the catalogue's own findings are in diags already
  const analysis::Facts facts = analysis::analyse(m, catalogue(reported_by_load));
  for (auto findings : {analysis::check_consistency(m), analysis::smart_diagnostics(m, facts),
                        analysis::document_gaps(m, document_types())})
    for (Diagnostic& d : findings) diags.add(std::move(d));
  return diags;
}

namespace {

fs::path input_folder(const fs::path& input) {
  return input.parent_path().empty() ? fs::path(".") : input.parent_path();
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

style::StyleSheet Engine::house_style(const RenderOptions& options,
                                      const std::string& from_document, const std::string& file,
                                      Diagnostics& diags) {
  std::string name = choose_style(options, from_document, resources_, file, diags);
  style::StyleSheet sheet = style::load_style(name, resources_, diags, limits_);
  // Fonts in a folder next to the style (@font), registered once per Engine (FontLibrary
  // holds the folder's faces before another thread can ask for them).
  register_style_fonts(sheet, *fonts_, file, diags);
  return sheet;
}

std::vector<fs::path> Engine::template_search_path(const fs::path& input,
                                                   const std::string& doc_type,
                                                   const RenderOptions& options,
                                                   Diagnostics& diags) {
  std::string from_document;
  if (!input.empty()) {
    model::Municipality m = load(input, diags);
    from_document = m.house_style;
  }
  Diagnostics style_diags;
  style::StyleSheet sheet = house_style(options, from_document, input.string(), style_diags);
  if (style_diags.has_errors()) diags.append(style_diags);
  return templ::TemplateSet::document_search_path(
      resources_, input.empty() ? fs::path() : input_folder(input), sheet.chain, doc_type);
}

std::string Engine::markup(const fs::path& input, const std::string& doc_type, Diagnostics& diags) {
  return markup(input, doc_type, diags, RenderOptions{});
}

std::string Engine::markup(const fs::path& input, const std::string& doc_type, Diagnostics& diags,
                           const RenderOptions& options, bool report_style,
                           templ::SourceMap* origins) {
  const auto types = document_types();
  if (std::find(types.begin(), types.end(), doc_type) == types.end()) {
    diags.error(input.string(), 0, 0, "onbekend documenttype '" + doc_type + "'");
    return {};
  }
  std::shared_ptr<const text::Messages> messages = messages_->get(options.language, diags);
  if (!messages) return {};
  model::Municipality m = load(input, diags);
  if (diags.has_errors()) return {};
  const auto supported = supported_documents(m);
  if (std::find(supported.begin(), supported.end(), doc_type) == supported.end()) {
    diags.error(input.string(), 0, 0, "het bestand heeft geen gegevens voor een " + doc_type,
                "Voeg in <documenten> een element <" + doc_type +
                    "> toe (docs/input-format.md), of kies een ander document.");
    return {};
  }
  const model::Catalogue& cat = catalogue(diags);
  analysis::Facts facts = analysis::analyse(m, cat);
  // The house style before the view: its @format choices shape amounts, percentages and
  // quotes; its templates folder overrides partials. Its diagnostics are reported once, by
  // typeset_markup, when the markup is typeset (report_style false).
  Diagnostics style_diags;
  const style::StyleSheet sheet = house_style(options, m.house_style, input.string(), style_diags);
  if (report_style) diags.append(style_diags);
  text::Formatter formatter(messages->locale(), layout::format_choices(sheet.format));
  check_template_folders(input_folder(input), sheet.chain, doc_type, input.string(), resources_,
                         diags);
  if (diags.has_errors()) return {};
  std::string text;
  try {
    templ::Data data = view::build_view(doc_type, m, cat, facts, formatter, *messages);
    templ::TemplateSet templates(templ::TemplateSet::document_search_path(
                                     resources_, input_folder(input), sheet.chain, doc_type),
                                 resources_, limits_);
    text = templates.render(doc_type, data, diags, origins);
  } catch (const std::exception& e) {
    // A message the code asks for in the wrong way (a bug, not the reader's data): the
    // document is not made, and the report says which file and document were being built.
    diags.error(input.string(), 0, 0,
                "interne fout bij het opbouwen van de " + doc_type + ": " + e.what(),
                "Dit is een fout in koers of in een aangepaste tekstcatalogus; meld het met "
                "dit bericht.");
    return {};
  }
  if (text.empty()) return text;
  return templ::typographic_quotes(text, formatter.quote_open(), formatter.quote_close());
}

RenderResult Engine::render(const fs::path& input, const std::string& doc_type,
                            const RenderOptions& options) {
  RenderResult result;
  templ::SourceMap origins;
  std::string text = markup(input, doc_type, result.diagnostics, options, false, &origins);
  if (result.diagnostics.has_errors() || text.empty()) return result;
  const std::string markup_name = input.stem().string() + "." + doc_type + ".markup.xml";
  RenderResult typeset_result =
      typeset_markup(text, markup_name, options,
                     input.parent_path().empty() ? fs::path(".") : input.parent_path());
  // Nobody sees the markup: a problem in it is the template's, reported at its line; one
  // about the whole document (too many pages, too long a layout) is the input file's.
  for (Diagnostic d : typeset_result.diagnostics.items()) {
    if (d.file == markup_name && d.line == 0) d.file = input.string();
    if (d.file == markup_name && d.line > 0) {
      if (auto origin = origins.origin(text, d.line, d.column)) {
        const std::string in_markup =
            "In de opmaak die het sjabloon schreef: regel " + std::to_string(d.line) + ", kolom " +
            std::to_string(d.column) + " (koers render --emit-markup BESTAND).";
        d.hint = d.hint.empty() ? in_markup : d.hint + " " + in_markup;
        d.file = origin->file;
        d.line = origin->line;
        d.column = origin->column;
      }
    }
    result.diagnostics.add(std::move(d));
  }
  result.pdf = std::move(typeset_result.pdf);
  result.pages = typeset_result.pages;
  return result;
}

RenderResult Engine::typeset(const fs::path& markup_file, const RenderOptions& options) {
  RenderResult result;
  TextFile file =
      read_text_file(resources_, markup_file, limits_.max_input_bytes, result.diagnostics);
  if (file.too_large) return result;
  if (!file.text) {
    result.diagnostics.error(markup_file.string(), 0, 0, "bestand kan niet worden gelezen");
    return result;
  }
  return typeset_markup(*file.text, markup_file.string(), options);
}

RenderResult Engine::typeset_markup(std::string_view markup, const std::string& file_name,
                                    const RenderOptions& options, const fs::path& base_dir) {
  RenderResult result;
  Diagnostics& diags = result.diagnostics;
  doc::Document document = doc::parse_markup(markup, file_name, diags, limits_);
  if (diags.has_errors()) return result;
  // Pictures come from the input file's folder (a rendered document) or the markup file's.
  const fs::path image_folder = !base_dir.empty() ? base_dir : fs::path(file_name).parent_path();
  check_image_paths(
      document,
      {image_folder.empty() ? fs::path(".") : image_folder,
       base_dir.empty() ? "de map van het opmaakbestand" : "de map van het invoerbestand"},
      file_name, resources_, diags);

  style::StyleSheet sheet = house_style(options, document.metadata.style, file_name, diags);
  if (diags.has_errors()) return result;

  // The words layout writes itself follow the document's language ("en-GB" → en.xml); a
  // language without a catalogue (or a project without locales/) keeps them Dutch.
  std::string language = document.metadata.language.substr(0, document.metadata.language.find('-'));
  for (char& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  Diagnostics catalogue_diags;
  std::shared_ptr<const text::Messages> messages = messages_->get(language, catalogue_diags);
  if (!messages) messages = messages_->get(text::kBaseLanguage, catalogue_diags);

  layout::Options layout_options;
  layout_options.file = file_name;
  layout_options.messages = messages.get();
  layout_options.resources = &resources_;
  layout_options.max_pages = limits_.max_pages;
  layout_options.max_table_rows = limits_.max_table_rows;
  layout_options.time_budget = limits_.max_layout_time;
  layout_options.base_dir = image_folder;
  display::Document pages =
      layout::layout_document(document, sheet, *fonts_, diags, layout_options);
  if (diags.has_errors()) return result;

  try {
    pdf::Options pdf_options;
    pdf_options.compress = options.compress;
    pdf_options.threads = options.threads;
    result.pdf = pdf::write_pdf(pages, pdf_options);
    result.pages = static_cast<int>(pages.pages.size());
  } catch (const std::exception& e) {
    diags.error(file_name, 0, 0, std::string("PDF kan niet worden gemaakt: ") + e.what());
    result.pdf.clear();
  }
  return result;
}

}  // namespace koers

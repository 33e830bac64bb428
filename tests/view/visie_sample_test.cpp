#include <gtest/gtest.h>

#include <filesystem>
#include <pugixml.hpp>

#include "analysis/analysis.h"
#include "core/resources.h"
#include "model/model.h"
#include "sample_model.h"
#include "view/view.h"

namespace koers::view {
namespace {

// The samples in samples/ through reader, analysis, view and the visie template. Samples the
// model reader rejects are skipped: that is the model's test to fail, not this one.
TEST(VisieSampleTest, EverySampleRendersWithoutTemplateErrors) {
  DiskResources resources{KOERS_SOURCE_DIR};
  const std::filesystem::path samples = std::filesystem::path(KOERS_SOURCE_DIR) / "samples";
  if (!std::filesystem::exists(samples)) GTEST_SKIP() << "geen samples/";
  Diagnostics catalogue_diags;
  const model::Catalogue catalogue = model::load_catalogue(resources, catalogue_diags);
  if (catalogue_diags.has_errors()) GTEST_SKIP() << catalogue_diags.to_string();
  text::Formatter fmt{"nl-NL"};
  int rendered = 0;
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    if (entry.path().extension() != ".xml") continue;
    Diagnostics model_diags;
    model::Municipality m =
        model::load_municipality(entry.path(), resources, catalogue, model_diags);
    if (model_diags.has_errors()) continue;
    const analysis::Facts facts = analysis::analyse(m, catalogue);
    Diagnostics diags;
    const templ::Data view = build_view("visie", m, catalogue, facts, fmt, testing::dutch());
    templ::TemplateSet set(templ::TemplateSet::standard_search_path(resources, "visie"), resources);
    const std::string xml = set.render("visie", view, diags);
    EXPECT_TRUE(diags.empty()) << entry.path() << "\n" << diags.to_string();
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_buffer(xml.data(), xml.size())) << entry.path();
    EXPECT_STREQ(doc.child("document").attribute("municipality").value(), m.name.c_str());
    ++rendered;
  }
  if (rendered == 0) GTEST_SKIP() << "geen sample kon worden ingelezen";
}

}  // namespace
}  // namespace koers::view

// Template overrides: the search path of a document (municipality → house style → defaults),
// which file a name resolves to and what it shadows, and the listing of `koers templates`.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "template/template.h"

namespace koers::templ {
namespace {

namespace fs = std::filesystem;

class SearchPath : public ::testing::Test {
 protected:
  SearchPath() {
    res.put("/koers/templates/visie/visie.mustache", "{{> cover}}{{> inleiding}}{{> cover}}");
    res.put("/koers/templates/visie/inleiding.mustache", "<p>{{> bron}}</p>");
    res.put("/koers/templates/partials/cover.mustache", "standaard-omslag");
    res.put("/koers/templates/partials/bron.mustache", "standaard-bron");
  }
  std::vector<fs::path> path() const {
    return TemplateSet::document_search_path(res, "/data/gemeente", {"stad", "base"}, "visie");
  }
  std::string render(const std::string& name) {
    TemplateSet set(path(), res);
    return set.render(name, Data(Data::type::object), diags);
  }
  MemoryResources res{nullptr, "/koers"};
  Diagnostics diags;
};

TEST_F(SearchPath, OrderIsMunicipalityThenHouseStyleChainThenDefaults) {
  const std::vector<fs::path> expected = {"/data/gemeente/templates/visie",
                                          "/data/gemeente/templates",
                                          "/koers/styles/stad/templates/visie",
                                          "/koers/styles/stad/templates",
                                          "/koers/styles/base/templates/visie",
                                          "/koers/styles/base/templates",
                                          "/koers/templates/visie",
                                          "/koers/templates/partials"};
  EXPECT_EQ(path(), expected);
}

TEST_F(SearchPath, WithoutAMunicipalityFolderOnlyStylesAndDefaults) {
  auto p = TemplateSet::document_search_path(res, {}, {"stad"}, "visie");
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0], fs::path("/koers/styles/stad/templates/visie"));
  EXPECT_EQ(p[3], fs::path("/koers/templates/partials"));
}

TEST_F(SearchPath, DefaultsWhenNothingOverrides) {
  EXPECT_EQ(render("visie"), "standaard-omslag<p>standaard-bron</p>standaard-omslag");
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST_F(SearchPath, HouseStyleOverridesOnePartial) {
  res.put("/koers/styles/stad/templates/cover.mustache", "stads-omslag");
  EXPECT_EQ(render("visie"), "stads-omslag<p>standaard-bron</p>stads-omslag");
}

TEST_F(SearchPath, ParentStyleOverridesWhenTheChildDoesNot) {
  res.put("/koers/styles/base/templates/cover.mustache", "basis-omslag");
  EXPECT_EQ(render("visie"), "basis-omslag<p>standaard-bron</p>basis-omslag");
  res.put("/koers/styles/stad/templates/cover.mustache", "stads-omslag");
  EXPECT_EQ(render("visie"), "stads-omslag<p>standaard-bron</p>stads-omslag");
}

TEST_F(SearchPath, MunicipalityBeatsHouseStyleAndDocumentFolderBeatsShared) {
  res.put("/koers/styles/stad/templates/visie/cover.mustache", "stad-visie-omslag");
  res.put("/koers/styles/stad/templates/cover.mustache", "stads-omslag");
  res.put("/data/gemeente/templates/bron.mustache", "eigen-bron");
  EXPECT_EQ(render("visie"), "stad-visie-omslag<p>eigen-bron</p>stad-visie-omslag");
  res.put("/data/gemeente/templates/visie/cover.mustache", "eigen-omslag");
  EXPECT_EQ(render("visie"), "eigen-omslag<p>eigen-bron</p>eigen-omslag");
}

TEST_F(SearchPath, CandidatesInSearchOrder) {
  res.put("/koers/styles/stad/templates/cover.mustache", "stads-omslag");
  res.put("/data/gemeente/templates/cover.mustache", "eigen-omslag");
  TemplateSet set(path(), res);
  const std::vector<fs::path> expected = {"/data/gemeente/templates/cover.mustache",
                                          "/koers/styles/stad/templates/cover.mustache",
                                          "/koers/templates/partials/cover.mustache"};
  EXPECT_EQ(set.candidates("cover"), expected);
  EXPECT_EQ(set.resolve("cover"), expected[0]);
  EXPECT_TRUE(set.candidates("../geheim").empty());
}

TEST_F(SearchPath, UsedByListsEveryPartialOnceWithWhatItShadows) {
  res.put("/koers/styles/stad/templates/cover.mustache", "stads-omslag {{> logo}}");
  TemplateSet set(path(), res);
  const std::vector<TemplateUse> uses = set.used_by("visie");
  ASSERT_EQ(uses.size(), 5u);
  EXPECT_EQ(uses[0].name, "visie");
  EXPECT_EQ(uses[0].depth, 0);
  EXPECT_EQ(uses[0].file, fs::path("/koers/templates/visie/visie.mustache"));
  EXPECT_EQ(uses[1].name, "cover");
  EXPECT_EQ(uses[1].depth, 1);
  EXPECT_EQ(uses[1].file, fs::path("/koers/styles/stad/templates/cover.mustache"));
  EXPECT_EQ(uses[1].shadowed, std::vector<fs::path>{"/koers/templates/partials/cover.mustache"});
  EXPECT_EQ(uses[2].name, "logo");  // used by the override: missing, so no file
  EXPECT_EQ(uses[2].depth, 2);
  EXPECT_TRUE(uses[2].file.empty());
  EXPECT_EQ(uses[3].name, "inleiding");
  EXPECT_EQ(uses[4].name, "bron");
  EXPECT_EQ(uses[4].depth, 2);
  EXPECT_TRUE(uses[4].shadowed.empty());
}

TEST_F(SearchPath, MissingPartialNamesTheWholeSearchPath) {
  res.put("/koers/templates/visie/leeg.mustache", "{{> nergens}}");
  EXPECT_EQ(render("leeg"), "");
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_NE(diags.items()[0].hint.find("/koers/styles/stad/templates"), std::string::npos)
      << diags.items()[0].hint;
}

}  // namespace
}  // namespace koers::templ

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>

#include "core/resources.h"
#include "sample_model.h"
#include "view/view.h"

namespace koers::view {
namespace {

// The real templates in templates/, rendered against views of models built in code.
class VisieTemplateTest : public ::testing::Test {
 protected:
  std::string render(const std::string& name, const templ::Data& view) {
    templ::TemplateSet set(templ::TemplateSet::standard_search_path(resources, "visie"), resources);
    return set.render(name, view, diags);
  }
  static std::vector<std::string> template_names() {
    std::vector<std::string> names;
    const std::filesystem::path root = std::filesystem::path(KOERS_SOURCE_DIR) / "templates";
    for (const char* folder : {"visie", "partials"})
      for (const auto& entry : std::filesystem::directory_iterator(root / folder))
        if (entry.path().extension() == ".mustache") names.push_back(entry.path().stem());
    return names;
  }

  DiskResources resources{KOERS_SOURCE_DIR};
  Diagnostics diags;
  text::Formatter fmt{"nl-NL"};
};

TEST_F(VisieTemplateTest, EveryTemplateRendersAgainstTheFullAndTheMinimalView) {
  const templ::Data full =
      build_view("visie", testing::full_municipality(), testing::small_catalogue(),
                 testing::full_facts(), fmt, testing::dutch());
  const templ::Data minimal =
      build_view("visie", testing::minimal_municipality(), model::Catalogue{}, analysis::Facts{},
                 fmt, testing::dutch());
  const auto names = template_names();
  ASSERT_GE(names.size(), 10u);
  for (const auto& name : names) {
    // The chart partial renders one chart object of the view, not a whole view.
    const bool chart = name == "grafiek";
    EXPECT_NE(render(name, chart ? *full.get("quickscan")->get("grafiek") : full), "") << name;
    render(name, chart ? *minimal.get("quickscan")->get("grafiek") : minimal);
  }
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document doc;
  pugi::xml_parse_result ok = doc.load_buffer(xml.data(), xml.size());
  EXPECT_TRUE(ok) << ok.description() << " at " << ok.offset << ": "
                  << xml.substr(ok.offset > 80 ? ok.offset - 80 : 0, 160);
  return doc;
}

TEST_F(VisieTemplateTest, FullVisionIsWellFormedMarkupWithEveryChapter) {
  const std::string xml =
      render("visie", build_view("visie", testing::full_municipality(), testing::small_catalogue(),
                                 testing::full_facts(), fmt, testing::dutch()));
  ASSERT_TRUE(diags.empty()) << diags.to_string();
  if (const char* dump = std::getenv("KOERS_DUMP_VISIE")) std::ofstream(dump) << xml;
  pugi::xml_document doc = parse(xml);
  pugi::xml_node document = doc.child("document");
  EXPECT_STREQ(document.attribute("municipality").value(), "Lindeveld & Omstreken");
  EXPECT_STREQ(document.attribute("date").value(), "2026-11-27");
  EXPECT_STREQ(document.attribute("lang").value(), "nl-NL");
  EXPECT_STREQ(document.first_child().attribute("page").value(), "cover");

  std::vector<std::string> chapters;
  for (auto h1 : doc.select_nodes("//h1")) chapters.push_back(h1.node().attribute("id").value());
  EXPECT_EQ(chapters,
            (std::vector<std::string>{"samenvatting", "voorwoord", "inleiding", "quickscan",
                                      "beleidskaders", "visie", "doelen", "proces", "uitvoering",
                                      "monitoring", "begrippenlijst", "bronnen", "cijfers"}));
  // Text is escaped once, rich text is markup.
  EXPECT_TRUE(doc.select_node("//li[text()='Zon op daken <50% benut']"));
  EXPECT_TRUE(doc.select_node("//p/em[text()='veel']"));
  // The budget table has a totals row in its footer and numbers right-aligned.
  pugi::xpath_node budget = doc.select_node("//table[@id='tabel-budget']");
  ASSERT_TRUE(budget);
  EXPECT_EQ(budget.node().select_nodes("col").size(), 4u);
  EXPECT_STREQ(budget.node().select_node("col[2]").node().attribute("align").value(), "right");
  EXPECT_STREQ(budget.node().select_node("tfoot/tr/td[4]").node().child("nobr").text().get(),
               "€\u00A01.250.001");
  EXPECT_NE(xml.find("hoger dan"), std::string::npos);
}

TEST_F(VisieTemplateTest, MinimalVisionOmitsChaptersWithoutData) {
  const std::string xml =
      render("visie", build_view("visie", testing::minimal_municipality(), model::Catalogue{},
                                 analysis::Facts{}, fmt, testing::dutch()));
  ASSERT_TRUE(diags.empty()) << diags.to_string();
  pugi::xml_document doc = parse(xml);
  std::vector<std::string> chapters;
  for (auto h1 : doc.select_nodes("//h1")) chapters.push_back(h1.node().attribute("id").value());
  EXPECT_EQ(chapters, (std::vector<std::string>{"samenvatting", "inleiding", "visie", "uitvoering",
                                                "monitoring", "begrippenlijst"}));
  EXPECT_FALSE(doc.child("document").attribute("date"));
}

}  // namespace
}  // namespace koers::view

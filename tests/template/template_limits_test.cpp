// Templates that would never end or never fit: each stops with an error naming the file.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/resources.h"
#include "template/template.h"

namespace koers::templ {
namespace {

class TemplateLimitsTest : public ::testing::Test {
 protected:
  void put(const std::string& file, std::string text) { files.put("/t/" + file, std::move(text)); }
  std::string render(const std::string& name, const Data& data = Data{}) {
    TemplateSet set({"/t/doc", "/t/partials"}, files, limits);
    return set.render(name, data, diags);
  }
  const Diagnostic& only_error() {
    EXPECT_EQ(diags.error_count(), 1u) << diags.to_string();
    static const Diagnostic kNone;
    return diags.items().empty() ? kNone : diags.items().front();
  }
  static Data list_of(int items) {
    Data list{Data::type::list};
    for (int i = 0; i < items; ++i) list << Data("i", Data(std::to_string(i)));
    return list;
  }

  MemoryResources files;
  Limits limits;
  Diagnostics diags;
};

TEST_F(TemplateLimitsTest, SelfIncludingPartialIsRefusedNamingTheFile) {
  put("doc/x.mustache", "{{> lus}}");
  put("partials/lus.mustache", "a\n {{> lus}}");
  EXPECT_EQ(render("x"), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/partials/lus.mustache");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 2);
  EXPECT_EQ(d.message, "partial 'lus' is meer dan 32 niveaus diep genest; het renderen is gestopt");
}

TEST_F(TemplateLimitsTest, MutuallyRecursivePartialsAreRefusedNamingTheFile) {
  put("doc/x.mustache", "{{> heen}}");
  put("partials/heen.mustache", "{{> terug}}");
  put("partials/terug.mustache", "{{> heen}}");
  EXPECT_EQ(render("x"), "");
  const Diagnostic& d = only_error();
  // The 32nd open partial is 'terug' (heen, terug, heen, …), which includes 'heen' once more.
  EXPECT_EQ(d.file, "/t/partials/terug.mustache");
  EXPECT_EQ(d.message,
            "partial 'heen' is meer dan 32 niveaus diep genest; het renderen is gestopt");
}

TEST_F(TemplateLimitsTest, ExplodingOutputStopsNamingTheFile) {
  put("doc/x.mustache", "{{> tabel}}");
  put("partials/tabel.mustache", "{{#l}}{{#l}}{{#l}}<td>{{i}}</td>{{/l}}{{/l}}{{/l}}");
  limits.max_template_output_bytes = 64 << 10;
  EXPECT_EQ(render("x", Data("l", list_of(100))), "");  // would be 10 MB
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/partials/tabel.mustache");
  EXPECT_EQ(d.message, "de uitvoer wordt groter dan 64 kB; het renderen is gestopt");
}

TEST_F(TemplateLimitsTest, SectionsRepeatedTooOftenStopEvenWithoutOutput) {
  put("doc/x.mustache", "{{#l}}{{#l}}{{#l}}{{#l}}{{/l}}{{/l}}{{/l}}{{/l}}");
  limits.max_section_repeats = 10'000;
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(render("x", Data("l", list_of(100))), "");  // would be 100 million repeats
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/doc/x.mustache");
  EXPECT_EQ(d.message, "secties worden meer dan 10.000 keer herhaald; het renderen is gestopt");
}

TEST_F(TemplateLimitsTest, SectionsNestedTenThousandDeepAreRefusedAtTheTag) {
  std::string text;
  for (int i = 0; i < 10'000; ++i) text += "{{#a}}";
  for (int i = 0; i < 10'000; ++i) text += "{{/a}}";
  put("doc/x.mustache", text);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(render("x", Data("a", Data(true))), "");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/doc/x.mustache");
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 100 * 6 + 1);  // the 101st {{#a}}
  EXPECT_EQ(d.message,
            "secties liggen meer dan 100 niveaus diep in elkaar; koers leest tot 100 niveaus");
}

TEST_F(TemplateLimitsTest, DeepSectionsBehindOtherDelimitersAreFoundToo) {
  std::string text = "{{=<% %>=}}\n";
  for (int i = 0; i < 200; ++i) text += "<%#a%>";
  for (int i = 0; i < 200; ++i) text += "<%/a%>";
  put("partials/p.mustache", text);
  put("doc/x.mustache", "{{> p}}");
  EXPECT_EQ(render("x", Data("a", Data(true))), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/partials/p.mustache");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 100 * 6 + 1);
}

TEST_F(TemplateLimitsTest, SectionsWithinTheLimitRender) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "{{#a}}";
  text += "x";
  for (int i = 0; i < 100; ++i) text += "{{/a}}";
  put("doc/x.mustache", text);
  EXPECT_EQ(render("x", Data("a", Data(true))), "x");
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST_F(TemplateLimitsTest, AnOversizedPartialIsRefusedNamingItsSize) {
  put("doc/x.mustache", "{{> groot}}");
  put("partials/groot.mustache", std::string(2048, 'x'));
  limits.max_input_bytes = 1024;
  EXPECT_EQ(render("x"), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/partials/groot.mustache");
  EXPECT_EQ(d.message, "het bestand is 2 kB groot; koers leest bestanden tot 1 kB");
}

TEST_F(TemplateLimitsTest, AnOversizedTemplateIsRefused) {
  put("doc/x.mustache", std::string(2048, 'x'));
  limits.max_input_bytes = 1024;
  EXPECT_EQ(render("x"), "");
  EXPECT_EQ(only_error().file, "/t/doc/x.mustache");
}

}  // namespace
}  // namespace koers::templ

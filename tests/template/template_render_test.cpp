#include <gtest/gtest.h>

#include "core/resources.h"
#include "template/template.h"

namespace koers::templ {
namespace {

class TemplateRenderTest : public ::testing::Test {
 protected:
  void put(const std::string& file, std::string text) { files.put("/t/" + file, std::move(text)); }
  std::string render(const std::string& name, const Data& data, Limits limits = {}) {
    TemplateSet set({"/t/override", "/t/doc", "/t/partials"}, files, limits);
    return set.render(name, data, diags);
  }
  const Diagnostic& only_error() {
    EXPECT_EQ(diags.error_count(), 1u) << diags.to_string();
    return diags.items().front();
  }

  MemoryResources files;
  Diagnostics diags;
};

TEST_F(TemplateRenderTest, RendersVariablesSectionsAndPartials) {
  put("doc/brief.mustache", "<p>{{naam}}</p>{{#punten}}<li>{{.}}</li>{{/punten}}{{> voet}}");
  put("partials/voet.mustache", "<p>{{gemeente}}</p>");
  Data data;
  data.set("naam", "Visie");
  data.set("gemeente", "Lindeveld");
  Data punten{Data::type::list};
  punten << Data("een") << Data("twee");
  data.set("punten", punten);
  EXPECT_EQ(render("brief", data), "<p>Visie</p><li>een</li><li>twee</li><p>Lindeveld</p>");
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST_F(TemplateRenderTest, EscapesXmlButNotTripleMustache) {
  put("doc/x.mustache", "<p a=\"{{v}}\">{{v}}</p>{{{rijk}}}");
  Data data;
  data.set("v", "Gemeente <Súdwest-Fryslân> & \"partners\" 'x'");
  data.set("rijk", "<em>echt</em>");
  EXPECT_EQ(render("x", data),
            "<p a=\"Gemeente &lt;Súdwest-Fryslân&gt; &amp; &quot;partners&quot; 'x'\">"
            "Gemeente &lt;Súdwest-Fryslân&gt; &amp; &quot;partners&quot; 'x'</p><em>echt</em>");
}

TEST_F(TemplateRenderTest, XmlEscapeFunction) {
  EXPECT_EQ(xml_escape("a&b<c>d\"e'f é"), "a&amp;b&lt;c&gt;d&quot;e'f é");
}

TEST_F(TemplateRenderTest, OverrideFolderWinsOverDocumentFolder) {
  put("doc/x.mustache", "{{> kop}}");
  put("partials/kop.mustache", "standaard");
  put("override/kop.mustache", "eigen");
  EXPECT_EQ(render("x", Data{}), "eigen");
  TemplateSet set({"/t/override", "/t/doc"}, files);
  EXPECT_EQ(set.resolve("kop"), std::filesystem::path("/t/override/kop.mustache"));
  EXPECT_TRUE(set.resolve("onbekend").empty());
  EXPECT_TRUE(set.resolve("../t/doc/x").empty());
}

TEST_F(TemplateRenderTest, SyntaxErrorInMainTemplateHasLineAndColumn) {
  put("doc/x.mustache", "<p>\n  één {{#lijst}}\n</p>\n");
  EXPECT_EQ(render("x", Data{}), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/doc/x.mustache");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 7);  // counted in characters: "é" is one column
  EXPECT_NE(d.message.find("sectie 'lijst' wordt niet afgesloten"), std::string::npos) << d.message;
}

TEST_F(TemplateRenderTest, SyntaxErrorInPartialIsReportedAgainstThePartial) {
  put("doc/x.mustache", "<a/>\n{{> kop}}\n");
  put("partials/kop.mustache", "regel 1\nregel 2 {{titel\n");
  Data data;
  data.set("titel", "T");
  EXPECT_EQ(render("x", data), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/partials/kop.mustache");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 9);
  EXPECT_NE(d.message.find("niet afgesloten"), std::string::npos);
}

TEST_F(TemplateRenderTest, UnopenedSectionIsReported) {
  put("doc/x.mustache", "a {{/einde}}");
  EXPECT_EQ(render("x", Data{}), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 3);
  EXPECT_NE(d.message.find("{{/einde}}"), std::string::npos);
}

TEST_F(TemplateRenderTest, MissingVariableIsAnErrorAtTheTag) {
  put("doc/visie.mustache", "<h1>{{titel}}</h1>\n<p>\n  {{ondertitel}}</p>\n");
  Data data;
  data.set("titel", "Visie");
  EXPECT_EQ(render("visie", data), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/doc/visie.mustache");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 3);
  EXPECT_EQ(d.message, "onbekende variabele 'ondertitel'");
  EXPECT_NE(d.hint.find("titel"), std::string::npos) << d.hint;
}

TEST_F(TemplateRenderTest, MissingSectionNameIsAnErrorToo) {
  put("doc/x.mustache", "{{^geen}}leeg{{/geen}}");
  EXPECT_EQ(render("x", Data{}), "");
  EXPECT_EQ(only_error().message, "onbekende variabele 'geen'");
}

TEST_F(TemplateRenderTest, MissingVariableInPartialIsReportedAgainstThePartial) {
  put("doc/x.mustache", "{{a}}\n{{> deel}}\n{{a}}");
  put("partials/deel.mustache", "\n\n    {{b}}");
  Data data;
  data.set("a", "A");
  EXPECT_EQ(render("x", data), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/partials/deel.mustache");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 5);
}

TEST_F(TemplateRenderTest, TagsAfterAPartialBelongToTheParentAgain) {
  put("doc/x.mustache", "{{> deel}}\n{{c}}");
  put("partials/deel.mustache", "{{a}}");
  Data data;
  data.set("a", "A");
  render("x", data);
  EXPECT_EQ(only_error().file, "/t/doc/x.mustache");
  EXPECT_EQ(only_error().line, 2);
}

TEST_F(TemplateRenderTest, MissingPartialIsAnErrorInTheIncludingFile) {
  put("doc/x.mustache", "<p/>\n<p>{{> colofon }}</p>");
  EXPECT_EQ(render("x", Data{}), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/doc/x.mustache");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 4);
  EXPECT_EQ(d.message, "partial 'colofon' niet gevonden");
  EXPECT_NE(d.hint.find("/t/partials"), std::string::npos);
}

TEST_F(TemplateRenderTest, MissingMainTemplateIsAnError) {
  EXPECT_EQ(render("nergens", Data{}), "");
  EXPECT_EQ(only_error().message, "sjabloon 'nergens' niet gevonden");
}

TEST_F(TemplateRenderTest, SelfIncludingPartialStopsWithAnError) {
  put("doc/x.mustache", "{{> lus}}");
  put("partials/lus.mustache", "a{{> lus}}");
  EXPECT_EQ(render("x", Data{}), "");
  const Diagnostic& d = only_error();
  EXPECT_EQ(d.file, "/t/partials/lus.mustache");
  EXPECT_EQ(d.column, 2);
  EXPECT_NE(d.message.find("meer dan 32 niveaus"), std::string::npos) << d.message;
}

TEST_F(TemplateRenderTest, IndirectSelfInclusionStops) {
  put("doc/x.mustache", "{{> a}}");
  put("partials/a.mustache", "{{> b}}");
  put("partials/b.mustache", "{{> a}}");
  Limits limits;
  limits.max_partial_depth = 8;
  EXPECT_EQ(render("x", Data{}, limits), "");
  EXPECT_NE(only_error().message.find("meer dan 8 niveaus"), std::string::npos);
}

TEST_F(TemplateRenderTest, ExpansionBudgetStopsTheRender) {
  put("doc/x.mustache", "{{> twee}}");
  put("partials/twee.mustache", "{{> twee}}{{> twee}}");
  Limits limits;
  limits.max_partial_expansions = 20;
  EXPECT_EQ(render("x", Data{}, limits), "");
  EXPECT_NE(only_error().message.find("te veel partials"), std::string::npos);
}

TEST_F(TemplateRenderTest, OutputLimitStopsTheRender) {
  put("doc/x.mustache", "{{#rijen}}{{t}}{{/rijen}}");
  Data rijen{Data::type::list};
  for (int i = 0; i < 100; ++i) rijen << Data("t", Data(std::string(100, 'x')));
  Data data("rijen", rijen);
  Limits limits;
  limits.max_template_output_bytes = 5000;
  EXPECT_EQ(render("x", data, limits), "");
  EXPECT_NE(only_error().message.find("uitvoer wordt groter"), std::string::npos);
}

TEST_F(TemplateRenderTest, DataDrivenRecursionWorks) {
  put("doc/boom.mustache", "<ul>{{#kinderen}}{{> knoop}}{{/kinderen}}</ul>");
  put("partials/knoop.mustache", "<li>{{naam}}{{#kinderen}}<ul>{{> knoop}}</ul>{{/kinderen}}</li>");
  auto leaf = [](const std::string& naam) {
    Data d;
    d.set("naam", naam);
    d.set("kinderen", Data{Data::type::list});
    return d;
  };
  Data deep = leaf("d5");
  for (int i = 4; i >= 1; --i) {
    Data parent;
    parent.set("naam", "d" + std::to_string(i));
    Data kids{Data::type::list};
    kids << deep;
    parent.set("kinderen", kids);
    deep = std::move(parent);
  }
  Data kids{Data::type::list};
  kids << leaf("a") << deep;
  Data data("kinderen", kids);
  EXPECT_EQ(render("boom", data),
            "<ul><li>a</li><li>d1<ul><li>d2<ul><li>d3<ul><li>d4<ul><li>d5</li></ul></li></ul>"
            "</li></ul></li></ul></li></ul>");
  EXPECT_TRUE(diags.empty()) << diags.to_string();
}

TEST_F(TemplateRenderTest, PartialIsLoadedOncePerRenderAndErrorsReportedOnce) {
  put("doc/x.mustache", "{{#l}}{{> p}}{{/l}}");
  put("partials/p.mustache", "{{onbekend}}");
  Data l{Data::type::list};
  l << Data("i", Data("1")) << Data("i", Data("2"));
  EXPECT_EQ(render("x", Data("l", l)), "");
  EXPECT_EQ(diags.error_count(), 1u) << diags.to_string();
}

TEST_F(TemplateRenderTest, StandardSearchPath) {
  MemoryResources res(nullptr, "/koers");
  auto path = TemplateSet::standard_search_path(res, "visie", {"/mijn/sjablonen"});
  ASSERT_EQ(path.size(), 3u);
  EXPECT_EQ(path[0], std::filesystem::path("/mijn/sjablonen"));
  EXPECT_EQ(path[1], std::filesystem::path("/koers/templates/visie"));
  EXPECT_EQ(path[2], std::filesystem::path("/koers/templates/partials"));
}

}  // namespace
}  // namespace koers::templ

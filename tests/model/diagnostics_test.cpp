// Each kind of input problem gives its Dutch diagnostic at the right line and column.
#include <gtest/gtest.h>

#include "model/model.h"
#include "model_test_support.h"

namespace koers::model {
namespace {

using testing::gemeente;
using testing::read;

// The diagnostics as printed, without hint lines.
std::vector<std::string> lines(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.items())
    out.push_back(to_string(Diagnostic{d.severity, d.file, d.line, d.column, d.message, {}}));
  return out;
}

TEST(Diagnostics, UnknownThemeReferenceNamesTheClosestId) {
  auto r =
      read(gemeente("<themas><thema id=\"energie\" naam=\"Energie\"/></themas>\n"
                    "<doelen><doel id=\"d-co2\" thema=\"energi\"/></doelen>"));
  ASSERT_EQ(r.diags.items().size(), 1u) << r.text();
  const auto& d = r.diags.items()[0];
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.column, 26);  // the thema attribute
  EXPECT_EQ(d.message, "doel 'd-co2' verwijst naar thema 'energi', maar dat thema bestaat niet");
  EXPECT_EQ(d.hint, "bedoelt u 'energie'?");
}

TEST(Diagnostics, UnrelatedReferenceListsKnownIds) {
  auto r = read(gemeente(
      "<themas><thema id=\"energie\" naam=\"E\"/><thema id=\"groen\" naam=\"G\"/></themas>\n"
      "<quickscan><beoordeling thema=\"mobiliteit\"/></quickscan>"));
  ASSERT_EQ(r.diags.items().size(), 1u) << r.text();
  EXPECT_EQ(r.diags.items()[0].hint, "bekende thema's: energie, groen");
}

TEST(Diagnostics, AllProblemsAreReportedInFileOrder) {
  auto r =
      read(gemeente("<acties><actie id=\"A\" thema=\"x\" rol=\"leiden\" start=\"2027-13\">\n"
                    "<titel>T</titel><budget jaar=\"2027\">12,5</budget></actie></acties>\n"
                    "<doelen><doel id=\"d\" thema=\"x\"><basis jaar=\"1850\"/></doel></doelen>"));
  EXPECT_EQ(
      lines(r.diags),
      (std::vector<std::string>{
          "test.xml:3:23: error: actie 'A' verwijst naar thema 'x', maar dat thema bestaat niet",
          "test.xml:3:33: error: attribuut 'rol' van actie 'A': verwacht een van regisseren, "
          "stimuleren, faciliteren, uitvoeren, maar vond 'leiden'",
          "test.xml:3:46: error: attribuut 'start' van actie 'A': verwacht een jaar en maand "
          "jjjj-mm (bijvoorbeeld 2027-06), maar vond '2027-13'",
          "test.xml:4:37: error: inhoud van budget: verwacht een getal met een decimale punt "
          "(bijvoorbeeld 412.5), maar vond '12,5'",
          "test.xml:5:22: error: doel 'd' verwijst naar thema 'x', maar dat thema bestaat niet",
          "test.xml:5:39: error: attribuut 'jaar' van basis: jaar 1850 ligt buiten het bereik "
          "1900–2100"}));
}

TEST(Diagnostics, MissingRequiredValues) {
  auto r = read(
      "<gemeente versie=\"1\">\n<themas><thema id=\"\"/></themas>\n"
      "<acties><actie id=\"A\"/></acties>\n</gemeente>");
  EXPECT_EQ(lines(r.diags),
            (std::vector<std::string>{
                "test.xml:1:1: error: gemeente mist het verplichte attribuut 'code'",
                "test.xml:1:1: error: gemeente mist het verplichte element 'naam'",
                "test.xml:2:9: error: thema mist het verplichte attribuut 'naam'",
                "test.xml:2:16: error: attribuut 'id' van thema is leeg",
                "test.xml:3:9: error: actie 'A' mist het verplichte attribuut 'thema'",
                "test.xml:3:9: error: actie 'A' mist het verplichte element 'titel'"}));
}

TEST(Diagnostics, DuplicateIdsPerKind) {
  auto r =
      read(gemeente("<themas><thema id=\"a\" naam=\"A\"/>\n<thema id=\"a\" naam=\"B\"/></themas>\n"
                    "<bronnen><bron id=\"a\" naam=\"Bron A\"/></bronnen>"));
  ASSERT_EQ(r.diags.items().size(), 1u) << r.text();
  EXPECT_EQ(lines(r.diags)[0],
            "test.xml:4:8: error: thema 'a' komt twee keer voor; de eerste staat op regel 3");
}

TEST(Diagnostics, InlineKaderdoelMayNotReuseACatalogueId) {
  auto r = read(gemeente(
      "<indicatoren><indicator id=\"co2\" thema=\"e\" naam=\"C\" eenheid=\"kton\"/></indicatoren>"
      "<themas><thema id=\"e\" naam=\"E\"/></themas>\n"
      "<kaders><kader id=\"k\" naam=\"K\"><doel id=\"klimaatwet-2030\" indicator=\"co2\"/>"
      "</kader></kaders>"));
  ASSERT_EQ(r.diags.items().size(), 1u) << r.text();
  EXPECT_EQ(r.diags.items()[0].message,
            "kaderdoel 'klimaatwet-2030' komt twee keer voor; de catalogus heeft al een met dat "
            "id");
}

TEST(Diagnostics, CatalogueReferences) {
  auto r = read(gemeente(
      "<kaders><kader ref=\"klimatwet\"/></kaders>\n"
      "<themas><thema id=\"e\" naam=\"E\"/></themas>"
      "<doelen><doel id=\"d\" thema=\"e\"><vergelijk kaderdoel=\"klimaatwet-2040\"/></doel>"
      "</doelen>"));
  auto found = lines(r.diags);
  ASSERT_EQ(found.size(), 2u) << r.text();
  EXPECT_EQ(found[0],
            "test.xml:3:16: error: kader verwijst naar kader 'klimatwet', maar dat kader staat "
            "niet in de catalogus (data/beleidskaders.xml)");
  EXPECT_EQ(r.diags.items()[0].hint, "bedoelt u 'klimaatwet'?");
  EXPECT_EQ(found[1],
            "test.xml:4:84: error: doel 'd' verwijst naar kaderdoel 'klimaatwet-2040', maar dat "
            "kaderdoel staat niet in de catalogus en niet in de eigen kaders");
}

TEST(Diagnostics, UnknownElementsAndAttributesAreWarnings) {
  auto r =
      read(gemeente("<themas><thema id=\"e\" naam=\"E\" kleur=\"rood\"/></themas>\n"
                    "<begroting/>"));
  EXPECT_FALSE(r.diags.has_errors());
  EXPECT_EQ(lines(r.diags),
            (std::vector<std::string>{
                "test.xml:3:32: warning: onbekend attribuut 'kleur' in 'thema'; koers slaat het "
                "over",
                "test.xml:4:1: warning: onbekend element 'begroting' in 'gemeente'; koers slaat "
                "het over"}));
}

TEST(Diagnostics, TypoInElementNameGetsAHint) {
  auto r = read(gemeente("<indicatoen/>"));
  ASSERT_EQ(r.diags.items().size(), 1u);
  EXPECT_EQ(r.diags.items()[0].hint, "bedoelt u 'indicatoren'?");
}

TEST(Diagnostics, CodeAndVersion) {
  auto r = read("<gemeente versie=\"2\" code=\"GM34\"><naam>X</naam></gemeente>");
  EXPECT_EQ(lines(r.diags),
            (std::vector<std::string>{
                "test.xml:1:11: error: versie '2' van het invoerformaat kent koers niet; deze "
                "versie van koers leest versie 1",
                "test.xml:1:22: error: gemeentecode 'GM34' klopt niet: verwacht GM gevolgd door 4 "
                "cijfers (bijvoorbeeld GM0344)"}));
}

TEST(Diagnostics, ArgumentOutOfRange) {
  auto r =
      read(gemeente("<documenten><raadsvoorstel><beslispunt>Een</beslispunt>\n"
                    "<argument beslispunt=\"3\"><stelling>S</stelling></argument>"
                    "</raadsvoorstel></documenten>"));
  ASSERT_EQ(r.diags.items().size(), 1u) << r.text();
  EXPECT_EQ(lines(r.diags)[0],
            "test.xml:4:11: error: argument verwijst naar beslispunt '3', maar het "
            "raadsvoorstel heeft 1 beslispunt");
}

TEST(Diagnostics, ColumnsCountCharactersNotBytes) {
  auto r = read(gemeente("<themas><thema naam=\"Coöperatie én\" id=\"a\" sdg=\"18\"/></themas>"));
  ASSERT_EQ(r.diags.items().size(), 1u) << r.text();
  EXPECT_EQ(r.diags.items()[0].line, 3);
  EXPECT_EQ(r.diags.items()[0].column, 44);
}

TEST(MalformedXml, MismatchedEndTagNamesTheOpenElement) {
  auto r = read("<gemeente code=\"GM9901\">\n  <naam>X</naa>\n</gemeente>");
  EXPECT_EQ(lines(r.diags), (std::vector<std::string>{
                                "test.xml:2:10: error: eindtag '</naa>' past niet bij het open "
                                "element 'naam' (regel 2)"}));
}

TEST(MalformedXml, UnclosedRoot) {
  auto r = read("<gemeente code=\"GM9901\">\n  <naam>X</naam>\n");
  EXPECT_EQ(lines(r.diags),
            (std::vector<std::string>{"test.xml:1:1: error: element 'gemeente' is niet afgesloten: "
                                      "'</gemeente>' ontbreekt"}));
}

TEST(MalformedXml, EntitiesTextOutsideRootEmptyAndEncoding) {
  EXPECT_EQ(lines(read(gemeente("<huisstijl>A &eacute; B</huisstijl>")).diags),
            (std::vector<std::string>{"test.xml:3:14: error: onbekende entiteit '&eacute;'"}));
  EXPECT_EQ(
      lines(read(gemeente("") + "tekst").diags),
      (std::vector<std::string>{"test.xml:5:1: error: tekst buiten het hoofdelement 'gemeente'"}));
  EXPECT_EQ(lines(read("").diags),
            (std::vector<std::string>{"test.xml:1:1: error: het bestand is leeg"}));
  EXPECT_EQ(lines(read(gemeente("<huisstijl>caf\xE9</huisstijl>")).diags),
            (std::vector<std::string>{
                "test.xml:3:15: error: het bestand is geen geldige UTF-8 (byte 0xE9)"}));
  EXPECT_EQ(lines(read("<municipality/>").diags),
            (std::vector<std::string>{
                "test.xml:1:1: error: het hoofdelement heet 'municipality', verwacht "
                "'gemeente'"}));
}

}  // namespace
}  // namespace koers::model

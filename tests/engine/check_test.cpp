// `koers check` through Engine::check: the analysis' findings (consistency, SMART letters at
// the target's line, what each document lacks) after the input diagnostics.
#include <gtest/gtest.h>

#include "core/resources.h"
#include "engine/engine.h"

using namespace koers;

namespace {

// d-vaag (line 12) has no baseline, no owner and no action; d-co2 (line 17) is SMART.
const char* kMunicipality = R"(<?xml version="1.0" encoding="UTF-8"?>
<gemeente versie="1" code="GM9999">
  <naam>Proefdorp</naam>
  <bestuur><wethouder id="w-jansen" naam="P. Jansen" portefeuille="Duurzaamheid"/></bestuur>
  <bronnen><bron id="km" naam="Klimaatmonitor"/></bronnen>
  <themas><thema id="energie" naam="Energie"/></themas>
  <indicatoren>
    <indicator id="co2" thema="energie" naam="CO2-uitstoot" eenheid="kton" richting="lager" bron="km"/>
  </indicatoren>
  <kaders><kader ref="klimaatwet"/></kaders>
  <doelen>
    <doel id="d-vaag" thema="energie" indicator="co2">
      <formulering>Minder uitstoot.</formulering>
      <streef jaar="2030" waarde="100"/>
    </doel>
    <doel id="d-co2" thema="energie" indicator="co2" eigenaar="w-jansen">
      <formulering>In 2030 is de CO2-uitstoot 60% lager dan in 1990.</formulering>
      <basis jaar="1990" waarde="520"/> <streef jaar="2030" waarde="208"/>
      <tussendoel jaar="2028" waarde="260"/>
      <vergelijk kaderdoel="klimaatwet-2030"/>
    </doel>
  </doelen>
  <acties>
    <actie id="E-01" thema="energie" doelen="d-co2" status="gestart" start="2027-01" eind="2028-12">
      <titel>Zon op daken</titel>
    </actie>
  </acties>
  <documenten><visie titel="Visie" datum="2026-11-27"/></documenten>
</gemeente>
)";

class CheckTest : public ::testing::Test {
 protected:
  Diagnostics check(const char* xml) {
    memory_.put("/mem/proefdorp.xml", xml);
    Engine engine(memory_);
    return engine.check("/mem/proefdorp.xml");
  }
  bool has(const Diagnostics& diags, const std::string& text) {
    return diags.to_string().find(text) != std::string::npos;
  }
  DiskResources disk_;
  MemoryResources memory_{&disk_};
};

TEST_F(CheckTest, EachFailingSmartLetterIsAWarningAtTheTarget) {
  const Diagnostics diags = check(kMunicipality);
  EXPECT_FALSE(diags.has_errors()) << diags.to_string();
  EXPECT_TRUE(has(diags,
                  "/mem/proefdorp.xml:12:5: warning: doel 'd-vaag' is niet Meetbaar: "
                  "geen basiswaarde"))
      << diags.to_string();
  EXPECT_TRUE(has(diags, "doel 'd-vaag' is niet Acceptabel: geen eigenaar (portefeuillehouder)"));
  EXPECT_TRUE(has(diags, "doel 'd-vaag' is niet Realistisch:"));
  EXPECT_FALSE(has(diags, "doel 'd-vaag' is niet Specifiek"));
  EXPECT_FALSE(has(diags, "doel 'd-co2' is niet")) << diags.to_string();
}

TEST_F(CheckTest, ReportsConsistencyFindings) {
  const Diagnostics diags = check(kMunicipality);
  EXPECT_TRUE(has(diags, "doel ‘d-vaag’ heeft geen actie die eraan bijdraagt"))
      << diags.to_string();
}

TEST_F(CheckTest, SaysWhatEachDocumentLacks) {
  const Diagnostics diags = check(kMunicipality);
  EXPECT_TRUE(has(diags, "/mem/proefdorp.xml: warning: monitor: geen <monitoring>"))
      << diags.to_string();
  EXPECT_TRUE(has(diags, "raadsvoorstel: geen <raadsvoorstel> in <documenten>"));
  EXPECT_TRUE(has(diags, "visie: geen quickscan"));
  EXPECT_TRUE(has(diags, "uitvoeringsprogramma: geen budgetten bij de acties"));
  EXPECT_FALSE(has(diags, "visie: geen doelen"));
  EXPECT_EQ(diags.error_count(), 0u);
}

TEST_F(CheckTest, MonitorWithoutSeriesIsNamed) {
  std::string xml = kMunicipality;
  xml.replace(xml.find("<documenten>"), 0,
              "<monitoring tolerantie-groen=\"5\" tolerantie-oranje=\"15\"/>\n  ");
  const Diagnostics diags = check(xml.c_str());
  EXPECT_TRUE(has(diags, "monitor: geen meetreeksen")) << diags.to_string();
  EXPECT_FALSE(has(diags, "monitor: geen <monitoring>"));
}

TEST_F(CheckTest, InputErrorsComeWithoutAnalysisFindings) {
  const Diagnostics diags =
      check("<gemeente versie=\"1\" code=\"X\"><naam>Kapot</naam></gemeente>");
  EXPECT_TRUE(diags.has_errors());
  EXPECT_FALSE(has(diags, "monitor:")) << diags.to_string();
}

}  // namespace

// A table of Dutch words with their hyphenation at the engine's limits (2 letters before a
// break, 3 after), as koers::text::Hyphenator gives it with the hyph_nl patterns. Every
// expected string was checked against the Woordenlijst Nederlandse Taal / OpenTaal syllable
// division: each "=" is a correct break. Breaks the limits forbid are absent by design
// (pro=gramma: "ma" is too short). Words where the patterns give a wrong break, or miss one
// the limits allow, are in KnownPatternQuirks with what they give, so that a change of
// patterns shows up here.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/font.h"
#include "text/hyphenation.h"

namespace koers::text {
namespace {

const Hyphenator& dutch() {
  static const Hyphenator hyphenator;  // loaded once; read-only, as in the engine
  return hyphenator;
}

// The word with "=" at each break point (explicit hyphens stay visible as "-").
std::string marked(std::string_view utf8) {
  const std::u32string word = to_u32(utf8);
  std::u32string out;
  std::size_t start = 0;
  for (const HyphenPoint& point : dutch().hyphenate(word)) {
    out.append(word.substr(start, point.position - start));
    out.push_back(U'=');
    start = point.position;
  }
  out.append(word.substr(start));
  return to_utf8(out);
}

struct Word {
  const char* word;
  const char* expected;
};

void expect_table(const std::vector<Word>& table) {
  for (const Word& w : table) EXPECT_EQ(marked(w.word), w.expected) << "word: " << w.word;
}

TEST(HyphenationWords, Compounds) {
  expect_table({
      {"duurzaamheidsvisie", "duur=zaam=heids=vi=sie"},
      {"duurzaamheidsdoelstellingen", "duur=zaam=heids=doel=stel=lin=gen"},
      {"gemeenteraad", "ge=meen=te=raad"},
      {"uitvoeringsprogramma", "uit=voe=rings=pro=gramma"},
      {"klimaatadaptatie", "kli=maat=adap=ta=tie"},
      {"warmtetransitie", "warm=te=tran=si=tie"},
      {"energietransitie", "ener=gie=tran=si=tie"},
      {"zonnepanelen", "zon=ne=pa=ne=len"},
      {"aardgasvrij", "aard=gas=vrij"},
      {"windturbines", "wind=tur=bi=nes"},
      {"laadpalen", "laad=pa=len"},
      {"klimaatneutraal", "kli=maat=neu=traal"},
      {"woningcorporatie", "wo=ning=cor=po=ra=tie"},
      {"warmtepompen", "warm=te=pom=pen"},
      {"wateroverlast", "wa=ter=over=last"},
      {"netbeheerder", "net=be=heer=der"},
      {"bedrijventerrein", "be=drij=ven=ter=rein"},
      {"omgevingsplan", "om=ge=vings=plan"},
      {"voortgangsrapportage", "voort=gangs=rap=por=tage"},
      {"subsidieregeling", "sub=si=die=re=ge=ling"},
      {"wijkuitvoeringsplannen", "wijk=uit=voe=rings=plan=nen"},
      {"verantwoordelijkheid", "ver=ant=woor=de=lijk=heid"},
      {"gebiedsontwikkelingen", "ge=bieds=ont=wik=ke=lin=gen"},
      {"stikstofuitstoot", "stik=stof=uit=stoot"},
      {"huisaansluiting", "huis=aan=slui=ting"},
      {"hemelwaterafvoer", "he=mel=wa=ter=af=voer"},
      {"afvalinzameling", "af=val=in=za=me=ling"},
      {"herinrichting", "her=in=rich=ting"},
      {"kinderopvang", "kin=der=op=vang"},
      {"energieopslag", "ener=gie=op=slag"},
      {"windenergie", "wind=ener=gie"},
      {"bedrijfsafval", "be=drijfs=af=val"},
      {"boomaanplant", "boom=aan=plant"},
      {"klimaatakkoord", "kli=maat=ak=koord"},
      {"overeenkomst", "over=een=komst"},
      {"stationsomgeving", "sta=ti=ons=om=ge=ving"},
      {"milieueffectrapportage", "mi=li=eu=ef=fect=rap=por=tage"},
      {"hoogspanningsnet", "hoog=span=nings=net"},
      {"handelingsperspectief", "han=de=lings=per=spec=tief"},
      {"restwarmte", "rest=warmte"},
  });
}

TEST(HyphenationWords, LoanWordsAndLongStems) {
  expect_table({
      {"biodiversiteit", "bi=o=di=ver=si=teit"},
      {"elektriciteit", "elek=tri=ci=teit"},
      {"netcongestie", "net=con=ges=tie"},
      {"geothermie", "ge=o=ther=mie"},
      {"aquathermie", "aqua=ther=mie"},
      {"participatie", "par=ti=ci=pa=tie"},
      {"democratie", "de=mo=cra=tie"},
      {"inwonersenquête", "in=wo=ners=en=quête"},
      {"milieu", "mi=lieu"},
      {"college", "col=lege"},
      {"veiligheidsregio", "vei=lig=heids=re=gio"},
  });
}

TEST(HyphenationWords, TremasAreDroppedAtTheBreak) {
  expect_table({
      {"coördinatie", "co=ör=di=na=tie"},
      {"coöperatie", "co=ö=pe=ra=tie"},
      {"energiecoöperaties", "ener=gie=co=ö=pe=ra=ties"},
      {"financiële", "fi=nan=ci=ële"},
      {"geïnteresseerd", "ge=ïn=te=res=seerd"},
      {"geëvalueerd", "ge=ë=va=lu=eerd"},
      {"reünie", "re=ü=nie"},
      {"ruïne", "ru=ïne"},
      {"beïnvloeden", "be=ïn=vloe=den"},
      {"tweeënhalf", "twee=ën=half"},
      // zee-en, knie-en: the part after the break is shorter than three letters
      {"zeeën", "zeeën"},
      {"knieën", "knieën"},
  });
  struct Split {
    std::u32string word;
    std::u32string before, after;  // the two lines at the break before the trema
  };
  const std::vector<Split> splits = {
      {U"coördinatie", U"co-", U"ordinatie"},       {U"financiële", U"financi-", U"ele"},
      {U"geïnteresseerd", U"ge-", U"interesseerd"}, {U"reünie", U"re-", U"unie"},
      {U"tweeënhalf", U"twee-", U"enhalf"},         {U"ruïne", U"ru-", U"ine"},
  };
  for (const Split& s : splits) {
    const std::vector<HyphenPoint> points = dutch().hyphenate(s.word);
    bool found = false;
    for (const HyphenPoint& p : points) {
      if (p.after.empty()) continue;
      found = true;
      EXPECT_EQ(to_utf8(text_before_break(s.word, p)), to_utf8(s.before)) << to_utf8(s.word);
      EXPECT_EQ(to_utf8(text_after_break(s.word, p)), to_utf8(s.after)) << to_utf8(s.word);
    }
    EXPECT_TRUE(found) << "no break with a spelling change in " << to_utf8(s.word);
  }
}

TEST(HyphenationWords, DiphthongsStayTogether) {
  expect_table({
      {"vrijheid", "vrij=heid"},  // ij
      {"vrijwilligers", "vrij=wil=li=gers"},
      {"bijeenkomst", "bij=een=komst"},
      {"ijzer", "ij=zer"},
      {"eigenaren", "ei=ge=na=ren"},  // ei
      {"zeilen", "zei=len"},
      {"buitengebied", "bui=ten=ge=bied"},  // ui
      {"huizen", "hui=zen"},
      {"gebouwen", "ge=bou=wen"},  // ou
      {"wethouder", "wet=hou=der"},
      {"nauwelijks", "nau=we=lijks"},  // au
      {"europees", "eu=ro=pees"},      // eu
      {"klimaatneutraal", "kli=maat=neu=traal"},
      {"goederen", "goe=de=ren"},  // oe
      {"uitvoeren", "uit=voe=ren"},
      {"dienstverlening", "dienst=ver=le=ning"},  // ie
      {"kiezen", "kie=zen"},
      {"hernieuwbaar", "her=nieuw=baar"},  // ieuw
      // the break would leave two letters: no break
      {"auto", "auto"},
      {"pauze", "pauze"},
      {"leuke", "leuke"},
      {"nieuwe", "nieuwe"},
  });
}

TEST(HyphenationWords, CapitalsAndNames) {
  expect_table({
      {"IJsselmeer", "IJs=sel=meer"},
      {"IJmuiden", "IJ=mui=den"},
      {"Zuiderhaven", "Zui=der=ha=ven"},
      {"Lindeveld", "Lin=de=veld"},
      {"Oosterbroek", "Oos=ter=broek"},
      {"Haagveen", "Haag=veen"},
      {"Eindhoven", "Eind=ho=ven"},
      {"Rijksoverheid", "Rijks=over=heid"},
      {"Ministerie", "Mi=nis=te=rie"},
      {"Utrecht", "Utrecht"},  // U-trecht leaves one letter
  });
}

TEST(HyphenationWords, WordsThatMustNotBreak) {
  expect_table({
      {"RES", "RES"},
      {"VNG", "VNG"},
      {"2030", "2030"},
      {"2025–2030", "2025–2030"},
      {"CO2", "CO2"},
      {"A4", "A4"},
      {"info@lindeveld.nl", "info@lindeveld.nl"},
      {"https://www.lindeveld.nl", "https://www.lindeveld.nl"},
      {"e-mail", "e-mail"},
      {"daarom", "daarom"},
      {"voorop", "voorop"},
  });
}

TEST(HyphenationWords, ExplicitHyphensAreTheCallersBreak) {
  // Each part is hyphenated on its own; the break after "-" is a line-break opportunity
  // and not reported as a hyphenation point.
  expect_table({
      {"CO2-uitstoot", "CO2-uit=stoot"},
      {"CO2-neutraal", "CO2-neu=traal"},
      {"Zuid-Holland", "Zuid-Hol=land"},
      {"Noord-Brabant", "Noord-Bra=bant"},
      {"woon-werkverkeer", "woon-werk=ver=keer"},
      {"prestatie-indicatoren", "pres=ta=tie-in=di=ca=to=ren"},
      {"zonne-energie", "zonne-ener=gie"},
  });
}

// What the hyph_nl patterns give where the Woordenlijst differs. Kept exact so that a
// change (better patterns, an exception list) is noticed and the word moves to the table.
TEST(HyphenationWords, KnownPatternQuirks) {
  // Wrong: rest + afval is rest=af=val; the patterns do not see
  // the compound and put the t with the next syllable.
  EXPECT_EQ(marked("restafval"), "res=taf=val");
  // Missed compound breaks the limits allow (not wrong, only fewer choices):
  EXPECT_EQ(marked("klimaatstresstest"), "kli=maat=stresstest");     // stress=test
  EXPECT_EQ(marked("laadinfrastructuur"), "laadin=fra=struc=tuur");  // laad=in
  EXPECT_EQ(marked("ideeën"), "ideeën");                             // ide=eën (i-de-eën)
}

}  // namespace
}  // namespace koers::text

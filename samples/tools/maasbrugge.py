#!/usr/bin/env python3
"""Writes samples/maasbrugge.xml, the large-city sample (fictional Maasbrugge, 418.000 inhabitants).

The policy content (themes, indicators, targets, 64 actions, texts, council memos) is written out
by hand below; the script only expands it: measured series 2015–2025 per indicator from a few
anchor values (with a fixed, reproducible wobble), budgets per year over each action's period,
and the financial figures of the memos from the same budgets as the programme.

    python3 samples/tools/maasbrugge.py            # writes samples/maasbrugge.xml
"""
import math
import pathlib
import sys
from xml.sax.saxutils import escape, quoteattr

OUT = pathlib.Path(__file__).resolve().parent.parent / "maasbrugge.xml"

# --------------------------------------------------------------------------------------------
# Themes, sources, indicators
# --------------------------------------------------------------------------------------------
THEMES = [
    ("energie", "Energie en opwek", "7 13"),
    ("warmte", "Warmte en gebouwde omgeving", "7 11 13"),
    ("adaptatie", "Klimaatadaptatie: water en hitte", "6 11 13"),
    ("circulair", "Circulaire stad", "12"),
    ("mobiliteit", "Mobiliteit", "3 11 13"),
    ("lucht", "Schone lucht en gezondheid", "3 11"),
    ("groen", "Groen en biodiversiteit", "11 15"),
    ("organisatie", "Eigen organisatie", "12 13"),
]

SOURCES = [
    ("klimaatmonitor", "Klimaatmonitor (Rijkswaterstaat)", "2026-09-12", "https://klimaatmonitor.databank.nl"),
    ("cbs", "CBS StatLine", "2026-09-10", "https://opendata.cbs.nl/statline"),
    ("waarstaatjegemeente", "Waarstaatjegemeente.nl (VNG)", "2026-09-10", "https://www.waarstaatjegemeente.nl"),
    ("rivm", "RIVM, Grootschalige concentratiekaarten Nederland", "2026-08-30", "https://www.rivm.nl/gcn-gdn-kaarten"),
    ("odin", "ODiN, Onderweg in Nederland (CBS)", "2026-08-30", "https://www.cbs.nl/odin"),
    ("gemeente", "Gemeente Maasbrugge, eigen registratie en Stadsmonitor", "2026-09-20", "https://www.maasbrugge.nl/stadsmonitor"),
    ("warmtebedrijf", "Warmtebedrijf Maasbrugge, jaarverslag", "2026-06-30", None),
]

# id, theme, name, unit, direction, source, decimals, definition,
# anchors {year: value} for the measured series 2015–2025, provisional years.
INDICATORS = [
    ("co2", "energie", "CO2-uitstoot", "kton", "lager", "klimaatmonitor", 0,
     "Totale CO2-uitstoot op het grondgebied van Maasbrugge, exclusief rijkswegen en binnenvaart, volgens de methode van de Klimaatmonitor.",
     {2015: 3180, 2019: 2905, 2020: 2690, 2022: 2655, 2025: 2410}, (2024, 2025)),
    ("hernieuwbaar", "energie", "Hernieuwbare elektriciteit", "%", "hoger", "klimaatmonitor", 1,
     "Lokaal opgewekte hernieuwbare elektriciteit als percentage van het elektriciteitsverbruik (verplichte beleidsindicator BBV).",
     {2015: 3.1, 2019: 8.4, 2022: 13.9, 2025: 19.8}, (2024, 2025)),
    ("opwek-zon", "energie", "Opwek zonnestroom", "GWh", "hoger", "klimaatmonitor", 0,
     "Jaarlijkse productie van alle zonnepanelen binnen de gemeentegrens, op daken en op land.",
     {2015: 21, 2019: 96, 2022: 198, 2025: 318}, (2024, 2025)),
    ("opwek-wind", "energie", "Opwek windenergie", "GWh", "hoger", "klimaatmonitor", 0,
     "Jaarlijkse productie van de windturbines binnen de gemeentegrens.",
     {2015: 38, 2019: 40, 2021: 41, 2023: 88, 2025: 92}, (2024, 2025)),
    ("energieverbruik", "energie", "Totaal energieverbruik", "TJ", "lager", "klimaatmonitor", 0,
     "Finaal energieverbruik van woningen, bedrijven, instellingen en verkeer op het grondgebied, exclusief rijkswegen.",
     {2015: 43900, 2019: 41800, 2020: 39600, 2022: 39900, 2025: 38300}, (2024, 2025)),
    ("aardgasvrij", "warmte", "Aardgasvrije woningen", "%", "hoger", "cbs", 1,
     "Aandeel woningen zonder aardgasaansluiting in de totale woningvoorraad op 1 januari.",
     {2015: 2.8, 2019: 4.2, 2022: 6.4, 2025: 9.3}, (2025,)),
    ("warmtenet", "warmte", "Aansluitingen op warmtenetten", "woningequivalenten", "hoger", "warmtebedrijf", 0,
     "Aantal woningequivalenten dat is aangesloten op een collectief warmtenet; een woningequivalent is een woning of 100 m² bedrijfsvloeroppervlak.",
     {2015: 14200, 2019: 18500, 2022: 22900, 2025: 27600}, (2025,)),
    ("label-efg", "warmte", "Woningen met energielabel E, F of G", "%", "lager", "cbs", 1,
     "Aandeel woningen met een geregistreerd energielabel E, F of G in de totale woningvoorraad.",
     {2015: 34.8, 2019: 29.6, 2021: 26.4, 2025: 19.7}, (2025,)),
    ("gasverbruik", "warmte", "Gemiddeld aardgasverbruik woningen", "m³ per woning", "lager", "cbs", 0,
     "Gemiddeld jaarlijks aardgasverbruik van woningen met een gasaansluiting, niet gecorrigeerd voor de buitentemperatuur.",
     {2015: 1290, 2019: 1180, 2021: 1190, 2022: 960, 2025: 910}, (2024, 2025)),
    ("afkoppelen", "adaptatie", "Afgekoppeld verhard oppervlak", "ha", "hoger", "gemeente", 1,
     "Verhard oppervlak dat sinds 2010 is afgekoppeld van het gemengde riool, cumulatief.",
     {2015: 21.0, 2019: 42.0, 2022: 63.5, 2025: 88.0}, ()),
    ("groendaken", "adaptatie", "Groene en blauwe daken", "ha", "hoger", "gemeente", 1,
     "Oppervlak aan groene, blauwe en blauwgroene daken, cumulatief, volgens de subsidieregistratie en luchtfoto’s.",
     {2015: 1.4, 2019: 3.8, 2022: 7.1, 2025: 11.2}, ()),
    ("restafval", "circulair", "Huishoudelijk restafval", "kg per inwoner", "lager", "waarstaatjegemeente", 0,
     "Fijn en grof huishoudelijk restafval per inwoner per jaar (verplichte beleidsindicator BBV).",
     {2015: 262, 2019: 238, 2022: 214, 2025: 187}, (2025,)),
    ("gescheiden", "circulair", "Afvalscheiding", "%", "hoger", "waarstaatjegemeente", 0,
     "Aandeel van het huishoudelijk afval dat gescheiden wordt ingezameld voor hergebruik of recycling.",
     {2015: 33, 2019: 38, 2022: 43, 2025: 49}, (2025,)),
    ("circulair-inkoop", "circulair", "Circulair ingekocht", "%", "hoger", "gemeente", 0,
     "Aandeel van het gemeentelijke inkoopvolume in de categorieën bouw, grond-, weg- en waterbouw, meubilair, textiel en ICT dat met circulaire criteria is ingekocht.",
     {2015: 3, 2019: 9, 2022: 18, 2025: 27}, ()),
    ("laadpunten", "mobiliteit", "Publieke en semipublieke laadpunten", "aantal", "hoger", "klimaatmonitor", 0,
     "Aantal voor iedereen toegankelijke laadpunten voor elektrische auto’s op 31 december.",
     {2015: 180, 2017: 520, 2019: 1450, 2022: 3640, 2025: 6820}, (2025,)),
    ("fietsaandeel", "mobiliteit", "Aandeel fiets in verplaatsingen", "%", "hoger", "odin", 1,
     "Aandeel van de fiets (incl. e-fiets) in alle verplaatsingen van inwoners binnen de gemeente.",
     {2015: 28.1, 2019: 29.0, 2020: 31.8, 2022: 30.2, 2025: 31.4}, (2025,)),
    ("ev-aandeel", "mobiliteit", "Elektrische personenauto’s", "%", "hoger", "cbs", 1,
     "Aandeel volledig elektrische personenauto’s in het personenautopark van inwoners en bedrijven.",
     {2015: 0.3, 2019: 1.6, 2022: 4.9, 2025: 10.6}, (2025,)),
    ("no2", "lucht", "Stikstofdioxide (NO2), jaargemiddelde", "µg/m³", "lager", "rivm", 1,
     "Bevolkingsgewogen jaargemiddelde concentratie stikstofdioxide op woonadressen in Maasbrugge.",
     {2015: 32.9, 2016: 31.5, 2019: 27.8, 2020: 23.6, 2022: 23.1, 2025: 20.9}, (2025,)),
    ("pm25", "lucht", "Fijnstof (PM2,5), jaargemiddelde", "µg/m³", "lager", "rivm", 1,
     "Bevolkingsgewogen jaargemiddelde concentratie fijnstof (PM2,5) op woonadressen in Maasbrugge.",
     {2015: 13.1, 2016: 12.4, 2019: 10.9, 2022: 9.6, 2025: 9.1}, (2025,)),
    ("boomkroon", "groen", "Bedekking met boomkronen", "%", "hoger", "gemeente", 1,
     "Aandeel van het stedelijk gebied binnen de bebouwde kom dat, van bovenaf gezien, door boomkronen wordt bedekt.",
     {2015: 15.9, 2019: 16.5, 2022: 16.9, 2025: 17.6}, ()),
    ("oevers", "groen", "Natuurvriendelijke oevers", "km", "hoger", "gemeente", 1,
     "Lengte aan natuurvriendelijk ingerichte oevers langs singels, havens en de Maas, cumulatief sinds 2012.",
     {2015: 3.2, 2019: 6.0, 2022: 9.8, 2025: 14.1}, ()),
    ("groen-per-woning", "groen", "Openbaar groen per woning", "m² per woning", "hoger", "gemeente", 0,
     "Oppervlak aan openbaar groen binnen de bebouwde kom, gedeeld door het aantal woningen.",
     {2015: 43, 2019: 41, 2022: 40, 2025: 40}, ()),
    ("co2-organisatie", "organisatie", "CO2-uitstoot eigen organisatie", "ton", "lager", "gemeente", 0,
     "Uitstoot van gemeentelijke gebouwen, sportaccommodaties, openbare verlichting, gemalen, het eigen wagenpark en dienstreizen (scope 1 en 2, en zakelijk verkeer).",
     {2015: 24800, 2019: 21400, 2022: 17900, 2025: 14300}, ()),
    ("wagenpark", "organisatie", "Emissievrij gemeentelijk wagenpark", "%", "hoger", "gemeente", 0,
     "Aandeel emissievrije voertuigen en werktuigen in het gemeentelijke wagenpark, naar aantal.",
     {2015: 2, 2019: 9, 2022: 24, 2025: 41}, ()),
]

# Gentle, reproducible wobble per indicator and year (weather, economy), as a fraction.
def wobble(ind_id, year):
    seed = sum(ord(c) for c in ind_id) * 31 + year * 17
    return math.sin(seed) * 0.012


def series(anchors):
    years = sorted(anchors)
    out = {}
    for y in range(2015, 2026):
        if y in anchors:
            out[y] = anchors[y]
            continue
        lo = max(a for a in years if a < y)
        hi = min(a for a in years if a > y)
        t = (y - lo) / (hi - lo)
        out[y] = anchors[lo] + t * (anchors[hi] - anchors[lo])
    return out


def fmt(v, decimals):
    return f"{v:.{decimals}f}" if decimals else str(int(round(v)))


SERIES = {}
for ind in INDICATORS:
    ind_id, _, _, _, _, _, dec, _, anchors, _ = ind
    raw = series(anchors)
    cumulative = ind_id in ("afkoppelen", "groendaken", "oevers", "warmtenet", "laadpunten")
    vals = {}
    for y, v in raw.items():
        if y not in anchors and not cumulative:
            v = v * (1 + wobble(ind_id, y))
        vals[y] = float(fmt(v, dec))
    SERIES[ind_id] = vals

IND = {i[0]: i for i in INDICATORS}

# --------------------------------------------------------------------------------------------
# Targets: id, theme, indicator, owner, formulation, basis (year, value or None = from the
# series), streef (year, value), interim [(year, value)], kaderdoel, motivation
# --------------------------------------------------------------------------------------------
TARGETS = [
    ("d-co2", "energie", "co2", "w-bakker",
     "In 2030 is de CO2-uitstoot in Maasbrugge 60% lager dan in 1990.",
     (1990, 4210), (2030, 1684), [(2027, 2150)], "klimaatwet-2030",
     "Maasbrugge kiest een hoger doel dan de Klimaatwet (−55%). De stad heeft met het warmtenet, de haven en een groot woningbestand van corporaties meer hefbomen dan gemiddeld, en de raad sprak in 2025 uit dat de stad voorop wil lopen."),
    ("d-co2-2040", "energie", "co2", "w-bakker",
     "In 2040 is Maasbrugge klimaatneutraal: de uitstoot is dan 95% lager dan in 1990.",
     (1990, 4210), (2040, 210), [(2030, 1684), (2035, 950)], "klimaatwet-2050",
     "Tien jaar eerder dan het landelijke doel voor 2050. Dit doel is richtinggevend voor het tweede en derde uitvoeringsprogramma."),
    ("d-hernieuwbaar", "energie", "hernieuwbaar", "w-bakker",
     "In 2030 wordt 35% van de elektriciteit die in Maasbrugge wordt gebruikt, binnen de gemeente duurzaam opgewekt.",
     (2019, None), (2030, 35.0), [(2027, 27.0)], "res-mr-2030",
     "Een stad met veel bedrijvigheid en weinig open ruimte komt niet aan 100%. Met 35% levert Maasbrugge zijn volle aandeel in de RES; de rest komt uit de regio en van zee."),
    ("d-zon", "energie", "opwek-zon", "w-bakker",
     "In 2030 wekken de zonnepanelen in Maasbrugge samen 520 GWh per jaar op.",
     (2019, None), (2030, 520), [(2027, 420)], None,
     "Het doel volgt uit de dakenanalyse: alle geschikte daken van bedrijven en maatschappelijk vastgoed en de helft van de geschikte woningdaken."),
    ("d-wind", "energie", "opwek-wind", "w-bakker",
     "In 2030 leveren windturbines in Maasbrugge 310 GWh per jaar.",
     (2019, None), (2030, 310), [(2027, 150)], None,
     "Het doel gaat uit van de vier zoekgebieden uit de RES: de Noordhaven, de Maasdijk-Oost, de A73-zone en de Rietpolder."),
    ("d-energie", "energie", "energieverbruik", "w-bakker",
     "In 2030 is het energieverbruik in Maasbrugge 15% lager dan in 2019.",
     (2019, None), (2030, 35530), [], None,
     "Besparen gaat vóór opwekken. Het doel ligt in lijn met de Europese energie-efficiëntierichtlijn, die voor Nederland een daling van ruim 1,5% per jaar vraagt."),
    ("d-aardgasvrij", "warmte", "aardgasvrij", "w-el-amrani",
     "In 2030 is 22% van de woningen in Maasbrugge aardgasvrij.",
     (2019, None), (2030, 22.0), [(2027, 15.0)], "klimaatakkoord-gebouwen-2030",
     "Het doel volgt uit het warmteprogramma 2026: uitbreiding van het warmtenet in zes wijken en all-electric in nieuwbouw en in de corporatievoorraad na renovatie."),
    ("d-warmtenet", "warmte", "warmtenet", "w-el-amrani",
     "In 2030 zijn 52.000 woningequivalenten aangesloten op een duurzaam warmtenet.",
     (2019, None), (2030, 52000), [(2027, 38000)], None,
     "Het warmtenet is het belangrijkste alternatief voor aardgas in de dichtbebouwde wijken. De bronnen zijn restwarmte uit de haven, aquathermie uit de Maas en een geothermiebron in de Noordhaven."),
    ("d-label", "warmte", "label-efg", "w-el-amrani",
     "In 2030 heeft hoogstens 8% van de woningen nog energielabel E, F of G.",
     (2021, None), (2030, 8.0), [(2027, 14.0)], None,
     "De aanpak volgt het Nationaal Isolatieprogramma en richt zich eerst op de wijken met de meeste energiearmoede."),
    ("d-gas", "warmte", "gasverbruik", "w-el-amrani",
     "In 2030 verbruikt een woning met gasaansluiting gemiddeld hoogstens 780 m³ aardgas per jaar.",
     (2019, None), (2030, 780), [], None,
     "Isoleren, hybride warmtepompen en bewust stoken samen; het doel is een derde lager dan in 2019."),
    ("d-afkoppelen", "adaptatie", "afkoppelen", "w-jansen-peeters",
     "In 2030 is sinds 2010 in totaal 180 hectare verhard oppervlak afgekoppeld van het gemengde riool.",
     (2019, None), (2030, 180.0), [(2027, 130.0)], "deltaplan-ra-2050",
     "Het Deltaplan geeft geen getal. De 180 hectare volgt uit de stresstest en het Gemeentelijk Rioleringsplan: daarmee blijven de laaggelegen wijken droog bij een bui van 70 mm in een uur."),
    ("d-groendaken", "adaptatie", "groendaken", "w-jansen-peeters",
     "In 2030 ligt er in Maasbrugge 26 hectare groen en blauw dak.",
     (2019, None), (2030, 26.0), [(2027, 18.0)], None,
     "Groene daken houden water vast en verkoelen. Het doel verdubbelt het tempo van de afgelopen jaren en komt voor de helft van daken van corporaties en scholen."),
    ("d-restafval", "circulair", "restafval", "w-jansen-peeters",
     "In 2030 brengt elke inwoner gemiddeld hoogstens 100 kg huishoudelijk restafval aan.",
     (2019, None), (2030, 100), [(2027, 140)], "vang-restafval",
     "Maasbrugge haalt de VANG-richtwaarde van 100 kg tien jaar later dan landelijk bedoeld. Voor een stad met veel hoogbouw is dat al een grote stap: het vraagt omgekeerd inzamelen en nascheiding."),
    ("d-gescheiden", "circulair", "gescheiden", "w-jansen-peeters",
     "In 2030 wordt 65% van het huishoudelijk afval gescheiden ingezameld.",
     (2019, None), (2030, 65), [], "vang-recycling-2030",
     "Iets boven het landelijke recyclingdoel van 60%; scheiding is de voorwaarde voor hoogwaardige recycling."),
    ("d-inkoop", "circulair", "circulair-inkoop", "w-hendriks",
     "In 2030 koopt de gemeente 50% van haar inkoopvolume in de prioritaire categorieën circulair in.",
     (2019, None), (2030, 50), [(2027, 38)], "npce-2030",
     "Het NPCE vraagt de helft minder primaire grondstoffen in 2030. De gemeente vertaalt dat naar haar eigen inkoop, waar zij directe invloed heeft; een zuivere vergelijking is daarom niet mogelijk."),
    ("d-laadpunten", "mobiliteit", "laadpunten", "w-de-graaf",
     "Eind 2030 zijn er in Maasbrugge 14.500 publieke en semipublieke laadpunten.",
     (2019, None), (2030, 14500), [(2027, 9800)], "nal-laadpunten-2030",
     "Het aantal volgt uit de regionale laadprognose (NAL-regio Oost) en is het aandeel van Maasbrugge in de landelijke behoefte."),
    ("d-fiets", "mobiliteit", "fietsaandeel", "w-de-graaf",
     "In 2030 wordt 38% van alle verplaatsingen binnen Maasbrugge met de fiets gemaakt.",
     (2019, None), (2030, 38.0), [], None,
     "Vergelijkbare steden halen 35 tot 40%. Het doel vraagt een flinke groei, die vooral van de nieuwe fietsbruggen en snelfietsroutes moet komen."),
    ("d-ev", "mobiliteit", "ev-aandeel", "w-de-graaf",
     "In 2030 is 22% van de personenauto’s in Maasbrugge volledig elektrisch.",
     (2019, None), (2030, 22.0), [], None,
     "Het doel volgt de landelijke prognose voor grote steden en is de basis voor de laadprognose."),
    ("d-no2", "lucht", "no2", "w-de-graaf",
     "In 2030 is de gemiddelde concentratie NO2 op woonadressen hoogstens 20 µg/m³.",
     (2016, None), (2030, 20.0), [(2027, 22.5)], "schone-lucht-2030",
     "Het Schone Lucht Akkoord meet gezondheidswinst, niet concentraties; een directe vergelijking is niet mogelijk. De gemeente volgt de advieswaarde van de WHO als stip op de horizon en kiest 20 µg/m³ als tussenstap."),
    ("d-pm25", "lucht", "pm25", "w-de-graaf",
     "In 2030 is de gemiddelde concentratie fijnstof (PM2,5) op woonadressen hoogstens 8 µg/m³.",
     (2016, None), (2030, 8.0), [], "schone-lucht-2030",
     "Houtstook en verkeer zijn de grootste lokale bronnen. Het doel ligt tussen de huidige Europese norm en de WHO-advieswaarde in."),
    ("d-boomkroon", "groen", "boomkroon", "w-jansen-peeters",
     "In 2030 is 22% van het stedelijk gebied bedekt met boomkronen.",
     (2019, None), (2030, 22.0), [(2027, 19.5)], "natuurherstel-stedelijk-groen-2030",
     "De Natuurherstelverordening vraagt geen netto verlies aan stedelijk groen en boomkroon tot 2030. Maasbrugge gaat verder en wil groeien, met voorrang voor de versteende wijken."),
    ("d-oevers", "groen", "oevers", "w-jansen-peeters",
     "In 2030 is 28 km oever natuurvriendelijk ingericht.",
     (2019, None), (2030, 28.0), [], None,
     "Het doel volgt uit het ecologisch structuurplan en de afspraken met het waterschap over de kaderrichtlijn water."),
    ("d-organisatie", "organisatie", "co2-organisatie", "w-hendriks",
     "In 2030 is de uitstoot van de eigen organisatie 70% lager dan in 2019.",
     (2019, None), (2030, 6420), [(2027, 10500)], None,
     "De gemeente wil het goede voorbeeld geven en haar eigen uitstoot sneller terugdringen dan de stad als geheel."),
    ("d-wagenpark", "organisatie", "wagenpark", "w-hendriks",
     "In 2030 is 90% van het gemeentelijke wagenpark emissievrij.",
     (2019, None), (2030, 90), [], None,
     "Voor zware werktuigen zijn nog niet overal emissievrije varianten; daarom 90% en niet 100%."),
]

# --------------------------------------------------------------------------------------------
# Actions. budget: (soort, dekking, [2027, 2028, 2029, 2030]) – a 0 means no budget that year;
# several such tuples may be given. voortgang: kwaliteit tijd geld as g/o/r.
# --------------------------------------------------------------------------------------------
ACTIONS = []


def A(id, theme, doelen, rol, trekker, ph, status, start, eind, titel, omschrijving, partners,
      budgets, mijlpalen, voortgang="ggg"):
    ACTIONS.append(dict(id=id, theme=theme, doelen=doelen, rol=rol, trekker=trekker, ph=ph,
                        status=status, start=start, eind=eind, titel=titel,
                        omschrijving=omschrijving, partners=partners, budgets=budgets,
                        mijlpalen=mijlpalen, voortgang=voortgang))


CDOKE = "Rijksbijdrage CDOKE"
RES = "Reserve Klimaat en Energie"
GRP = "Rioolheffing (GRP)"
AFV = "Afvalstoffenheffing"
BEGR = "Begroting programma Duurzame Stad"
INV = "Investeringskrediet"

# Energie ------------------------------------------------------------------------------------
A("E-01", "energie", "d-zon d-hernieuwbaar", "stimuleren", "Programmabureau Energietransitie", "w-bakker", "gestart", "2027-01", "2030-12",
  "Zonnedakenprogramma bedrijven en maatschappelijk vastgoed",
  "Eigenaren van daken groter dan 1.000 m² krijgen een gratis dakscan, hulp bij de constructieberekening en toegang tot een garantstelling voor de financiering. Scholen, sportclubs en zorginstellingen krijgen daarnaast een bijdrage in de kosten van dakversterking.",
  ["Ondernemersvereniging Noordhaven", "Stichting Scholengroep Maasbrugge", "Alliander"],
  [("incidenteel", CDOKE, [450000, 450000, 350000, 250000])],
  [("2027-06", "Dakscan voor alle daken boven 1.000 m²"), ("2029-12", "120 MWp extra op bedrijfs- en maatschappelijke daken")])
A("E-02", "energie", "d-zon", "faciliteren", "Programmabureau Energietransitie", "w-bakker", "gestart", "2027-01", "2030-12",
  "Zon op woningdaken via de energiecoöperaties",
  "De drie energiecoöperaties in de stad organiseren collectieve inkoopacties voor zonnepanelen en leggen postcoderoosprojecten aan op daken van appartementencomplexen, zodat ook huurders kunnen meedoen.",
  ["Energiecoöperatie Maasbrugge Zon", "Coöperatie Overmaas Energie", "Woonbron Maasbrugge"],
  [("incidenteel", CDOKE, [120000, 120000, 90000, 60000])],
  [("2027-10", "Eerste postcoderoos op een flat in Hoogkamp")])
A("E-03", "energie", "d-wind d-hernieuwbaar", "regisseren", "Afdeling Ruimtelijke Ontwikkeling", "w-bakker", "vertraagd", "2027-01", "2029-12",
  "Windpark Noordhaven: omgevingsplan en vergunning",
  "De gemeente wijzigt het omgevingsplan voor vier windturbines op de pieren van de Noordhaven en doorloopt de vergunningprocedure. De procedure liep vertraging op door het nieuwe landelijke normenkader voor windturbines.",
  ["Havenbedrijf Maasbrugge", "Provincie Gelderland", "Windcoöperatie Maasmond"],
  [("incidenteel", RES, [280000, 220000, 80000, 0])],
  [("2027-09", "Ontwerp-omgevingsplan ter inzage"), ("2028-12", "Omgevingsvergunning onherroepelijk")], "gro")
A("E-04", "energie", "d-wind", "regisseren", "Afdeling Ruimtelijke Ontwikkeling", "w-bakker", "niet-gestart", "2028-01", "2030-12",
  "Zoekgebied wind Rietpolder: gebiedsproces met omwonenden",
  "In de Rietpolder start een gebiedsproces met bewoners, agrariërs en natuurorganisaties over twee tot drie windturbines. Uitgangspunten zijn 50% lokaal eigendom en een omgevingsfonds voor de dorpen Rietdijk en Schependom.",
  ["Dorpsraad Rietdijk", "Natuurmonumenten", "Windcoöperatie Maasmond"],
  [("incidenteel", RES, [0, 150000, 120000, 60000])],
  [("2028-06", "Start gebiedsproces"), ("2029-10", "Voorkeurslocatie vastgesteld door de raad")])
A("E-05", "energie", "d-hernieuwbaar d-zon", "regisseren", "Programmabureau Energietransitie", "w-bakker", "gestart", "2027-01", "2029-06",
  "Netcongestie: energiehubs op bedrijventerreinen",
  "Op De Kade, Noordhaven-West en Hoogveld-Zuid richten bedrijven samen met de netbeheerder energiehubs in: een gedeelde aansluiting, batterijopslag en afspraken over flexibel verbruik. De gemeente betaalt de procesbegeleiding en de juridische uitwerking.",
  ["Alliander", "TenneT", "Parkmanagement De Kade", "Ondernemersvereniging Noordhaven"],
  [("incidenteel", CDOKE, [300000, 300000, 150000, 0])],
  [("2027-12", "Energiehub De Kade operationeel"), ("2029-06", "Drie energiehubs operationeel")], "gog")
A("E-06", "energie", "d-energie d-co2", "uitvoeren", "Omgevingsdienst Regio Maasbrugge", "w-bakker", "gestart", "2027-01", "2030-12",
  "Toezicht op de energiebesparingsplicht",
  "De omgevingsdienst controleert jaarlijks 600 bedrijven en instellingen op de informatie- en onderzoeksplicht en de verplichte besparingsmaatregelen, met voorrang voor de grootste verbruikers.",
  ["Omgevingsdienst Regio Maasbrugge", "Kamer van Koophandel"],
  [("structureel", BEGR, [380000, 380000, 380000, 380000])],
  [("2027-12", "600 controles uitgevoerd")])
A("E-07", "energie", "d-energie", "stimuleren", "Afdeling Economie", "w-de-graaf", "niet-gestart", "2027-04", "2029-12",
  "Energiescans en besparingsloket voor het mkb",
  "Winkeliers, horeca en kleine bedrijven krijgen een gratis energiescan en een adviseur die helpt bij het uitvoeren van maatregelen met een terugverdientijd tot vijf jaar.",
  ["Koninklijke Horeca Nederland, afdeling Maasbrugge", "MKB Maasbrugge", "Ondernemersfonds Binnenstad"],
  [("incidenteel", CDOKE, [150000, 150000, 100000, 0])],
  [("2027-09", "Besparingsloket open"), ("2028-12", "750 energiescans uitgevoerd")])
A("E-08", "energie", "d-co2 d-co2-2040 d-energie", "regisseren", "Afdeling Economie", "w-de-graaf", "gestart", "2027-01", "2030-12",
  "Klimaattafel haven en industrie",
  "Een vaste tafel met het havenbedrijf en de twaalf grootste uitstoters in de Noordhaven, waar de gemeente ruimte, vergunningen en netaansluitingen afstemt op de verduurzamingsplannen van de bedrijven.",
  ["Havenbedrijf Maasbrugge", "Cluster Energiestrategie Noordhaven", "Provincie Gelderland"],
  [("structureel", BEGR, [90000, 90000, 90000, 90000])],
  [("2027-03", "Convenant klimaattafel getekend")])
A("E-09", "energie", "d-hernieuwbaar d-zon", "faciliteren", "Programmabureau Energietransitie", "w-bakker", "niet-gestart", "2027-07", "2030-12",
  "Revolverend fonds voor lokale energieprojecten",
  "Een fonds van € 2 miljoen waaruit coöperaties en maatschappelijke organisaties de ontwikkelkosten van zon- en windprojecten kunnen lenen. Aflossingen vloeien terug in het fonds.",
  ["Energiefonds Gelderland", "Energiecoöperatie Maasbrugge Zon"],
  [("incidenteel", RES, [1000000, 1000000, 0, 0])],
  [("2027-12", "Fondsreglement vastgesteld"), ("2028-06", "Eerste lening verstrekt")])

# Warmte -------------------------------------------------------------------------------------
A("W-01", "warmte", "d-warmtenet d-aardgasvrij d-co2", "regisseren", "Programmabureau Warmte", "w-el-amrani", "gestart", "2027-01", "2030-12",
  "Uitbreiding warmtenet Overmaas en Molenberg",
  "Het warmtebedrijf legt een nieuwe hoofdtransportleiding onder de Maas en sluit in vier jaar 9.500 woningen en 120 bedrijfspanden in Overmaas en Molenberg aan. De gemeente coördineert de werkzaamheden in de openbare ruimte met de rioolvervanging.",
  ["Warmtebedrijf Maasbrugge", "Woonbron Maasbrugge", "Stichting Wonen Overmaas", "Alliander"],
  [("incidenteel", "Rijksbijdrage Wijkgerichte aanpak", [1800000, 2200000, 1800000, 1200000])],
  [("2027-11", "Leiding onder de Maas aangelegd"), ("2029-12", "6.000 woningen aangesloten")], "goo")
A("W-02", "warmte", "d-warmtenet", "regisseren", "Programmabureau Warmte", "w-el-amrani", "gestart", "2027-01", "2029-12",
  "Aquathermie uit de Maas voor De Kade",
  "Een proefinstallatie onttrekt in de zomer warmte aan het Maaswater en slaat die op in een warmte-koudeopslag. In de winter levert zij warmte aan het nieuwbouwgebied De Kade en aan het warmtenet.",
  ["Warmtebedrijf Maasbrugge", "Waterschap Rivierenland", "Rijkswaterstaat"],
  [("incidenteel", INV + " warmte", [600000, 900000, 400000, 0])],
  [("2028-03", "Watervergunning verleend"), ("2029-10", "Installatie in bedrijf")])
A("W-03", "warmte", "d-warmtenet d-co2", "faciliteren", "Programmabureau Warmte", "w-el-amrani", "niet-gestart", "2027-07", "2030-12",
  "Geothermie Noordhaven: opsporingsvergunning en proefboring",
  "Het warmtebedrijf en een consortium van tuinders en havenbedrijven onderzoeken een aardwarmtebron in de Noordhaven. De gemeente levert ruimtelijke medewerking en neemt deel in de risicoverdeling van de proefboring.",
  ["Warmtebedrijf Maasbrugge", "Havenbedrijf Maasbrugge", "Energie Beheer Nederland"],
  [("incidenteel", RES, [0, 250000, 500000, 250000])],
  [("2028-09", "Opsporingsvergunning verleend"), ("2030-06", "Proefboring afgerond")])
A("W-04", "warmte", "d-label d-gas", "uitvoeren", "Energieloket Maasbrugge", "w-el-amrani", "gestart", "2027-01", "2030-12",
  "Wijkaanpak isolatie in Kerkhoven, Brugwijk en Hoogkamp",
  "Straat voor straat benadert het energieloket eigenaren van woningen met label E, F of G. Zij krijgen een maatwerkadvies en een bijdrage; huishoudens met een laag inkomen krijgen de isolatie volledig vergoed en begeleid.",
  ["Energieloket Maasbrugge", "Maasbrugse Isolatiecoalitie (aannemers en installateurs)", "Sociaal Wijkteam"],
  [("incidenteel", "SPUK Lokale aanpak isolatie", [2100000, 2100000, 1600000, 1000000])],
  [("2027-12", "2.500 woningen geïsoleerd"), ("2030-12", "9.000 woningen geïsoleerd")])
A("W-05", "warmte", "d-label d-aardgasvrij", "regisseren", "Afdeling Wonen", "w-el-amrani", "gestart", "2027-01", "2030-12",
  "Prestatieafspraken corporaties: geen slechte labels meer",
  "In de prestatieafspraken leggen de vier corporaties vast dat hun woningen in 2028 geen label E, F of G meer hebben en dat renovaties waar mogelijk aardgasvrij worden uitgevoerd.",
  ["Woonbron Maasbrugge", "Stichting Wonen Overmaas", "Woonstede", "Brugwonen", "Huurdersfederatie Maasbrugge"],
  [("structureel", BEGR, [40000, 40000, 40000, 40000])],
  [("2027-06", "Prestatieafspraken 2027–2030 getekend")])
A("W-06", "warmte", "d-label", "stimuleren", "Afdeling Wonen", "w-el-amrani", "niet-gestart", "2027-04", "2029-12",
  "Verenigingen van Eigenaars: verduurzaming appartementen",
  "Een VvE-loket helpt besturen van verenigingen van eigenaars bij een meerjarenonderhoudsplan met verduurzaming, de besluitvorming in de ledenvergadering en de aanvraag van het Nationaal Warmtefonds.",
  ["VvE Belang", "Nationaal Warmtefonds", "Energieloket Maasbrugge"],
  [("incidenteel", CDOKE, [180000, 180000, 120000, 0])],
  [("2027-10", "VvE-loket open"), ("2029-06", "150 VvE’s begeleid")])
A("W-07", "warmte", "d-label", "faciliteren", "Afdeling Erfgoed", "w-el-amrani", "gestart", "2027-01", "2030-12",
  "Monumenten en beschermd stadsgezicht Oud-Brugge",
  "Een erfgoedcoach en een pakket vergunningvrije maatregelen voor binnenisolatie, voorzetramen en isolerend glas in de binnenstad, afgestemd met de Rijksdienst voor het Cultureel Erfgoed.",
  ["Rijksdienst voor het Cultureel Erfgoed", "Vereniging Oud-Brugge", "Restauratiefonds"],
  [("structureel", "Begroting Erfgoed", [60000, 60000, 60000, 60000])],
  [("2027-09", "Maatregelenpakket monumenten vastgesteld")])
A("W-08", "warmte", "d-gas d-co2", "stimuleren", "Energieloket Maasbrugge", "w-el-amrani", "gestart", "2027-01", "2030-12",
  "Energiecoaches en Fixteams tegen energiearmoede",
  "Veertig vrijwillige energiecoaches en drie Fixteams van werkzoekenden brengen kleine besparende maatregelen aan bij huishoudens met een hoge energierekening en een laag inkomen.",
  ["Stichting Energiecoaches Maasbrugge", "Werkbedrijf Maasbrugge", "Voedselbank Maasbrugge"],
  [("structureel", BEGR, [260000, 260000, 260000, 260000])],
  [("2027-12", "4.000 huishoudens bezocht")])
A("W-09", "warmte", "d-aardgasvrij d-warmtenet", "regisseren", "Programmabureau Warmte", "w-el-amrani", "gestart", "2027-01", "2028-06",
  "Uitwerking warmteprogramma: wijkuitvoeringsplannen",
  "Voor de zes wijken die het warmteprogramma als eerste aanwijst, stelt de gemeente met bewoners wijkuitvoeringsplannen op, met de warmteoplossing, de planning en de woonlasten per woningtype.",
  ["Bewonersplatforms van de zes wijken", "Warmtebedrijf Maasbrugge", "Alliander"],
  [("incidenteel", "Rijksbijdrage Wijkgerichte aanpak", [450000, 250000, 0, 0])],
  [("2027-12", "Eerste drie wijkuitvoeringsplannen vastgesteld"), ("2028-06", "Alle zes wijkuitvoeringsplannen vastgesteld")])
A("W-10", "warmte", "d-aardgasvrij", "uitvoeren", "Afdeling Ruimtelijke Ontwikkeling", "w-el-amrani", "gestart", "2027-01", "2030-12",
  "Nieuwbouw aardgasvrij en energiepositief",
  "In de gemeentelijke gebiedsontwikkelingen De Kade en Rietveld-Noord stelt de gemeente eisen die verder gaan dan de BENG-normen: energiepositieve woningen en een aansluiting op een collectief warmtesysteem.",
  ["Ontwikkelcombinatie De Kade", "Bouwend Nederland, afdeling Gelderland"],
  [("incidenteel", "Grondexploitaties De Kade en Rietveld-Noord", [120000, 120000, 80000, 80000])],
  [("2027-04", "Duurzaamheidseisen vastgelegd in de grondexploitaties")])

# Klimaatadaptatie ---------------------------------------------------------------------------
A("A-01", "adaptatie", "d-afkoppelen", "uitvoeren", "Stadsbeheer, team Water en Riolering", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Afkoppelen bij rioolvervanging",
  "Bij elke vervanging van het gemengde riool legt de gemeente een apart regenwaterstelsel aan of voert zij het regenwater bovengronds af naar wadi’s en singels. In 2027–2030 gaat het om 34 kilometer riool.",
  ["Waterschap Rivierenland", "Aannemerscombinatie Riolering Maasbrugge"],
  [("incidenteel", GRP, [3200000, 3400000, 3400000, 3600000])],
  [("2028-12", "110 hectare afgekoppeld"), ("2030-12", "180 hectare afgekoppeld")], "ggo")
A("A-02", "adaptatie", "d-groendaken d-afkoppelen", "stimuleren", "Stadsbeheer, team Water en Riolering", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Subsidie groene en blauwe daken",
  "Eigenaren krijgen een bijdrage van € 40 per m² voor een groen dak en € 60 per m² voor een blauwgroen dak met waterberging. Voor corporaties en scholen is er een aparte regeling met ontzorging.",
  ["Woonbron Maasbrugge", "Stichting Scholengroep Maasbrugge", "Dakdekkers Maasbrugge"],
  [("structureel", GRP, [500000, 500000, 500000, 500000])],
  [("2027-02", "Subsidieregeling 2027 opengesteld")])
A("A-03", "adaptatie", "d-afkoppelen", "stimuleren", "Stadsbeheer, team Water en Riolering", "w-jansen-peeters", "gestart", "2027-03", "2030-12",
  "Operatie Steenbreek: tegels eruit, groen erin",
  "Wijkacties met een tegeltaxi, gratis plantenpakketten en een wedstrijd tussen buurten. Scholen doen mee met tegelwippen op hun schoolplein.",
  ["Stichting Steenbreek", "IVN Rijk van Maas en Waal", "Basisscholen Maasbrugge"],
  [("structureel", GRP, [75000, 75000, 75000, 75000])],
  [("2027-04", "Start NK Tegelwippen 2027")])
A("A-04", "adaptatie", "d-afkoppelen", "uitvoeren", "Stadsbeheer, team Water en Riolering", "w-jansen-peeters", "niet-gestart", "2027-07", "2029-12",
  "Waterplein en wadi’s in de Brugwijk",
  "Het laaggelegen winkelplein in de Brugwijk wordt een waterplein dat bij hevige buien 2.000 m³ water kan bergen, met wadi’s in de omliggende straten.",
  ["Waterschap Rivierenland", "Winkeliersvereniging Brugwijk"],
  [("incidenteel", GRP, [400000, 1600000, 900000, 0])],
  [("2028-03", "Definitief ontwerp vastgesteld"), ("2029-10", "Waterplein in gebruik")])
A("A-05", "adaptatie", "d-boomkroon d-groendaken", "uitvoeren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Hitteplan: koele routes en koele plekken",
  "Op basis van de hittekaart legt de gemeente koele looproutes aan naar zorginstellingen, scholen en parken, met schaduwbomen, drinkwaterpunten en bankjes in de schaduw.",
  ["GGD Gelderland-Zuid", "Vitens", "Zorggroep Maasbrugge"],
  [("incidenteel", "Rijksbijdrage Klimaatadaptatie (impulsregeling)", [350000, 350000, 350000, 250000])],
  [("2027-06", "Eerste tien koele routes aangelegd"), ("2028-05", "Hitteplan geactualiseerd met GGD")])
A("A-06", "adaptatie", "d-afkoppelen", "regisseren", "Afdeling Ruimtelijke Ontwikkeling", "w-jansen-peeters", "gestart", "2027-01", "2027-12",
  "Klimaatadaptief bouwen in het omgevingsplan",
  "Het omgevingsplan krijgt regels voor waterberging op eigen terrein (60 mm per m² verhard oppervlak), groene daken bij nieuwbouw met platte daken en hittebestendig bouwen.",
  ["Waterschap Rivierenland", "Bouwend Nederland, afdeling Gelderland"],
  [("incidenteel", BEGR, [85000, 0, 0, 0])],
  [("2027-10", "Regels vastgesteld door de raad")])
A("A-07", "adaptatie", "d-afkoppelen", "regisseren", "Stadsbeheer, team Water en Riolering", "w-jansen-peeters", "niet-gestart", "2028-01", "2029-06",
  "Risicodialoog overstroming Maasoever",
  "Met het waterschap, de veiligheidsregio en bewoners van de buitendijkse wijk De Kade verkent de gemeente de gevolgen van een overstroming en de evacuatie- en herstelplannen.",
  ["Waterschap Rivierenland", "Veiligheidsregio Gelderland-Zuid", "Bewonersvereniging De Kade"],
  [("incidenteel", BEGR, [0, 60000, 30000, 0])],
  [("2028-10", "Risicodialoog afgerond"), ("2029-06", "Maatregelen opgenomen in het rampbestrijdingsplan")])
A("A-08", "adaptatie", "d-groendaken", "uitvoeren", "Vastgoedbedrijf Maasbrugge", "w-hendriks", "niet-gestart", "2027-07", "2030-12",
  "Groene daken op gemeentelijk vastgoed",
  "Alle geschikte platte daken van gemeentelijke gebouwen krijgen bij dakrenovatie een groen dak of een combinatie van groen en zonnepanelen, samen circa 28.000 m².",
  ["Dakdekkers Maasbrugge"],
  [("incidenteel", INV + " vastgoed", [250000, 450000, 450000, 350000])],
  [("2028-10", "10.000 m² groen dak op gemeentelijke gebouwen")])

# Circulair ----------------------------------------------------------------------------------
A("C-01", "circulair", "d-restafval d-gescheiden", "uitvoeren", "Afdeling Grondstoffen", "w-jansen-peeters", "gestart", "2027-01", "2029-12",
  "Omgekeerd inzamelen in de laagbouw",
  "In alle laagbouwwijken haalt de inzamelaar gft, pmd en papier aan huis op en brengen inwoners restafval naar een ondergrondse container. De invoering gaat wijk voor wijk, met afvalcoaches aan de deur.",
  ["Maasbrugse Reinigingsdienst", "Bewonersplatforms"],
  [("incidenteel", AFV, [1400000, 1200000, 600000, 0])],
  [("2027-10", "Invoering in Kerkhoven en Molenberg"), ("2029-04", "Invoering in alle laagbouwwijken afgerond")], "gog")
A("C-02", "circulair", "d-restafval d-gescheiden", "uitvoeren", "Afdeling Grondstoffen", "w-jansen-peeters", "niet-gestart", "2027-04", "2030-12",
  "Hoogbouw: gft-containers bij de entree en nascheiding",
  "Flats krijgen inpandige of ondergrondse gft-containers bij de entree. Voor de hoogbouw in Hoogkamp en Overmaas scheidt de verwerker plastic en drankkartons na uit het restafval.",
  ["Maasbrugse Reinigingsdienst", "Woonbron Maasbrugge", "Stichting Wonen Overmaas"],
  [("incidenteel", AFV, [650000, 800000, 500000, 300000])],
  [("2027-12", "Gft-inzameling bij 250 flats"), ("2028-06", "Nascheidingscontract gegund")])
A("C-03", "circulair", "d-restafval", "faciliteren", "Afdeling Grondstoffen", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Kringloopcentrum en repaircafés",
  "Een nieuw kringloop- en reparatiecentrum naast de milieustraat aan de Havenweg, met werkplaatsen voor fietsen, meubels en elektronica en leerwerkplekken voor mensen met afstand tot de arbeidsmarkt.",
  ["Kringloop Maasbrugge", "Repair Café Netwerk Maasbrugge", "Werkbedrijf Maasbrugge"],
  [("incidenteel", AFV, [500000, 0, 0, 0]), ("structureel", AFV, [0, 120000, 120000, 120000])],
  [("2028-02", "Kringloop- en reparatiecentrum open")])
A("C-04", "circulair", "d-inkoop", "uitvoeren", "Afdeling Inkoop", "w-hendriks", "gestart", "2027-01", "2030-12",
  "Circulair inkopen in zes productgroepen",
  "Voor bouw, grond-, weg- en waterbouw, meubilair, bedrijfskleding, ICT en catering gelden vanaf 2027 circulaire minimumeisen en gunningscriteria, met een inkoopadviseur die aanbestedingen ondersteunt.",
  ["PIANOo", "Regionaal Inkoopbureau Maas en Waal"],
  [("structureel", "Begroting Bedrijfsvoering", [110000, 110000, 110000, 110000])],
  [("2027-03", "Inkoopstrategie circulair vastgesteld"), ("2028-12", "Eerste monitor circulair inkopen")])
A("C-05", "circulair", "d-inkoop d-co2", "regisseren", "Stadsbeheer, team Civiele Techniek", "w-jansen-peeters", "niet-gestart", "2027-07", "2030-12",
  "Materialenbank en hergebruik in de openbare ruimte",
  "Straatstenen, banden, palen en meubilair die vrijkomen bij herinrichting worden opgeslagen in een materialenbank en opnieuw gebruikt. Bij nieuwe projecten is hergebruik de eerste keus.",
  ["Aannemerscombinatie Riolering Maasbrugge", "Stichting Materialenbank Gelderland"],
  [("incidenteel", INV + " openbare ruimte", [180000, 120000, 60000, 60000])],
  [("2028-01", "Materialenbank op de gemeentewerf in gebruik")])
A("C-06", "circulair", "d-inkoop d-co2", "regisseren", "Afdeling Ruimtelijke Ontwikkeling", "w-el-amrani", "gestart", "2027-01", "2030-12",
  "Circulair en biobased bouwen in De Kade",
  "In de gebiedsontwikkeling De Kade wordt ten minste 30% van de woningen in hout of andere biobased materialen gebouwd, met een materialenpaspoort per gebouw.",
  ["Ontwikkelcombinatie De Kade", "Stichting Bouwen met Hout", "Universiteit Maasbrugge, leerstoel Circulair Bouwen"],
  [("incidenteel", "Grondexploitatie De Kade", [90000, 90000, 60000, 60000])],
  [("2027-09", "Eerste tender met biobased eis gegund")])
A("C-07", "circulair", "d-restafval", "stimuleren", "Afdeling Grondstoffen", "w-jansen-peeters", "niet-gestart", "2028-01", "2030-12",
  "Textiel- en luierinzameling",
  "Extra textielcontainers in alle wijken en een proef met gescheiden inzameling van luiers en incontinentiemateriaal bij kinderdagverblijven en zorginstellingen.",
  ["Maasbrugse Reinigingsdienst", "Sympany", "Zorggroep Maasbrugge"],
  [("incidenteel", AFV, [0, 140000, 140000, 100000])],
  [("2028-04", "Start proef luierinzameling")])
A("C-08", "circulair", "d-restafval", "stimuleren", "Afdeling Economie", "w-de-graaf", "niet-gestart", "2027-10", "2030-06",
  "Circulaire binnenstad: minder wegwerp en bedrijfsafval",
  "Een programma met winkeliers en horeca in de binnenstad voor herbruikbare bekers en bakjes, gezamenlijke inzameling van bedrijfsafval en een retourlogistiek via de stadshub.",
  ["Ondernemersfonds Binnenstad", "Koninklijke Horeca Nederland, afdeling Maasbrugge"],
  [("incidenteel", CDOKE, [40000, 90000, 90000, 40000])],
  [("2028-06", "Statiegeldsysteem bekers in 60 horecazaken")])

# Mobiliteit ---------------------------------------------------------------------------------
A("M-01", "mobiliteit", "d-laadpunten d-ev", "regisseren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-01", "2030-12",
  "Uitrol laadinfrastructuur volgens de laadvisie",
  "De concessiehouder plaatst jaarlijks ruim 1.800 laadpunten op basis van de laadprognose. De gemeente richt laadpleinen in bij parkeergarages en deelmobiliteitshubs en zorgt voor snelladers voor taxi’s en stadslogistiek.",
  ["Provincie Gelderland (concessie laadinfrastructuur)", "Alliander", "NAL-regio Oost"],
  [("structureel", BEGR, [180000, 180000, 180000, 180000])],
  [("2027-12", "9.800 laadpunten"), ("2030-12", "14.500 laadpunten")])
A("M-02", "mobiliteit", "d-fiets d-co2", "uitvoeren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-01", "2030-06",
  "Fietsbrug Maasbrugge-Oost",
  "Een nieuwe fiets- en voetgangersbrug over de Maas tussen Overmaas en de Oostkade verkort de fietsroute naar het station en de binnenstad met ruim twee kilometer.",
  ["Provincie Gelderland", "Rijkswaterstaat", "Fietsersbond Maasbrugge"],
  [("incidenteel", INV + " mobiliteit", [2500000, 6500000, 7000000, 2000000])],
  [("2027-06", "Aanbesteding gegund"), ("2030-06", "Fietsbrug open")], "goo")
A("M-03", "mobiliteit", "d-fiets", "uitvoeren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-04", "2030-12",
  "Snelfietsroutes naar Wijchenbroek en Rijnwaard",
  "Twee regionale snelfietsroutes worden doorgetrokken tot in de binnenstad, met voorrang op kruispunten, verlichting en rood asfalt.",
  ["Provincie Gelderland", "Gemeente Wijchenbroek", "Gemeente Rijnwaard"],
  [("incidenteel", INV + " mobiliteit", [900000, 1400000, 1400000, 800000])],
  [("2028-09", "Route Wijchenbroek gereed"), ("2030-09", "Route Rijnwaard gereed")])
A("M-04", "mobiliteit", "d-fiets", "uitvoeren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-01", "2029-12",
  "Fietsparkeren station en binnenstad",
  "Een tweede ondergrondse fietsenstalling bij het centraal station met 4.000 plaatsen en extra bewaakte stallingen aan de rand van het kernwinkelgebied.",
  ["ProRail", "NS Stations", "Ondernemersfonds Binnenstad"],
  [("incidenteel", INV + " mobiliteit", [1200000, 2800000, 1500000, 0])],
  [("2029-09", "Stalling Stationsplein-Zuid open")])
A("M-05", "mobiliteit", "d-no2 d-co2", "regisseren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-01", "2028-12",
  "Zero-emissiezone stadslogistiek",
  "Vanaf 1 januari 2028 mogen alleen emissievrije bestel- en vrachtauto’s de zone binnen de singels in, met overgangsregelingen voor ondernemers. Een stadshub aan de Havenweg bundelt leveringen.",
  ["Evofenedex", "Transport en Logistiek Nederland", "Ondernemersfonds Binnenstad"],
  [("incidenteel", RES, [220000, 160000, 0, 0])],
  [("2027-05", "Verkeersbesluit genomen"), ("2028-01", "Zone van kracht")])
A("M-06", "mobiliteit", "d-co2 d-fiets", "faciliteren", "Afdeling Mobiliteit", "w-de-graaf", "niet-gestart", "2027-07", "2030-12",
  "Mobiliteitshubs en deelmobiliteit in de wijken",
  "Twaalf wijkhubs met elektrische deelauto’s, deelbakfietsen en laadpunten, zodat huishoudens hun tweede auto kunnen wegdoen. Bij nieuwbouw gaan de parkeernormen omlaag als er een hub komt.",
  ["Deelmobiliteitsaanbieders", "Woonbron Maasbrugge", "Ontwikkelcombinatie De Kade"],
  [("incidenteel", CDOKE, [200000, 300000, 300000, 200000])],
  [("2028-03", "Eerste vier hubs in gebruik")])
A("M-07", "mobiliteit", "d-co2 d-no2", "regisseren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-01", "2030-12",
  "Werkgeversaanpak slim reizen",
  "Met de twintig grootste werkgevers maakt de gemeente afspraken over thuiswerken, fietsvergoedingen, ov-budgetten en emissievrije lease, in lijn met de landelijke normering zakelijke mobiliteit.",
  ["Werkgeversnetwerk Maasbrugge Bereikbaar", "Ziekenhuis Maasbrugge", "Universiteit Maasbrugge"],
  [("structureel", BEGR, [120000, 120000, 120000, 120000])],
  [("2027-09", "Twintig werkgevers aangesloten")])
A("M-08", "mobiliteit", "d-co2", "regisseren", "Afdeling Mobiliteit", "w-de-graaf", "niet-gestart", "2028-01", "2030-12",
  "Zero-emissie busvervoer in de stad",
  "Met de provincie als concessieverlener legt de gemeente vast dat alle stadsbussen vanaf de nieuwe concessie in 2029 emissievrij rijden, met laadinfrastructuur bij het busstation en de remise.",
  ["Provincie Gelderland", "Vervoerder stadsconcessie Maasbrugge"],
  [("incidenteel", INV + " mobiliteit", [0, 450000, 600000, 0])],
  [("2029-12", "Alle stadslijnen emissievrij")])
A("M-09", "mobiliteit", "d-fiets d-no2", "uitvoeren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-01", "2030-12",
  "Schoolstraten en veilige schoolroutes",
  "Rond twintig basisscholen wordt de straat bij het begin en einde van de schooldag afgesloten voor autoverkeer, met veilige fietsroutes van de wijken naar de scholen.",
  ["Veilig Verkeer Nederland", "Basisscholen Maasbrugge"],
  [("structureel", BEGR, [90000, 90000, 90000, 90000])],
  [("2027-09", "Eerste acht schoolstraten")])

# Lucht --------------------------------------------------------------------------------------
A("L-01", "lucht", "d-pm25", "stimuleren", "GGD Gelderland-Zuid", "w-de-graaf", "gestart", "2027-01", "2030-12",
  "Houtstook: voorlichting en stookalert",
  "Voorlichting over de gezondheidsrisico’s van houtstook, een stookwijzer via de gemeente-app en een sloopregeling voor oude houtkachels.",
  ["GGD Gelderland-Zuid", "Longfonds"],
  [("incidenteel", BEGR, [70000, 70000, 50000, 50000])],
  [("2027-10", "Sloopregeling houtkachels open")])
A("L-02", "lucht", "d-no2 d-pm25", "uitvoeren", "Omgevingsdienst Regio Maasbrugge", "w-de-graaf", "gestart", "2027-01", "2030-12",
  "Meetnet luchtkwaliteit met burgersensoren",
  "Twaalf officiële meetpunten en 250 sensoren bij inwoners en scholen geven een fijnmazig beeld van de luchtkwaliteit; de gegevens zijn openbaar via de Stadsmonitor.",
  ["RIVM Samen Meten", "GGD Gelderland-Zuid", "Universiteit Maasbrugge"],
  [("structureel", BEGR, [95000, 95000, 95000, 95000])],
  [("2027-06", "250 sensoren geplaatst")])
A("L-03", "lucht", "d-no2 d-co2", "regisseren", "Afdeling Economie", "w-de-graaf", "niet-gestart", "2027-07", "2030-06",
  "Walstroom voor binnenvaart en riviercruises",
  "Aan de Maaskade en in de Noordhaven komen walstroomkasten voor binnenvaartschepen en riviercruiseschepen, met een verbod op draaiende generatoren aan de kade vanaf 2029.",
  ["Havenbedrijf Maasbrugge", "Rijkswaterstaat", "Koninklijke BLN-Schuttevaer"],
  [("incidenteel", INV + " haven", [300000, 700000, 600000, 0])],
  [("2028-09", "Walstroom Maaskade in gebruik"), ("2029-01", "Generatorverbod van kracht")])
A("L-04", "lucht", "d-no2", "regisseren", "Afdeling Mobiliteit", "w-de-graaf", "gestart", "2027-01", "2028-12",
  "Doorstroming en 30 km/u op de singels",
  "De binnenring wordt een 30-kilometerweg met minder verkeerslichten en groene golven voor fiets en bus; doorgaand verkeer wordt naar de ring geleid.",
  ["Politie Eenheid Oost-Nederland", "Fietsersbond Maasbrugge"],
  [("incidenteel", INV + " mobiliteit", [700000, 500000, 0, 0])],
  [("2027-11", "Singels ingericht als 30-kilometerweg")])
A("L-05", "lucht", "d-no2 d-pm25", "regisseren", "Omgevingsdienst Regio Maasbrugge", "w-de-graaf", "niet-gestart", "2028-01", "2030-12",
  "Schone mobiele werktuigen en bouwlogistiek",
  "Bij gemeentelijke projecten en vergunningen voor grote bouwprojecten eist de gemeente emissiearme of emissievrije werktuigen en gebundelde bouwlogistiek via een bouwhub.",
  ["Bouwend Nederland, afdeling Gelderland", "Omgevingsdienst Regio Maasbrugge"],
  [("incidenteel", BEGR, [0, 60000, 60000, 40000])],
  [("2028-06", "Eisen opgenomen in de aanbestedingsvoorwaarden")])
A("L-06", "lucht", "d-no2", "faciliteren", "Afdeling Gezondheid", "w-de-graaf", "gestart", "2027-01", "2030-12",
  "Schone lucht bij scholen en kinderopvang",
  "Luchtreinigers en ventilatieadvies voor scholen aan drukke wegen, en groene schermen op schoolpleinen langs de A73-zone.",
  ["GGD Gelderland-Zuid", "Stichting Scholengroep Maasbrugge"],
  [("incidenteel", "Rijksbijdrage SPUK Schone Lucht", [120000, 120000, 80000, 80000])],
  [("2027-12", "Tien scholen voorzien van groene schermen")])

# Groen --------------------------------------------------------------------------------------
A("G-01", "groen", "d-boomkroon", "uitvoeren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Bomenplan: 12.000 extra bomen",
  "In vier plantseizoenen plant de gemeente 12.000 extra bomen, met voorrang voor de versteende wijken Brugwijk, Hoogkamp en Kerkhoven, in groeiplaatsen met voldoende doorwortelbare ruimte.",
  ["Bomenstichting", "Woonbron Maasbrugge", "Bewonersplatforms"],
  [("incidenteel", INV + " openbare ruimte", [1100000, 1100000, 1100000, 1100000]), ("structureel", "Begroting Stadsbeheer", [0, 150000, 300000, 450000])],
  [("2027-04", "Plantseizoen 2026–2027: 3.000 bomen"), ("2030-04", "12.000 bomen geplant")])
A("G-02", "groen", "d-oevers", "uitvoeren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Natuurvriendelijke oevers langs singels en havens",
  "Harde beschoeiingen langs de singels en de oude havens worden vervangen door flauwe, begroeide oevers met ruimte voor waterplanten, vissen en amfibieën.",
  ["Waterschap Rivierenland", "Sportvisserij Oost-Nederland"],
  [("incidenteel", INV + " openbare ruimte", [600000, 700000, 700000, 600000])],
  [("2028-12", "20 km natuurvriendelijke oever")])
A("G-03", "groen", "d-boomkroon", "regisseren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "niet-gestart", "2027-04", "2027-12",
  "Groennorm en bomenbalans in het omgevingsplan",
  "Het omgevingsplan krijgt een groennorm voor nieuwe woonwijken en een bomenbalans: elke gekapte boom wordt binnen de wijk gecompenseerd met ten minste dezelfde kroonomvang.",
  ["Bomenstichting", "Natuur- en Milieufederatie Gelderland"],
  [("incidenteel", BEGR, [60000, 0, 0, 0])],
  [("2027-12", "Groennorm vastgesteld door de raad")])
A("G-04", "groen", "d-boomkroon d-oevers", "faciliteren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Bewonersgroen en adoptiegroen",
  "Bewoners kunnen boomspiegels, plantsoenen en geveltuinen adopteren; de gemeente levert planten, gereedschap en advies van een wijkecoloog.",
  ["IVN Rijk van Maas en Waal", "Bewonersplatforms"],
  [("structureel", "Begroting Stadsbeheer", [80000, 80000, 80000, 80000])],
  [("2027-12", "500 adoptieplekken")])
A("G-05", "groen", "d-boomkroon", "uitvoeren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "niet-gestart", "2028-01", "2030-12",
  "Stadspark Rietveld: van grasveld naar stadsnatuur",
  "Het Rietveldpark wordt heringericht met bloemrijk grasland, een stadsbos van vier hectare en een wadi die regenwater uit de omliggende wijk opvangt.",
  ["Staatsbosbeheer", "Waterschap Rivierenland", "Bewonersvereniging Rietveld"],
  [("incidenteel", INV + " openbare ruimte", [0, 800000, 1200000, 600000])],
  [("2028-09", "Ontwerp vastgesteld met bewoners"), ("2030-11", "Stadsbos geplant")])
A("G-06", "groen", "d-oevers", "regisseren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "gestart", "2027-01", "2030-12",
  "Ecologisch maaibeheer en bloemrijke bermen",
  "Alle gemeentelijke bermen en een derde van de grasvelden worden gefaseerd gemaaid en het maaisel wordt afgevoerd, zodat de soortenrijkdom toeneemt.",
  ["Vlinderstichting", "Aannemers groenonderhoud"],
  [("structureel", "Begroting Stadsbeheer", [130000, 130000, 130000, 130000])],
  [("2027-06", "Maaibestek aangepast")])
A("G-07", "groen", "d-boomkroon", "stimuleren", "Afdeling Groen en Ecologie", "w-jansen-peeters", "niet-gestart", "2027-07", "2030-12",
  "Groene schoolpleinen",
  "Dertig schoolpleinen worden omgevormd tot groene speel- en leerplekken, samen met kinderen, ouders en leerkrachten.",
  ["Jantje Beton", "IVN Rijk van Maas en Waal", "Stichting Scholengroep Maasbrugge"],
  [("incidenteel", "Rijksbijdrage Klimaatadaptatie (impulsregeling)", [150000, 300000, 300000, 150000])],
  [("2028-06", "Eerste tien groene schoolpleinen")])

# Eigen organisatie --------------------------------------------------------------------------
A("O-01", "organisatie", "d-organisatie", "uitvoeren", "Vastgoedbedrijf Maasbrugge", "w-hendriks", "gestart", "2027-01", "2030-12",
  "Routekaart verduurzaming gemeentelijk vastgoed",
  "Stadhuis, stadskantoor, zwembaden, sporthallen en de schouwburg worden volgens een routekaart aardgasvrij en krijgen zonnepanelen; de volgorde sluit aan bij het onderhoudsplan.",
  ["Sportbedrijf Maasbrugge", "Schouwburg Maasbrugge"],
  [("incidenteel", INV + " vastgoed", [2400000, 3100000, 2800000, 2200000])],
  [("2027-12", "Zwembad De Maasgolf op het warmtenet"), ("2030-12", "Alle gebouwen labelklasse A")], "goo")
A("O-02", "organisatie", "d-organisatie", "uitvoeren", "Stadsbeheer, team Civiele Techniek", "w-jansen-peeters", "gestart", "2027-01", "2029-12",
  "Openbare verlichting volledig led",
  "De resterende 14.000 armaturen worden vervangen door dimbare ledverlichting; in parken en langs oevers komt diervriendelijke verlichting.",
  ["Netbeheerder openbare verlichting"],
  [("incidenteel", INV + " openbare ruimte", [900000, 900000, 700000, 0])],
  [("2029-12", "Alle openbare verlichting led")])
A("O-03", "organisatie", "d-wagenpark d-organisatie", "uitvoeren", "Facilitair Bedrijf", "w-hendriks", "gestart", "2027-01", "2030-12",
  "Emissievrij wagenpark en werktuigen",
  "Bij vervanging kiest de gemeente voor emissievrije voertuigen en werktuigen; de gemeentewerven krijgen laadinfrastructuur en een batterij voor piekbelasting.",
  ["Maasbrugse Reinigingsdienst"],
  [("incidenteel", INV + " wagenpark", [800000, 950000, 950000, 800000])],
  [("2027-12", "Gemeentewerf Noord volledig elektrisch"), ("2030-12", "90% van het wagenpark emissievrij")])
A("O-04", "organisatie", "d-organisatie", "uitvoeren", "Afdeling Water en Riolering", "w-jansen-peeters", "niet-gestart", "2028-01", "2030-12",
  "Energiezuinige gemalen en rioolwarmte",
  "De twintig grootste gemalen krijgen zuinige pompen en sturing; bij twee rioolgemalen wordt warmte uit het afvalwater teruggewonnen voor nabijgelegen gebouwen.",
  ["Waterschap Rivierenland"],
  [("incidenteel", GRP, [0, 350000, 400000, 250000])],
  [("2029-06", "Rioolwarmte voor sporthal Molenberg")])
A("O-05", "organisatie", "d-organisatie", "regisseren", "Afdeling Personeel en Organisatie", "w-hendriks", "gestart", "2027-01", "2030-12",
  "Duurzaam reizen voor medewerkers",
  "Een mobiliteitsbudget voor medewerkers vervangt de autokostenvergoeding; dienstreizen tot 700 km gaan met de trein.",
  ["Ondernemingsraad gemeente Maasbrugge"],
  [("structureel", "Begroting Bedrijfsvoering", [60000, 60000, 60000, 60000])],
  [("2027-04", "Mobiliteitsregeling van kracht")])
A("O-06", "organisatie", "d-organisatie d-inkoop", "uitvoeren", "Afdeling Informatievoorziening", "w-hendriks", "niet-gestart", "2027-07", "2029-12",
  "Groene ICT en datacentrum",
  "Het eigen serverpark verhuist naar een datacentrum dat zijn restwarmte levert aan het warmtenet; laptops en telefoons worden refurbished ingekocht en langer gebruikt.",
  ["Warmtebedrijf Maasbrugge", "Regionaal Inkoopbureau Maas en Waal"],
  [("incidenteel", INV + " ICT", [250000, 400000, 150000, 0])],
  [("2028-12", "Serverpark verhuisd")])
A("O-07", "organisatie", "d-organisatie d-co2 d-co2-2040", "regisseren", "Programmabureau Energietransitie", "w-hendriks", "gestart", "2027-01", "2030-12",
  "CO2-prestatieladder en klimaatbegroting",
  "De gemeente certificeert zich op niveau 5 van de CO2-prestatieladder en voegt vanaf de begroting 2028 een klimaatparagraaf toe met het CO2-effect van de grootste uitgaven.",
  ["Stichting Klimaatvriendelijk Aanbesteden en Ondernemen"],
  [("structureel", "Begroting Bedrijfsvoering", [70000, 70000, 70000, 70000])],
  [("2027-11", "Certificaat CO2-prestatieladder niveau 5"), ("2027-11", "Eerste klimaatparagraaf in de begroting 2028")])

# --------------------------------------------------------------------------------------------
# Quickscan: theme, score, summary, strengths, opportunities, values (indicator, year,
# nederland, grootteklasse)
# --------------------------------------------------------------------------------------------
QUICKSCAN = [
    ("energie", 3,
     "De uitstoot van Maasbrugge daalt sinds 2015 met gemiddeld 2% per jaar, vooral door zon op daken en het warmtenet. De stad wekt met bijna 16% een groter deel van haar stroom duurzaam op dan vergelijkbare steden, maar windenergie blijft achter en het elektriciteitsnet in de Noordhaven zit vol.",
     ["Snelle groei van zon op bedrijfsdaken in de Noordhaven en op De Kade.", "Drie actieve energiecoöperaties met samen ruim 4.000 leden."],
     ["Vier zoekgebieden voor wind uit de RES, waarvan de Noordhaven het verst is.", "Energiehubs op bedrijventerreinen om netcongestie op te vangen."],
     [("co2", 2023, None, None), ("hernieuwbaar", 2023, 44.6, 15.2), ("opwek-zon", 2023, None, None), ("energieverbruik", 2023, None, None)]),
    ("warmte", 3,
     "Met ruim 27.000 aansluitingen heeft Maasbrugge een van de grootste warmtenetten van het land, maar de bronnen zijn nog deels fossiel. Een kwart van de woningen heeft een slecht energielabel; energiearmoede concentreert zich in de naoorlogse wijken Brugwijk, Kerkhoven en Hoogkamp.",
     ["Bestaand warmtenet met restwarmte uit de haven.", "Vier corporaties met ambitieuze portefeuilleplannen."],
     ["Aquathermie uit de Maas en geothermie in de Noordhaven.", "Wijkgerichte isolatieaanpak met Rijksmiddelen."],
     [("aardgasvrij", 2024, 8.1, 9.6), ("label-efg", 2024, 22.7, 21.4), ("gasverbruik", 2023, 980, 930), ("warmtenet", 2024, None, None)]),
    ("adaptatie", 2,
     "De stresstest laat zien dat de lage delen van de binnenstad, de Brugwijk en Overmaas kwetsbaar zijn voor wateroverlast bij hevige buien. Het hitte-eilandeffect loopt in de versteende wijken op tot 6 °C. Afkoppelen gaat gestaag, maar het tempo moet omhoog.",
     ["Stresstest, risicodialogen en uitvoeringsagenda afgerond."],
     ["Afkoppelen koppelen aan de grote rioolvervangingsopgave.", "Groene daken op corporatiebezit en scholen."],
     [("afkoppelen", 2024, None, None), ("groendaken", 2024, None, None)]),
    ("circulair", 2,
     "Met 198 kg restafval per inwoner in 2024 ligt Maasbrugge boven het gemiddelde van vergelijkbare steden. De hoogbouw en het ontbreken van omgekeerd inzamelen in een groot deel van de stad verklaren dat. Bij circulair inkopen en bouwen is een goede start gemaakt.",
     ["Circulaire criteria al toegepast in grote werken in de openbare ruimte."],
     ["Omgekeerd inzamelen in de laagbouw en nascheiding voor de hoogbouw.", "Biobased bouwen in De Kade."],
     [("restafval", 2024, 157, 176), ("gescheiden", 2024, 60, 52), ("circulair-inkoop", 2024, None, None)]),
    ("mobiliteit", 3,
     "Het fietsgebruik is hoog voor een stad aan een grote rivier, maar de Maas is een barrière: er zijn maar twee bruggen voor fietsers. Het aantal laadpunten groeit snel; elektrische auto’s zijn in de stad nog minder gangbaar dan landelijk.",
     ["Sterk groeiend netwerk van laadpunten.", "Goede treinverbindingen vanaf het centraal station."],
     ["Een nieuwe fietsbrug en snelfietsroutes naar de buurgemeenten.", "Zero-emissiezone voor stadslogistiek."],
     [("laadpunten", 2025, None, None), ("fietsaandeel", 2024, 27.0, 30.5), ("ev-aandeel", 2024, 6.3, 6.9)]),
    ("lucht", 3,
     "De luchtkwaliteit verbetert, maar langs de singels, de A73-zone en de Maaskade ligt de NO2-concentratie nog ruim boven de WHO-advieswaarde. Houtstook is in de winter de grootste lokale bron van fijnstof.",
     ["Aangesloten bij het Schone Lucht Akkoord sinds 2020."],
     ["Walstroom voor binnenvaart en riviercruises.", "Houtstookbeleid samen met de GGD."],
     [("no2", 2024, 17.2, 21.3), ("pm25", 2024, 8.6, 9.0)]),
    ("groen", 3,
     "Maasbrugge heeft grote parken en de uiterwaarden binnen handbereik, maar de wijken zelf zijn ongelijk groen: in de Brugwijk is de boomkroonbedekking minder dan 9%. Door verdichting neemt het openbaar groen per woning langzaam af.",
     ["Uiterwaarden en stadsparken van regionale betekenis.", "Actieve bewonersinitiatieven voor adoptiegroen."],
     ["Bomenplan met voorrang voor de versteende wijken.", "Natuurvriendelijke oevers langs singels en havens."],
     [("boomkroon", 2025, None, None), ("oevers", 2025, None, None), ("groen-per-woning", 2025, None, 46)]),
    ("organisatie", 3,
     "De eigen uitstoot is sinds 2019 met een derde gedaald. Zwembaden, sporthallen en de schouwburg gebruiken nog veel aardgas, en een groot deel van de zware voertuigen rijdt op diesel.",
     ["Stadskantoor en drie scholen aardgasvrij.", "Ruim 40% van het wagenpark al emissievrij."],
     ["Zwembaden aansluiten op het warmtenet.", "Klimaatparagraaf in de begroting."],
     [("co2-organisatie", 2025, None, None), ("wagenpark", 2025, None, None)]),
]

PARTICIPATIE = [
    ("2026-03-10", "werksessie", "Ambtelijke startsessie: quickscan en opgaven",
     ["Beleidsadviseurs van alle betrokken afdelingen", "Programmamanagers Energietransitie en Warmte", "Adviseurs Koersbureau Duurzaam Beleid"],
     "<p>De quickscan werd herkend. De deelnemers zagen de grootste opgaven bij warmte in de naoorlogse wijken, bij afval in de hoogbouw en bij hitte in de versteende buurten. Zij vroegen om één programma in plaats van losse nota’s.</p>"),
    ("2026-04-14", "stadsgesprek", "Stadsgesprek in de Maashal: Maasbrugge in 2040",
     ["Circa 320 inwoners uit alle stadsdelen", "Jongerenraad Maasbrugge", "Wethouders Bakker, El Amrani en Jansen-Peeters"],
     "<p>Inwoners willen een stad die groener en stiller wordt, met betaalbare energie voor iedereen. Aan thematafels kwamen honderden ideeën op tafel.</p><ul><li>Hulp bij isoleren voor wie het niet zelf kan betalen.</li><li>Meer bomen en schaduw in de wijken waar nu bijna niets groeit.</li><li>Een veilige fietsverbinding over de Maas aan de oostkant.</li><li>Duidelijkheid over wanneer en hoe de wijk van het aardgas af gaat.</li></ul>"),
    ("2026-05-12", "stakeholderbijeenkomst", "Haven, industrie en energie-infrastructuur",
     ["Havenbedrijf Maasbrugge", "Cluster Energiestrategie Noordhaven", "Alliander en TenneT", "Warmtebedrijf Maasbrugge"],
     "<p>De bedrijven in de Noordhaven hebben ambitieuze plannen voor elektrificatie en restwarmte, maar lopen aan tegen netcongestie en lange vergunningprocedures. Afgesproken is een vaste klimaattafel en een gezamenlijke aanpak van energiehubs.</p>"),
    ("2026-05-26", "stakeholderbijeenkomst", "Wonen en warmte met corporaties en huurders",
     ["Vier woningcorporaties", "Huurdersfederatie Maasbrugge", "VvE Belang", "Energieloket Maasbrugge"],
     "<p>De corporaties zegden toe hun slechtste woningen vóór 2028 aan te pakken. Huurders vroegen om garanties over woonlasten bij de overstap naar het warmtenet.</p>"),
    ("2026-06-09", "werksessie", "Jongerenwerkplaats klimaat",
     ["45 scholieren en studenten van vier scholen en de universiteit", "Jongerenraad Maasbrugge"],
     "<p>Jongeren legden de nadruk op groen in de wijk, veilige fietsroutes en minder wegwerpplastic. Hun voorstel voor groene schoolpleinen is overgenomen in het programma.</p>"),
    ("2026-09-22", "werksessie", "Raadswerkconferentie doelen en ambitieniveau",
     ["Raadsleden en commissieleden van alle fracties", "College van burgemeester en wethouders"],
     "<p>De raad steunde een doel dat hoger ligt dan de Klimaatwet en vroeg om een jaarlijkse monitor met per doel een duidelijke status. Over windturbines in de Rietpolder liepen de meningen uiteen; afgesproken is eerst een zorgvuldig gebiedsproces.</p>"),
]

TEXTS = {
    "voorwoord": """<p>Maasbrugge is een stad van bruggen. Bruggen over de Maas, tussen oude en nieuwe wijken, tussen haven en binnenstad. Met deze duurzaamheidsvisie slaan we een nieuwe brug: naar een stad die in 2040 klimaatneutraal is, waar het ook op hete dagen goed toeven is en waar iedereen kan meedoen.</p>
<p>Die brug bouwen we niet alleen. Ruim drieduizend inwoners, ondernemers, jongeren en partners dachten mee, in de Maashal, in werksessies, op scholen en online. Zij vroegen ons ambitieus te zijn, maar ook eerlijk: wie het minst heeft, mag niet achterblijven. Die boodschap hebben we ter harte genomen.</p>
<p>Ik dank iedereen die heeft bijgedragen. Nu is het aan ons allemaal om de visie waar te maken.</p>
<p><em>Eva Bakker, wethouder Klimaat en energietransitie</em></p>""",
    "samenvatting": """<p>Maasbrugge wil in 2040 klimaatneutraal zijn, tien jaar eerder dan het land. Op weg daarheen legt deze visie 24 doelen vast op acht thema’s, met 2030 als belangrijkste ijkpunt. In dat jaar is de CO2-uitstoot 60% lager dan in 1990, wordt 35% van de stroom in de stad zelf duurzaam opgewekt en zijn 52.000 woningequivalenten aangesloten op een duurzaam warmtenet.</p>
<p>De visie rust op drie pijlers. De eerste is <strong>een energiesysteem zonder aardgas</strong>: zon op alle geschikte daken, vier windparken uit de RES, een warmtenet dat overgaat op restwarmte, aquathermie en geothermie, en isolatie van de woningen met de slechtste labels. De tweede is <strong>een gezonde en klimaatbestendige stad</strong>: 180 hectare afgekoppeld verhard oppervlak, 12.000 extra bomen, koele routes en schonere lucht. De derde is <strong>een circulaire stad</strong>: minder restafval, meer hergebruik en een gemeente die zelf circulair inkoopt en bouwt.</p>
<p>Het uitvoeringsprogramma 2027–2030 vertaalt de doelen naar 64 acties, elk met een trekker, partners, planning en budget. De monitor volgt jaarlijks elk doel ten opzichte van het pad naar 2030. De eerste monitor laat zien dat de stad bij zon, laadpunten en luchtkwaliteit op koers ligt, en dat de CO2-uitstoot, windenergie en het restafval extra inspanning vragen.</p>""",
    "inleiding": """<p>In 2019 stelde de raad het Klimaatplan Maasbrugge vast. Sindsdien is er veel veranderd: de Klimaatwet is aangescherpt, de RES is vastgesteld, de Wet gemeentelijke instrumenten warmtetransitie verplicht elke gemeente tot een warmteprogramma en de Europese Natuurherstelverordening vraagt om meer stedelijk groen. Tegelijk zijn de energieprijzen sterk gestegen en is netcongestie een rem geworden op verduurzaming.</p>
<p>De raad vroeg het college daarom in 2025 om één integrale visie, met doelen die elk jaar te volgen zijn. Deze visie volgt de werkwijze van quickscan, beleidskaders, doelen, participatie en uitvoering. Zij vervangt het Klimaatplan, de Afvalvisie 2020 en de Groenvisie 2016, en vormt het kader voor het warmteprogramma.</p>
<p>Hoofdstuk 2 beschrijft waar Maasbrugge staat. Daarna volgen de kaders, de visie en ambities per thema, en de doelen met hun ambitie ten opzichte van de landelijke lijn. De laatste hoofdstukken gaan over het proces, de uitvoering en de monitoring.</p>""",
    "visie": """<p>In 2040 is Maasbrugge een klimaatneutrale stad aan de rivier. Woningen en gebouwen worden verwarmd met warmte uit de haven, de Maas en de diepe ondergrond; op vrijwel elk geschikt dak liggen zonnepanelen of groen. Wie door de stad fietst, rijdt over drie bruggen, door lanen met schaduwrijke bomen en langs singels met begroeide oevers.</p>
<p>Die toekomst is geen eindbeeld dat de gemeente oplegt, maar een richting die zij samen met de stad kiest. Daarbij gelden vier uitgangspunten:</p>
<ul>
<li><strong>Eerlijk delen.</strong> De lusten en lasten van de transitie worden eerlijk verdeeld. Huishoudens met een laag inkomen krijgen als eerste hulp, en inwoners kunnen mede-eigenaar worden van zon- en windprojecten.</li>
<li><strong>Slim combineren.</strong> Waar de straat toch open gaat voor het riool of het warmtenet, wordt tegelijk afgekoppeld, vergroend en heringericht.</li>
<li><strong>Eerst besparen.</strong> De schoonste energie is energie die niet wordt gebruikt. Isoleren en besparen gaan vóór nieuwe opwek.</li>
<li><strong>Voorbeeld geven.</strong> De gemeente verduurzaamt haar eigen gebouwen, wagenpark en inkoop sneller dan zij van anderen vraagt.</li>
</ul>""",
    "proces": """<p>De visie is in twaalf maanden tot stand gekomen. Na de quickscan in het voorjaar van 2026 volgden zes bijeenkomsten: een ambtelijke startsessie, een stadsgesprek met ruim driehonderd inwoners, twee bijeenkomsten met partners uit haven, energie en wonen, een jongerenwerkplaats en een werkconferentie met de raad.</p>
<p>Daarnaast vulden 2.814 inwoners de online vragenlijst in, en haalden wijkteams in twaalf wijken ideeën op bij buurthuizen, markten en scholen. Alle opbrengsten zijn per thema verwerkt; in bijlage 3 staat welke voorstellen zijn overgenomen en welke niet, en waarom.</p>""",
    "uitvoering": """<p>Het uitvoeringsprogramma 2027–2030 telt 64 acties. Per actie staan de trekker, de portefeuillehouder, de partners, de planning per kwartaal en het budget per jaar vast. De meeste acties worden betaald uit Rijksbijdragen, de rioolheffing, de afvalstoffenheffing en bestaande investeringskredieten; voor een beperkt deel is een bijdrage uit de Reserve Klimaat en Energie nodig.</p>
<p>Het programma wordt gestuurd vanuit een programmaraad met de vier betrokken portefeuillehouders. Elk jaar stelt het college het programma bij op basis van de monitor; grote wijzigingen gaan via de voorjaarsnota naar de raad.</p>""",
    "monitoring": """<p>Elk najaar verschijnt de Duurzaamheidsmonitor Maasbrugge, samen met een raadsinformatiebrief. Per doel vergelijkt de monitor de laatst gemeten waarde met het pad van de basiswaarde via de tussendoelen naar het streefdoel, en berekent hij met een trendlijn waar de stad in het doeljaar uitkomt.</p>
<p>Cijfers uit de Klimaatmonitor lopen ongeveer twee jaar achter, en de nieuwste cijfers zijn voorlopig. De monitor geeft dat steeds aan. Voor de acties rapporteert hij daarnaast op kwaliteit, tijd en geld. In 2028 volgt een tussentijdse evaluatie en in 2030 een eindevaluatie als basis voor het programma 2031–2035.</p>""",
    "thema-energie": """<p>De CO2-uitstoot van Maasbrugge daalde van 4.210 kton in 1990 naar 2.410 kton in 2025 (voorlopig). Om in 2030 op 1.684 kton uit te komen, moet de uitstoot elk jaar met bijna 150 kton dalen: twee keer zo snel als in de afgelopen tien jaar. Ruim een derde van de uitstoot komt uit de Noordhaven; daar maakt de gemeente aan de klimaattafel afspraken met de grootste bedrijven.</p>
<p>Zonnestroom groeit hard, van 96 GWh in 2019 naar 318 GWh in 2025. Het zonnedakenprogramma richt zich op de grote daken van bedrijven en maatschappelijk vastgoed; via de energiecoöperaties kunnen ook huurders meedoen. Windenergie blijft achter: alleen de turbines langs de A73 draaien. De vier turbines in de Noordhaven zijn vertraagd door het nieuwe landelijke normenkader; voor de Rietpolder start een zorgvuldig gebiedsproces.</p>
<p>Netcongestie is de grootste rem. Alliander verwacht pas vanaf 2029 extra capaciteit. Tot die tijd zet de gemeente in op energiehubs, waarin bedrijven een aansluiting, opslag en stroom delen.</p>""",
    "thema-warmte": """<p>Maasbrugge heeft sinds de jaren tachtig een warmtenet, dat nu ruim 27.000 woningequivalenten verwarmt. Het net draait nog voor een deel op een gasgestookte centrale. In het warmteprogramma van 2026 is vastgelegd dat het net groeit naar 52.000 aansluitingen in 2030 en overgaat op restwarmte uit de haven, aquathermie uit de Maas en, als de proefboring slaagt, geothermie.</p>
<p>Voor woningen die niet op het warmtenet komen, is isoleren de eerste stap. Een kwart van de woningen heeft nog label E, F of G; in de Brugwijk en Kerkhoven is dat meer dan een op de drie. De wijkaanpak isolatie, de prestatieafspraken met de corporaties en de hulp voor VvE’s moeten dat aandeel terugbrengen naar 8% in 2030.</p>
<p>In het beschermd stadsgezicht van Oud-Brugge vraagt verduurzaming maatwerk. Een erfgoedcoach helpt eigenaren met maatregelen die het karakter van de panden respecteren.</p>""",
    "thema-adaptatie": """<p>Maasbrugge ligt aan een grote rivier, maar het grootste waterprobleem komt van boven. Bij hevige buien loopt het gemengde riool in de binnenstad, de Brugwijk en Overmaas over. Door regenwater af te koppelen en bovengronds te bergen, in wadi’s, op waterpleinen en op groene daken, blijft het water in de stad en wordt het riool ontlast.</p>
<p>Hitte is de tweede opgave. Op de hittekaart zijn de versteende wijken tot zes graden warmer dan het buitengebied. Koele routes, schaduwbomen en drinkwaterpunten beschermen vooral ouderen en jonge kinderen. Het hitteplan wordt elk voorjaar met de GGD geactualiseerd.</p>""",
    "thema-circulair": """<p>Met 187 kg restafval per inwoner ligt Maasbrugge nog ver van de VANG-richtwaarde van 100 kg. In de laagbouw voert de gemeente omgekeerd inzamelen in; in de hoogbouw, waar ruim een derde van de inwoners woont, combineert zij gft-containers bij de entree met nascheiding. Zo moet het restafval in 2030 zijn gehalveerd ten opzichte van 2019.</p>
<p>Circulair werken gaat verder dan afval. De gemeente koopt jaarlijks voor ruim € 600 miljoen in en kan daarmee de markt in beweging brengen. In zes productgroepen gelden vanaf 2027 circulaire eisen. In De Kade wordt ten minste 30% van de woningen biobased gebouwd.</p>""",
    "thema-mobiliteit": """<p>Een op de drie verplaatsingen in Maasbrugge gaat per fiets, maar de Maas is een barrière. Een nieuwe fietsbrug aan de oostkant en twee snelfietsroutes moeten het fietsaandeel verhogen naar 38%. Bij het station komt een tweede grote stalling.</p>
<p>Voor wie met de auto rijdt, groeit het aantal laadpunten naar 14.500 in 2030. Mobiliteitshubs met deelauto’s en deelbakfietsen maken het makkelijker om zonder eigen (tweede) auto te leven. Binnen de singels mogen vanaf 2028 alleen emissievrije bestel- en vrachtauto’s komen.</p>""",
    "thema-lucht": """<p>De luchtkwaliteit is sinds 2016 flink verbeterd, maar langs drukke wegen en de Maaskade liggen de concentraties nog ruim boven de advieswaarden van de WHO. De gemeente pakt de grootste lokale bronnen aan: verkeer op de singels, schepen aan de kade, bouwmachines en houtstook. Een meetnet met burgersensoren maakt de luchtkwaliteit per straat zichtbaar.</p>""",
    "thema-groen": """<p>Groen maakt de stad koeler, gezonder en mooier, en biedt ruimte aan planten en dieren. De boomkroonbedekking moet groeien van 17,6% naar 22% in 2030. Daarvoor plant de gemeente 12.000 extra bomen, met voorrang voor de wijken waar nu het minst groeit, en legt zij een bomenbalans vast in het omgevingsplan.</p>
<p>Langs singels en havens worden harde beschoeiingen vervangen door natuurvriendelijke oevers. Het Rietveldpark wordt een stadsnatuurpark met een stadsbos. Bewoners kunnen via adoptiegroen zelf bijdragen aan een groenere buurt.</p>""",
    "thema-organisatie": """<p>De gemeente is met ruim 4.200 medewerkers, honderden gebouwen en een wagenpark van bijna 600 voertuigen zelf een grote uitstoter. De eigen uitstoot daalde van 21.400 ton in 2019 naar 14.300 ton in 2025. Een routekaart voor het vastgoed, volledig ledverlichting, een emissievrij wagenpark en groene ICT moeten de uitstoot in 2030 op 6.420 ton brengen: 70% minder dan in 2019.</p>
<p>Vanaf de begroting 2028 bevat elke begroting een klimaatparagraaf met het CO2-effect van de grootste uitgaven. Zo weegt klimaat mee bij elke investeringsbeslissing.</p>""",
}

# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------
def euro(n):
    return "€ " + f"{n:,}".replace(",", ".")


def attrs(**kw):
    return "".join(f" {k.replace('_', '-')}={quoteattr(str(v))}" for k, v in kw.items() if v is not None)


def budget_lines(a):
    y0, y1 = int(a["start"][:4]), int(a["eind"][:4])
    out = []
    for soort, dekking, amounts in a["budgets"]:
        for year, amount in zip(range(2027, 2031), amounts):
            if not amount:
                continue
            if not y0 <= year <= y1:
                sys.exit(f"{a['id']}: budget {year} outside {a['start']}–{a['eind']}")
            out.append((year, soort, dekking, amount))
    return sorted(out, key=lambda b: (b[0], b[1]))


def provisional(ind_id, year):
    return year in IND[ind_id][9]


def main():
    L = []
    w = L.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w("<!-- Fictieve grote stad aan de Maas (418.000 inwoners), geschreven door samples/tools/maasbrugge.py:")
    w("     24 doelen, 64 acties, meetreeksen 2015–2025 voor elke indicator, alle documenten.")
    w("     Pas het script aan en draai het opnieuw in plaats van dit bestand met de hand te wijzigen. -->")
    w('<gemeente versie="1" code="GM9908">')
    w("  <naam>Maasbrugge</naam>")
    w("  <sorteernaam>Maasbrugge</sorteernaam>")
    w('  <provincie code="PV25">Gelderland</provincie>')
    w('  <res-regio id="res-mr">RES Maas en Rijn</res-regio>')
    w('  <inwoners peildatum="2026-01-01" bron="cbs">418263</inwoners>')
    w("  <huisstijl>zuiderhaven</huisstijl>")
    w("")
    w("  <bestuur>")
    w("    <burgemeester>drs. R.J.M. Vermeer</burgemeester>")
    w("    <secretaris>mr. L. Achterberg</secretaris>")
    w("    <griffier>H. Tromp-Wouters</griffier>")
    wethouders = [
        ("w-bakker", "E. Bakker", "Klimaat en energietransitie"),
        ("w-el-amrani", "Y. el Amrani", "Wonen, warmte en erfgoed"),
        ("w-jansen-peeters", "C. Jansen-Peeters", "Openbare ruimte, water, groen en afval"),
        ("w-de-graaf", "P. de Graaf", "Mobiliteit, economie, haven en gezondheid"),
        ("w-hendriks", "S. Hendriks", "Financiën, bedrijfsvoering en inkoop"),
    ]
    for wid, naam, port in wethouders:
        w(f"    <wethouder{attrs(id=wid, naam=naam, portefeuille=port)}/>")
    w("  </bestuur>")
    w("")
    w("  <opdracht>")
    w("    <opdrachtgever>Gemeente Maasbrugge, Programmabureau Duurzame Stad</opdrachtgever>")
    w('    <adviseur naam="dr. ir. A. Postma" organisatie="Koersbureau Duurzaam Beleid"/>')
    w('    <contact naam="D. Sprenger" telefoon="024 329 90 00" email="d.sprenger@maasbrugge.nl"/>')
    w("  </opdracht>")
    w("")
    w("  <bronnen>")
    for sid, naam, opgehaald, url in SOURCES:
        w(f"    <bron{attrs(id=sid, naam=naam, opgehaald=opgehaald, url=url)}/>")
    w("  </bronnen>")
    w("")
    w("  <themas>")
    for tid, naam, sdg in THEMES:
        w(f"    <thema{attrs(id=tid, naam=naam, sdg=sdg)}/>")
    w("  </themas>")
    w("")
    w("  <indicatoren>")
    for ind_id, theme, naam, unit, richting, bron, dec, definitie, _, _ in INDICATORS:
        w(f"    <indicator{attrs(id=ind_id, thema=theme, naam=naam, eenheid=unit, richting=richting, bron=bron, decimalen=dec)}>")
        w(f"      <definitie>{escape(definitie)}</definitie>")
        w("    </indicator>")
    w("  </indicatoren>")
    w("")
    w('  <quickscan peildatum="2026-05-01" schaal="5">')
    for theme, score, summary, strengths, chances, values in QUICKSCAN:
        w(f'    <beoordeling thema="{theme}" score="{score}">')
        w(f"      <samenvatting>{escape(summary)}</samenvatting>")
        for s in strengths:
            w(f"      <sterkte>{escape(s)}</sterkte>")
        for k in chances:
            w(f"      <kans>{escape(k)}</kans>")
        for ind_id, year, nl, gk in values:
            dec = IND[ind_id][6]
            status = "voorlopig" if provisional(ind_id, year) else "definitief"
            w(f"      <waarde{attrs(indicator=ind_id, jaar=year, status=status, nederland=nl, grootteklasse=gk)}>{fmt(SERIES[ind_id][year], dec)}</waarde>")
        w("    </beoordeling>")
    w("  </quickscan>")
    w("")
    w("  <kaders>")
    for ref in ["akkoord-van-parijs", "europese-klimaatwet", "natuurherstelverordening", "klimaatwet",
                "klimaatakkoord", "wgiw", "npce", "vang", "deltaplan-ra", "schone-lucht-akkoord", "nal"]:
        w(f'    <kader ref="{ref}"/>')
    w('    <kader id="res-mr" niveau="regionaal" naam="RES Maas en Rijn 2.0" instrument="akkoord" bron="Vastgesteld door de raad op 30 juni 2023">')
    w('      <doel id="res-mr-2030" indicator="hernieuwbaar" jaar="2030" waarde="32" eenheid="%">')
    w("        <omschrijving>Aandeel lokaal opgewekte hernieuwbare elektriciteit dat Maasbrugge in de regionale verdeling op zich heeft genomen.</omschrijving>")
    w("      </doel>")
    w("    </kader>")
    w("  </kaders>")
    w("")
    w("  <doelen>")
    for did, theme, ind_id, owner, formulering, basis, streef, tussen, kaderdoel, motivatie in TARGETS:
        dec = IND[ind_id][6]
        by, bv = basis
        if bv is None:
            bv = SERIES[ind_id][by]
        w(f"    <doel{attrs(id=did, thema=theme, indicator=ind_id, eigenaar=owner)}>")
        w(f"      <formulering>{escape(formulering)}</formulering>")
        w(f'      <basis jaar="{by}" waarde="{fmt(bv, dec)}"/>')
        w(f'      <streef jaar="{streef[0]}" waarde="{fmt(streef[1], dec)}"/>')
        for ty, tv in tussen:
            w(f'      <tussendoel jaar="{ty}" waarde="{fmt(tv, dec)}"/>')
        if kaderdoel:
            w(f'      <vergelijk kaderdoel="{kaderdoel}"/>')
        w(f"      <motivatie>{escape(motivatie)}</motivatie>")
        w("    </doel>")
    w("  </doelen>")
    w("")
    w("  <acties>")
    total = structural = 0
    per_reserve = {}
    colours = {"g": "groen", "o": "oranje", "r": "rood"}
    for a in ACTIONS:
        w(f"    <actie{attrs(id=a['id'], thema=a['theme'], doelen=a['doelen'], rol=a['rol'], trekker=a['trekker'], portefeuillehouder=a['ph'], status=a['status'], start=a['start'], eind=a['eind'])}>")
        w(f"      <titel>{escape(a['titel'])}</titel>")
        w(f"      <omschrijving>{escape(a['omschrijving'])}</omschrijving>")
        for p in a["partners"]:
            w(f"      <partner>{escape(p)}</partner>")
        for year, soort, dekking, amount in budget_lines(a):
            w(f"      <budget{attrs(jaar=year, soort=soort, dekking=dekking)}>{amount}</budget>")
            total += amount
            if soort == "structureel":
                structural += amount
            if dekking == RES:
                per_reserve[year] = per_reserve.get(year, 0) + amount
        for datum, tekst in a["mijlpalen"]:
            w(f'      <mijlpaal datum="{datum}">{escape(tekst)}</mijlpaal>')
        if a["status"] != "niet-gestart":
            k, t, g = (colours[c] for c in a["voortgang"])
            w(f'      <voortgang kwaliteit="{k}" tijd="{t}" geld="{g}"/>')
        w("    </actie>")
    w("  </acties>")
    w("")
    w('  <monitoring tolerantie-groen="5" tolerantie-oranje="12.5">')
    for ind_id, *_ in INDICATORS:
        dec, bron = IND[ind_id][6], IND[ind_id][5]
        w(f'    <reeks indicator="{ind_id}">')
        for year, value in SERIES[ind_id].items():
            status = "voorlopig" if provisional(ind_id, year) else "definitief"
            w(f'      <meting jaar="{year}" status="{status}" bron="{bron}">{fmt(value, dec)}</meting>')
        w("    </reeks>")
    w('    <evaluatie datum="2028-10"><p>In oktober 2028 volgt een tussentijdse evaluatie van het uitvoeringsprogramma. Daarin kijkt het college per doel of de acties voldoende bijdragen, met bijzondere aandacht voor windenergie, het warmtenet en het restafval in de hoogbouw.</p></evaluatie>')
    w('    <evaluatie datum="2030-10"><p>De eindevaluatie in oktober 2030 is de basis voor het uitvoeringsprogramma 2031–2035 en voor een eventuele bijstelling van de doelen voor 2040.</p></evaluatie>')
    w("  </monitoring>")
    w("")
    w("  <participatie>")
    for datum, vorm, titel, deelnemers, opbrengst in PARTICIPATIE:
        w(f"    <sessie{attrs(datum=datum, vorm=vorm, titel=titel)}>")
        for d in deelnemers:
            w(f"      <deelnemer>{escape(d)}</deelnemer>")
        w(f"      <opbrengst>{opbrengst}</opbrengst>")
        w("    </sessie>")
    w("  </participatie>")
    w("")
    w("  <teksten>")
    for tid, body in TEXTS.items():
        w(f'    <tekst id="{tid}">')
        for line in body.strip().split("\n"):
            w(f"      {line}")
        w("    </tekst>")
    w("  </teksten>")
    w("")
    reserve_total = sum(per_reserve.values())
    reserve_years = " en ".join(f"{euro(v)} in {y}" for y, v in sorted(per_reserve.items()))
    w(DOCUMENTS.format(total=euro(total), structural=euro(structural), reserve=euro(reserve_total),
                       reserve_years=reserve_years, actions=len(ACTIONS), targets=len(TARGETS)))
    w("</gemeente>")
    OUT.write_text("\n".join(L) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(TARGETS)} doelen, {len(ACTIONS)} acties, totaal {euro(total)}, "
          f"structureel {euro(structural)}, reserve {euro(reserve_total)}")


DOCUMENTS = """  <documenten>
    <visie titel="Duurzaamheidsvisie Maasbrugge 2027–2040" versie="1.0" status="concept" datum="2026-11-20"/>
    <uitvoeringsprogramma titel="Uitvoeringsprogramma Duurzame Stad Maasbrugge 2027–2030" periode="2027–2030" versie="1.0" status="concept" datum="2026-11-20"/>
    <quickscan-rapport titel="Quickscan duurzaamheid Maasbrugge" versie="1.2" status="definitief" datum="2026-05-29"/>
    <monitor jaar="2026" titel="Duurzaamheidsmonitor Maasbrugge 2026" versie="1.0" status="definitief" datum="2026-11-20"/>
    <raadsvoorstel datum="2026-11-24" vergadering="2027-01-27" agendapunt="14" zaaknummer="2026-0183417" behandeling="bespreekstuk" portefeuillehouder="w-bakker" programma="5. Duurzame stad">
      <onderwerp>Vaststelling Duurzaamheidsvisie Maasbrugge 2027–2040 en kennisname Uitvoeringsprogramma 2027–2030</onderwerp>
      <beslispunt>De Duurzaamheidsvisie Maasbrugge 2027–2040 vast te stellen, met als hoofddoel een klimaatneutrale stad in 2040.</beslispunt>
      <beslispunt>Kennis te nemen van het Uitvoeringsprogramma Duurzame Stad Maasbrugge 2027–2030.</beslispunt>
      <beslispunt>Voor de uitvoering in 2027–2030 in totaal {reserve} beschikbaar te stellen ten laste van de Reserve Klimaat en Energie en de begroting 2027 overeenkomstig te wijzigen.</beslispunt>
      <beslispunt>Het Klimaatplan Maasbrugge 2019, de Afvalvisie 2020 en de Groenvisie 2016 in te trekken.</beslispunt>
      <inleiding><p>Het Klimaatplan uit 2019 voldoet niet meer. De Klimaatwet is aangescherpt, de RES is vastgesteld en elke gemeente moet een warmteprogramma hebben. In 2025 vroeg de raad het college om één integrale duurzaamheidsvisie met doelen die elk jaar te volgen zijn. Die visie ligt nu voor, samen met het uitvoeringsprogramma voor de eerste vier jaar.</p></inleiding>
      <beoogd-effect><p>Een klimaatneutrale, gezonde en klimaatbestendige stad in 2040, waarin alle inwoners kunnen meedoen. In 2030 is de uitstoot 60% lager dan in 1990, wordt 35% van de stroom in de stad zelf opgewekt en is de stad beter bestand tegen hevige buien en hitte.</p></beoogd-effect>
      <argument beslispunt="1">
        <stelling>De visie legt een ambitieuze maar onderbouwde koers vast.</stelling>
        <toelichting><p>Alle {targets} doelen hebben een indicator, een basiswaarde, een streefwaarde en een bron. Elk doel is vergeleken met het landelijke of Europese kaderdoel; waar Maasbrugge hoger of lager inzet, staat de motivering in de visie.</p></toelichting>
      </argument>
      <argument beslispunt="1">
        <stelling>De visie is met de stad gemaakt.</stelling>
        <toelichting><p>Ruim drieduizend inwoners, ondernemers en jongeren dachten mee. Hun inbreng is zichtbaar in de aandacht voor energiearmoede, de fietsbrug, het bomenplan en de groene schoolpleinen.</p></toelichting>
      </argument>
      <argument beslispunt="2">
        <stelling>Het programma maakt de visie uitvoerbaar en controleerbaar.</stelling>
        <toelichting><p>{actions} acties met trekker, partners, planning per kwartaal en budget per jaar. De jaarlijkse monitor laat zien of de stad op koers ligt.</p></toelichting>
      </argument>
      <argument beslispunt="3">
        <stelling>De reserve dekt wat niet uit heffingen en Rijksmiddelen kan.</stelling>
        <toelichting><p>Het gaat om de procedures voor windenergie, het revolverend fonds, de proefboring voor geothermie en de zero-emissiezone: {reserve_years}. De reserve heeft per 1 januari 2027 naar verwachting een saldo van € 6.400.000.</p></toelichting>
      </argument>
      <argument beslispunt="4">
        <stelling>Eén kader in plaats van drie losse nota’s.</stelling>
        <toelichting><p>De visie vervangt de drie nota’s volledig; hun doelen zijn geactualiseerd en opgenomen.</p></toelichting>
      </argument>
      <kanttekening>
        <punt>De Rijksbijdrage CDOKE is na 2027 niet zeker.</punt>
        <reactie>Acties uit CDOKE starten alleen als de bijdrage is toegekend. Valt zij weg, dan legt het college bij de voorjaarsnota keuzes voor.</reactie>
      </kanttekening>
      <kanttekening>
        <punt>Netcongestie kan opwek, laadpunten en de energiehubs vertragen.</punt>
        <reactie>De gemeente maakt aan de klimaattafel en met Alliander en TenneT afspraken over prioriteit en flexibel gebruik van het net.</reactie>
      </kanttekening>
      <kanttekening>
        <punt>Windenergie in de Rietpolder is omstreden.</punt>
        <reactie>De visie legt geen locatie vast. Het gebiedsproces met omwonenden gaat vooraf aan elk besluit; de raad beslist over de voorkeurslocatie.</reactie>
      </kanttekening>
      <financien><p>Het uitvoeringsprogramma kost in vier jaar {total}, waarvan {structural} structureel. Het structurele deel past binnen de bestaande begroting en de heffingen. Het incidentele deel wordt grotendeels gedekt uit Rijksbijdragen, de rioolheffing, de afvalstoffenheffing en bestaande investeringskredieten.</p><p>Uit de Reserve Klimaat en Energie is {reserve} nodig: {reserve_years}. De bijbehorende begrotingswijziging is als bijlage toegevoegd.</p></financien>
      <uitvoering><p>Na vaststelling start het college met de acties voor 2027. Een programmaraad van de vier betrokken portefeuillehouders stuurt het programma. De eerste monitor na vaststelling verschijnt in het najaar van 2027.</p></uitvoering>
      <communicatie><p>Na vaststelling verschijnen een publieksversie en een online dashboard. In elk stadsdeel organiseert de gemeente een bijeenkomst over het warmteprogramma en de wijkaanpak isolatie.</p></communicatie>
      <bijlage>Duurzaamheidsvisie Maasbrugge 2027–2040</bijlage>
      <bijlage>Uitvoeringsprogramma Duurzame Stad Maasbrugge 2027–2030</bijlage>
      <bijlage>Duurzaamheidsmonitor Maasbrugge 2026</bijlage>
      <bijlage>Begrotingswijziging 2027-07</bijlage>
      <gelet-op>artikel 108 van de Gemeentewet</gelet-op>
      <gelet-op>artikel 189 van de Gemeentewet</gelet-op>
      <gelet-op>de Wet gemeentelijke instrumenten warmtetransitie</gelet-op>
    </raadsvoorstel>
    <collegevoorstel datum="2026-11-10" vergadering="2026-11-17" zaaknummer="2026-0183417" portefeuillehouder="w-bakker" afdeling="Programmabureau Duurzame Stad" steller="D. Sprenger" openbaar="ja">
      <onderwerp>Duurzaamheidsvisie Maasbrugge 2027–2040 en Uitvoeringsprogramma 2027–2030</onderwerp>
      <beslispunt>In te stemmen met de Duurzaamheidsvisie Maasbrugge 2027–2040 en het Uitvoeringsprogramma Duurzame Stad Maasbrugge 2027–2030.</beslispunt>
      <beslispunt>Het bijgevoegde raadsvoorstel met ontwerpbesluit aan de raad voor te leggen.</beslispunt>
      <beslispunt>De Duurzaamheidsmonitor Maasbrugge 2026 vast te stellen en met een raadsinformatiebrief aan de raad te zenden.</beslispunt>
      <aanleiding><p>De raad vroeg in 2025 om een integrale duurzaamheidsvisie met meetbare doelen. Visie, programma en eerste monitor zijn opgesteld met ondersteuning van Koersbureau Duurzaam Beleid.</p></aanleiding>
      <argument beslispunt="1">
        <stelling>Visie en programma vormen één geheel.</stelling>
        <toelichting><p>Elk doel heeft ten minste één actie; de budgetten zijn afgestemd met de vakafdelingen en Financiën.</p></toelichting>
      </argument>
      <argument beslispunt="2">
        <stelling>De raad stelt de kaders en de middelen vast.</stelling>
        <toelichting><p>Voor de visie en de onttrekking aan de Reserve Klimaat en Energie is een raadsbesluit nodig.</p></toelichting>
      </argument>
      <argument beslispunt="3">
        <stelling>De monitor geeft de nulmeting.</stelling>
        <toelichting><p>Met de eerste monitor kan de raad de voortgang vanaf het begin volgen.</p></toelichting>
      </argument>
      <kanttekening>
        <punt>De uitvoeringscapaciteit is krap.</punt>
        <reactie>Het programma is gefaseerd; voor de grootste acties worden tijdelijke projectleiders aangetrokken uit de programmabudgetten.</reactie>
      </kanttekening>
      <financien><p>Totaal {total} over vier jaar, waarvan {reserve} uit de Reserve Klimaat en Energie. Zie het raadsvoorstel.</p></financien>
      <juridische-aspecten><p>Het warmteprogramma is op grond van de Wet gemeentelijke instrumenten warmtetransitie apart vastgesteld. De zero-emissiezone vraagt een verkeersbesluit; de groennorm en de regels voor klimaatadaptief bouwen een wijziging van het omgevingsplan.</p></juridische-aspecten>
      <communicatie><p>Persbericht en persmoment bij de fietsbrug na het collegebesluit; publieksversie en dashboard na vaststelling door de raad.</p></communicatie>
      <vervolg><p>Commissie Leefomgeving op 13 januari 2027, gemeenteraad op 27 januari 2027.</p></vervolg>
      <bijlage>Raadsvoorstel en ontwerpbesluit</bijlage>
      <bijlage>Duurzaamheidsvisie Maasbrugge 2027–2040</bijlage>
      <bijlage>Uitvoeringsprogramma Duurzame Stad Maasbrugge 2027–2030</bijlage>
      <bijlage>Raadsinformatiebrief Duurzaamheidsmonitor 2026</bijlage>
    </collegevoorstel>
    <raadsinformatiebrief datum="2026-11-24" kenmerk="RIB 2026-311" portefeuillehouder="w-bakker">
      <aan>De leden van de gemeenteraad van Maasbrugge</aan>
      <onderwerp>Duurzaamheidsmonitor Maasbrugge 2026</onderwerp>
      <contact naam="D. Sprenger" telefoon="024 329 90 00" email="d.sprenger@maasbrugge.nl"/>
      <kernboodschap><p>De Duurzaamheidsmonitor 2026 is de nulmeting voor de nieuwe visie. Bij zonnestroom, laadpunten, luchtkwaliteit en de eigen organisatie ligt Maasbrugge op koers. De CO2-uitstoot, windenergie, het warmtenet en het restafval blijven achter en vragen extra inspanning.</p></kernboodschap>
      <toelichting><p>De monitor volgt alle {targets} doelen uit de visie met meetreeksen vanaf 2015. De CO2-uitstoot daalde naar 2.410 kton in 2025 (voorlopig); voor het doel van 2030 moet het tempo bijna verdubbelen. Zonnestroom groeide naar 318 GWh, maar windenergie bleef steken op 92 GWh doordat de turbines in de Noordhaven zijn vertraagd.</p><p>Het warmtenet telt 27.600 aansluitingen; om in 2030 op 52.000 uit te komen moet de uitbreiding in Overmaas en Molenberg op schema blijven. Het restafval daalde naar 187 kg per inwoner, ver boven het pad naar 100 kg. Omgekeerd inzamelen in de laagbouw moet hier vanaf 2027 het verschil maken.</p><p>De luchtkwaliteit verbeterde verder: de NO2-concentratie op woonadressen is gedaald tot 20,9 µg/m³. De eigen organisatie stootte 14.300 ton CO2 uit, een derde minder dan in 2019.</p></toelichting>
      <consequenties><p>De monitor vraagt nu geen extra middelen. Het college versnelt binnen het programma de acties voor wind en afval; als dat niet genoeg is, volgen voorstellen bij de voorjaarsnota 2027.</p></consequenties>
      <vervolg><p>De volgende monitor verschijnt in het najaar van 2027, met de definitieve cijfers over 2024 en de eerste resultaten van het uitvoeringsprogramma. In oktober 2028 volgt de tussentijdse evaluatie.</p></vervolg>
      <bijlage>Duurzaamheidsmonitor Maasbrugge 2026</bijlage>
    </raadsinformatiebrief>
  </documenten>"""


if __name__ == "__main__":
    main()

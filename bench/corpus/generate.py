#!/usr/bin/env python3
"""Writes N fictional municipalities (input format v1) for benchmarks; deterministic per seed.

    bench/corpus/generate.py SEED N OUTDIR                  # N files gm-XXXX-<name>.xml
    bench/corpus/generate.py 1 342 /tmp/corpus
    bench/corpus/generate.py 7 1 /tmp/big --text-scale 12 --targets 25 --actions 120 --all-docs

Every municipality gets its own random stream (seed and index), so file i is the same whatever
N is, and the same seed gives the same bytes. Sizes are log-uniform from a village (2.000
inhabitants) to a large city (500.000); the number of themes, targets (2–25), actions (5–120),
aldermen and participation sessions grow with the size, with noise. Texts are Dutch sentences
combined from phrase lists. Each document element (visie, raadsvoorstel, collegevoorstel,
raadsinformatiebrief, uitvoeringsprogramma, quickscan-rapport, monitor) is present or absent.

Options (for the scaling bench): --text-scale K multiplies the paragraphs of every text,
--targets, --actions and --themes fix those numbers, --all-docs writes every document element.
"""
import argparse
import math
import pathlib
import random
import sys
from xml.sax.saxutils import escape, quoteattr

# ------------------------------------------------------------------------------------------
# Names
# ------------------------------------------------------------------------------------------
NAME_HEADS = ["Linde", "Beek", "Raven", "Zand", "Wester", "Ooster", "Hooge", "Nieuw", "Oud",
              "Bergen", "Vlie", "Dinkel", "Eems", "Heide", "Berken", "Molen", "Rijs", "Kamper",
              "Sloter", "Ter", "Groen", "Wilgen", "Eiken", "Hazel", "Leeuw", "Meeu", "Reiger",
              "Zwanen", "Vossen", "Hert", "Els", "Esch", "Holt", "Ameron", "Bred", "Dommel",
              "Geul", "Lek", "Vecht", "Regge"]
NAME_TAILS = ["veld", "dam", "broek", "hoven", "wijk", "meer", "waarde", "horst", "dijk",
              "berg", "zijl", "vaart", "lo", "rode", "donk", "haven", "beek", "kerk", "sloot",
              "oord"]
PROVINCES = [("PV20", "Groningen"), ("PV21", "Fryslân"), ("PV22", "Drenthe"),
             ("PV23", "Overijssel"), ("PV24", "Flevoland"), ("PV25", "Gelderland"),
             ("PV26", "Utrecht"), ("PV27", "Noord-Holland"), ("PV28", "Zuid-Holland"),
             ("PV29", "Zeeland"), ("PV30", "Noord-Brabant"), ("PV31", "Limburg")]
RES_REGIONS = {"PV20": ("groningen", "RES Groningen"), "PV21": ("fryslan", "RES Fryslân"),
               "PV22": ("drenthe", "RES Drenthe"), "PV23": ("twente", "RES Twente"),
               "PV24": ("flevoland", "RES Flevoland"), "PV25": ("cleantech", "Cleantech Regio"),
               "PV26": ("u16", "Regio U16"), "PV27": ("nhn", "RES Noord-Holland Noord"),
               "PV28": ("zhm", "RES Zuid-Holland Midden"), "PV29": ("zeeland", "RES Zeeland"),
               "PV30": ("west-brabant", "RES West-Brabant"), "PV31": ("zuid-limburg", "RES Zuid-Limburg")}
SURNAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
            "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs",
            "Haan", "Vermeulen", "van den Berg", "Schouten", "El Amrani", "Yılmaz", "Öztürk",
            "Koster", "Prins", "Huisman", "Postma", "Kuipers", "Veenstra", "Wijnands", "Çelik"]
INITIALS = "ABCDEFGHIJKLMNPRSTW"
PORTFOLIOS = ["Klimaat en energietransitie", "Wonen en warmte", "Openbare ruimte en afval",
              "Mobiliteit en verkeer", "Financiën en economie", "Natuur, groen en water",
              "Sociaal domein en participatie", "Ruimtelijke ordening", "Onderwijs en sport"]
PLACES = ["het centrum", "de Molenwijk", "Kerkeveld", "de Vaartse Hof", "het Havenkwartier",
          "Nieuw-Oost", "de Bloemenbuurt", "het Stationsgebied", "de Rivierzone",
          "bedrijventerrein De Kamp", "het buitengebied", "de Dorpskern", "Zuiderpark",
          "de Componistenbuurt", "de Schildersbuurt", "Hoogland", "de Polder", "Berkenhof"]

# ------------------------------------------------------------------------------------------
# Themes and indicators
# (id, name, unit, direction, source, decimals, definition, kind, scale)
# kind: "per-inh" value ≈ scale × inhabitants (absolute), "pct" value ≈ scale, "fix" ≈ scale.
# ------------------------------------------------------------------------------------------
THEMES = {
    "energie": ("Energie en opwek", "7 13", "E"),
    "warmte": ("Warmte en gebouwde omgeving", "7 11 13", "W"),
    "adaptatie": ("Klimaatadaptatie", "6 11 13", "K"),
    "circulair": ("Circulaire economie en afval", "12", "C"),
    "mobiliteit": ("Mobiliteit", "3 11 13", "M"),
    "lucht": ("Schone lucht en gezondheid", "3 11", "L"),
    "groen": ("Groen en biodiversiteit", "11 15", "G"),
    "organisatie": ("Eigen organisatie", "12 13", "O"),
    "economie": ("Duurzame economie", "8 9 12", "B"),
    "landbouw": ("Landbouw en landschap", "2 15", "N"),
}
THEME_ORDER = list(THEMES)
SOURCES = {
    "klimaatmonitor": ("Klimaatmonitor (Rijkswaterstaat)", "https://klimaatmonitor.databank.nl"),
    "cbs": ("CBS StatLine", "https://opendata.cbs.nl/statline"),
    "waarstaatjegemeente": ("Waarstaatjegemeente.nl (VNG)", "https://www.waarstaatjegemeente.nl"),
    "rivm": ("RIVM, Grootschalige concentratiekaarten Nederland", "https://www.rivm.nl/gcn-gdn-kaarten"),
    "gemeente": ("Eigen registratie gemeente", None),
}
INDICATORS = [
    ("co2", "energie", "CO2-uitstoot", "kton", "lager", "klimaatmonitor", 1,
     "Totale CO2-uitstoot op het grondgebied, exclusief rijkswegen, volgens de methode van de Klimaatmonitor.", "per-inh", 0.0072, -0.025),
    ("hernieuwbaar", "energie", "Hernieuwbare elektriciteit", "%", "hoger", "klimaatmonitor", 1,
     "Lokaal opgewekte hernieuwbare elektriciteit als percentage van het elektriciteitsverbruik.", "pct", 12, 0.09),
    ("opwek-zon", "energie", "Opwek zonnestroom", "GWh", "hoger", "klimaatmonitor", 1,
     "Jaarlijkse productie van alle zonnepanelen binnen de gemeentegrens.", "per-inh", 0.0007, 0.15),
    ("energieverbruik", "energie", "Totaal energieverbruik", "TJ", "lager", "klimaatmonitor", 0,
     "Finaal energieverbruik van woningen, bedrijven, instellingen en verkeer, exclusief rijkswegen.", "per-inh", 0.095, -0.012),
    ("aardgasvrij", "warmte", "Aardgasvrije woningen", "%", "hoger", "cbs", 1,
     "Aandeel woningen zonder aardgasaansluiting in de woningvoorraad op 1 januari.", "pct", 5, 0.1),
    ("label-efg", "warmte", "Woningen met energielabel E, F of G", "%", "lager", "cbs", 1,
     "Aandeel woningen met een geregistreerd energielabel E, F of G.", "pct", 28, -0.04),
    ("gasverbruik", "warmte", "Gemiddeld aardgasverbruik woningen", "m³ per woning", "lager", "cbs", 0,
     "Gemiddeld jaarlijks aardgasverbruik van woningen met een gasaansluiting.", "fix", 1150, -0.03),
    ("afkoppelen", "adaptatie", "Afgekoppeld verhard oppervlak", "ha", "hoger", "gemeente", 1,
     "Verhard oppervlak dat is afgekoppeld van het gemengde riool, cumulatief.", "per-inh", 0.00015, 0.08),
    ("groendaken", "adaptatie", "Groene en blauwe daken", "ha", "hoger", "gemeente", 1,
     "Oppervlak aan groene, blauwe en blauwgroene daken, cumulatief.", "per-inh", 0.00002, 0.12),
    ("restafval", "circulair", "Huishoudelijk restafval", "kg per inwoner", "lager", "waarstaatjegemeente", 0,
     "Fijn en grof huishoudelijk restafval per inwoner per jaar.", "fix", 190, -0.035),
    ("gescheiden", "circulair", "Afvalscheiding", "%", "hoger", "waarstaatjegemeente", 0,
     "Aandeel van het huishoudelijk afval dat gescheiden wordt ingezameld.", "pct", 55, 0.015),
    ("laadpunten", "mobiliteit", "Publieke laadpunten", "aantal", "hoger", "klimaatmonitor", 0,
     "Aantal voor iedereen toegankelijke laadpunten voor elektrische auto’s op 31 december.", "per-inh", 0.009, 0.25),
    ("ev-aandeel", "mobiliteit", "Elektrische personenauto’s", "%", "hoger", "cbs", 1,
     "Aandeel volledig elektrische personenauto’s in het personenautopark.", "pct", 4, 0.3),
    ("fietsaandeel", "mobiliteit", "Aandeel fiets in verplaatsingen", "%", "hoger", "cbs", 1,
     "Aandeel van de fiets (incl. e-fiets) in alle verplaatsingen van inwoners.", "pct", 27, 0.01),
    ("no2", "lucht", "Stikstofdioxide (NO2), jaargemiddelde", "µg/m³", "lager", "rivm", 1,
     "Bevolkingsgewogen jaargemiddelde concentratie stikstofdioxide op woonadressen.", "fix", 22, -0.04),
    ("pm25", "lucht", "Fijnstof (PM2,5), jaargemiddelde", "µg/m³", "lager", "rivm", 1,
     "Bevolkingsgewogen jaargemiddelde concentratie fijnstof op woonadressen.", "fix", 10, -0.03),
    ("boomkroon", "groen", "Bedekking met boomkronen", "%", "hoger", "gemeente", 1,
     "Aandeel van het bebouwde gebied dat van bovenaf gezien door boomkronen wordt bedekt.", "pct", 16, 0.01),
    ("oevers", "groen", "Natuurvriendelijke oevers", "km", "hoger", "gemeente", 1,
     "Lengte aan natuurvriendelijk ingerichte oevers, cumulatief.", "per-inh", 0.00004, 0.1),
    ("co2-organisatie", "organisatie", "CO2-uitstoot eigen organisatie", "ton", "lager", "gemeente", 0,
     "Uitstoot van gemeentelijke gebouwen, openbare verlichting en het eigen wagenpark.", "per-inh", 0.06, -0.05),
    ("wagenpark", "organisatie", "Emissievrij gemeentelijk wagenpark", "%", "hoger", "gemeente", 0,
     "Aandeel emissievrije voertuigen in het gemeentelijke wagenpark, naar aantal.", "pct", 15, 0.2),
    ("banen-circulair", "economie", "Banen in de circulaire economie", "aantal", "hoger", "cbs", 0,
     "Aantal banen in bedrijven die reparatie, hergebruik of recycling als hoofdactiviteit hebben.", "per-inh", 0.004, 0.04),
    ("bedrijven-zon", "economie", "Bedrijfsdaken met zonnepanelen", "%", "hoger", "gemeente", 0,
     "Aandeel van de bedrijfsdaken groter dan 500 m² met zonnepanelen.", "pct", 20, 0.12),
    ("stikstof", "landbouw", "Stikstofdepositie op natuur", "mol/ha/jaar", "lager", "rivm", 0,
     "Gemiddelde stikstofdepositie op de stikstofgevoelige natuur binnen en rond de gemeente.", "fix", 1500, -0.02),
    ("landschap", "landbouw", "Landschapselementen", "km", "hoger", "gemeente", 1,
     "Lengte aan houtwallen, heggen en bloemrijke akkerranden in het buitengebied.", "fix", 40, 0.05),
]
IND = {i[0]: i for i in INDICATORS}
KADERDOEL = {"co2": ("klimaatwet-2030", 1990), "restafval": ("vang-restafval", None),
             "gescheiden": ("vang-recycling-2030", None),
             "aardgasvrij": ("klimaatakkoord-gebouwen-2030", None),
             "laadpunten": ("nal-laadpunten-2030", None), "no2": ("schone-lucht-2030", None),
             "boomkroon": ("natuurherstel-stedelijk-groen-2030", None),
             "afkoppelen": ("deltaplan-ra-2050", None)}
KADERS_FOR = {"energie": ["klimaatwet", "klimaatakkoord", "europese-klimaatwet", "akkoord-van-parijs"],
              "warmte": ["wgiw", "klimaatakkoord"], "adaptatie": ["deltaplan-ra"],
              "circulair": ["vang", "npce"], "mobiliteit": ["nal"], "lucht": ["schone-lucht-akkoord"],
              "groen": ["natuurherstelverordening"], "organisatie": ["agenda-2030"],
              "economie": ["npce"], "landbouw": ["natuurherstelverordening"]}

# ------------------------------------------------------------------------------------------
# Text fragments
# ------------------------------------------------------------------------------------------
OPENERS = ["De afgelopen jaren", "Sinds de vorige visie", "In de gesprekken met inwoners",
           "Uit de quickscan", "Op basis van de monitor", "Samen met onze partners",
           "In de raadswerkconferentie", "Bij de start van dit traject", "In veel wijken",
           "Voor het eerst"]
MIDDLES = ["is gebleken dat {thema} meer aandacht vraagt dan we dachten",
           "zagen we dat {thema} vooral in {plaats} een grote opgave is",
           "werd duidelijk dat inwoners willen meedoen met {thema}",
           "bleek dat de gemeente bij {thema} het goede voorbeeld moet geven",
           "kwam naar voren dat {thema} alleen lukt met de hele samenleving",
           "hebben we geleerd dat {thema} tijd, geld en geduld vraagt",
           "bleek dat {plaats} kansen biedt voor {thema}"]
CLOSERS = ["Daarom kiezen we voor een stapsgewijze aanpak met heldere mijlpalen.",
           "Dat vraagt om keuzes die we samen met de raad maken.",
           "We leggen daarbij de nadruk op wat haalbaar en betaalbaar is.",
           "Wie het minst heeft, mag daarbij niet achterblijven.",
           "We volgen elk jaar in de monitor of we op koers liggen.",
           "Zo bouwen we voort op wat in {plaats} al is bereikt.",
           "Daarbij zoeken we steeds de samenwerking met de regio.",
           "Dat doen we niet alleen, maar met inwoners, ondernemers en maatschappelijke partners.",
           "De netcapaciteit en de beschikbare menskracht zijn daarbij de grootste onzekerheden.",
           "De eerste resultaten laten zien dat die aanpak werkt."]
EXTRA = ["Het Rijk stelt daarvoor tot en met 2030 middelen beschikbaar, maar de structurele "
         "financiering daarna is nog onzeker.",
         "Energiecoöperaties, woningcorporaties en de ondernemersvereniging zijn belangrijke "
         "partners; zij kennen de wijken en hebben het vertrouwen van bewoners.",
         "De provincie en het waterschap werken mee, omdat veel opgaven de gemeentegrens "
         "overschrijden.",
         "Jongeren vroegen nadrukkelijk om ambitie, ouderen om duidelijkheid over de kosten.",
         "In het buitengebied spelen andere vragen dan in de kernen: daar gaat het om "
         "landschap, agrariërs en lange afstanden.",
         "De ervaringen uit de proeftuin aardgasvrije wijken nemen we mee in de volgende stappen.",
         "Netcongestie remt de groei van zon op grote daken en van laadpleinen.",
         "Hitte en wateroverlast raken vooral de versteende buurten met weinig groen."]
ACTION_TITLES = {
    "energie": ["Zonnedakenprogramma voor bedrijven", "Collectieve inkoop zonnepanelen",
                "Verkenning windenergie {plaats}", "Energiehub op {plaats}",
                "Postcoderoosprojecten met de energiecoöperatie", "Zon op gemeentelijk vastgoed"],
    "warmte": ["Wijkaanpak isolatie {plaats}", "Energiecoaches aan de keukentafel",
               "Warmteplan voor {plaats}", "Proeftuin aardgasvrij {plaats}",
               "Revolverend fonds voor verduurzaming", "Aanpak energiearmoede met corporaties"],
    "adaptatie": ["Afkoppelen bij rioolvervanging in {plaats}", "Groene schoolpleinen",
                  "Subsidie groene daken", "Hittekaart en koele routes",
                  "Waterberging in {plaats}", "Operatie Steenbreek"],
    "circulair": ["Omgekeerd inzamelen in {plaats}", "Repaircafés en kringloop",
                  "Circulair inkopen in de gemeentelijke organisatie", "Nascheiding voor de hoogbouw",
                  "Textielinzameling en hergebruik", "Biobased bouwen in {plaats}"],
    "mobiliteit": ["Laadpalen op aanvraag", "Snelfietsroute naar de buurgemeente",
                   "Zero-emissiezone voor stadslogistiek", "Fietsenstalling bij het station",
                   "Deelmobiliteit in {plaats}", "Schoolstraten rond basisscholen"],
    "lucht": ["Houtstookbeleid met de GGD", "Walstroom voor de binnenvaart",
              "Meetnet luchtkwaliteit met inwoners", "Schone bouwlogistiek"],
    "groen": ["Bomenplan voor {plaats}", "Natuurvriendelijke oevers langs de singels",
              "Adoptiegroen door bewoners", "Ecologisch maaibeheer", "Tiny forests in {plaats}"],
    "organisatie": ["Gemeentelijk vastgoed aardgasvrij", "Emissievrij wagenpark",
                    "CO2-prestatieladder", "Klimaatparagraaf in de begroting",
                    "Duurzame bedrijfsvoering en dienstreizen"],
    "economie": ["Circulaire ambachtscentra", "Verduurzaming bedrijventerrein {plaats}",
                 "Netwerk duurzame ondernemers", "Energiescans voor het mkb"],
    "landbouw": ["Landschapsfonds voor agrariërs", "Bloemrijke akkerranden",
                 "Gebiedsproces stikstof {plaats}", "Kringlooplandbouw met de boerenorganisatie"],
}
ACTION_DESCRIPTIONS = ["De gemeente brengt partijen bij elkaar en maakt afspraken over tempo en kosten.",
                       "Inwoners krijgen gratis advies en hulp bij de aanvraag van subsidies.",
                       "Een projectleider zorgt voor samenhang met andere werken in de openbare ruimte.",
                       "De aanpak start als proef en wordt na een evaluatie uitgebreid naar andere wijken.",
                       "De gemeente legt de afspraken vast in een convenant met de partners.",
                       "Ondernemers krijgen een scan en een advies op maat.",
                       "Het budget is voor procesbegeleiding, communicatie en een bijdrage in de kosten.",
                       "De resultaten worden jaarlijks gemeld in de monitor."]
PARTNERS = ["Energiecoöperatie {naam}", "Woningcorporatie {naam} Wonen", "Waterschap", "Provincie",
            "Ondernemersvereniging {naam}", "Regionaal Energieloket", "GGD", "Netbeheerder",
            "Natuurvereniging {naam}", "Stichting Repaircafé {naam}", "Basisscholen in {naam}",
            "Huurdersvereniging {naam}"]
TRACKERS = ["Team Duurzaamheid", "Afdeling Ruimte", "Team Openbare Ruimte", "Team Afval",
            "Team Verkeer", "Afdeling Bedrijfsvoering", "Programmabureau Energietransitie",
            "Team Economie"]
COVERAGE = ["Rijksbijdrage CDOKE", "Reserve Duurzaamheid", "Begroting Duurzaamheid",
            "Rioolheffing (GRP)", "Afvalstoffenheffing", "Investeringskrediet"]
MILESTONES = ["Plan van aanpak vastgesteld", "Eerste deelnemers aangesloten",
              "Aanbesteding afgerond", "Evaluatie gereed", "Helft van de doelgroep bereikt",
              "Uitvoering afgerond", "Convenant ondertekend"]
STRENGTHS = ["Actieve bewonersinitiatieven in meerdere wijken.", "Goede samenwerking met de regio.",
             "Een eigen energiecoöperatie met veel leden.", "Heldere afspraken met de corporaties.",
             "Betrokken ondernemers op de bedrijventerreinen."]
CHANCES = ["Koppelen aan de grote onderhoudsopgave in de openbare ruimte.",
           "Rijksmiddelen voor de wijkaanpak benutten.", "Samen inkopen met buurgemeenten.",
           "Jongeren betrekken via de scholen.", "Daken van bedrijven en maatschappelijk vastgoed benutten."]


def nl_int(n):
    return f"{int(round(n)):,}".replace(",", ".")


def nl_num(v, decimals):
    whole, _, frac = fmt(v, decimals).partition(".")
    return nl_int(int(whole)) + ("," + frac if frac else "")


def fmt(v, decimals):
    return f"{v:.{decimals}f}" if decimals else str(int(round(v)))


class Writer:
    def __init__(self):
        self.lines = []

    def __call__(self, text=""):
        self.lines.append(text)


def attrs(**kw):
    return "".join(f" {k.replace('_', '-')}={quoteattr(str(v))}" for k, v in kw.items()
                   if v is not None)


class Municipality:
    def __init__(self, seed, index, names, opts):
        self.r = random.Random(f"koers-corpus-{seed}-{index}")
        self.index = index
        self.opts = opts
        r = self.r
        self.name = names[index]
        self.code = f"GM{7000 + index:04d}" if index < 3000 else f"GM{index % 10000:04d}"
        # log-uniform 2.000 … 500.000
        self.inhabitants = int(math.exp(r.uniform(math.log(2000), math.log(500000))))
        self.size = (math.log(self.inhabitants) - math.log(2000)) / (math.log(500000) - math.log(2000))
        self.province = r.choice(PROVINCES)
        n_themes = opts.themes or max(2, min(10, int(3 + self.size * 6 + r.uniform(-1, 1.5))))
        self.themes = sorted(r.sample(THEME_ORDER, n_themes), key=THEME_ORDER.index)
        self.indicators = [i for i in INDICATORS if i[1] in self.themes]
        self.n_targets = opts.targets or max(2, min(25, int(2 + self.size * 18 + r.uniform(-2, 6))))
        self.n_actions = opts.actions or max(5, min(120, int(5 + self.size ** 1.3 * 100 + r.uniform(-3, 15))))
        self.places = r.sample(PLACES, 6)
        self.year = r.choice([2025, 2026, 2026, 2026])
        self.period = (self.year + 1, self.year + r.choice([3, 4, 4, 5]))
        self.wethouders = self.make_aldermen()
        self.series = {}

    # -- helpers ---------------------------------------------------------------------------
    def person(self):
        return f"{self.r.choice(INITIALS)}. {self.r.choice(SURNAMES)}"

    def make_aldermen(self):
        n = max(1, min(7, int(1 + self.size * 5 + self.r.uniform(0, 1.5))))
        out, used = [], set()
        for k, port in enumerate(self.r.sample(PORTFOLIOS, n)):
            name = self.person()
            while name in used:
                name = self.person()
            used.add(name)
            out.append((f"w-{k + 1}", name, port))
        return out

    def sentence(self, thema):
        r = self.r
        mid = r.choice(MIDDLES).format(thema=thema.lower(), plaats=r.choice(self.places))
        s = f"{r.choice(OPENERS)} {mid}. {r.choice(CLOSERS).format(plaats=r.choice(self.places))}"
        if r.random() < 0.5:
            s += " " + r.choice(EXTRA)
        return s

    def paragraph(self, thema, sentences):
        return " ".join(self.sentence(thema) for _ in range(sentences))

    def rich(self, thema, paragraphs, allow_list=True):
        r = self.r
        paragraphs = max(1, int(round(paragraphs * self.opts.text_scale)))
        parts = []
        for k in range(paragraphs):
            text = escape(self.paragraph(thema, r.randint(1, 4)))
            if r.random() < 0.15:
                words = text.split(" ")
                pos = r.randrange(1, len(words))
                words[pos] = f"<strong>{words[pos]}</strong>"
                text = " ".join(words)
            if r.random() < 0.08:
                text += f"<voetnoot>Zie de quickscan van {self.year} en de bijlagen bij deze visie.</voetnoot>"
            parts.append(f"<p>{text}</p>")
            if allow_list and r.random() < 0.2:
                items = r.sample(CHANCES + STRENGTHS, r.randint(2, 5))
                parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
        return "".join(parts)

    def make_series(self, ind):
        ind_id, _, _, _, _, _, dec, _, kind, scale, trend = ind
        r = self.r
        base = scale * self.inhabitants if kind == "per-inh" else scale
        base *= r.uniform(0.7, 1.3)
        first = r.choice([2015, 2016, 2018, 2019, 2020])
        last = self.year - r.choice([0, 1])
        vals = {}
        v = base
        for y in range(first, last + 1):
            vals[y] = max(0.1 if dec else 1, v)
            v *= 1 + trend * r.uniform(0.3, 1.7) + r.uniform(-0.015, 0.015)
            if kind == "pct":
                v = min(v, 98)
        out = {y: float(fmt(x, dec)) for y, x in vals.items()}
        self.series[ind_id] = out
        return out

    # -- sections --------------------------------------------------------------------------
    def write(self):
        r = self.r
        w = Writer()
        w('<?xml version="1.0" encoding="UTF-8"?>')
        w(f"<!-- Generated by bench/corpus/generate.py (fictional municipality {self.index}). -->")
        w(f'<gemeente versie="1" code="{self.code}">')
        w(f"  <naam>{escape(self.name)}</naam>")
        pv, pv_name = self.province
        w(f'  <provincie code="{pv}">{escape(pv_name)}</provincie>')
        res_id, res_name = RES_REGIONS[pv]
        w(f'  <res-regio id="{res_id}">{escape(res_name)}</res-regio>')
        w(f'  <inwoners peildatum="{self.year}-01-01" bron="cbs">{self.inhabitants}</inwoners>')
        style = r.choice(["base", "base", "zuiderhaven", "heideveen", None])
        if style:
            w(f"  <huisstijl>{style}</huisstijl>")
        w("  <bestuur>")
        w(f"    <burgemeester>{escape(self.person())}</burgemeester>")
        w(f"    <secretaris>{escape(self.person())}</secretaris>")
        w(f"    <griffier>{escape(self.person())}</griffier>")
        for wid, name, port in self.wethouders:
            w(f"    <wethouder{attrs(id=wid, naam=name, portefeuille=port)}/>")
        w("  </bestuur>")
        slug = self.name.lower()
        self.contact = (self.person(), f"0{r.randint(10, 599)} {r.randint(100, 999)} {r.randint(100, 999)}",
                        f"duurzaamheid@{slug}.nl")
        w("  <opdracht>")
        w(f"    <opdrachtgever>Gemeente {escape(self.name)}, team Duurzaamheid</opdrachtgever>")
        w(f"    <adviseur{attrs(naam=self.person(), organisatie='Koersbureau Duurzaam Beleid')}/>")
        w(f"    <contact{attrs(naam=self.contact[0], telefoon=self.contact[1], email=self.contact[2])}/>")
        w("  </opdracht>")
        used_sources = sorted({i[5] for i in self.indicators} | {"cbs"})
        w("  <bronnen>")
        for sid in used_sources:
            name, url = SOURCES[sid]
            if sid == "gemeente":
                name = f"Gemeente {self.name}, eigen registratie"
            w(f"    <bron{attrs(id=sid, naam=name, opgehaald=f'{self.year}-0{r.randint(3, 9)}-{r.randint(10, 28)}', url=url)}/>")
        w("  </bronnen>")
        w("  <themas>")
        for t in self.themes:
            name, sdg, _ = THEMES[t]
            w(f"    <thema{attrs(id=t, naam=name, sdg=sdg)}/>")
        w("  </themas>")
        w("  <indicatoren>")
        for ind in self.indicators:
            ind_id, theme, name, unit, direction, source, dec, definition = ind[:8]
            w(f"    <indicator{attrs(id=ind_id, thema=theme, naam=name, eenheid=unit, richting=direction, bron=source, decimalen=dec)}>")
            w(f"      <definitie>{escape(definition)}</definitie>")
            w("    </indicator>")
        w("  </indicatoren>")
        kaders = []
        for t in self.themes:
            for k in KADERS_FOR[t]:
                if k not in kaders:
                    kaders.append(k)
        w("  <kaders>")
        for k in kaders:
            w(f'    <kader ref="{k}"/>')
        w("  </kaders>")
        self.write_targets(w, kaders)
        self.write_actions(w)
        if r.random() < 0.8 or self.opts.all_docs:
            self.write_quickscan(w)
        self.write_monitoring(w)
        self.write_participation(w)
        self.write_texts(w)
        self.write_documents(w)
        w("</gemeente>")
        return "\n".join(w.lines) + "\n"

    def write_targets(self, w, kaders):
        r = self.r
        inds = list(self.indicators)
        r.shuffle(inds)
        picks = []
        while len(picks) < self.n_targets:
            for ind in inds:
                if len(picks) < self.n_targets:
                    picks.append(ind)
        self.targets = []
        w("  <doelen>")
        count = {}
        for ind in picks:
            ind_id, theme, name, unit, direction, _, dec = ind[:7]
            series = self.series.get(ind_id) or self.make_series(ind)
            count[ind_id] = count.get(ind_id, 0) + 1
            n = count[ind_id]
            tid = f"d-{ind_id}" + ("" if n == 1 else f"-{n}")
            year = 2030 if n == 1 else 2030 + 5 * (n - 1)
            base_year = min(series) + r.randint(0, 2)
            base_val = series[base_year]
            factor = (n + r.uniform(0.3, 1.0)) * 0.2
            goal = base_val * (1 - factor) if direction == "lager" else base_val * (1 + factor * 1.5)
            if unit == "%":
                goal = min(goal, 95)
            kd = KADERDOEL.get(ind_id)
            basis = (base_year, base_val)
            if kd and kd[1]:  # relative to a reference year
                basis = (kd[1], float(fmt(base_val * 1.4, dec)))
            owner = r.choice(self.wethouders)[0] if r.random() < 0.85 else None
            w(f"    <doel{attrs(id=tid, thema=theme, indicator=ind_id, eigenaar=owner)}>")
            verb = "daalt" if direction == "lager" else "stijgt"
            sentence = f"In {year} {verb} de {name[0].lower() + name[1:]} in {self.name} naar {nl_num(goal, dec)} {unit}."
            w(f"      <formulering>{escape(sentence)}</formulering>")
            w(f'      <basis jaar="{basis[0]}" waarde="{fmt(basis[1], dec)}"/>')
            w(f'      <streef jaar="{year}" waarde="{fmt(goal, dec)}"/>')
            if r.random() < 0.6:
                mid_year = (self.year + 1 + year) // 2
                w(f'      <tussendoel jaar="{mid_year}" waarde="{fmt((goal + base_val) / 2, dec)}"/>')
            if kd and n == 1:
                w(f'      <vergelijk kaderdoel="{kd[0]}"/>')
            if r.random() < 0.7:
                w(f"      <motivatie>{self.rich(THEMES[theme][0], r.uniform(0.5, 1.5), False)}</motivatie>")
            w("    </doel>")
            self.targets.append((tid, theme))
        w("  </doelen>")

    def write_actions(self, w):
        r = self.r
        by_theme = {}
        for tid, theme in self.targets:
            by_theme.setdefault(theme, []).append(tid)
        numbers = {}
        self.budget_total = 0
        self.actions = []
        w("  <acties>")
        colours = ["groen", "groen", "groen", "oranje", "rood"]
        for k in range(self.n_actions):
            theme = self.themes[k % len(self.themes)] if k < len(self.themes) else r.choice(self.themes)
            letter = THEMES[theme][2]
            numbers[letter] = numbers.get(letter, 0) + 1
            aid = f"{letter}-{numbers[letter]:02d}"
            goals = by_theme.get(theme, [])
            doelen = " ".join(r.sample(goals, min(len(goals), r.randint(1, 2)))) if goals else None
            status = r.choice(["niet-gestart", "gestart", "gestart", "gereed", "vertraagd", "vervallen"])
            y0 = r.randint(self.period[0], self.period[1])
            y1 = r.randint(y0, self.period[1])
            m0, m1 = r.randint(1, 12), r.randint(1, 12)
            if y1 == y0 and m1 < m0:
                m0, m1 = m1, m0
            ph = r.choice(self.wethouders)[0]
            title = r.choice(ACTION_TITLES[theme]).format(plaats=r.choice(self.places))
            w(f"    <actie{attrs(id=aid, thema=theme, doelen=doelen, rol=r.choice(['regisseren', 'stimuleren', 'faciliteren', 'uitvoeren']), trekker=r.choice(TRACKERS), portefeuillehouder=ph, status=status, start=f'{y0}-{m0:02d}', eind=f'{y1}-{m1:02d}')}>")
            w(f"      <titel>{escape(title)}</titel>")
            desc = " ".join(r.sample(ACTION_DESCRIPTIONS, r.randint(1, 4)))
            w(f"      <omschrijving>{escape(desc)}</omschrijving>")
            for p in r.sample(PARTNERS, r.randint(0, 3)):
                w(f"      <partner>{escape(p.format(naam=self.name))}</partner>")
            scale = 20000 + self.inhabitants * r.uniform(0.2, 2.0)
            soort = r.choice(["incidenteel", "incidenteel", "structureel"])
            dekking = r.choice(COVERAGE)
            for y in range(y0, y1 + 1):
                amount = int(round(scale * r.uniform(0.5, 1.2), -3))
                self.budget_total += amount
                w(f"      <budget{attrs(jaar=y, soort=soort, dekking=dekking)}>{amount}</budget>")
            for _ in range(r.randint(0, 3)):
                my = r.randint(y0, y1)
                w(f'      <mijlpaal datum="{my}-{r.randint(1, 12):02d}">{escape(r.choice(MILESTONES))}</mijlpaal>')
            if status not in ("niet-gestart", "vervallen"):
                w(f"      <voortgang{attrs(kwaliteit=r.choice(colours), tijd=r.choice(colours), geld=r.choice(colours))}/>")
            w("    </actie>")
            self.actions.append(aid)
        w("  </acties>")

    def write_quickscan(self, w):
        r = self.r
        w(f'  <quickscan peildatum="{self.year}-0{r.randint(2, 6)}-15" schaal="5">')
        for t in self.themes:
            w(f'    <beoordeling thema="{t}" score="{r.randint(1, 5)}">')
            w(f"      <samenvatting>{self.rich(THEMES[t][0], r.uniform(0.5, 2))}</samenvatting>")
            for s in r.sample(STRENGTHS, r.randint(1, 2)):
                w(f"      <sterkte>{escape(s)}</sterkte>")
            for s in r.sample(CHANCES, r.randint(1, 2)):
                w(f"      <kans>{escape(s)}</kans>")
            for ind in self.indicators:
                if ind[1] == t and ind[0] in self.series:
                    ser = self.series[ind[0]]
                    y = max(ser)
                    nl = fmt(ser[y] * r.uniform(0.8, 1.2), ind[6]) if r.random() < 0.5 else None
                    w(f"      <waarde{attrs(indicator=ind[0], jaar=y, nederland=nl)}>{fmt(ser[y], ind[6])}</waarde>")
            w("    </beoordeling>")
        w("  </quickscan>")

    def write_monitoring(self, w):
        r = self.r
        w(f'  <monitoring tolerantie-groen="5" tolerantie-oranje="{r.choice([12.5, 15, 20])}">')
        for ind_id, ser in self.series.items():
            ind = IND[ind_id]
            w(f'    <reeks indicator="{ind_id}">')
            last = max(ser)
            for y, v in ser.items():
                st = "voorlopig" if y == last else "definitief"
                w(f'      <meting jaar="{y}" status="{st}" bron="{ind[5]}">{fmt(v, ind[6])}</meting>')
            w("    </reeks>")
        w(f'    <evaluatie datum="{self.period[0] + 1}-10">{self.rich("de uitvoering", 1, False)}</evaluatie>')
        w("  </monitoring>")

    def write_participation(self, w):
        r = self.r
        n = max(1, min(8, int(1 + self.size * 5 + r.uniform(-1, 2))))
        w("  <participatie>")
        for k in range(n):
            datum = f"{self.year}-{2 + k:02d}-{r.randint(1, 28):02d}"
            vorm = r.choice(["werksessie", "bewonersavond", "stakeholderbijeenkomst", "online enquête"])
            t = r.choice(self.themes)
            w(f"    <sessie{attrs(datum=datum, vorm=vorm, titel=f'{THEMES[t][0]} in {r.choice(self.places)}')}>")
            for p in r.sample(PARTNERS, r.randint(1, 3)):
                w(f"      <deelnemer>{escape(p.format(naam=self.name))}</deelnemer>")
            w(f"      <opbrengst>{self.rich(THEMES[t][0], 1)}</opbrengst>")
            w("    </sessie>")
        w("  </participatie>")

    def write_texts(self, w):
        r = self.r
        w("  <teksten>")
        long = r.random() < 0.4
        for tid in ["voorwoord", "samenvatting", "inleiding", "visie", "proces", "uitvoering", "monitoring"]:
            if tid not in ("samenvatting", "visie") and r.random() < 0.15:
                continue
            n = r.uniform(3, 7) if long else r.uniform(1, 3)
            w(f'    <tekst id="{tid}">{self.rich("duurzaamheid", n)}</tekst>')
        for t in self.themes:
            n = r.uniform(2, 6) if long else r.uniform(0.5, 2)
            w(f'    <tekst id="thema-{t}">{self.rich(THEMES[t][0], n)}</tekst>')
        w("  </teksten>")

    def write_documents(self, w):
        r = self.r
        o = self.opts
        y, p0, p1 = self.year, self.period[0], self.period[1]
        name = self.name
        present = lambda prob: o.all_docs or r.random() < prob  # noqa: E731
        ph = self.wethouders[0][0]
        date = f"{y}-{r.randint(9, 11):02d}-{r.randint(10, 28):02d}"
        w("  <documenten>")
        if present(0.9):
            w(f"    <visie{attrs(titel=f'Duurzaamheidsvisie {name} {p0}–{p0 + 13}', versie='1.0', status=r.choice(['concept', 'definitief']), datum=date)}/>")
        if present(0.6):
            w(f"    <uitvoeringsprogramma{attrs(titel=f'Uitvoeringsprogramma duurzaamheid {name}', periode=f'{p0}–{p1}', versie='1.0', status='concept', datum=date)}/>")
        if present(0.6):
            w(f"    <quickscan-rapport{attrs(titel=f'Quickscan duurzaamheid {name}', versie='1.0', status='definitief', datum=f'{y}-06-{r.randint(10, 28)}')}/>")
        if present(0.5):
            w(f"    <monitor{attrs(jaar=y, titel=f'Duurzaamheidsmonitor {name} {y}', versie='1.0', status='definitief', datum=date)}/>")
        total = f"€ {nl_int(self.budget_total)}"
        if present(0.5):
            n = r.randint(1, 4)
            w(f"    <raadsvoorstel{attrs(datum=date, vergadering=f'{y + 1}-01-{r.randint(10, 28)}', agendapunt=r.randint(4, 20), zaaknummer=f'{y}-{r.randint(1000, 99999):06d}', behandeling=r.choice(['hamerstuk', 'bespreekstuk']), portefeuillehouder=ph, programma='Duurzaamheid')}>")
            w(f"      <onderwerp>Vaststelling duurzaamheidsvisie {escape(name)}</onderwerp>")
            points = ["De duurzaamheidsvisie vast te stellen.", "Kennis te nemen van het uitvoeringsprogramma.",
                      f"Voor de uitvoering in totaal {total} beschikbaar te stellen.",
                      "Het college te vragen jaarlijks een monitor aan de raad te sturen."]
            for k in range(n):
                w(f"      <beslispunt>{escape(points[k])}</beslispunt>")
            w(f"      <inleiding>{self.rich('de visie', 1, False)}</inleiding>")
            w(f"      <beoogd-effect>{self.rich('duurzaamheid', 1, False)}</beoogd-effect>")
            for k in range(r.randint(1, 2 * n)):
                w(f'      <argument beslispunt="{r.randint(1, n)}">')
                w(f"        <stelling>{escape(r.choice(CLOSERS).format(plaats=self.places[0]))}</stelling>")
                w(f"        <toelichting>{self.rich('de visie', 1, False)}</toelichting>")
                w("      </argument>")
            for _ in range(r.randint(0, 3)):
                w("      <kanttekening>")
                w(f"        <punt>{escape(r.choice(EXTRA))}</punt>")
                w(f"        <reactie>{escape(r.choice(CLOSERS).format(plaats=self.places[1]))}</reactie>")
                w("      </kanttekening>")
            w(f"      <financien><p>Het uitvoeringsprogramma kost in totaal {total}.</p></financien>")
            w(f"      <uitvoering>{self.rich('de uitvoering', 1, False)}</uitvoering>")
            w(f"      <communicatie>{self.rich('communicatie', 1, False)}</communicatie>")
            w(f"      <bijlage>Duurzaamheidsvisie {escape(name)}</bijlage>")
            w("      <gelet-op>artikel 108 van de Gemeentewet</gelet-op>")
            w("    </raadsvoorstel>")
        if present(0.4):
            n = r.randint(1, 3)
            w(f"    <collegevoorstel{attrs(datum=date, vergadering=date, zaaknummer=f'{y}-{r.randint(1000, 99999):06d}', portefeuillehouder=ph, afdeling='Team Duurzaamheid', steller=self.contact[0], openbaar=r.choice(['ja', 'nee']))}>")
            w(f"      <onderwerp>Duurzaamheidsvisie {escape(name)}</onderwerp>")
            for k in range(n):
                w(f"      <beslispunt>{escape(['In te stemmen met de visie.', 'Het raadsvoorstel aan de raad voor te leggen.', 'De monitor vast te stellen.'][k])}</beslispunt>")
            w(f"      <aanleiding>{self.rich('de visie', 1, False)}</aanleiding>")
            w(f'      <argument beslispunt="{r.randint(1, n)}">')
            w(f"        <stelling>{escape(r.choice(CLOSERS).format(plaats=self.places[0]))}</stelling>")
            w(f"        <toelichting>{self.rich('de visie', 1, False)}</toelichting>")
            w("      </argument>")
            w(f"      <financien><p>Totaal {total} over de looptijd van het programma.</p></financien>")
            w(f"      <juridische-aspecten>{self.rich('het omgevingsplan', 0.5, False)}</juridische-aspecten>")
            w(f"      <communicatie>{self.rich('communicatie', 0.5, False)}</communicatie>")
            w(f"      <vervolg>{self.rich('de besluitvorming', 0.5, False)}</vervolg>")
            w("    </collegevoorstel>")
        if present(0.6):
            w(f"    <raadsinformatiebrief{attrs(datum=date, kenmerk=f'RIB-{y}-{r.randint(1, 400):03d}', portefeuillehouder=ph)}>")
            w(f"      <aan>De leden van de gemeenteraad van {escape(name)}</aan>")
            w(f"      <onderwerp>{escape(r.choice(['Voortgang duurzaamheidsvisie', 'Duurzaamheidsmonitor', 'Stand van zaken energietransitie']))}</onderwerp>")
            w(f"      <contact{attrs(naam=self.contact[0], telefoon=self.contact[1], email=self.contact[2])}/>")
            w(f"      <kernboodschap>{self.rich('de voortgang', 1, False)}</kernboodschap>")
            w(f"      <toelichting>{self.rich('de voortgang', r.uniform(1, 4))}</toelichting>")
            w(f"      <consequenties>{self.rich('de begroting', 0.5, False)}</consequenties>")
            w(f"      <vervolg>{self.rich('de monitor', 0.5, False)}</vervolg>")
            w("    </raadsinformatiebrief>")
        w("  </documenten>")


def municipality_names(seed, n):
    r = random.Random(f"koers-corpus-names-{seed}")
    combos = [h + t for h in NAME_HEADS for t in NAME_TAILS]
    r.shuffle(combos)
    names = []
    for k in range(n):
        base = combos[k % len(combos)]
        names.append(base if k < len(combos) else f"{base} {k // len(combos) + 1}")
    return [n[0].upper() + n[1:] for n in names]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("count", type=int)
    ap.add_argument("outdir", type=pathlib.Path)
    ap.add_argument("--text-scale", type=float, default=1.0)
    ap.add_argument("--targets", type=int)
    ap.add_argument("--actions", type=int)
    ap.add_argument("--themes", type=int)
    ap.add_argument("--all-docs", action="store_true")
    opts = ap.parse_args()
    if opts.targets and not 2 <= opts.targets <= 25:
        ap.error("--targets: 2 to 25")
    opts.outdir.mkdir(parents=True, exist_ok=True)
    names = municipality_names(opts.seed, opts.count)
    for i in range(opts.count):
        m = Municipality(opts.seed, i, names, opts)
        path = opts.outdir / f"{m.code.lower()}-{m.name.lower().replace(' ', '-')}.xml"
        path.write_text(m.write(), encoding="utf-8")
    print(f"{opts.count} municipalities in {opts.outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()

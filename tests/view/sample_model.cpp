#include "sample_model.h"

#include <stdexcept>

#include "core/resources.h"

namespace koers::view::testing {

const text::Messages& dutch() {
  static const std::shared_ptr<const text::Messages> messages = [] {
    DiskResources disk(KOERS_SOURCE_DIR);
    Diagnostics diags;
    auto m = text::Messages::load("nl", disk, diags);
    if (!m) throw std::runtime_error(diags.to_string());
    return m;
  }();
  return *messages;
}

using namespace model;

namespace {
RichText rich(const std::string& markup, const std::string& plain) {
  return {markup, {plain}};
}
}  // namespace

Municipality minimal_municipality() {
  Municipality m;
  m.code = "GM9902";
  m.name = "Kleindorp";
  return m;
}

Catalogue small_catalogue() {
  Catalogue c;
  Framework klimaatwet;
  klimaatwet.id = "klimaatwet";
  klimaatwet.level = Level::national;
  klimaatwet.name = "Klimaatwet";
  klimaatwet.instrument = "wet";
  FrameworkTarget t2030;
  t2030.id = "klimaatwet-2030";
  t2030.indicator = "co2";
  t2030.year = 2030;
  t2030.reference_year = 1990;
  t2030.value = -55;
  t2030.unit = "%";
  t2030.description = "−55% broeikasgassen t.o.v. 1990";
  klimaatwet.targets.push_back(t2030);
  c.frameworks.push_back(klimaatwet);
  return c;
}

Municipality full_municipality() {
  Municipality m;
  m.code = "GM9901";
  m.name = "Lindeveld & Omstreken";
  m.sort_name = "Lindeveld";
  m.province_code = "PV26";
  m.province = "Utrecht";
  m.res_id = "U16";
  m.res_name = "Regio U16";
  m.inhabitants = 48250;
  m.inhabitants_date = Date{2026, 1, 1};
  m.house_style = "lindeveld";
  m.administration.mayor = "A. de Vries";
  m.administration.secretary = "B. Bakker";
  m.administration.clerk = "C. Smit";
  m.administration.aldermen.push_back({"w-jansen", "P. Jansen", "Duurzaamheid en energie", {}});
  m.assignment = Assignment{"Gemeente Lindeveld", "R. Visser", "Adviesbureau Koers",
                            Contact{"R. Visser", "030 123 45 67", "r.visser@example.nl"}};
  m.sources.push_back({"klimaatmonitor",
                       "Klimaatmonitor",
                       "https://klimaatmonitor.databank.nl/",
                       Date{2026, 9, 15},
                       {}});
  m.themes.push_back({"energie", "Energietransitie", {7, 13}, {}});
  m.themes.push_back({"groen", "Groen en biodiversiteit", {15}, {}});

  Indicator co2;
  co2.id = "co2";
  co2.theme = "energie";
  co2.name = "CO2-uitstoot";
  co2.unit = "kton";
  co2.source = "klimaatmonitor";
  co2.decimals = 1;
  m.indicators.push_back(co2);
  Indicator opwek;
  opwek.id = "opwek";
  opwek.theme = "energie";
  opwek.name = "Hernieuwbare elektriciteit";
  opwek.unit = "%";
  opwek.direction = Direction::higher;
  opwek.decimals = 1;
  m.indicators.push_back(opwek);

  Quickscan qs;
  qs.reference_date = Date{2026, 9, 1};
  qs.scale = 5;
  Assessment energie;
  energie.theme = "energie";
  energie.score = 3;
  energie.summary =
      rich("<p>Goede start, <em>veel</em> te doen.</p>", "Goede start, veel te doen.");
  energie.strengths = {"Actieve energiecoöperatie", "Zon op daken <50% benut"};
  energie.opportunities = {"Warmtenet in het centrum"};
  Value v;
  v.indicator = "co2";
  v.year = 2023;
  v.value = 412.5;
  v.national = 1234.25;
  v.size_class = 398;
  energie.values.push_back(v);
  Value share;
  share.indicator = "opwek";
  share.year = 2024;
  share.status = DataStatus::provisional;
  share.value = 18.4;
  energie.values.push_back(share);
  qs.assessments.push_back(energie);
  m.quickscan = qs;

  m.frameworks.push_back(Framework{"", "klimaatwet", Level::national, "", "", "", {}, {}});
  Framework res;
  res.id = "res-u16";
  res.level = Level::regional;
  res.name = "RES U16 1.0";
  res.instrument = "akkoord";
  FrameworkTarget res2030;
  res2030.id = "res-u16-2030";
  res2030.indicator = "opwek";
  res2030.year = 2030;
  res2030.value = 1.8;
  res2030.unit = "TWh";
  res.targets.push_back(res2030);
  m.frameworks.push_back(res);

  Target d;
  d.id = "d-co2";
  d.theme = "energie";
  d.indicator = "co2";
  d.owner = "w-jansen";
  d.formulation = "In 2030 is de CO2-uitstoot 60% lager dan in 1990.";
  d.baseline = YearValue{1990, 520, {}};
  d.goal = YearValue{2030, 208, {}};
  d.interim.push_back(YearValue{2027, 300, {}});
  d.compare_with = "klimaatwet-2030";
  d.motivation = rich("<p>Lindeveld wil voorop lopen.</p>", "Lindeveld wil voorop lopen.");
  m.targets.push_back(d);
  Target open;
  open.id = "d-groen";
  open.theme = "groen";
  open.indicator = "boom";
  open.formulation = "Meer bomen in elke wijk.";
  m.targets.push_back(open);

  Action a;
  a.id = "E-01";
  a.theme = "energie";
  a.targets = {"d-co2"};
  a.lead = "Team Energie";
  a.portfolio_holder = "w-jansen";
  a.status = ActionStatus::started;
  a.start = Date{2027, 1, 0};
  a.end = Date{2028, 12, 0};
  a.title = "Zon op alle daken van maatschappelijk vastgoed";
  a.budgets.push_back({2027, BudgetKind::incidental, "Reserve Duurzaamheid", 125000, {}});
  a.budgets.push_back({2028, BudgetKind::structural, "", 1125000.5, {}});
  m.actions.push_back(a);
  Action g;
  g.id = "G-01";
  g.theme = "groen";
  g.title = "Boomplantdag";
  m.actions.push_back(g);

  Monitoring mon;
  mon.tolerance_green = 5;
  mon.tolerance_amber = 12.5;
  mon.series.push_back({"co2", {{2019, DataStatus::final, "klimaatmonitor", 455, {}}}, {}});
  mon.evaluations.push_back(
      {Date{2028, 6, 0}, rich("<p>Tussenevaluatie.</p>", "Tussenevaluatie.")});
  m.monitoring = mon;

  m.sessions.push_back({Date{2026, 10, 8},
                        "werksessie",
                        "Energie in de wijk",
                        {"Bewoners", "Netbeheerder", "Woningcorporatie"},
                        rich("<p>Veel animo voor zon.</p>", "Veel animo voor zon."),
                        {}});
  m.texts.push_back({"voorwoord", rich("<p>Beste lezer,</p>", "Beste lezer,"), {}});
  m.texts.push_back({"visie", rich("<p>Lindeveld is in 2050 klimaatneutraal.</p>", ""), {}});
  m.texts.push_back({"thema-energie", rich("<p>Energie besparen en opwekken.</p>", ""), {}});

  DocumentInfo vision;
  vision.title = "Duurzaamheidsvisie 2027–2035";
  vision.version = "1.0";
  vision.status = DocStatus::draft;
  vision.date = Date{2026, 11, 27};
  m.documents.vision = vision;
  return m;
}

analysis::Facts full_facts() {
  analysis::Facts f;
  analysis::AmbitionFinding co2;
  co2.target = "d-co2";
  co2.framework_target = "klimaatwet-2030";
  co2.ambition = analysis::Ambition::higher;
  co2.local_change = -60;
  co2.framework_change = -55;
  f.ambitions.push_back(co2);
  analysis::AmbitionFinding groen;
  groen.target = "d-groen";
  groen.reason = "geen landelijk doel voor deze indicator";
  f.ambitions.push_back(groen);
  f.scores.push_back({"energie", 3, 5});
  f.strongest_themes = {"energie"};
  f.opportunity_themes = {"energie"};
  f.budget.per_year = {{2027, 125000}, {2028, 1125000.5}};
  f.budget.per_theme = {{"energie", 1250000.5}};
  f.budget.per_theme_year = {{"energie", {{2027, 125000}, {2028, 1125000.5}}}};
  f.budget.incidental = 125000;
  f.budget.structural = 1125000.5;
  f.budget.total = 1250000.5;
  return f;
}

}  // namespace koers::view::testing

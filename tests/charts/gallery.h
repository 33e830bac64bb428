// A gallery of charts with awkward data: every type, negative values, missing years, 40 Gantt
// tasks, a very long label, empty series, one value.
#pragma once

#include <string>
#include <vector>

#include "charts/charts.h"

namespace koers::charts::testing {

struct GalleryChart {
  std::string name;
  Chart chart;
};

inline std::vector<GalleryChart> gallery() {
  const std::string long_label =
      "Verduurzaming van het maatschappelijk vastgoed, de sportaccommodaties en de "
      "gemeentelijke kantoren in alle kernen";
  auto value = [](std::string c, double y) { return DataPoint{std::move(c), 0, y}; };
  auto at = [](double x, double y, bool provisional = false) {
    return DataPoint{{}, x, y, provisional};
  };
  std::vector<GalleryChart> out;

  Chart bar;
  bar.type = ChartType::bar;
  bar.title = "CO\u2082-uitstoot per sector";
  bar.source = "Klimaatmonitor, peildatum 15 september 2026";
  bar.unit = "kt CO\u2082";
  bar.data_labels = true;
  bar.categories = {"Gebouwde omgeving", "Verkeer en vervoer", long_label, "Landbouw",
                    "Afval en afvalwater"};
  bar.series.push_back(
      {"2019",
       SeriesKind::measured,
       {value("Gebouwde omgeving", 120.5), value("Verkeer en vervoer", 88), value(long_label, 240),
        value("Landbouw", 35), value("Afval en afvalwater", -12)}});
  bar.series.push_back({"2024",
                        SeriesKind::measured,
                        {value("Gebouwde omgeving", 101), value("Verkeer en vervoer", 80),
                         value(long_label, 198), value("Afval en afvalwater", -20.5)}});
  out.push_back({"bar", bar});

  Chart stacked = bar;
  stacked.title = "Opwek per bron (gestapeld)";
  stacked.stacked = true;
  stacked.unit = "TJ";
  out.push_back({"bar-stacked", stacked});

  Chart column;
  column.type = ChartType::column;
  column.title = "Budget per jaar";
  column.format = ValueFormat::amount;
  column.data_labels = false;
  column.source = "Begroting 2026";
  column.categories = {"2026", "2027", "2028", "2029", "2030"};
  column.series.push_back({"Gemeente",
                           SeriesKind::measured,
                           {value("2026", 1200000), value("2027", 2500000), value("2028", 3100000),
                            value("2029", 800000), value("2030", -400000)}});
  column.series.push_back(
      {"Subsidie Rijk",
       SeriesKind::measured,
       {value("2026", 400000), value("2027", 1100000), value("2029", 2000000)}});
  out.push_back({"column", column});

  Chart districts;
  districts.type = ChartType::column;
  districts.title = "Aardgasvrije woningen per wijk";
  districts.format = ValueFormat::percent;
  districts.data_labels = true;
  districts.series.push_back({"Aandeel", SeriesKind::measured, {}});
  const char* names[] = {"Centrum",   "Haven en Oude Dokken",          "Noord",
                         "Zuid-Oost", "Buitengebied en kleine kernen", "Nieuwbouwwijk De Wielen"};
  for (int i = 0; i < 6; ++i) {
    districts.categories.push_back(names[i]);
    districts.series[0].points.push_back(value(names[i], 3.5 + i * 4.25));
  }
  out.push_back({"column-districts", districts});

  Chart line;
  line.type = ChartType::line;
  line.title = "CO\u2082-uitstoot: gemeten, doel en prognose";
  line.source = "Klimaatmonitor, peildatum 15 september 2026";
  line.unit = "kt CO\u2082";
  line.series.push_back({"Gemeten",
                         SeriesKind::measured,
                         {at(2015, 420), at(2016, 410), at(2018, 395), at(2019, 380), at(2022, 350),
                          at(2023, 344, true), at(2024, 331, true)}});
  line.series.push_back(
      {"Doel (\u221255% in 2030)", SeriesKind::target, {at(2019, 380), at(2030, 171)}});
  line.series.push_back({"Prognose bij huidig beleid", SeriesKind::projection, {}});
  line.series.push_back(
      {"Landelijk pad (Klimaatwet)", SeriesKind::reference, {at(2015, 420), at(2030, 230)}});
  out.push_back({"line", line});

  Chart negative;
  negative.type = ChartType::line;
  negative.title = "Saldo energiefonds";
  negative.data_labels = true;
  negative.decimals = 1;
  negative.series.push_back(
      {"Saldo",
       SeriesKind::measured,
       {at(2020, -4), at(2021, 2.5), at(2022, -1), at(2023, 3), at(2024, -2)}});
  negative.series.push_back({"Leeg", SeriesKind::measured, {}});
  out.push_back({"line-negative", negative});

  Chart radar;
  radar.type = ChartType::radar;
  radar.title = "Quickscan: score per thema";
  radar.min = 0;
  radar.max = 5;
  radar.categories = {"Energie",        "Klimaatadaptatie", "Circulaire economie",
                      "Mobiliteit",     "Natuur en groen",  "Gezonde leefomgeving",
                      "Bodem en water", long_label};
  Series now{"2026", SeriesKind::measured, {}}, before{"2022", SeriesKind::measured, {}};
  for (std::size_t i = 0; i < radar.categories.size(); ++i) {
    now.points.push_back(value(radar.categories[i], 1 + (i * 7) % 5));
    if (i != 3) before.points.push_back(value(radar.categories[i], 0.5 + (i * 3) % 4));
  }
  radar.series = {now, before};
  out.push_back({"radar", radar});

  Chart gantt;
  gantt.type = ChartType::gantt;
  gantt.title = "Planning uitvoeringsprogramma (40 acties)";
  const char* groups[] = {"Energie", "Wonen", "Mobiliteit", "Klimaatadaptatie", "Circulair"};
  for (int i = 0; i < 40; ++i) {
    Task t;
    t.label = i == 7 ? long_label
                     : "Actie " + std::to_string(i + 1) + ": " +
                           (i % 3 == 0   ? "wijkaanpak aardgasvrij"
                            : i % 3 == 1 ? "laadpalen"
                                         : "isolatie huurwoningen");
    t.group = groups[i % 5];
    t.start = {2026 + i % 3, 1 + i % 4};
    t.end = {2027 + i % 4, (i % 5 == 0) ? 0 : 1 + (i + 2) % 4};
    if (i % 2 == 0) t.milestones.push_back({"Besluit", {2026 + i % 3, 4}});
    if (i % 4 == 0) t.milestones.push_back({"Oplevering", {2027 + i % 4, 2}});
    gantt.tasks.push_back(t);
  }
  out.push_back({"gantt", gantt});

  Chart short_gantt;
  short_gantt.type = ChartType::gantt;
  short_gantt.title = "Warmtetransitie 2026\u20132027";
  short_gantt.tasks = {
      {"Warmtevisie", "Voorbereiding", {2026, 1}, {2026, 3}, {{"Vaststelling", {2026, 3}}}},
      {"Wijkuitvoeringsplan", "Uitvoering", {2026, 4}, {2027, 2}, {}},
      {"Aanbesteding warmtenet", "Uitvoering", {2027, 2}, {2027, 4}, {{"Gunning", {2027, 3}}}}};
  out.push_back({"gantt-short", short_gantt});

  Chart status;
  status.type = ChartType::status;
  status.title = "Voortgang doelen";
  status.items = {{"CO\u2082-uitstoot", Status::on_track, "\u221212% t.o.v. 2019"},
                  {long_label, Status::attention, "1.250 van 4.000 gebouwen"},
                  {"Duurzame energie", Status::off_track, "18% (doel 35%)"},
                  {"Groen per inwoner", Status::unknown, ""}};
  out.push_back({"status", status});

  Chart one;
  one.type = ChartType::column;
  one.title = "E\u00e9n waarde";
  one.series.push_back({"", SeriesKind::measured, {value("Enige", 7)}});
  out.push_back({"column-one", one});
  return out;
}

}  // namespace koers::charts::testing

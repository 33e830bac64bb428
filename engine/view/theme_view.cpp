#include "view/chart_view.h"

namespace koers::view {

namespace {

const model::Assessment* assessment_for(const model::Municipality& m, const std::string& theme) {
  if (!m.quickscan) return nullptr;
  for (const auto& a : m.quickscan->assessments)
    if (a.theme == theme) return &a;
  return nullptr;
}

Data value_view(const model::Value& v, const ViewInput& in) {
  const model::Indicator* ind = in.m.indicator(v.indicator);
  const int decimals = ind ? ind->decimals : 0;
  Data d;
  d.set("indicator", ind ? ind->name : v.indicator);
  d.set("eenheid", ind ? ind->unit : "");
  d.set("jaar", std::to_string(v.year));
  d.set("waarde", in.fmt.number(v.value, decimals));
  d.set("waarde_eenheid", format_value(in.fmt, v.value, ind));
  d.set("waarde_raw", raw_number(v.value));
  d.set("status", data_status_name(in.msg, v.status));
  d.set("is_voorlopig", v.status == model::DataStatus::provisional);
  set_text(d, "nederland", v.national ? in.fmt.number(*v.national, decimals) : "");
  set_text(d, "grootteklasse", v.size_class ? in.fmt.number(*v.size_class, decimals) : "");
  d.set("nederland_raw", v.national ? raw_number(*v.national) : "");
  d.set("grootteklasse_raw", v.size_class ? raw_number(*v.size_class) : "");
  std::string source;
  if (ind)
    for (const auto& s : in.m.sources)
      if (s.id == ind->source) source = s.name;
  set_text(d, "bron", source);
  return d;
}

// "3 van 5"
std::string score_text(const ViewInput& in, int score, int scale) {
  return in.msg.format("quickscan.beoordeling",
                       {{"score", std::to_string(score)}, {"schaal", std::to_string(scale)}});
}

Data strings(const std::vector<std::string>& items) {
  Data l = list();
  for (const auto& s : items) l << Data("tekst", Data(s));
  return l;
}

}  // namespace

void add_themes(Data& view, const ViewInput& in) {
  const model::Municipality& m = in.m;
  const int scale = m.quickscan ? m.quickscan->scale : 5;
  Data themes = list();
  Data scores = list();
  for (const auto& theme : m.themes) {
    Data t;
    t.set("id", theme.id);
    t.set("naam", theme.name);
    std::vector<std::string> sdgs;
    for (int n : theme.sdgs) sdgs.push_back(std::to_string(n));
    set_text(t, "sdgs", join_list(in.msg, sdgs));
    const model::NamedText* text = m.text("thema-" + theme.id);
    set_rich(t, "tekst", text ? text->text : model::RichText{});

    const model::Assessment* a = assessment_for(m, theme.id);
    t.set("has_beoordeling", a != nullptr);
    t.set("score", a ? std::to_string(a->score) : "");
    t.set("beoordeling", a ? score_text(in, a->score, scale) : "");
    set_rich(t, "samenvatting", a ? a->summary : model::RichText{});
    set_list(t, "sterktes", strings(a ? a->strengths : std::vector<std::string>{}));
    set_list(t, "kansen", strings(a ? a->opportunities : std::vector<std::string>{}));
    Data values = list();
    if (a)
      for (const auto& v : a->values) values << value_view(v, in);
    set_list(t, "waarden", std::move(values));
    set_list(t, "indicatorgrafieken", a ? indicator_charts(*a, in) : list());
    if (a) {
      Data row;
      row.set("thema_naam", theme.name);
      row.set("score", std::to_string(a->score));
      row.set("score_raw", std::to_string(a->score));
      row.set("beoordeling", score_text(in, a->score, scale));
      scores << row;
    }

    Data targets = list();
    for (const auto& target : m.targets)
      if (target.theme == theme.id) targets << target_view(target, in);
    set_list(t, "doelen", std::move(targets));
    themes << t;
  }
  set_list(view, "themas", std::move(themes));
  set_list(view, "scores", std::move(scores));

  Data qs;
  set_text(
      qs, "peildatum",
      m.quickscan && m.quickscan->reference_date ? in.fmt.date(*m.quickscan->reference_date) : "");
  qs.set("schaal", std::to_string(scale));
  std::vector<std::string> strongest, opportunities;
  for (const auto& id : in.facts.strongest_themes) strongest.push_back(theme_name(m, id));
  for (const auto& id : in.facts.opportunity_themes) opportunities.push_back(theme_name(m, id));
  set_text(qs, "sterkste_themas", join_list(in.msg, strongest));
  set_text(qs, "kansrijke_themas", join_list(in.msg, opportunities));
  qs.set("grafiek", scores_chart(in));
  view.set("quickscan", qs);
  view.set("has_quickscan", m.quickscan.has_value() && !m.quickscan->assessments.empty());
}

}  // namespace koers::view

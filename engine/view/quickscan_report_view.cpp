// The quickscan report (step 1 of the work, domain.md): where the municipality stands per
// theme, with the scores, the indicators against Nederland and the size class, strengths and
// opportunities, and what follows from them.
#include <algorithm>

#include "view/programme_parts.h"

namespace koers::view {

namespace {

std::string score_words(const ViewInput& in, int score, int scale) {
  return in.msg.format("quickscan.beoordeling",
                       {{"score", std::to_string(score)}, {"schaal", std::to_string(scale)}});
}

// The themes that share the best (or worst) score, in the analysis' order.
std::vector<const analysis::ThemeScore*> at_extreme(const ViewInput& in, bool best) {
  std::vector<const analysis::ThemeScore*> out;
  const auto& ranking = best ? in.facts.strongest_themes : in.facts.opportunity_themes;
  for (const auto& id : ranking) {
    auto it = std::find_if(in.facts.scores.begin(), in.facts.scores.end(),
                           [&](const analysis::ThemeScore& s) { return s.theme == id; });
    if (it == in.facts.scores.end()) continue;
    if (!out.empty() && it->score != out.front()->score) break;
    out.push_back(&*it);
  }
  return out;
}

void set_extreme(Data& d, const std::string& key, const ViewInput& in, bool best) {
  const auto themes = at_extreme(in, best);
  std::vector<std::string> names;
  for (const auto* s : themes) names.push_back(theme_name(in.m, s->theme));
  set_text(d, key, join_list(in.msg, names));
  d.set(key + "_score", themes.empty()
                            ? std::string()
                            : score_words(in, themes.front()->score, themes.front()->scale));
  d.set(key + "_meer", themes.size() > 1);
}

// Names of the sources behind the assessed indicators, in order of first use.
std::string sources_used(const model::Quickscan& qs, const ViewInput& in) {
  std::vector<std::string> names;
  for (const auto& a : qs.assessments)
    for (const auto& v : a.values) {
      const model::Indicator* ind = in.m.indicator(v.indicator);
      const model::Source* s = ind ? in.m.source(ind->source) : nullptr;
      const std::string name = s ? (s->name.empty() ? s->id : s->name) : "";
      if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(name);
    }
  return join_list(in.msg, names);
}

Data report_facts(const ViewInput& in) {
  static const model::Quickscan kNone;
  const model::Quickscan& qs = in.m.quickscan ? *in.m.quickscan : kNone;
  Data r;
  std::size_t values = 0;
  bool compared = false;
  for (const auto& a : qs.assessments)
    for (const auto& v : a.values) {
      ++values;
      compared = compared || v.national || v.size_class;
    }
  r.set("aantal_themas", std::to_string(qs.assessments.size()));
  r.set("aantal_indicatoren", std::to_string(values));
  r.set("has_vergelijking", compared);
  set_text(r, "bronnen_tekst", sources_used(qs, in));
  set_extreme(r, "sterkste", in, true);
  set_extreme(r, "zwakste", in, false);

  // The opportunities of the lowest-scoring themes: where the vision can gain most.
  Data opportunities = list();
  for (const auto* s : at_extreme(in, false))
    for (const auto& a : qs.assessments)
      if (a.theme == s->theme)
        for (const auto& text : a.opportunities) {
          Data item;
          item.set("thema_naam", theme_name(in.m, a.theme));
          item.set("tekst", text);
          opportunities << item;
        }
  set_list(r, "kansen", std::move(opportunities));
  return r;
}

}  // namespace

Data quickscan_report(const ViewInput& in) {
  const model::Municipality& m = in.m;
  Data view;
  const model::DocumentInfo* info =
      m.documents.quickscan_report ? &*m.documents.quickscan_report : nullptr;
  view.set("document",
           report_meta(info, "document.quickscan.titel", "document.quickscan.onderwerp", in));
  add_municipality(view, in);
  add_themes(view, in);
  view.set("rapport", report_facts(in));
  set_list(view, "begrippen", glossary(in.msg));
  return view;
}

}  // namespace koers::view

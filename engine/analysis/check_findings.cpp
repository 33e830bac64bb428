// Findings of the analysis as diagnostics for `koers check`: failing SMART letters at the
// target's line, and per document type what the file lacks for it.
#include <algorithm>

#include "analysis/analysis.h"
#include "analysis/finding.h"

namespace koers::analysis {
namespace {

std::string letter_hint(SmartLetter letter) {
  switch (letter) {
    case SmartLetter::specific:
      return "geef het doel een indicator en een formulering van wat er verandert";
    case SmartLetter::measurable:
      return "geef basis (jaar en waarde) en streef, en een indicator met eenheid en bron";
    case SmartLetter::acceptable:
      return "geef het doel een eigenaar en noem het in het attribuut doelen van een actie";
    case SmartLetter::realistic:
      return "onderbouw het doel met een meetreeks of een vergelijking met een kaderdoel, "
             "of stel het streven bij";
    case SmartLetter::time_bound:
      return "geef een streefjaar in de toekomst en een tussendoel bij meer dan 5 jaar";
  }
  return "";
}

// What one document type lacks: clauses, the first one the most important.
std::vector<std::string> gaps(const model::Municipality& m, const std::string& doc) {
  const model::Documents& d = m.documents;
  std::vector<std::string> out;
  auto need = [&](bool present, std::string what) {
    if (!present) out.push_back(std::move(what));
  };
  if (doc == "visie") {
    need(d.vision.has_value(), "geen <visie> in <documenten> (titel, versie en datum)");
    need(m.quickscan.has_value(), "geen quickscan: het hoofdstuk over de quickscan vervalt");
    need(!m.frameworks.empty(), "geen kaders: het hoofdstuk beleidskaders vervalt");
    need(!m.targets.empty(), "geen doelen");
    need(!m.sessions.empty(), "geen sessies: het hoofdstuk over het proces vervalt");
  } else if (doc == "raadsvoorstel") {
    need(d.council_proposal.has_value(), "geen <raadsvoorstel> in <documenten>");
    if (d.council_proposal) need(!d.council_proposal->decisions.empty(), "geen beslispunten");
  } else if (doc == "collegevoorstel") {
    need(d.college_proposal.has_value(), "geen <collegevoorstel> in <documenten>");
    if (d.college_proposal) need(!d.college_proposal->decisions.empty(), "geen beslispunten");
  } else if (doc == "raadsinformatiebrief") {
    need(d.council_letter.has_value(), "geen <raadsinformatiebrief> in <documenten>");
  } else if (doc == "uitvoeringsprogramma") {
    need(!m.actions.empty(), "geen acties");
    need(std::any_of(m.actions.begin(), m.actions.end(),
                     [](const model::Action& a) { return !a.budgets.empty(); }),
         "geen budgetten bij de acties");
    need(d.programme && d.programme->period_from, "geen periode in <uitvoeringsprogramma>");
  } else if (doc == "quickscan") {
    need(m.quickscan.has_value(), "geen <quickscan> met beoordelingen");
  } else if (doc == "monitor") {
    need(m.monitoring.has_value(), "geen <monitoring>");
    if (m.monitoring) need(!m.monitoring->series.empty(), "geen meetreeksen");
    need(d.monitor && d.monitor->year, "geen <monitor jaar=\"…\"> in <documenten>");
    if (m.monitoring && !m.monitoring->series.empty())
      need(std::any_of(m.targets.begin(), m.targets.end(),
                       [&](const model::Target& t) {
                         return std::any_of(m.monitoring->series.begin(),
                                            m.monitoring->series.end(),
                                            [&](auto& s) { return s.indicator == t.indicator; });
                       }),
           "geen doel waarvan de indicator een meetreeks heeft");
  }
  return out;
}

}  // namespace

std::vector<Diagnostic> smart_diagnostics(const model::Municipality& m, const Facts& facts) {
  std::vector<Diagnostic> out;
  for (const SmartFinding& f : facts.smart) {
    const auto t = std::find_if(m.targets.begin(), m.targets.end(),
                                [&](const model::Target& x) { return x.id == f.target; });
    const model::Location loc = t == m.targets.end() ? model::Location{} : t->loc;
    for (SmartLetter letter : kSmartLetters) {
      if (f[letter].met) continue;
      out.push_back(finding(
          m, loc,
          "doel '" + f.target + "' is niet " + smart_letter_name(letter) + ": " + f[letter].reason,
          letter_hint(letter)));
    }
  }
  return out;
}

std::vector<Diagnostic> document_gaps(const model::Municipality& m,
                                      const std::vector<std::string>& document_types) {
  std::vector<Diagnostic> out;
  for (const std::string& doc : document_types)
    for (std::string& gap : gaps(m, doc)) out.push_back(finding(m, {}, doc + ": " + gap, ""));
  return out;
}

}  // namespace koers::analysis

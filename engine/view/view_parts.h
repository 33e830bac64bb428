// The parts a document view is assembled from. Each sets its keys on `view`, always all of
// them (docs/templates.md lists them).
#pragma once

#include "view/view_common.h"

namespace koers::view {

struct ViewInput {
  const model::Municipality& m;
  const model::Catalogue& catalogue;
  const analysis::Facts& facts;
  const text::Formatter& fmt;
  const text::Messages& msg;
};

void add_municipality(Data& view, const ViewInput& in);  // gemeente, bestuur, opdracht, bronnen
void add_texts(Data& view, const ViewInput& in);         // teksten
void add_sessions(Data& view, const ViewInput& in);      // sessies, monitoring
void add_frameworks(Data& view, const ViewInput& in);    // kaders, kader_niveaus
void add_targets(Data& view, const ViewInput& in);       // doelen
void add_themes(Data& view, const ViewInput& in);        // themas, quickscan, scores
void add_actions(Data& view, const ViewInput& in);       // acties_per_thema, budget

// document.* for a report (visie, uitvoeringsprogramma, quickscan, monitor): titel (info's
// title, else the catalogue's `title_id`), subtitel, versie, status, is_concept, datum,
// datum_iso, auteur, onderwerp (`subject_id` with {gemeente}), taal, paginering.
Data report_meta(const model::DocumentInfo* info, const std::string& title_id,
                 const std::string& subject_id, const ViewInput& in);
// document.* for a letter or memo: titel (`title_id`), subtitel and onderwerp (the subject,
// else a default), datum, datum_iso, auteur, taal, paginering.
Data memo_meta(const ViewInput& in, const std::string& title_id, const std::string& subject,
               const std::optional<text::Date>& date);

// The whole view of each document but the vision (docs/templates.md lists their keys).
Data council_letter(const ViewInput& in);    // raadsinformatiebrief (letter_view.cpp)
Data council_proposal(const ViewInput& in);  // raadsvoorstel + raadsbesluit
Data college_proposal(const ViewInput& in);  // collegevoorstel
Data programme(const ViewInput& in);         // uitvoeringsprogramma
Data quickscan_report(const ViewInput& in);  // quickscan (rapport)
Data monitor_report(const ViewInput& in);    // monitor (monitoringsrapportage)

// contact (naam, telefoon, email, each with has_) and has_contact on d.
void set_contact(Data& d, const std::optional<model::Contact>& c);

// One target (doel) as the templates see it; used in doelen and per theme.
Data target_view(const model::Target& t, const ViewInput& in);
// One action (actie); used per theme.
Data action_view(const model::Action& a, const ViewInput& in);

}  // namespace koers::view

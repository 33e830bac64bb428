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

// The whole view of a raadsinformatiebrief (document, gemeente, bestuur, brief).
Data council_letter(const ViewInput& in);

// One target (doel) as the templates see it; used in doelen and per theme.
Data target_view(const model::Target& t, const ViewInput& in);
// One action (actie); used per theme.
Data action_view(const model::Action& a, const ViewInput& in);

}  // namespace koers::view

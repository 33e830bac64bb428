// Parts shared by the raadsvoorstel and the collegevoorstel: the decision points, the
// arguments per decision point, the caveats, the attachments, the document metadata and the
// programme's budget figures (from analysis, so the memos print the programme's numbers).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "view/view_parts.h"

namespace koers::view {

// "27 november 2026" for an ISO date; any other text as written; "" for "".
std::string meeting_date(const ViewInput& in, const std::string& text);

// beslispunten[]: nr ("1"), tekst. One list, used by the proposal and the decision alike.
Data decision_list(const std::vector<std::string>& decisions);
// argumenten[]: nr ("1.2": decision point 1, its second argument), beslispunt ("1", "" when
// not linked), stelling, toelichting (markup). Grouped by decision point in its order;
// unlinked arguments follow, numbered on.
Data argument_list(const std::vector<model::Argument>& arguments);
// kanttekeningen[]: nr, punt, reactie (+ has_reactie).
Data caveat_list(const std::vector<model::Caveat>& caveats);
// bijlagen[]: nr, naam.
Data attachment_list(const std::vector<std::string>& attachments);

// The programme's budget as the financial paragraph shows it, every amount from
// analysis::budget_totals: totaal, incidenteel, structureel, periode ("2027–2030"),
// jaren[] (jaar, incidenteel, structureel, totaal), dekkingen[] (naam, bedragen[] per year
// with bedrag, totaal), kolommen; has_budget.
Data proposal_budget(const ViewInput& in);

}  // namespace koers::view

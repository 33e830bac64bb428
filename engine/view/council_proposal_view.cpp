// The raadsvoorstel and, on its own page, the raadsbesluit (domain.md "Document
// conventions"). Both print the beslispunten from the one list in the data.
#include "view/proposal_common.h"

namespace koers::view {

namespace {

std::string treatment_name(const text::Messages& msg, model::Treatment t) {
  return msg.format(t == model::Treatment::hamerstuk ? "voorstel.hamerstuk"
                                                     : "voorstel.bespreekstuk");
}

}  // namespace

Data council_proposal(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const model::CouncilProposal empty;
  const model::CouncilProposal& p =
      m.documents.council_proposal ? *m.documents.council_proposal : empty;

  Data view;
  view.set("document", memo_meta(in, "document.raadsvoorstel.titel", p.subject, p.date));
  add_municipality(view, in);

  Data v;
  set_text(v, "onderwerp", p.subject);
  set_text(v, "datum", p.date ? in.fmt.date(*p.date) : "");
  set_text(v, "vergadering", meeting_date(in, p.meeting));
  set_text(v, "agendapunt", p.agenda_item);
  set_text(v, "zaaknummer", p.case_number);
  const model::Alderman* holder = m.alderman(p.portfolio_holder);
  set_text(v, "portefeuillehouder", holder ? holder->name : p.portfolio_holder);
  set_text(v, "portefeuille", holder ? holder->portfolio : "");
  set_text(v, "programma", p.programme);
  v.set("behandeling", treatment_name(in.msg, p.treatment));
  v.set("is_hamerstuk", p.treatment == model::Treatment::hamerstuk);
  set_list(v, "beslispunten", decision_list(p.decisions));
  set_rich(v, "inleiding", p.introduction);
  set_rich(v, "beoogd_effect", p.intended_effect);
  set_list(v, "argumenten", argument_list(p.arguments));
  set_list(v, "kanttekeningen", caveat_list(p.caveats));
  set_rich(v, "financien", p.finance);
  set_rich(v, "uitvoering", p.execution);
  set_rich(v, "communicatie", p.communication);
  set_list(v, "bijlagen", attachment_list(p.attachments));
  v.set("aantal_bijlagen", std::to_string(p.attachments.size()));
  view.set("voorstel", v);
  view.set("budget", proposal_budget(in));

  // The raadsbesluit's formulas; a date not yet known stays open ("…") as in a draft.
  const std::string open = in.msg.format("raadsbesluit.datum_open");
  Data besluit;
  set_text(besluit, "gelet_op", join_list(in.msg, p.legal_basis));
  besluit.set("voorstel_datum", p.date ? in.fmt.date(*p.date) : open);
  const std::string meeting = meeting_date(in, p.meeting);
  besluit.set("vergadering", meeting.empty() ? open : meeting);
  view.set("besluit", besluit);
  return view;
}

}  // namespace koers::view

// The collegevoorstel: the internal memo that asks burgemeester en wethouders for a decision
// (domain.md "Document conventions"), with the advice, the reasoning, the finances and the
// block the officials initial and the college decides in.
#include "view/proposal_common.h"

namespace koers::view {

Data college_proposal(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const model::CollegeProposal empty;
  const model::CollegeProposal& p =
      m.documents.college_proposal ? *m.documents.college_proposal : empty;

  Data view;
  view.set("document", memo_meta(in, "document.collegevoorstel.titel", p.subject, p.date));
  add_municipality(view, in);

  Data v;
  set_text(v, "onderwerp", p.subject);
  set_text(v, "datum", p.date ? in.fmt.date(*p.date) : "");
  set_text(v, "vergadering", meeting_date(in, p.meeting));
  set_text(v, "zaaknummer", p.case_number);
  const model::Alderman* holder = m.alderman(p.portfolio_holder);
  set_text(v, "portefeuillehouder", holder ? holder->name : p.portfolio_holder);
  set_text(v, "portefeuille", holder ? holder->portfolio : "");
  set_text(v, "afdeling", p.department);
  set_text(v, "steller", p.author);
  v.set("openbaar", in.msg.format(p.public_document ? "voorstel.ja" : "voorstel.nee"));
  set_list(v, "beslispunten", decision_list(p.decisions));
  set_rich(v, "aanleiding", p.occasion);
  set_list(v, "argumenten", argument_list(p.arguments));
  set_list(v, "kanttekeningen", caveat_list(p.caveats));
  set_rich(v, "financien", p.finance);
  set_rich(v, "juridische_aspecten", p.legal);
  set_rich(v, "communicatie", p.communication);
  set_rich(v, "vervolg", p.follow_up);
  set_list(v, "bijlagen", attachment_list(p.attachments));
  v.set("aantal_bijlagen", std::to_string(p.attachments.size()));
  view.set("voorstel", v);
  view.set("budget", proposal_budget(in));
  return view;
}

}  // namespace koers::view

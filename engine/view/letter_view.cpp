// The raadsinformatiebrief: a letter from the college informing the council, no decision
// asked (domain.md "Document conventions").
#include "view/view_parts.h"

namespace koers::view {

Data council_letter(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const model::CouncilLetter empty;
  const model::CouncilLetter& l = m.documents.council_letter ? *m.documents.council_letter : empty;
  Data view;
  view.set("document", memo_meta(in, "document.raadsinformatiebrief.titel", l.subject, l.date));
  add_municipality(view, in);

  Data b;
  set_text(b, "aan", l.to);
  set_text(b, "onderwerp", l.subject);
  set_text(b, "kenmerk", l.reference);
  const model::Alderman* holder = m.alderman(l.portfolio_holder);
  set_text(b, "portefeuillehouder", holder ? holder->name : l.portfolio_holder);
  set_text(b, "portefeuille", holder ? holder->portfolio : "");
  set_contact(b, l.contact);
  set_rich(b, "kernboodschap", l.key_message);
  set_rich(b, "toelichting", l.explanation);
  set_rich(b, "consequenties", l.consequences);
  set_rich(b, "vervolg", l.follow_up);
  Data attachments = list();
  for (const auto& a : l.attachments) attachments << Data("naam", Data(a));
  set_list(b, "bijlagen", std::move(attachments));
  b.set("aantal_bijlagen", std::to_string(l.attachments.size()));
  view.set("brief", b);
  return view;
}

}  // namespace koers::view

// The raadsinformatiebrief: a letter from the college informing the council, no decision
// asked (domain.md "Document conventions").
#include "view/view_parts.h"

namespace koers::view {

namespace {

std::string iso_date(const text::Date& d) {
  auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  return std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day);
}

const model::Alderman* alderman(const model::Municipality& m, const std::string& id) {
  for (const auto& w : m.administration.aldermen)
    if (w.id == id) return &w;
  return nullptr;
}

}  // namespace

Data council_letter(const ViewInput& in) {
  const model::Municipality& m = in.m;
  const model::CouncilLetter empty;
  const model::CouncilLetter& l = m.documents.council_letter ? *m.documents.council_letter : empty;
  const text::Arguments municipality{{"gemeente", m.name}};

  Data view;
  Data d;
  d.set("titel", in.msg.format("document.raadsinformatiebrief.titel"));
  d.set("subtitel",
        l.subject.empty() ? in.msg.format("document.gemeente", municipality) : l.subject);
  d.set("auteur", in.msg.format("document.gemeente", municipality));
  d.set("onderwerp",
        l.subject.empty() ? in.msg.format("document.raadsinformatiebrief.titel") : l.subject);
  set_text(d, "datum", l.date ? in.fmt.date(*l.date) : "");
  d.set("datum_iso", l.date ? iso_date(*l.date) : std::string());
  d.set("taal", in.msg.locale());
  d.set("paginering",
        in.msg.format("document.voettekst", {{"page", "{page}"}, {"pages", "{pages}"}}));
  view.set("document", d);
  add_municipality(view, in);

  Data b;
  set_text(b, "aan", l.to);
  set_text(b, "onderwerp", l.subject);
  set_text(b, "kenmerk", l.reference);
  const model::Alderman* holder = alderman(m, l.portfolio_holder);
  set_text(b, "portefeuillehouder", holder ? holder->name : l.portfolio_holder);
  set_text(b, "portefeuille", holder ? holder->portfolio : "");
  Data contact;
  set_text(contact, "naam", l.contact ? l.contact->name : "");
  set_text(contact, "telefoon", l.contact ? l.contact->phone : "");
  set_text(contact, "email", l.contact ? l.contact->email : "");
  b.set("contact", contact);
  b.set("has_contact", l.contact.has_value());
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

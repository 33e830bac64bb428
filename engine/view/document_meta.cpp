// document.* of every document type: what the markup's <document> attributes, the cover and
// the colofon need.
#include "view/view_parts.h"

namespace koers::view {

namespace {

std::string iso_date(const text::Date& d) {
  auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  return std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day);
}

// What every document has: its date, its author (the municipality publishes it), its
// language and the running footer in that language (layout fills in {page} and {pages}).
void add_common(Data& d, const ViewInput& in, const std::optional<text::Date>& date) {
  set_text(d, "datum", date ? in.fmt.date(*date) : "");
  d.set("datum_iso", date ? iso_date(*date) : std::string());
  d.set("auteur", in.msg.format("document.gemeente", {{"gemeente", in.m.name}}));
  d.set("taal", in.msg.locale());
  d.set("paginering",
        in.msg.format("document.voettekst", {{"page", "{page}"}, {"pages", "{pages}"}}));
}

}  // namespace

Data report_meta(const model::DocumentInfo* info, const std::string& title_id,
                 const std::string& subject_id, const ViewInput& in) {
  const text::Arguments municipality{{"gemeente", in.m.name}};
  Data d;
  d.set("titel", info && !info->title.empty() ? info->title : in.msg.format(title_id));
  d.set("subtitel", in.msg.format("document.gemeente", municipality));
  set_text(d, "versie", info ? info->version : "");
  d.set("status", doc_status_name(in.msg, info ? info->status : model::DocStatus::draft));
  d.set("is_concept", !info || info->status == model::DocStatus::draft);
  d.set("onderwerp", in.msg.format(subject_id, municipality));
  add_common(d, in, info ? info->date : std::nullopt);
  return d;
}

Data memo_meta(const ViewInput& in, const std::string& title_id, const std::string& subject,
               const std::optional<text::Date>& date) {
  Data d;
  d.set("titel", in.msg.format(title_id));
  d.set("subtitel",
        subject.empty() ? in.msg.format("document.gemeente", {{"gemeente", in.m.name}}) : subject);
  d.set("onderwerp", subject.empty() ? in.msg.format(title_id) : subject);
  add_common(d, in, date);
  return d;
}

}  // namespace koers::view

#include "view/view.h"

#include <stdexcept>

#include "view/monitor_parts.h"
#include "view/view_parts.h"

namespace koers::view {

namespace {

void add_document_meta(Data& view, const ViewInput& in) {
  const model::Municipality& m = in.m;
  const auto& vision = m.documents.vision;
  Data d;
  const text::Arguments municipality{{"gemeente", m.name}};
  d.set("titel",
        vision && !vision->title.empty() ? vision->title : in.msg.format("document.visie.titel"));
  d.set("subtitel", in.msg.format("document.gemeente", municipality));
  set_text(d, "versie", vision ? vision->version : "");
  d.set("status", doc_status_name(in.msg, vision ? vision->status : model::DocStatus::draft));
  d.set("is_concept", !vision || vision->status == model::DocStatus::draft);
  const bool dated = vision && vision->date;
  set_text(d, "datum", dated ? in.fmt.date(*vision->date) : "");
  d.set("datum_iso",
        dated ? std::to_string(vision->date->year) + "-" + (vision->date->month < 10 ? "0" : "") +
                    std::to_string(vision->date->month) + "-" +
                    (vision->date->day < 10 ? "0" : "") + std::to_string(vision->date->day)
              : std::string());
  // The municipality publishes the document; the consultant stands in the colofon.
  d.set("auteur", in.msg.format("document.gemeente", municipality));
  d.set("onderwerp", in.msg.format("document.visie.onderwerp", municipality));
  // The document's language (markup lang, PDF /Lang) and the running footer in it; the
  // layout fills in {page} and {pages}.
  d.set("taal", in.msg.locale());
  d.set("paginering",
        in.msg.format("document.voettekst", {{"page", "{page}"}, {"pages", "{pages}"}}));
  view.set("document", d);
}

Data visie(const ViewInput& in) {
  Data view;
  add_document_meta(view, in);
  add_municipality(view, in);
  add_texts(view, in);
  add_themes(view, in);
  add_frameworks(view, in);
  add_targets(view, in);
  add_actions(view, in);
  add_sessions(view, in);
  set_list(view, "begrippen", glossary(in.msg));
  view.set("smart", smart_table(in));
  return view;
}

}  // namespace

templ::Data build_view(const std::string& doc_type, const model::Municipality& m,
                       const model::Catalogue& catalogue, const analysis::Facts& facts,
                       const text::Formatter& fmt, const text::Messages& messages) {
  const ViewInput in{m, catalogue, facts, fmt, messages};
  if (doc_type == "visie") {
    Data view = visie(in);
    view.set("t", message_lambda(messages));
    return view;
  }
  using Builder = Data (*)(const ViewInput&);
  static const std::pair<const char*, Builder> kBuilders[] = {
      {"raadsinformatiebrief", council_letter}, {"raadsvoorstel", council_proposal},
      {"collegevoorstel", college_proposal},    {"uitvoeringsprogramma", programme},
      {"quickscan", quickscan_report},          {"monitor", monitor_report},
  };
  for (const auto& [type, build] : kBuilders) {
    if (doc_type != type) continue;
    Data view = build(in);
    view.set("t", message_lambda(messages));
    return view;
  }
  throw std::invalid_argument("onbekend documenttype voor de view: '" + doc_type + "'");
}

}  // namespace koers::view

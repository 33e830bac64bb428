#include "view/view.h"

#include <stdexcept>

#include "view/view_parts.h"

namespace koers::view {

namespace {

void add_document_meta(Data& view, const ViewInput& in) {
  const model::Municipality& m = in.m;
  const auto& vision = m.documents.vision;
  Data d;
  d.set("titel",
        vision && !vision->title.empty() ? vision->title : std::string("Duurzaamheidsvisie"));
  d.set("subtitel", "Gemeente " + m.name);
  set_text(d, "versie", vision ? vision->version : "");
  d.set("status", doc_status_name(vision ? vision->status : model::DocStatus::draft));
  d.set("is_concept", !vision || vision->status == model::DocStatus::draft);
  const bool dated = vision && vision->date;
  set_text(d, "datum", dated ? in.fmt.date(*vision->date) : "");
  d.set("datum_iso",
        dated ? std::to_string(vision->date->year) + "-" + (vision->date->month < 10 ? "0" : "") +
                    std::to_string(vision->date->month) + "-" +
                    (vision->date->day < 10 ? "0" : "") + std::to_string(vision->date->day)
              : std::string());
  // The municipality publishes the document; the consultant stands in the colofon.
  d.set("auteur", "Gemeente " + m.name);
  d.set("onderwerp", "Duurzaamheidsbeleid van de gemeente " + m.name);
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
  return view;
}

}  // namespace

templ::Data build_view(const std::string& doc_type, const model::Municipality& m,
                       const model::Catalogue& catalogue, const analysis::Facts& facts,
                       const text::Formatter& fmt) {
  const ViewInput in{m, catalogue, facts, fmt};
  if (doc_type == "visie") return visie(in);
  throw std::invalid_argument("onbekend documenttype voor de view: '" + doc_type + "'");
}

}  // namespace koers::view

#include "view/view.h"

#include <stdexcept>

#include "view/monitor_parts.h"
#include "view/view_parts.h"

namespace koers::view {

namespace {

Data visie(const ViewInput& in) {
  Data view;
  const model::DocumentInfo* vision = in.m.documents.vision ? &*in.m.documents.vision : nullptr;
  view.set("document", report_meta(vision, "document.visie.titel", "document.visie.onderwerp", in));
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

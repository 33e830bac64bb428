// documenten: the document descriptions and the three council/college memos.
#include "model/section_readers.h"
#include "model/value_parsing.h"

namespace koers::model {
namespace {

DocumentInfo read_document_info(ReadContext& ctx, pugi::xml_node n) {
  std::string_view name = n.name();
  bool monitor = name == "monitor", programme = name == "uitvoeringsprogramma";
  Element::Names basic = {"titel", "versie", "status", "datum"};
  Element::Names with_year = {"titel", "versie", "status", "datum", "jaar"};
  Element::Names with_period = {"titel", "versie", "status", "datum", "periode"};
  Element e(ctx.src, n, monitor ? with_year : programme ? with_period : basic, {});
  DocumentInfo d;
  d.title = e.text("titel");
  d.version = e.text("versie");
  d.status = e.choice<DocStatus>("status",
                                 {{"concept", DocStatus::draft}, {"definitief", DocStatus::final}})
                 .value_or(DocStatus::draft);
  d.date = e.date("datum");
  if (monitor) d.year = e.year("jaar");
  if (programme && e.has("periode")) {
    auto period = parse_year_range(e.text("periode"));
    bool in_range = period && period->first >= kFirstYear && period->second <= kLastYear &&
                    period->first <= period->second;
    if (in_range) {
      d.period_from = period->first;
      d.period_to = period->second;
    } else {
      ctx.src.error(ctx.src.at(n, "periode"),
                    "attribuut 'periode' van uitvoeringsprogramma: verwacht twee jaartallen met "
                    "een streepje, het eerste niet na het tweede (bijvoorbeeld 2027–2030), maar "
                    "vond '" +
                        e.text("periode") + "'");
    }
  }
  d.loc = e.location();
  return d;
}

// Arguments and caveats are shared by the council and college proposals; the beslispunt an
// argument supports is checked once all beslispunten are known.
struct ProposalParts {
  std::vector<std::string> decisions;
  std::vector<Argument> arguments;
  std::vector<Caveat> caveats;
  std::vector<std::string> attachments;
};

ProposalParts read_proposal_parts(ReadContext& ctx, pugi::xml_node n, const std::string& who) {
  ProposalParts parts;
  for (pugi::xml_node d : n.children("beslispunt")) parts.decisions.push_back(plain_text(d));
  for (pugi::xml_node b : n.children("bijlage")) parts.attachments.push_back(plain_text(b));
  for (pugi::xml_node k : n.children("kanttekening")) {
    Element ke(ctx.src, k, {}, {"punt", "reactie"});
    parts.caveats.push_back({ke.child_text("punt"), ke.child_text("reactie")});
  }
  for (pugi::xml_node a : n.children("argument")) {
    Element ae(ctx.src, a, {"beslispunt"}, {"stelling", "toelichting"});
    Argument argument;
    argument.claim = ae.child_text("stelling");
    argument.explanation = ae.child_rich("toelichting");
    if (ae.has("beslispunt")) {
      auto number = parse_integer(ae.text("beslispunt"));
      auto count = static_cast<long long>(parts.decisions.size());
      if (number && *number >= 1 && *number <= count) {
        argument.decision = static_cast<int>(*number);
      } else {
        ctx.src.error(ctx.src.at(a, "beslispunt"),
                      "argument verwijst naar beslispunt '" + ae.text("beslispunt") + "', maar " +
                          who + " heeft " + std::to_string(count) +
                          (count == 1 ? " beslispunt" : " beslispunten"),
                      count > 0 ? "gebruik een nummer van 1 tot en met " + std::to_string(count)
                                : "voeg eerst de beslispunten toe");
      }
    }
    parts.arguments.push_back(std::move(argument));
  }
  return parts;
}

CouncilProposal read_council_proposal(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n,
            {"datum", "vergadering", "agendapunt", "zaaknummer", "behandeling",
             "portefeuillehouder", "programma"},
            {"onderwerp", "beslispunt", "inleiding", "beoogd-effect", "argument", "kanttekening",
             "financien", "uitvoering", "communicatie", "bijlage", "gelet-op"});
  CouncilProposal p;
  p.date = e.date("datum");
  p.meeting = e.text("vergadering");
  p.agenda_item = e.text("agendapunt");
  p.case_number = e.text("zaaknummer");
  p.treatment = e.choice<Treatment>("behandeling", {{"hamerstuk", Treatment::hamerstuk},
                                                    {"bespreekstuk", Treatment::bespreekstuk}})
                    .value_or(Treatment::bespreekstuk);
  p.portfolio_holder = e.text("portefeuillehouder");
  p.programme = e.text("programma");
  p.subject = e.child_text("onderwerp");
  p.introduction = e.child_rich("inleiding");
  p.intended_effect = e.child_rich("beoogd-effect");
  p.finance = e.child_rich("financien");
  p.execution = e.child_rich("uitvoering");
  p.communication = e.child_rich("communicatie");
  for (pugi::xml_node g : n.children("gelet-op")) p.legal_basis.push_back(plain_text(g));
  auto parts = read_proposal_parts(ctx, n, "het raadsvoorstel");
  p.decisions = std::move(parts.decisions);
  p.arguments = std::move(parts.arguments);
  p.caveats = std::move(parts.caveats);
  p.attachments = std::move(parts.attachments);
  p.loc = e.location();
  ctx.ids.refer(IdKind::alderman, p.portfolio_holder, ctx.src.at(n, "portefeuillehouder"),
                "raadsvoorstel");
  return p;
}

CollegeProposal read_college_proposal(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n,
            {"datum", "vergadering", "zaaknummer", "portefeuillehouder", "afdeling", "steller",
             "openbaar"},
            {"onderwerp", "beslispunt", "aanleiding", "argument", "kanttekening", "financien",
             "juridische-aspecten", "communicatie", "vervolg", "bijlage"});
  CollegeProposal p;
  p.date = e.date("datum");
  p.meeting = e.text("vergadering");
  p.case_number = e.text("zaaknummer");
  p.portfolio_holder = e.text("portefeuillehouder");
  p.department = e.text("afdeling");
  p.author = e.text("steller");
  p.public_document = e.choice<bool>("openbaar", {{"ja", true}, {"nee", false}}).value_or(true);
  p.subject = e.child_text("onderwerp");
  p.occasion = e.child_rich("aanleiding");
  p.finance = e.child_rich("financien");
  p.legal = e.child_rich("juridische-aspecten");
  p.communication = e.child_rich("communicatie");
  p.follow_up = e.child_rich("vervolg");
  auto parts = read_proposal_parts(ctx, n, "het collegevoorstel");
  p.decisions = std::move(parts.decisions);
  p.arguments = std::move(parts.arguments);
  p.caveats = std::move(parts.caveats);
  p.attachments = std::move(parts.attachments);
  p.loc = e.location();
  ctx.ids.refer(IdKind::alderman, p.portfolio_holder, ctx.src.at(n, "portefeuillehouder"),
                "collegevoorstel");
  return p;
}

CouncilLetter read_council_letter(ReadContext& ctx, pugi::xml_node n) {
  Element e(ctx.src, n, {"datum", "kenmerk", "portefeuillehouder"},
            {"aan", "onderwerp", "contact", "kernboodschap", "toelichting", "consequenties",
             "vervolg", "bijlage"});
  CouncilLetter l;
  l.date = e.date("datum");
  l.reference = e.text("kenmerk");
  l.portfolio_holder = e.text("portefeuillehouder");
  l.to = e.child_text("aan");
  l.subject = e.child_text("onderwerp");
  if (pugi::xml_node c = n.child("contact")) l.contact = read_contact(ctx, c);
  l.key_message = e.child_rich("kernboodschap");
  l.explanation = e.child_rich("toelichting");
  l.consequences = e.child_rich("consequenties");
  l.follow_up = e.child_rich("vervolg");
  for (pugi::xml_node b : n.children("bijlage")) l.attachments.push_back(plain_text(b));
  l.loc = e.location();
  ctx.ids.refer(IdKind::alderman, l.portfolio_holder, ctx.src.at(n, "portefeuillehouder"),
                "raadsinformatiebrief");
  return l;
}

}  // namespace

Documents read_documents(ReadContext& ctx, pugi::xml_node node) {
  Element e(ctx.src, node, {},
            {"visie", "uitvoeringsprogramma", "quickscan-rapport", "monitor", "raadsvoorstel",
             "collegevoorstel", "raadsinformatiebrief"});
  Documents d;
  if (auto n = node.child("visie")) d.vision = read_document_info(ctx, n);
  if (auto n = node.child("uitvoeringsprogramma")) d.programme = read_document_info(ctx, n);
  if (auto n = node.child("quickscan-rapport")) d.quickscan_report = read_document_info(ctx, n);
  if (auto n = node.child("monitor")) d.monitor = read_document_info(ctx, n);
  if (auto n = node.child("raadsvoorstel")) d.council_proposal = read_council_proposal(ctx, n);
  if (auto n = node.child("collegevoorstel")) d.college_proposal = read_college_proposal(ctx, n);
  if (auto n = node.child("raadsinformatiebrief")) d.council_letter = read_council_letter(ctx, n);
  return d;
}

}  // namespace koers::model

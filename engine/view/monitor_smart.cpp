// The SMART check of every target as the vision's appendix shows it: one row per target with
// the judgement per letter, and the reasons.
#include "view/monitor_parts.h"

namespace koers::view {

Data smart_table(const ViewInput& in) {
  static const char* const kLetters[] = {"s", "m", "a", "r", "t"};
  Data targets = list();
  for (std::size_t i = 0; i < in.m.targets.size() && i < in.facts.smart.size(); ++i) {
    const model::Target& t = in.m.targets[i];
    const analysis::SmartFinding& f = in.facts.smart[i];
    const model::Indicator* ind = in.m.indicator(t.indicator);
    Data d;
    d.set("id", t.id);
    d.set("doel_naam", ind ? ind->name : t.id);
    Data letters = list();
    for (analysis::SmartLetter l : analysis::kSmartLetters) {
      const analysis::SmartLetterResult& r = f[l];
      const std::string code = kLetters[int(l)];
      Data x;
      x.set("letter", std::string(1, char(code[0] - 'a' + 'A')));
      x.set("naam", in.msg.format("smart.letter." + code));
      x.set("voldoet", r.met);
      x.set("oordeel", in.msg.format(r.met ? "smart.ja" : "smart.nee"));
      x.set("reden", r.reason);
      x.set("eerste", l == analysis::SmartLetter::specific);
      d.set(code, x);
      letters << x;
    }
    d.set("letters", letters);
    targets << d;
  }
  Data s;
  set_list(s, "doelen", std::move(targets));
  return s;
}

}  // namespace koers::view

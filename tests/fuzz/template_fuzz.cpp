// Fuzz target: the fuzzed text as a document template (and as the partial "zelf", so it can
// include itself) rendered with a small fixed data set like the views'.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "core/resources.h"
#include "template/template.h"

namespace {

using koers::templ::Data;

// Like the views' {{#t}}id naam=sleutel{{/t}}: renders each key, reports a call without id.
Data message_lambda() {
  return Data(kainjow::mustache::lambda2(
      [](const std::string& text, const kainjow::mustache::renderer& render) {
        std::istringstream words(text);
        std::string id, out;
        if (!(words >> id)) return koers::templ::report_from_lambda(render, text, "geen id", "");
        for (std::string word; words >> word;)
          if (const std::size_t eq = word.find('='); eq != std::string::npos)
            out += render("{{{" + word.substr(eq + 1) + "}}}");
        return koers::templ::xml_escape(id + out);
      }));
}

const Data& fixed_data() {
  static const Data data = [] {
    Data d;
    d.set("titel", "Duurzaamheidsvisie 2026–2030");
    d.set("gemeente", "Lindeveld & <Zoon>");
    d.set("bedrag", "€ 1.250.000");
    d.set("waar", Data(true));
    d.set("onwaar", Data(false));
    Data thema;
    thema.set("id", "energie");
    thema.set("naam", "Energie \"schoon\"");
    d.set("thema", thema);
    Data themas{Data::type::list};
    themas << thema;
    Data warmte;
    warmte.set("id", "warmte");
    warmte.set("naam", "Warmte");
    themas << warmte;
    d.set("themas", themas);
    d.set("leeg", Data{Data::type::list});
    d.set("t", message_lambda());
    return d;
  }();
  return data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace koers;
  const std::string text(reinterpret_cast<const char*>(data), size);
  MemoryResources files;
  files.put("/t/doc/fuzz.mustache", text);
  files.put("/t/partials/zelf.mustache", text);
  files.put("/t/partials/kop.mustache", "<h1>{{titel}}</h1>{{#themas}}<p>{{naam}}</p>{{/themas}}");
  const templ::TemplateSet set({"/t/doc", "/t/partials"}, files);
  Diagnostics diags;
  set.render("fuzz", fixed_data(), diags);
  set.used_by("fuzz");
  diags.to_string();
  return 0;
}

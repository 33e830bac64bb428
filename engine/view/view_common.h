// Building blocks shared by the document views: list and flag helpers, lookups in the
// model, and the words for the model's value lists from the language's message catalogue.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "model/model.h"
#include "template/template.h"
#include "text/format.h"
#include "text/messages.h"

namespace koers::view {

using templ::Data;

inline constexpr const char* kNoBreakSpace = "\u00A0";

Data list();
// Sets key and has_<key>: the value, and whether it is non-empty.
void set_text(Data& d, const std::string& key, const std::string& value);
// Sets key (markup, for {{{key}}}) and has_<key>.
void set_rich(Data& d, const std::string& key, const model::RichText& text);
// Sets key (a list) and has_<key>.
void set_list(Data& d, const std::string& key, Data items);

// "412,5 kton" with a no-break space; "49%" spaced as the locale and house style say
// (fmt.with_percent_sign); the bare number without a unit.
std::string with_unit(const text::Formatter& fmt, const std::string& number,
                      const std::string& unit);
std::string format_value(const text::Formatter& fmt, double value, const model::Indicator* ind);

// "januari 2027 – december 2028", "vanaf januari 2027", "tot december 2028" or "".
std::string planning(const text::Formatter& fmt, const text::Messages& msg,
                     const std::optional<text::Date>& start, const std::optional<text::Date>& end);

// "A", "A en B", "A, B en C" in the catalogue's language.
std::string join_list(const text::Messages& msg, const std::vector<std::string>& items);

std::string level_name(const text::Messages& msg, model::Level level);        // "Nationaal"
std::string ambition_words(const text::Messages& msg, analysis::Ambition a);  // "hoger dan"
std::string action_status_name(const text::Messages& msg, model::ActionStatus s);
std::string action_role_name(const text::Messages& msg, model::ActionRole r);
std::string data_status_name(const text::Messages& msg, model::DataStatus s);
std::string doc_status_name(const text::Messages& msg, model::DocStatus s);

// The lambda templates look fixed texts up with: {{#t}}kop.inleiding{{/t}}, or with
// arguments taken from view keys: {{#t}}tabel.acties thema=thema_naam{{/t}}. The text is
// XML-escaped. An unknown id or a wrong argument is an error of the render, reported at the
// template line; msg must outlive every render of the view.
Data message_lambda(const text::Messages& msg);

// The glossary (begrippenlijst) from the catalogue's begrip.<naam>.term/.betekenis messages,
// in Dutch alphabetical order: a list of {term, betekenis}.
Data glossary(const text::Messages& msg);

// A framework target by id (nullptr when absent: the model reader has reported it), in the
// catalogue or in the municipality's own frameworks.
const model::FrameworkTarget* find_framework_target(const model::Municipality& m,
                                                    const model::Catalogue& c,
                                                    const std::string& id,
                                                    const model::Framework** owner = nullptr);
std::string theme_name(const model::Municipality& m, const std::string& id);

}  // namespace koers::view

// Message catalogues: every fixed text of the documents (headings, labels, legends, the
// raadsbesluit formulas) per language, from locales/<taal>.xml, as ICU MessageFormat patterns
// with named arguments ("Pagina {page} van {pages}", "{n, plural, one {# actie} other {#
// acties}}"). A language falls back to Dutch for the messages it lacks, never to the process
// locale. docs/locales.md describes the file format for translators.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/resources.h"
#include "text/format.h"

namespace koers::text {

// An argument value. Text given for a number or date argument is converted ("12", "2026-11-27").
using Argument = std::variant<std::string, double, Date>;
using Arguments = std::map<std::string, Argument, std::less<>>;

// What a pattern does with an argument: {x} and select use text, plural and {x, number} a
// number, {x, date} a date.
enum class ArgumentKind { text, number, date };

// Thrown by Messages::format for an unknown id or arguments that do not fit the message:
// both are bugs in the template or code that asks, never in the reader's data.
class MessageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The language the catalogues fall back to, and that is complete.
inline constexpr const char* kBaseLanguage = "nl";

class Messages {
 public:
  struct Message {
    std::string pattern;  // whitespace runs collapsed to one space
    std::map<std::string, ArgumentKind> arguments;
    std::string file;
    int line = 0, column = 0;
  };
  struct Catalogue {
    std::string language;  // "fy"
    std::string locale;    // "fy-NL": BCP 47, for ICU and the document's lang
    std::string file;
    std::map<std::string, Message, std::less<>> messages;
  };

  // Loads <root>/locales/<language>.xml and, for every language but nl, nl.xml behind it.
  // Every problem in a catalogue is a diagnostic with file:line:col; returns nullptr when the
  // language cannot be used at all (no such file, or a catalogue with errors, or one beyond
  // the limits on size and nesting).
  static std::shared_ptr<const Messages> load(const std::string& language,
                                              const Resources& resources, Diagnostics& diags,
                                              const Limits& limits = {});

  // Catalogues in fallback order (the language's own first, nl last); for tests and tools.
  explicit Messages(std::vector<Catalogue> chain);

  const std::string& language() const { return chain_.front().language; }
  const std::string& locale() const { return chain_.front().locale; }
  std::vector<std::string> fallback_chain() const;  // {"fy", "nl"}
  const std::string& file() const { return chain_.front().file; }

  bool has(std::string_view id) const;
  // The language whose catalogue supplies id ("fy", or "nl" as fallback); empty when none.
  std::string source_language(std::string_view id) const;
  // The message's arguments; throws MessageError for an unknown id.
  const std::map<std::string, ArgumentKind>& arguments(std::string_view id) const;
  // The pattern as written (whitespace collapsed); throws MessageError for an unknown id.
  const std::string& pattern(std::string_view id) const;
  // Ids of the language's own catalogue (without the fallback), sorted.
  std::vector<std::string> own_ids() const;
  // Every id available, fallback included, sorted.
  std::vector<std::string> ids() const;

  // The message formatted with ICU in the locale of the catalogue it comes from (a Dutch
  // fallback keeps Dutch number and plural rules, so the sentence stays one language).
  // Throws MessageError for an unknown id, a missing or unexpected argument, or a value
  // that is not a number or date where the pattern needs one.
  std::string format(std::string_view id, const Arguments& args = {}) const;

  // "Did you mean" for an unknown id; empty when nothing is close.
  std::string closest_id(std::string_view id) const;

 private:
  const Message* find(std::string_view id, const Catalogue** from = nullptr) const;

  std::vector<Catalogue> chain_;
};

// Loads each language once and shares it: Messages are immutable, so one instance serves
// every render on every thread. Load problems are repeated to each caller.
class MessageCache {
 public:
  explicit MessageCache(const Resources& resources, const Limits& limits = {})
      : resources_(resources), limits_(limits) {}
  std::shared_ptr<const Messages> get(const std::string& language, Diagnostics& diags);

 private:
  struct Entry {
    std::shared_ptr<const Messages> messages;
    Diagnostics diags;
  };
  const Resources& resources_;
  Limits limits_;
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace koers::text

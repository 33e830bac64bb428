// The municipality as plain values: what one input file (format version 1, see
// docs/input-format.md) says, after validation. Optional values are std::optional; lists
// may be empty. Rich text is kept as koers document markup (see RichText).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/limits.h"
#include "core/resources.h"
#include "text/format.h"

namespace koers::model {

using text::Date;

// Where an element stands in the input file, so later stages (analysis, check) can report
// findings against it.
struct Location {
  int line = 0, column = 0;
};

// Rich text from the input (p, ul/ol/li, em, strong, a href, voetnoot), converted to
// block-level koers document markup: "<p>…</p><ul><li>…</li></ul>", text XML-escaped,
// voetnoot → footnote. Plain text becomes one <p>. `plain` holds the paragraphs as plain
// text (one entry per p or li), for tests and summaries.
struct RichText {
  std::string markup;
  std::vector<std::string> plain;
  bool empty() const { return markup.empty(); }
};

enum class Direction { lower, higher };        // richting: lager / hoger is better
enum class DataStatus { provisional, final };  // voorlopig / definitief
enum class Level { global, eu, national, provincial, regional };  // niveau
enum class ActionStatus { not_started, started, done, delayed, cancelled };
enum class ActionRole { direct, stimulate, facilitate, execute };  // regisseren, …
enum class Rag { green, amber, red };                              // groen / oranje / rood
enum class BudgetKind { incidental, structural };
enum class DocStatus { draft, final };  // concept / definitief
enum class Treatment { hamerstuk, bespreekstuk };

struct Alderman {  // wethouder
  std::string id, name, portfolio;
  Location loc;
};

struct Administration {                 // bestuur
  std::string mayor, secretary, clerk;  // burgemeester, secretaris, griffier
  std::vector<Alderman> aldermen;
};

struct Contact {
  std::string name, phone, email;
};

struct Assignment {    // opdracht
  std::string client;  // opdrachtgever
  std::string advisor_name, advisor_organisation;
  std::optional<Contact> contact;
};

struct Source {  // bron
  std::string id, name, url;
  std::optional<Date> retrieved;  // opgehaald
  Location loc;
};

struct Theme {
  std::string id, name;
  std::vector<int> sdgs;
  Location loc;
};

struct Indicator {
  std::string id, theme, name, unit, source;
  Direction direction = Direction::lower;
  int decimals = 0;
  std::string definition;
  Location loc;
};

struct Value {  // waarde in a beoordeling
  std::string indicator;
  int year = 0;
  DataStatus status = DataStatus::final;
  double value = 0;
  std::optional<double> national, size_class;  // nederland, grootteklasse
  Location loc;
};

struct Assessment {  // beoordeling
  std::string theme;
  int score = 0;
  RichText summary;
  std::vector<std::string> strengths, opportunities;  // sterkte, kans
  std::vector<Value> values;
  Location loc;
};

struct Quickscan {
  std::optional<Date> reference_date;  // peildatum
  int scale = 5;
  std::vector<Assessment> assessments;
  Location loc;
};

struct FrameworkTarget {  // doel in a kader
  std::string id, indicator;
  std::optional<int> year, reference_year;
  std::optional<double> value;
  std::string unit, description;
  Location loc;
};

struct Framework {  // kader
  std::string id;
  std::string ref;  // non-empty: refers to data/beleidskaders.xml
  Level level = Level::national;
  std::string name, instrument, source;
  std::vector<FrameworkTarget> targets;
  Location loc;
};

struct YearValue {
  std::optional<int> year;
  std::optional<double> value;
  Location loc;
};

struct Target {                             // doel
  std::string id, theme, indicator, owner;  // owner: wethouder id
  std::string formulation;
  std::optional<YearValue> baseline;  // basis
  std::optional<YearValue> goal;      // streef
  std::vector<YearValue> interim;     // tussendoel
  std::string compare_with;           // vergelijk kaderdoel
  RichText motivation;
  Location loc;
};

struct Budget {
  int year = 0;
  BudgetKind kind = BudgetKind::incidental;
  std::string coverage;  // dekking
  double amount = 0;
  Location loc;
};

struct Milestone {
  Date date;  // year-month
  std::string text;
  Location loc;
};

struct Progress {  // voortgang
  Rag quality = Rag::green, time = Rag::green, money = Rag::green;
};

struct Action {  // actie
  std::string id, theme;
  std::vector<std::string> targets;  // doelen
  ActionRole role = ActionRole::direct;
  std::string lead, portfolio_holder;  // trekker, portefeuillehouder (wethouder id)
  ActionStatus status = ActionStatus::not_started;
  std::optional<Date> start, end;  // year-month
  std::string title;
  RichText description;
  std::vector<std::string> partners;
  std::vector<Budget> budgets;
  std::vector<Milestone> milestones;
  std::optional<Progress> progress;
  Location loc;
};

struct Measurement {  // meting
  int year = 0;
  DataStatus status = DataStatus::final;
  std::string source;
  double value = 0;
  Location loc;
};

struct Series {  // reeks
  std::string indicator;
  std::vector<Measurement> measurements;
  Location loc;
};

struct Evaluation {
  Date date;
  RichText text;
};

struct Monitoring {
  double tolerance_green = 5, tolerance_amber = 15;  // percent
  std::vector<Series> series;
  std::vector<Evaluation> evaluations;
};

struct Session {  // sessie
  Date date;
  std::string form, title;  // vorm, titel
  std::vector<std::string> participants;
  RichText outcome;
  Location loc;
};

struct NamedText {  // tekst
  std::string id;
  RichText text;
  Location loc;
};

struct DocumentInfo {  // visie, uitvoeringsprogramma, quickscan-rapport, monitor
  std::string title, version;
  DocStatus status = DocStatus::draft;
  std::optional<Date> date;
  std::optional<int> year;                    // monitor
  std::optional<int> period_from, period_to;  // uitvoeringsprogramma periode
  Location loc;
};

struct Argument {
  int decision = 0;   // beslispunt number (1-based), 0: not linked
  std::string claim;  // stelling
  RichText explanation;
};

struct Caveat {  // kanttekening
  std::string point, response;
};

struct CouncilProposal {  // raadsvoorstel
  std::optional<Date> date;
  std::string meeting, agenda_item, case_number, portfolio_holder, programme;
  Treatment treatment = Treatment::bespreekstuk;
  std::string subject;
  std::vector<std::string> decisions;  // beslispunt
  RichText introduction, intended_effect, finance, execution, communication;
  std::vector<Argument> arguments;
  std::vector<Caveat> caveats;
  std::vector<std::string> attachments, legal_basis;  // bijlage, gelet-op
  Location loc;
};

struct CollegeProposal {  // collegevoorstel
  std::optional<Date> date;
  std::string meeting, case_number, portfolio_holder, department, author;
  bool public_document = true;  // openbaar
  std::string subject;
  std::vector<std::string> decisions;
  RichText occasion, finance, legal, communication, follow_up;
  std::vector<Argument> arguments;
  std::vector<Caveat> caveats;
  std::vector<std::string> attachments;
  Location loc;
};

struct CouncilLetter {  // raadsinformatiebrief
  std::optional<Date> date;
  std::string reference, portfolio_holder;  // kenmerk
  std::string to, subject;                  // aan, onderwerp
  std::optional<Contact> contact;
  RichText key_message, explanation, consequences, follow_up;
  std::vector<std::string> attachments;
  Location loc;
};

struct Documents {
  std::optional<DocumentInfo> vision, programme, quickscan_report, monitor;
  std::optional<CouncilProposal> council_proposal;
  std::optional<CollegeProposal> college_proposal;
  std::optional<CouncilLetter> council_letter;
};

struct Municipality {  // gemeente
  std::string file;    // the input file, as given
  int format_version = 1;
  std::string code, name, sort_name;
  std::string province_code, province;
  std::string res_id, res_name;
  std::optional<long long> inhabitants;
  std::optional<Date> inhabitants_date;
  std::string inhabitants_source;
  std::string house_style;
  std::string logo_src, logo_alt;          // logo_src relative to the input file
  Location house_style_loc, logo_src_loc;  // where the name and the path are written
  Administration administration;
  std::optional<Assignment> assignment;
  std::vector<Source> sources;
  std::vector<Theme> themes;
  std::vector<Indicator> indicators;
  std::optional<Quickscan> quickscan;
  std::vector<Framework> frameworks;
  std::vector<Target> targets;
  std::vector<Action> actions;
  std::optional<Monitoring> monitoring;
  std::vector<Session> sessions;
  std::vector<NamedText> texts;
  Documents documents;

  const Theme* theme(const std::string& id) const;
  const Indicator* indicator(const std::string& id) const;
  const Alderman* alderman(const std::string& id) const;
  const Source* source(const std::string& id) const;
  const NamedText* text(const std::string& id) const;
};

// The frameworks catalogue shipped in data/beleidskaders.xml: frameworks (kader) with their
// targets (kaderdoel), referred to by id from municipality files.
struct Catalogue {
  std::vector<Framework> frameworks;
  const Framework* framework(const std::string& id) const;
  const FrameworkTarget* target(const std::string& id) const;
};

Catalogue read_catalogue(std::string_view xml, const std::string& file, Diagnostics& diags,
                         const Limits& limits = {});

// Reads and validates one municipality file. All problems are reported through diags at
// once (file:line:col); the returned model holds whatever could be read. `file` is the name
// used in diagnostics and to resolve relative paths.
// References to the catalogue (kader ref, vergelijk kaderdoel) are checked against catalogue.
// Elements nested deeper than limits.max_nesting_depth are an error (nothing is read then).
Municipality read_municipality(std::string_view xml, const std::string& file,
                               const Catalogue& catalogue, Diagnostics& diags,
                               const Limits& limits = {});

// Reads the file through resources; a missing or unreadable file, or one larger than
// limits.max_input_bytes, is an error diagnostic.
Municipality load_municipality(const std::filesystem::path& path, const Resources& resources,
                               const Catalogue& catalogue, Diagnostics& diags,
                               const Limits& limits = {});

// Checks what the file names outside itself, the logo and the house style, against the
// folders they may come from (core/confined_path.h): each problem is an error at the place
// it is written. Resolves links through resources, so it is not part of read_municipality.
void check_file_references(const Municipality& m, const Resources& resources, Diagnostics& diags);

// Loads data/beleidskaders.xml from the project root.
Catalogue load_catalogue(const Resources& resources, Diagnostics& diags, const Limits& limits = {});

}  // namespace koers::model

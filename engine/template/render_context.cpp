#include "template/render_context.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "core/text_file.h"

namespace koers::templ {

namespace {

// A partial's text is wrapped in two marker tags, so the context knows which file the tags
// between them come from: kainjow renders a partial inside the parent's walk and gives no
// callback when it ends. The names cannot clash with keys: no view key starts with '@'.
const std::string kEnterMarker = "@koers-enter ";
const std::string kLeaveMarker = "@koers-leave";
const std::string kLambdaProblemMarker = "@koers-lambda-problem";

std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : ", ") + n;
  return s;
}

// The file id of an enter marker get_partial wrote. A template can write the same tag
// itself ({{@koers-enter x}}, also through a lambda): anything but a known id is a variable.
std::optional<std::size_t> enter_marker_id(const std::string& name, std::size_t files) {
  if (!name.starts_with(kEnterMarker)) return std::nullopt;
  const char* first = name.data() + kEnterMarker.size();
  const char* last = name.data() + name.size();
  std::size_t id = 0;
  const auto [end, error] = std::from_chars(first, last, id);
  if (error != std::errc{} || end != last || id >= files) return std::nullopt;
  return id;
}

}  // namespace

// One render per thread at a time: the problem travels from report_from_lambda to the
// context's get() within one call.
thread_local std::optional<LambdaProblem> pending_lambda_problem;

RenderContext::RenderContext(const TemplateSet& set, const Resources& resources,
                             const Limits& limits, const Data& root,
                             std::shared_ptr<const TemplateSource> main, Diagnostics& diags,
                             OutputSink& output)
    : set_(set),
      resources_(resources),
      limits_(limits),
      root_(root),
      diags_(diags),
      output_sink_(output),
      longest_text_(main->longest_text) {
  items_.push_back(&root);
  files_.push_back(main);
  file_stack_.push_back(0);
}

OutputSink& operator<<(OutputSink& sink, const std::string& piece) {
  if (sink.text.size() + piece.size() > sink.max_bytes) {
    sink.overflowed = true;
    throw RenderStopped{};
  }
  sink.text += piece;
  sink.held_back = 0;  // what kainjow held back is written now
  return sink;
}

void RenderContext::account(std::size_t value_bytes) const {
  output_sink_.held_back += longest_text_ + value_bytes;
  if (output_sink_.text.size() + output_sink_.held_back > output_sink_.max_bytes) {
    output_sink_.overflowed = true;
    throw RenderStopped{};
  }
}

void RenderContext::push(const Data* data) {
  account(0);
  // kainjow pushes once per section entry and per list item: counting here bounds the work
  // of nested sections over long lists even when they write nothing.
  if (++section_repeats_ > limits_.max_section_repeats) {
    diags_.error(current().file, 0, 0,
                 "secties worden meer dan " +
                     describe_count(static_cast<std::uintmax_t>(limits_.max_section_repeats)) +
                     " keer herhaald; het renderen is gestopt",
                 "Staan er secties over lange lijsten in elkaar, zoals {{#doelen}}{{#acties}}…"
                 "{{/acties}}{{/doelen}}? Herhaal een lijst alleen waar hij nodig is.");
    throw RenderStopped{};
  }
  items_.insert(items_.begin(), data);
}

void RenderContext::pop() {
  items_.erase(items_.begin());
}

const Data* RenderContext::lookup(const std::string& name) const {
  if (name == ".") return items_.front();
  if (name.find('.') == std::string::npos) {
    for (const Data* item : items_)
      if (const Data* var = item->get(name)) return var;
    return nullptr;
  }
  std::vector<std::string> parts;
  for (std::size_t start = 0;;) {
    std::size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  for (const Data* item : items_) {
    const Data* var = item;
    for (const auto& part : parts) {
      var = var->get(part);
      if (!var) break;
    }
    if (var) return var;
  }
  return nullptr;
}

const Data* RenderContext::get(const std::string& name) const {
  if (std::optional<std::size_t> id = enter_marker_id(name, files_.size())) {
    file_stack_.push_back(*id);
    if (map_) map_->begin_region(output_->size(), files_.at(*id));
    return &empty_;
  }
  if (name == kLeaveMarker) {
    account(0);  // the partial's text after its last tag
    if (file_stack_.size() > 1) file_stack_.pop_back();
    if (map_) map_->begin_region(output_->size(), files_.at(file_stack_.back()));
    return &empty_;
  }
  if (name == kLambdaProblemMarker) {
    report_lambda_problem();
    return &empty_;
  }
  const Data* var = lookup(name);
  if (!var) report_missing_variable(name);
  // Escaped, a character becomes at most six ("&quot;").
  account(var && var->is_string() ? 6 * var->string_value().size() : 0);
  return var;
}

void RenderContext::report_at_tag(const std::string& tag, bool partial, std::string message,
                                  std::string hint) const {
  const TemplateSource& file = current();
  TextPosition at = file.position(file.find_tag(tag, partial));
  diags_.error(file.file, at.line, at.column, std::move(message), std::move(hint));
}

void RenderContext::report_lambda_problem() const {
  if (!pending_lambda_problem) return;
  LambdaProblem problem = std::move(*pending_lambda_problem);
  pending_lambda_problem.reset();
  // The section text follows its opening tag ("{{#t}}kop.quickscan{{/t}}"): report at the tag.
  const TemplateSource& file = current();
  std::optional<std::size_t> at;
  for (std::size_t found = file.text.find(problem.section_text); found != std::string::npos;
       found = file.text.find(problem.section_text, found + 1)) {
    const std::size_t close = file.text.rfind("}}", found);
    if (close != std::string::npos && close + 2 == found) {
      at = file.text.rfind("{{", close);
      break;
    }
  }
  TextPosition position = file.position(at);
  diags_.error(file.file, position.line, position.column, std::move(problem.message),
               std::move(problem.hint));
}

std::string report_from_lambda(const kainjow::mustache::renderer& render,
                               const std::string& section_text, std::string message,
                               std::string hint) {
  pending_lambda_problem = LambdaProblem{section_text, std::move(message), std::move(hint)};
  render("{{" + kLambdaProblemMarker + "}}");
  pending_lambda_problem.reset();
  return {};
}

std::string RenderContext::available_keys() const {
  // kainjow's data cannot list its keys, so probe the names the loaded templates use.
  std::set<std::string> keys;
  for (const auto& file : files_)
    for (const auto& name : file->tag_names())
      if (root_.get(name.substr(0, name.find('.')))) keys.insert(name.substr(0, name.find('.')));
  return quoted_list({keys.begin(), keys.end()});
}

void RenderContext::report_missing_variable(const std::string& name) const {
  if (!reported_.insert({current().file, "var:" + name}).second) return;
  std::string keys = available_keys();
  std::string hint =
      "De gegevens voor dit document kennen deze naam niet (tikfout, of een sleutel uit een "
      "ander documenttype?).";
  if (!keys.empty()) hint += " Bekende sleutels op het hoogste niveau zijn onder andere: " + keys;
  const TemplateSource& file = current();
  // A variable is a tag of its own, or an argument of {{#t}} (gemeente=gemeente.naam).
  std::optional<std::size_t> offset = file.find_tag(name, false);
  if (!offset) offset = file.find_argument(name);
  const TextPosition at = file.position(offset);
  diags_.error(file.file, at.line, at.column, "onbekende variabele '" + name + "'", hint);
}

std::shared_ptr<const TemplateSource> RenderContext::load_partial(const std::string& name,
                                                                  bool& refused) const {
  std::filesystem::path path = set_.resolve(name);
  if (path.empty()) return nullptr;
  TextFile file = read_text_file(resources_, path, limits_.max_input_bytes, diags_);
  refused = file.too_large;
  if (!file.text) return nullptr;
  return std::make_shared<const TemplateSource>(name, path.string(), std::move(*file.text));
}

const Data* RenderContext::get_partial(const std::string& name) const {
  account(0);
  if (open_partials() >= static_cast<std::size_t>(limits_.max_partial_depth)) {
    report_at_tag(name, true,
                  "partial '" + name + "' is meer dan " +
                      std::to_string(limits_.max_partial_depth) +
                      " niveaus diep genest; het renderen is gestopt",
                  "Neemt de partial zichzelf op, direct of via een andere partial? Doe dat "
                  "alleen binnen een sectie over gegevens, zoals {{#onderdelen}}{{> " +
                      name + "}}{{/onderdelen}}, die ergens eindigt.");
    throw RenderStopped{};
  }
  if (++expansions_ > limits_.max_partial_expansions) {
    report_at_tag(name, true,
                  "te veel partials ingevoegd (meer dan " +
                      std::to_string(limits_.max_partial_expansions) + "); het renderen is gestopt",
                  "Controleer of partials elkaar niet steeds opnieuw opnemen.");
    throw RenderStopped{};
  }

  auto cached = partials_.find(name);
  if (cached == partials_.end()) {
    std::unique_ptr<Data> data;
    bool refused = false;
    std::shared_ptr<const TemplateSource> source = load_partial(name, refused);
    if (!source && !refused) {  // a refused file is reported with its size
      std::string folders;
      for (const auto& dir : set_.search_path())
        folders += (folders.empty() ? "" : ", ") + dir.string();
      if (ConfinedPath outside = set_.locate(name); !outside.ok())
        report_at_tag(name, true, outside.message, outside.hint);
      else
        report_at_tag(name, true, "partial '" + name + "' niet gevonden",
                      "Gezocht naar " + name + ".mustache in: " + folders);
    } else if (source && check_syntax(*source, diags_, limits_.max_nesting_depth)) {
      std::size_t id = files_.size();
      files_.push_back(source);
      longest_text_ = std::max(longest_text_, source->longest_text);
      data = std::make_unique<Data>("{{" + kEnterMarker + std::to_string(id) + "}}" + source->text +
                                    "{{" + kLeaveMarker + "}}");
    }
    cached = partials_.emplace(name, std::move(data)).first;
  }
  return cached->second.get();
}

}  // namespace koers::templ

#include "template/render_context.h"

#include <algorithm>

namespace koers::templ {

namespace {

// A partial's text is wrapped in two marker tags, so the context knows which file the tags
// between them come from: kainjow renders a partial inside the parent's walk and gives no
// callback when it ends. The names cannot clash with keys: no view key starts with '@'.
const std::string kEnterMarker = "@koers-enter ";
const std::string kLeaveMarker = "@koers-leave";

std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : ", ") + n;
  return s;
}

}  // namespace

RenderContext::RenderContext(const TemplateSet& set, const Resources& resources,
                             const Limits& limits, const Data& root,
                             std::shared_ptr<const TemplateSource> main, Diagnostics& diags)
    : set_(set), resources_(resources), limits_(limits), root_(root), diags_(diags) {
  items_.push_back(&root);
  files_.push_back(main);
  file_stack_.push_back(main.get());
}

void RenderContext::push(const Data* data) {
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
  if (name.starts_with(kEnterMarker)) {
    std::size_t id = std::stoul(name.substr(kEnterMarker.size()));
    file_stack_.push_back(files_.at(id).get());
    return &empty_;
  }
  if (name == kLeaveMarker) {
    if (file_stack_.size() > 1) file_stack_.pop_back();
    return &empty_;
  }
  const Data* var = lookup(name);
  if (!var) report_missing_variable(name);
  return var;
}

void RenderContext::report_at_tag(const std::string& tag, bool partial, std::string message,
                                  std::string hint) const {
  const TemplateSource& file = current();
  TextPosition at = file.position(file.find_tag(tag, partial));
  diags_.error(file.file, at.line, at.column, std::move(message), std::move(hint));
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
  report_at_tag(name, false, "onbekende variabele '" + name + "'", hint);
}

std::shared_ptr<const TemplateSource> RenderContext::load_partial(const std::string& name) const {
  std::filesystem::path path = set_.resolve(name);
  if (path.empty()) return nullptr;
  std::optional<std::string> text = resources_.read(path);
  if (!text) return nullptr;
  return std::make_shared<const TemplateSource>(name, path.string(), std::move(*text));
}

const Data* RenderContext::get_partial(const std::string& name) const {
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
    std::shared_ptr<const TemplateSource> source = load_partial(name);
    if (!source) {
      std::string folders;
      for (const auto& dir : set_.search_path())
        folders += (folders.empty() ? "" : ", ") + dir.string();
      report_at_tag(name, true, "partial '" + name + "' niet gevonden",
                    "Gezocht naar " + name + ".mustache in: " + folders);
    } else if (check_syntax(*source, diags_)) {
      std::size_t id = files_.size();
      files_.push_back(source);
      data = std::make_unique<Data>("{{" + kEnterMarker + std::to_string(id) + "}}" + source->text +
                                    "{{" + kLeaveMarker + "}}");
    }
    cached = partials_.emplace(name, std::move(data)).first;
  }
  return cached->second.get();
}

}  // namespace koers::templ

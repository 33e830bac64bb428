// The kainjow context koers renders with: variable lookup that records misses, partials
// loaded lazily from the search path (checked once, cached for the render), the file each
// tag comes from, and limits that stop runaway partial recursion with an error.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "template/source_map.h"
#include "template/template.h"
#include "template/template_source.h"

namespace koers::templ {

// Thrown to abandon a render after the error has been reported.
struct RenderStopped {};

// The render's output, which stops the render when it would grow past max_bytes (a partial
// that includes itself twice doubles the output per level long before the depth limit).
// kainjow holds back each line until its newline, so a template without newlines would
// grow unseen: held_back is an upper bound of what it holds, raised at every tag it asks
// the context about (RenderContext) and cleared when a line is written.
struct OutputSink {
  std::string text;
  std::size_t max_bytes = 0;
  std::size_t held_back = 0;
  bool overflowed = false;
};
// kainjow's writer (it takes any stream): adds a written line, or throws RenderStopped.
OutputSink& operator<<(OutputSink& sink, const std::string& piece);

// A lambda's problem on its way to RenderContext (report_from_lambda): the lambda cannot
// reach the context, but it can render a marker tag through it.
struct LambdaProblem {
  std::string section_text, message, hint;
};

class RenderContext : public kainjow::mustache::basic_context<std::string> {
 public:
  RenderContext(const TemplateSet& set, const Resources& resources, const Limits& limits,
                const Data& root, std::shared_ptr<const TemplateSource> main, Diagnostics& diags,
                OutputSink& output);

  void push(const Data* data) override;
  void pop() override;
  const Data* get(const std::string& name) const override;
  const Data* get_partial(const std::string& name) const override;

  // The file whose tags are being rendered now (the main template or a partial).
  const TemplateSource& current() const { return *files_[file_stack_.back()]; }

  // Records in map which file writes which part of output (the render's output so far).
  void record_origins(SourceMap* map, const std::string* output) {
    map_ = map;
    output_ = output;
    if (map_) map_->begin_region(0, files_.front());
  }
  std::size_t open_partials() const { return file_stack_.size() - 1; }

 private:
  const Data* lookup(const std::string& name) const;
  // Before kainjow writes up to `value_bytes` and the text up to the next tag: stops the
  // render when the output could pass its limit.
  void account(std::size_t value_bytes) const;
  void report_missing_variable(const std::string& name) const;
  void report_lambda_problem() const;
  void report_at_tag(const std::string& tag, bool partial, std::string message,
                     std::string hint) const;
  // nullptr when not found or not read; refused tells a file that was too large (reported).
  std::shared_ptr<const TemplateSource> load_partial(const std::string& name, bool& refused) const;
  std::string available_keys() const;

  const TemplateSet& set_;
  const Resources& resources_;
  Limits limits_;
  const Data& root_;
  Diagnostics& diags_;
  OutputSink& output_sink_;
  mutable std::size_t longest_text_ = 0;  // between two tags, in the files loaded so far
  std::vector<const Data*> items_;        // innermost first

  // kainjow's interface is const, yet a render is stateful: the mutable members below are
  // per-render bookkeeping, owned by this one context (one context per render and thread).
  mutable std::vector<std::shared_ptr<const TemplateSource>> files_;  // index = marker id
  mutable std::vector<std::size_t> file_stack_;                       // indexes into files_
  SourceMap* map_ = nullptr;
  const std::string* output_ = nullptr;
  mutable std::map<std::string, std::unique_ptr<Data>> partials_;  // nullptr data: failed
  mutable std::set<std::pair<std::string, std::string>> reported_;
  mutable long expansions_ = 0;
  long section_repeats_ = 0;
  Data empty_{std::string()};
};

}  // namespace koers::templ

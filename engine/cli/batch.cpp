#include "cli/batch.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <functional>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/batch_inputs.h"
#include "cli/batch_manifest.h"
#include "cli/batch_progress.h"
#include "cli/batch_report.h"
#include "core/atomic_file.h"
#include "core/parallel.h"

namespace koers::cli {

namespace fs = std::filesystem;

namespace {

// One document to make.
struct Job {
  fs::path input;
  std::string doc;
  std::string output;  // file name in the output folder
};

// What reading one input file gave: its documents, or why it has none.
struct FilePlan {
  std::vector<Job> jobs;
  std::optional<DocumentResult> failure;
};

// One entry per diagnostic; its hint, if any, on a second line (as the other commands print).
std::vector<std::string> lines_of(const Diagnostics& diags) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diags.items()) {
    std::string line = to_string(d);
    while (!line.empty() && line.back() == '\n') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

FilePlan failed_plan(const fs::path& input, std::vector<std::string> diagnostics) {
  FilePlan plan;
  DocumentResult failure;
  failure.input = input.string();
  failure.status = DocumentStatus::failed;
  failure.diagnostics = std::move(diagnostics);
  plan.failure = std::move(failure);
  return plan;
}

FilePlan plan_file(Engine& engine, const fs::path& input, const std::vector<std::string>& wanted) {
  FilePlan plan;
  Diagnostics diags;
  std::vector<Engine::DocumentFile> docs = engine.document_files(input, diags);
  if (diags.has_errors()) return failed_plan(input, lines_of(diags));
  if (!wanted.empty()) {
    // A file without the data for a chosen document simply has no such document.
    std::erase_if(docs, [&](const Engine::DocumentFile& doc) {
      return std::find(wanted.begin(), wanted.end(), doc.type) == wanted.end();
    });
  }
  for (const Engine::DocumentFile& doc : docs)
    plan.jobs.push_back({input, doc.type, doc.file_name});
  return plan;
}

struct RenderContext {
  Engine& engine;
  const Resources& resources;
  const BatchRequest& request;
  const Manifest& previous;  // read before the run
};

// Renders one document (or skips it); the fingerprint goes to the manifest when it is made.
DocumentResult render_job(const RenderContext& context, const Job& job, std::string& fingerprint) {
  const auto start = std::chrono::steady_clock::now();
  DocumentResult result{job.input.string(), job.doc, job.output};
  const fs::path target = context.request.output / job.output;
  auto elapsed = [&] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start)
        .count();
  };
  try {
    if (context.request.changed_only) {
      fingerprint = document_fingerprint(context.engine, context.resources, job.input, job.doc,
                                         context.request.options);
      std::error_code ec;
      if (context.previous.fingerprint(job.output) == fingerprint && fs::exists(target, ec)) {
        result.status = DocumentStatus::skipped;
        result.bytes = static_cast<std::size_t>(fs::file_size(target, ec));
        result.milliseconds = elapsed();
        return result;
      }
    }
    RenderResult rendered = context.engine.render(job.input, job.doc, context.request.options);
    result.diagnostics = lines_of(rendered.diagnostics);
    if (!rendered.ok()) {
      result.status = DocumentStatus::failed;
    } else if (std::string error = write_file_atomically(target, rendered.pdf); !error.empty()) {
      result.status = DocumentStatus::failed;
      result.diagnostics.push_back(target.string() + ": error: " + error);
    } else {
      result.pages = rendered.pages;
      result.bytes = rendered.pdf.size();
    }
  } catch (const std::exception& e) {
    result.status = DocumentStatus::failed;
    result.diagnostics.push_back(job.input.string() + ": error: " + e.what());
  }
  result.milliseconds = elapsed();
  return result;
}

int write_report(const fs::path& file, ReportFormat format,
                 const std::vector<DocumentResult>& results) {
  std::string text = format == ReportFormat::csv ? report_csv(results) : report_json(results);
  std::string error = write_file_atomically(file, text);
  if (error.empty()) return 0;
  std::cerr << file.string() << ": error: " << error << '\n';
  return 1;
}

// Why the output folder could not be made, in words a consultant can act on.
std::string folder_problem(const fs::path& folder, const std::error_code& ec) {
  std::error_code ignored;
  if (fs::exists(folder, ignored)) return "er staat al een bestand met die naam";
  switch (ec.value()) {
    case EACCES:
    case EPERM: {
      fs::path parent = folder.parent_path();  // the nearest folder that exists
      while (!parent.empty() && !fs::exists(parent, ignored)) parent = parent.parent_path();
      return "geen schrijfrechten in de map " + (parent.empty() ? "." : parent.string());
    }
    case EROFS:
      return "de schijf is alleen-lezen";
    case ENOSPC:
    case EDQUOT:
      return "de schijf is vol";
    case ENOTDIR:
    case EEXIST:
      return "een deel van het pad is een bestand, geen map";
    case ENAMETOOLONG:
      return "de naam is te lang";
    default:
      // Rare causes: the system's own words (in English) and the number, for a helpdesk.
      return "onverwachte fout van het systeem: " + ec.message() + " (errno " +
             std::to_string(ec.value()) + ")";
  }
}

}  // namespace

int run_batch(const Resources& resources, const BatchRequest& request) {
  std::optional<Shard> shard;
  if (!request.shard.empty()) {
    shard = parse_shard(request.shard);
    if (!shard) {
      std::cerr << "koers batch: error: --shard verwacht I/N met 1 <= I <= N, bijvoorbeeld 2/8\n";
      return 2;
    }
  }
  ReportFormat format = ReportFormat::csv;
  if (!request.report.empty() && !report_format(request.report, format)) {
    std::cerr << "koers batch: error: --report moet eindigen op .csv of .json\n";
    return 2;
  }
  const auto known = Engine::document_types();
  for (const std::string& doc : request.docs) {
    if (std::find(known.begin(), known.end(), doc) == known.end()) {
      std::cerr << "koers batch: error: onbekend documenttype '" << doc << "'\n";
      return 2;
    }
  }
  std::error_code ec;
  fs::create_directories(request.output, ec);
  if (!fs::is_directory(request.output, ec)) {
    std::cerr << request.output.string() << ": error: de uitvoermap kan niet worden gemaakt: "
              << folder_problem(request.output, ec) << "\n";
    return 1;
  }

  InputFiles inputs = collect_inputs(request.inputs);
  if (shard)
    std::erase_if(inputs.files, [&](const fs::path& file) { return !in_shard(file, *shard); });
  const unsigned jobs =
      request.jobs > 0 ? request.jobs : std::max(1u, std::thread::hardware_concurrency());

  Engine engine(resources, request.limits);
  Progress progress(std::cerr, ::isatty(STDERR_FILENO) == 1);
  std::vector<DocumentResult> results;
  for (const std::string& missing : inputs.missing) {
    DocumentResult r;
    r.input = missing;
    r.status = DocumentStatus::failed;
    r.diagnostics.push_back(missing + ": error: bestand of map bestaat niet");
    results.push_back(r);
  }

  // Reading the inputs (in parallel too: each file is parsed to learn its documents).
  std::vector<FilePlan> plans(inputs.files.size());
  for_each_index(plans.size(), jobs, [&](std::size_t i) {
    try {
      plans[i] = plan_file(engine, inputs.files[i], request.docs);
    } catch (const std::exception& e) {
      plans[i] = failed_plan(inputs.files[i], {inputs.files[i].string() + ": error: " + e.what()});
    }
  });
  std::vector<Job> work;
  for (FilePlan& plan : plans) {
    if (plan.failure) results.push_back(std::move(*plan.failure));
    for (Job& job : plan.jobs) work.push_back(std::move(job));
  }
  progress.set_total(results.size() + work.size());
  for (const DocumentResult& r : results) progress.finished(r);

  const fs::path manifest_file = manifest_path(request.output, shard);
  Manifest manifest = request.changed_only ? Manifest::load(manifest_file) : Manifest();
  // With one document per core already, a document's own PDF threads would only compete.
  BatchRequest per_document = request;
  if (jobs > 1) per_document.options.threads = 1;
  const RenderContext context{engine, resources, per_document, manifest};
  std::vector<DocumentResult> done(work.size());
  std::vector<std::string> fingerprints(work.size());
  for_each_index(work.size(), jobs, [&](std::size_t i) {
    done[i] = render_job(context, work[i], fingerprints[i]);
    progress.finished(done[i]);
  });
  progress.summary();

  int status = 0;
  for (std::size_t i = 0; i < done.size(); ++i) {
    if (done[i].status == DocumentStatus::failed) manifest.erase(done[i].output);
    if (done[i].status == DocumentStatus::ok && !fingerprints[i].empty())
      manifest.set(done[i].output, fingerprints[i]);
    results.push_back(std::move(done[i]));
  }
  std::stable_sort(
      results.begin(), results.end(),
      [](const DocumentResult& a, const DocumentResult& b) { return a.input < b.input; });
  for (const DocumentResult& r : results)
    if (r.status == DocumentStatus::failed) status = 1;
  if (request.changed_only) {
    if (std::string error = write_file_atomically(manifest_file, manifest.to_json());
        !error.empty()) {
      std::cerr << manifest_file.string() << ": error: " << error << '\n';
      status = 1;
    }
  }
  if (!request.report.empty() && write_report(request.report, format, results) != 0) status = 1;
  return status;
}

}  // namespace koers::cli

// koers batch: the result of each document, and the machine-readable report (--report
// FILE.csv or FILE.json) made of them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace koers::cli {

enum class DocumentStatus { ok, failed, skipped };

// "ok", "fout", "overgeslagen": the words the report and the progress lines use.
const char* status_word(DocumentStatus status);

struct DocumentResult {
  std::string input;   // the input file as found
  std::string doc;     // document type; empty when the input could not be read at all
  std::string output;  // output file name in the output folder; empty when unknown
  int pages = 0;
  std::size_t bytes = 0;
  long long milliseconds = 0;
  DocumentStatus status = DocumentStatus::ok;
  std::vector<std::string> diagnostics;  // file:line:col: …, a hint on a second line
};

enum class ReportFormat { csv, json };

// The format a report file's extension asks for; false when it names neither.
bool report_format(const std::filesystem::path& file, ReportFormat& format);

// Columns/keys: bestand, document, uitvoer, paginas, bytes, ms, status, meldingen (the
// diagnostics joined with " | ").
std::string report_csv(const std::vector<DocumentResult>& results);
std::string report_json(const std::vector<DocumentResult>& results);

}  // namespace koers::cli

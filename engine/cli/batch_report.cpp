#include "cli/batch_report.h"

#include <algorithm>

namespace koers::cli {

namespace {

// The diagnostics on one line: each one's hint line joins its message with a space.
std::string joined(const std::vector<std::string>& diagnostics) {
  std::string out;
  for (const std::string& diagnostic : diagnostics) {
    if (!out.empty()) out += " | ";
    bool after_newline = false;
    for (char c : diagnostic) {
      if (c == '\n') {
        after_newline = true;
        continue;
      }
      if (after_newline) {
        if (c == ' ') continue;
        out += ' ';
        after_newline = false;
      }
      out += c;
    }
  }
  return out;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string json_string(const std::string& text) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += "\\u00";
      out += kDigits[(c >> 4) & 0xf];
      out += kDigits[c & 0xf];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

const char* status_word(DocumentStatus status) {
  switch (status) {
    case DocumentStatus::ok:
      return "ok";
    case DocumentStatus::failed:
      return "fout";
    case DocumentStatus::skipped:
      return "overgeslagen";
  }
  return "fout";
}

bool report_format(const std::filesystem::path& file, ReportFormat& format) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  if (ext == ".csv") {
    format = ReportFormat::csv;
    return true;
  }
  if (ext == ".json") {
    format = ReportFormat::json;
    return true;
  }
  return false;
}

std::string report_csv(const std::vector<DocumentResult>& results) {
  std::string out = "bestand,document,uitvoer,paginas,bytes,ms,status,meldingen\n";
  for (const DocumentResult& r : results) {
    out += csv_field(r.input) + ',' + csv_field(r.doc) + ',' + csv_field(r.output) + ',' +
           std::to_string(r.pages) + ',' + std::to_string(r.bytes) + ',' +
           std::to_string(r.milliseconds) + ',' + status_word(r.status) + ',' +
           csv_field(joined(r.diagnostics)) + '\n';
  }
  return out;
}

std::string report_json(const std::vector<DocumentResult>& results) {
  std::string out = "[";
  for (std::size_t i = 0; i < results.size(); ++i) {
    const DocumentResult& r = results[i];
    out += i == 0 ? "\n" : ",\n";
    out += "  {\"bestand\": " + json_string(r.input) + ", \"document\": " + json_string(r.doc) +
           ", \"uitvoer\": " + json_string(r.output) + ", \"paginas\": " + std::to_string(r.pages) +
           ", \"bytes\": " + std::to_string(r.bytes) +
           ", \"ms\": " + std::to_string(r.milliseconds) +
           ", \"status\": " + json_string(status_word(r.status)) +
           ", \"meldingen\": " + json_string(joined(r.diagnostics)) + "}";
  }
  out += results.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace koers::cli

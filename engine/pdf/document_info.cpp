#include "pdf/document_info.h"

#include <hpdf.h>

#include <cctype>
#include <string>

#include "pdf/pdf.h"

namespace koers::pdf {
namespace {

[[noreturn]] void bad_date(const std::string& iso) {
  throw PdfError("de aanmaakdatum '" + iso +
                 "' is geen datum in de vorm JJJJ-MM-DD of JJJJ-MM-DDTuu:mm[:ss][Z|+uu:mm]");
}

// ISO 8601 as given in the input: 2026-11-27, 2026-11-27T10:30, 2026-11-27T10:30:00+01:00,
// …Z. Without a zone the PDF date gets no zone either.
HPDF_Date parse_iso_date(const std::string& iso) {
  std::size_t at = 0;
  auto number = [&](std::size_t digits) {
    if (at + digits > iso.size()) bad_date(iso);
    int value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      char c = iso[at + i];
      if (c < '0' || c > '9') bad_date(iso);
      value = value * 10 + (c - '0');
    }
    at += digits;
    return value;
  };
  auto expect = [&](char c) {
    if (at >= iso.size() || iso[at] != c) bad_date(iso);
    ++at;
  };
  HPDF_Date date{};
  date.ind = ' ';
  date.year = number(4);
  expect('-');
  date.month = number(2);
  expect('-');
  date.day = number(2);
  if (at < iso.size()) {
    if (iso[at] != 'T' && iso[at] != ' ') bad_date(iso);
    ++at;
    date.hour = number(2);
    expect(':');
    date.minutes = number(2);
    if (at < iso.size() && iso[at] == ':') {
      ++at;
      date.seconds = number(2);
    }
    if (at < iso.size()) {
      char zone = iso[at++];
      if (zone == 'Z') {
        date.ind = 'Z';
      } else if (zone == '+' || zone == '-') {
        date.ind = zone;
        date.off_hour = number(2);
        expect(':');
        date.off_minutes = number(2);
      } else {
        bad_date(iso);
      }
    }
  }
  if (at != iso.size() || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31 ||
      date.hour > 23 || date.minutes > 59 || date.seconds > 59 || date.off_hour > 23 ||
      date.off_minutes > 59)
    bad_date(iso);
  return date;
}

void set_info(const HaruDocument& doc, HPDF_InfoType type, const std::string& value) {
  if (value.empty()) return;
  doc.check(HPDF_SetInfoAttr(doc.get(), type, value.c_str()),
            "het schrijven van de documentgegevens");
}

}  // namespace

void write_document_info(const HaruDocument& doc, const display::Metadata& metadata,
                         const Digest& id) {
  set_info(doc, HPDF_INFO_TITLE, metadata.title);
  set_info(doc, HPDF_INFO_AUTHOR, metadata.author);
  set_info(doc, HPDF_INFO_SUBJECT, metadata.subject);
  set_info(doc, HPDF_INFO_KEYWORDS, metadata.keywords);
  set_info(doc, HPDF_INFO_CREATOR,
           metadata.creator.empty() ? std::string("koers ") + KOERS_VERSION : metadata.creator);
  if (!metadata.creation_date.empty())
    doc.check(HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE,
                                   parse_iso_date(metadata.creation_date)),
              "het schrijven van de aanmaakdatum");

  HPDF_Doc pdf = doc.get();
  const char* what = "het schrijven van de documenttaal";
  if (!metadata.language.empty()) {
    for (char c : metadata.language)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-')
        throw PdfError("de documenttaal '" + metadata.language + "' is geen taalcode zoals nl-NL");
    doc.check(HPDF_Dict_Add(
                  pdf->catalog, "Lang",
                  doc.need(HPDF_String_New(pdf->mmgr, metadata.language.c_str(), nullptr), what)),
              what);
  }

  what = "het schrijven van de document-ID";
  HPDF_Array ids = doc.need(HPDF_Array_New(pdf->mmgr), what);
  doc.check(HPDF_Dict_Add(pdf->trailer, "ID", ids), what);
  for (int i = 0; i < 2; ++i)
    doc.check(
        HPDF_Array_Add(ids, doc.need(HPDF_Binary_New(pdf->mmgr, const_cast<HPDF_BYTE*>(id.data()),
                                                     static_cast<HPDF_UINT>(id.size())),
                                     what)),
        what);
}

}  // namespace koers::pdf

// Document-level entries: the Info dictionary (UTF-16 strings through libharu's UTF-8
// encoder), /Lang in the catalog and the trailer /ID, the last two through libharu's
// internal dictionary API (stack-notes §3 and §6).
#pragma once

#include "display/display.h"
#include "pdf/document_id.h"
#include "pdf/haru_document.h"

namespace koers::pdf {

// Requires the UTF-8 encoder to be current.
void write_document_info(const HaruDocument& doc, const display::Metadata& metadata,
                         const Digest& id);

}  // namespace koers::pdf

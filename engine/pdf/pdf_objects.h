// Small helpers over libharu's object layer (hpdf_objects.h) for what its page and font API
// cannot do: streams whose bytes koers has already compressed, and indirect dictionaries.
#pragma once

#include <hpdf.h>

#include <string_view>

#include "pdf/haru_document.h"

namespace koers::pdf {

// A new indirect dictionary (an object of its own in the cross-reference table).
HPDF_Dict indirect_dict(const HaruDocument& doc, std::string_view what);

// A new stream object holding bytes as they are. flate: the bytes are zlib data and the
// stream says /Filter /FlateDecode (libharu itself only writes a Filter for streams it
// compresses, so the key is written by the dictionary's write hook).
HPDF_Dict raw_stream(const HaruDocument& doc, std::string_view bytes, bool flate,
                     std::string_view what);

// Replaces the content of an existing stream (a page's /Contents) by bytes as they are.
void set_raw_stream(const HaruDocument& doc, HPDF_Dict stream, std::string_view bytes, bool flate,
                    std::string_view what);

// The dictionary under key in dict, made (direct) when missing.
HPDF_Dict sub_dict(const HaruDocument& doc, HPDF_Dict dict, const char* key, std::string_view what);

}  // namespace koers::pdf

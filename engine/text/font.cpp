// Font loading and shaping with HarfBuzz. Only fonts with TrueType outlines (glyf) are
// accepted, because libharu can embed nothing else (stack-notes §1).
#include "text/font.h"

#include <hb-ot.h>
#include <hb.h>

#include <mutex>
#include <stdexcept>
#include <utility>

namespace koers::text {

namespace {

// Kerning on; ligatures and contextual alternates off so that every character keeps its own
// glyph (the PDF maps code = Unicode, a ligature glyph would extract as U+FB01).
constexpr hb_feature_t kFeatures[] = {
    {HB_TAG('k', 'e', 'r', 'n'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('c', 'a', 'l', 't'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
};

unsigned table_length(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* blob = hb_face_reference_table(face, tag);
  const unsigned length = hb_blob_get_length(blob);
  hb_blob_destroy(blob);
  return length;
}

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw std::runtime_error("Lettertype '" + path + "' is niet bruikbaar: " + why);
}

}  // namespace

struct Font::HarfBuzz {
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  hb_language_t language = nullptr;
  double per_unit = 1.0 / 1000;  // em per font unit

  ~HarfBuzz() {
    for (hb_buffer_t* buffer : pool) hb_buffer_destroy(buffer);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }

  double metric(hb_ot_metrics_tag_t tag, double fallback) const {
    hb_position_t value = 0;
    return hb_ot_metrics_get_position(font, tag, &value) ? value * per_unit : fallback;
  }

  // Buffers are reused: with measure() summing without a vector, this took shaping from 4.9 to
  // 1.9 µs per word (Font.ShapingThroughput).
  hb_buffer_t* acquire_buffer() const {
    {
      std::lock_guard lock(pool_mutex);
      if (!pool.empty()) {
        hb_buffer_t* buffer = pool.back();
        pool.pop_back();
        return buffer;
      }
    }
    return hb_buffer_create();
  }

  void release_buffer(hb_buffer_t* buffer) const {
    hb_buffer_clear_contents(buffer);
    std::lock_guard lock(pool_mutex);
    if (pool.size() < kMaxPooledBuffers) {
      pool.push_back(buffer);
      return;
    }
    hb_buffer_destroy(buffer);
  }

  // Each character's own glyph and advance, without shaping (no kerning).
  template <typename Emit>
  void emit_nominal(std::u32string_view text, std::size_t begin, std::size_t end,
                    Emit& emit) const {
    for (std::size_t c = begin; c < end && c < text.size(); ++c) {
      hb_codepoint_t glyph = 0;
      hb_font_get_nominal_glyph(font, text[c], &glyph);
      emit(c, text[c], glyph, hb_font_get_glyph_h_advance(font, glyph) * per_unit);
    }
  }

  // Calls emit(index, codepoint, glyph, advance) exactly once for every character of text.
  template <typename Emit>
  void shape(std::u32string_view text, Emit&& emit) const {
    if (text.empty()) return;
    hb_buffer_t* buffer = acquire_buffer();
    hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_CHARACTERS);
    hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(text.data()),
                        static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_language(buffer, language);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(font, buffer, kFeatures, std::size(kFeatures));

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);

    // Glyphs come in clusters, with increasing cluster values for left-to-right text. A cluster
    // with as many glyphs as characters maps one to one; any other (a composed or decomposed
    // sequence, or reordered text) falls back to each character's nominal glyph.
    const std::size_t n = text.size();
    bool monotonic = count > 0 && info[0].cluster == 0;
    for (unsigned k = 1; k < count && monotonic; ++k) {
      monotonic = info[k].cluster >= info[k - 1].cluster;
    }
    if (!monotonic) {
      emit_nominal(text, 0, n, emit);
      count = 0;
    }
    for (unsigned g = 0; g < count;) {
      const std::size_t begin = info[g].cluster;
      unsigned g_end = g + 1;
      while (g_end < count && info[g_end].cluster == begin) ++g_end;
      const std::size_t end = g_end < count ? info[g_end].cluster : n;
      if (end - begin == g_end - g) {
        for (unsigned k = g; k < g_end; ++k) {
          const std::size_t c = begin + (k - g);
          emit(c, text[c], info[k].codepoint, pos[k].x_advance * per_unit);
        }
      } else {
        emit_nominal(text, begin, end, emit);
      }
      g = g_end;
    }
    release_buffer(buffer);
  }

  static constexpr std::size_t kMaxPooledBuffers = 16;
  mutable std::mutex pool_mutex;
  mutable std::vector<hb_buffer_t*> pool;
};

Font::Font(display::FontFace face) : face_(std::move(face)), hb_(std::make_unique<HarfBuzz>()) {
  const std::string& path = face_.path;
  hb_->blob = hb_blob_create_from_file_or_fail(path.c_str());
  if (hb_->blob == nullptr) fail(path, "het bestand bestaat niet of kan niet worden gelezen");
  if (hb_face_count(hb_->blob) == 0) fail(path, "het is geen TrueType- of OpenType-lettertype");
  hb_->face = hb_face_create(hb_->blob, 0);
  if (table_length(hb_->face, HB_TAG('C', 'F', 'F', ' ')) > 0 ||
      table_length(hb_->face, HB_TAG('C', 'F', 'F', '2')) > 0) {
    fail(path,
         "het heeft PostScript-contouren (OpenType/CFF); alleen TrueType-contouren kunnen in "
         "de PDF worden ingebed");
  }
  // A truncated file still yields a face; the required tables are then missing or cut short.
  constexpr unsigned kHeadLength = 54;
  if (table_length(hb_->face, HB_TAG('h', 'e', 'a', 'd')) < kHeadLength ||
      table_length(hb_->face, HB_TAG('c', 'm', 'a', 'p')) == 0 ||
      table_length(hb_->face, HB_TAG('h', 'm', 't', 'x')) == 0 ||
      table_length(hb_->face, HB_TAG('l', 'o', 'c', 'a')) == 0 ||
      table_length(hb_->face, HB_TAG('g', 'l', 'y', 'f')) == 0 ||
      hb_face_get_glyph_count(hb_->face) == 0) {
    fail(path, "het bestand is beschadigd of onvolledig (TrueType-tabellen ontbreken)");
  }
  const unsigned upem = hb_face_get_upem(hb_->face);
  hb_->per_unit = 1.0 / upem;
  hb_->font = hb_font_create(hb_->face);
  hb_font_set_scale(hb_->font, static_cast<int>(upem), static_cast<int>(upem));
  hb_font_make_immutable(hb_->font);
  hb_->language = hb_language_from_string("nl", -1);

  ascender_ = hb_->metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, ascender_);
  descender_ = hb_->metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, descender_);
  cap_height_ = hb_->metric(HB_OT_METRICS_TAG_CAP_HEIGHT, cap_height_);
  x_height_ = hb_->metric(HB_OT_METRICS_TAG_X_HEIGHT, x_height_);
}

Font::~Font() = default;

bool Font::has_glyph(char32_t c) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(hb_->font, c, &glyph) && glyph != 0;
}

std::vector<ShapedGlyph> Font::shape(std::u32string_view text) const {
  std::vector<ShapedGlyph> out(text.size());
  hb_->shape(text, [&out](std::size_t i, char32_t c, std::uint32_t glyph, double advance) {
    out[i] = {c, glyph, advance};
  });
  return out;
}

double Font::measure(std::u32string_view text) const {
  double width = 0;
  hb_->shape(text,
             [&width](std::size_t, char32_t, std::uint32_t, double advance) { width += advance; });
  return width;
}

}  // namespace koers::text

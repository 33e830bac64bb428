#include "layout/figure.h"

#include <algorithm>

#include "layout/chart.h"
#include "layout/paragraph.h"
#include "layout/references.h"

namespace koers::layout {
namespace {

constexpr double kPlaceholderRatio = 0.75;  // height / width of the frame of a missing picture
constexpr double kCaptionGap = 6;           // between a picture and its caption, points

struct Spacing {
  double before, after;
};

// From the style's paragraph style of that name when the sheet defines one.
Spacing spacing(const Context& ctx, const std::string& name, Spacing fallback) {
  auto it = ctx.style.paragraphs.find(name);
  if (it == ctx.style.paragraphs.end()) return fallback;
  return {it->second.space_before, it->second.space_after};
}

std::string plain_text(const doc::Inlines& spans) {
  std::string out;
  for (const auto& s : spans)
    if (s.kind == doc::Span::Kind::text) out += s.text;
  return out;
}

// The picture (or, when it cannot be used, an error and an empty frame of the same size),
// placed in frame according to its alignment.
Chunk picture_chunk(Context& ctx, const doc::Image& image, const doc::SourceRef& source,
                    const Area& frame, double max_height, const std::string& default_align,
                    const std::string& alt) {
  const ImageStore::Entry& entry = ctx.images.get(image.src);
  const image::Picture& picture = entry.loaded.picture;
  ImageSize size;
  if (entry.loaded.ok()) {
    size = fit_image(picture.width, picture.height, image.width, image.height, frame.width,
                     max_height);
  } else {
    // At the <image> itself, also inside a <figure> (source is then the figure's).
    const doc::SourceRef& where = image.at.line > 0 ? image.at : source;
    ctx.diags.error(ctx.file, where.line, where.column, entry.message, entry.hint);
    size.width = image.width > 0 ? std::min(image.width, frame.width) : frame.width;
    size.height =
        std::min(image.height > 0 ? image.height : size.width * kPlaceholderRatio, max_height);
  }
  std::string align = image.align.empty() ? default_align : image.align;
  if (image.align.empty() && ctx.style.paragraphs.count(image.style)) {
    const style::TextAlign text_align = ctx.style.paragraphs.at(image.style).text_align;
    align = text_align == style::TextAlign::center  ? "center"
            : text_align == style::TextAlign::right ? "right"
                                                    : "left";
  }
  double x = frame.x;
  if (align == "center") x += (frame.width - size.width) / 2;
  if (align == "right") x += frame.width - size.width;

  Chunk c;
  c.height = size.height;
  if (entry.loaded.ok()) {
    c.items.push_back(image::placed(picture, x, 0, size.width, size.height, alt));
  } else {
    display::Rect r;
    r.x = x, r.w = size.width, r.h = size.height;
    r.fill = false;
    r.stroke = true;
    r.stroke_color = {0.8, 0.8, 0.8};
    c.items.push_back(r);
  }
  return c;
}

}  // namespace

ImageSize fit_image(int pixel_width, int pixel_height, double width, double height,
                    double max_width, double max_height) {
  const double natural_w = std::max(1, pixel_width) * kPointsPerPixel;
  const double natural_h = std::max(1, pixel_height) * kPointsPerPixel;
  ImageSize size{natural_w, natural_h};
  if (width > 0 && height > 0) {
    const double scale = std::min(width / natural_w, height / natural_h);
    size = {natural_w * scale, natural_h * scale};
  } else if (width > 0) {
    size = {width, width * natural_h / natural_w};
  } else if (height > 0) {
    size = {height * natural_w / natural_h, height};
  }
  const double shrink =
      std::min({1.0, max_width / size.width, std::max(1.0, max_height) / size.height});
  return {size.width * shrink, size.height * shrink};
}

Chunks layout_image(Context& ctx, const doc::Image& image, const doc::SourceRef& source,
                    const Area& area) {
  Chunk c = picture_chunk(ctx, image, source, area, ctx.page_body_height, "left", image.alt);
  const Spacing s = spacing(ctx, image.style.empty() ? "image" : image.style, {6, 6});
  c.space_before = s.before;
  c.space_after = s.after;
  return {std::move(c)};
}

Chunks layout_figure(Context& ctx, const doc::Figure& figure, const doc::SourceRef& source,
                     const Area& area) {
  const double width = figure.width > 0 ? std::min(figure.width, area.width) : area.width;
  const Area frame{area.x + (area.width - width) / 2, width};

  Chunks caption;
  if (!figure.caption.empty()) {
    std::u32string prefix;
    if (auto it = ctx.figures.find(&figure); it != ctx.figures.end())
      prefix = text::to_u32(caption_prefix(ctx, it->second));
    ParagraphSetup setup{&ctx.style.paragraph("caption"), frame, {}, source, prefix};
    caption = layout_paragraph(ctx, figure.caption, setup);
    // A caption of one line is centred under its picture, a longer one fills the frame (the
    // rule of LaTeX's captions). Notes would be numbered twice: those captions stay as set.
    const bool has_note =
        std::any_of(figure.caption.begin(), figure.caption.end(),
                    [](const doc::Span& s) { return s.kind == doc::Span::Kind::footnote; });
    if (caption.size() == 1 && !has_note) {
      setup.align = style::TextAlign::center;
      caption = layout_paragraph(ctx, figure.caption, setup);
    }
  }
  const double caption_height = caption.empty() ? 0 : stack_chunks(caption).height + kCaptionGap;
  const double max_height = std::max(1.0, ctx.page_body_height - caption_height);

  Chunks parts;
  if (const auto* image = std::get_if<doc::Image>(&figure.content)) {
    const std::string alt = image->alt.empty() ? plain_text(figure.caption) : image->alt;
    parts.push_back(picture_chunk(ctx, *image, source, frame, max_height, "center", alt));
  } else {
    parts.push_back(
        chart_chunk(ctx, std::get<doc::Chart>(figure.content), source, frame, max_height));
  }
  if (!caption.empty()) {
    parts.front().space_after = kCaptionGap;
    caption.front().space_before = kCaptionGap;
    for (auto& c : caption) parts.push_back(std::move(c));
  }
  // One chunk: the picture and its caption are never parted.
  Chunk whole = stack_chunks(parts);
  const Spacing s = spacing(ctx, "figure", {12, 12});
  whole.space_before = s.before;
  whole.space_after = s.after;
  return {std::move(whole)};
}

}  // namespace koers::layout

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/resources.h"
#include "image/image_test_support.h"
#include "layout/figure.h"
#include "layout/layout_test_support.h"

namespace koers::layout {
namespace {

constexpr double kMargin = 70.87;
constexpr double kMeasure = 595.276 - 2 * kMargin;
constexpr double kTextHeight = 841.89 - 2 * kMargin;

// Counts reads, to show that a picture is read and decoded once per document.
class CountingResources : public MemoryResources {
 public:
  std::optional<std::string> read(const std::filesystem::path& path) const override {
    ++reads;
    return MemoryResources::read(path);
  }
  mutable int reads = 0;
};

struct ImageLayout {
  CountingResources resources;
  testing::Laid laid;

  ImageLayout() {
    resources.put("/doc/kaart.png", image::testing::png_rgba(400, 200, image::testing::gradient));
    resources.put("/doc/foto.jpg", image::testing::jpeg_file(640, 480, 3));
    resources.put("/doc/breed.png", image::testing::png_rgba(2000, 100, image::testing::gradient));
    resources.put("/doc/hoog.png", image::testing::png_rgba(100, 2000, image::testing::gradient));
    resources.put("/doc/kapot.png",
                  image::testing::png_rgba(40, 40, image::testing::gradient).substr(0, 100));
  }

  const display::Document& run(doc::Blocks blocks,
                               const style::StyleSheet& sheet = testing::test_style()) {
    Options options;
    options.file = "visie.xml";
    options.resources = &resources;
    options.base_dir = "/doc";
    laid.document = layout_document(testing::one_section(std::move(blocks)), sheet, laid.fonts,
                                    laid.diags, options);
    return laid.document;
  }
};

doc::Block image_block(std::string src, double width = 0, double height = 0) {
  doc::Image image;
  image.src = std::move(src);
  image.alt = "Kaart";
  image.width = width;
  image.height = height;
  doc::Block block{image};
  block.source = {7, 3};
  return block;
}

doc::Block figure_block(std::string src, std::string caption, std::string id = {}) {
  doc::Figure figure;
  doc::Image image;
  image.src = std::move(src);
  image.alt = "Kaart";
  figure.content = std::move(image);
  figure.caption.push_back(testing::text_span(std::move(caption)));
  figure.id = id;
  doc::Block block{figure};
  block.id = std::move(id);
  block.source = {9, 1};
  return block;
}

std::vector<const display::Image*> images_of(const display::Page& page) {
  std::vector<const display::Image*> out;
  for (const auto& item : page.items)
    if (const auto* image = std::get_if<display::Image>(&item)) out.push_back(image);
  return out;
}

TEST(FitImage, NaturalSizeIsNinetySixPixelsPerInch) {
  const ImageSize s = fit_image(400, 200, 0, 0, 1000, 1000);
  EXPECT_DOUBLE_EQ(s.width, 300);
  EXPECT_DOUBLE_EQ(s.height, 150);
}

TEST(FitImage, OneDimensionGivesTheOtherThroughTheProportions) {
  ImageSize s = fit_image(400, 200, 100, 0, 1000, 1000);
  EXPECT_DOUBLE_EQ(s.height, 50);
  s = fit_image(400, 200, 0, 100, 1000, 1000);
  EXPECT_DOUBLE_EQ(s.width, 200);
}

TEST(FitImage, BothDimensionsAreABoxThePictureFitsInto) {
  ImageSize s = fit_image(400, 200, 100, 100, 1000, 1000);
  EXPECT_DOUBLE_EQ(s.width, 100);
  EXPECT_DOUBLE_EQ(s.height, 50);
  s = fit_image(400, 200, 300, 60, 1000, 1000);
  EXPECT_DOUBLE_EQ(s.width, 120);
  EXPECT_DOUBLE_EQ(s.height, 60);
}

TEST(FitImage, NeverWiderOrTallerThanTheFrame) {
  ImageSize s = fit_image(4000, 1000, 0, 0, 450, 700);
  EXPECT_DOUBLE_EQ(s.width, 450);
  EXPECT_NEAR(s.height, 112.5, 1e-9);
  s = fit_image(1000, 4000, 600, 0, 450, 700);  // a requested width, too wide and too tall
  EXPECT_NEAR(s.height, 700, 1e-9);
  EXPECT_NEAR(s.width, 175, 1e-9);
}

TEST(Images, PngIsPlacedAtItsNaturalSizeWithItsPixels) {
  ImageLayout t;
  const auto& d = t.run({image_block("kaart.png"), testing::paragraph("Onder de kaart.")});
  EXPECT_EQ(t.laid.diags.items().size(), 0u) << to_string(t.laid.diags.items().front());
  const auto images = images_of(d.pages[0]);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_DOUBLE_EQ(images[0]->x, kMargin);
  EXPECT_DOUBLE_EQ(images[0]->w, 300);
  EXPECT_DOUBLE_EQ(images[0]->h, 150);
  EXPECT_EQ(images[0]->pixel_width, 400);
  EXPECT_EQ(images[0]->rgb.size(), 400u * 200 * 3);
  EXPECT_EQ(images[0]->alt, "Kaart");
  const auto runs = testing::body_runs(d.pages[0]);
  ASSERT_FALSE(runs.empty());
  EXPECT_GT(runs[0]->y, images[0]->y + images[0]->h);  // the text follows the picture
}

TEST(Images, NamedStyleGivesAlignmentAndSpacing) {
  ImageLayout t;
  style::StyleSheet sheet = testing::test_style();
  style::ParagraphStyle logo;
  logo.text_align = style::TextAlign::center;
  logo.space_after = 40;
  sheet.paragraphs["cover-logo"] = logo;
  doc::Block block = image_block("kaart.png");
  std::get<doc::Image>(block.value).style = "cover-logo";
  const auto& d = t.run({block, testing::paragraph("Titel")}, sheet);
  const auto images = images_of(d.pages[0]);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_NEAR(images[0]->x, kMargin + (kMeasure - 300) / 2, 1e-6);
  const auto runs = testing::body_runs(d.pages[0]);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_GT(runs[0]->y, images[0]->y + images[0]->h + 40);
  // An explicit align wins over the style's.
  std::get<doc::Image>(block.value).align = "right";
  ImageLayout right;
  const auto& d2 = right.run({block}, sheet);
  EXPECT_NEAR(images_of(d2.pages[0])[0]->x, kMargin + kMeasure - 300, 1e-6);
}

TEST(Images, JpegIsPassedThrough) {
  ImageLayout t;
  const auto& d = t.run({image_block("foto.jpg", 200)});
  ASSERT_FALSE(t.laid.diags.has_errors());
  const auto images = images_of(d.pages[0]);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0]->jpeg, *t.resources.MemoryResources::read("/doc/foto.jpg"));
  EXPECT_EQ(images[0]->components, 3);
  EXPECT_TRUE(images[0]->rgb.empty());
  EXPECT_DOUBLE_EQ(images[0]->w, 200);
  EXPECT_DOUBLE_EQ(images[0]->h, 150);
}

TEST(Images, ScaledIntoTheTextArea) {
  ImageLayout t;
  const auto& d = t.run({image_block("breed.png"), image_block("hoog.png")});
  ASSERT_FALSE(t.laid.diags.has_errors());
  std::vector<const display::Image*> all;
  for (const auto& page : d.pages)
    for (const auto* image : images_of(page)) all.push_back(image);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_NEAR(all[0]->w, kMeasure, 1e-6);
  EXPECT_NEAR(all[0]->h, kMeasure / 20, 1e-6);
  EXPECT_NEAR(all[1]->h, kTextHeight, 1e-6);
  EXPECT_NEAR(all[1]->w, kTextHeight / 20, 1e-6);
}

TEST(Images, MissingPictureIsAnErrorAtItsLineAndColumn) {
  ImageLayout t;
  t.run({image_block("kaart-oud.png", 200, 100), testing::paragraph("Tekst.")});
  ASSERT_EQ(t.laid.diags.error_count(), 1u);
  const Diagnostic& e = t.laid.diags.items().front();
  EXPECT_EQ(e.file, "visie.xml");
  EXPECT_EQ(e.line, 7);
  EXPECT_EQ(e.column, 3);
  EXPECT_EQ(e.message,
            "Afbeelding 'kaart-oud.png' is niet gevonden (gezocht: /doc/kaart-oud.png).");
  // Its frame is kept free, so the rest of the layout can still be checked.
  const auto runs = testing::body_runs(t.laid.document.pages[0]);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_GT(runs[0]->y, kMargin + 100);
}

TEST(Images, DamagedPictureIsAnErrorWithAHint) {
  ImageLayout t;
  t.run({image_block("kapot.png")});
  ASSERT_EQ(t.laid.diags.error_count(), 1u);
  const Diagnostic& e = t.laid.diags.items().front();
  EXPECT_NE(e.message.find("'kapot.png' kan niet worden gebruikt: het PNG-bestand is beschadigd"),
            std::string::npos)
      << e.message;
  EXPECT_NE(e.hint.find("sla haar opnieuw op"), std::string::npos) << e.hint;
}

TEST(Images, WithoutResourcesEveryPictureIsAnError) {
  testing::Laid laid;
  layout_document(testing::one_section({image_block("kaart.png")}), testing::test_style(),
                  laid.fonts, laid.diags);
  EXPECT_EQ(laid.diags.error_count(), 1u);
}

TEST(Images, ReadAndDecodedOncePerDocument) {
  ImageLayout t;
  doc::Toc toc;  // contents: layout runs at least two passes
  t.run({{toc},
         testing::heading(1, "Kaarten"),
         image_block("kaart.png"),
         image_block("kaart.png", 100),
         image_block("kaart.png", 50)});
  ASSERT_FALSE(t.laid.diags.has_errors());
  EXPECT_EQ(t.resources.reads, 1);
}

TEST(Figures, CaptionIsNumberedAndSetBelowTheCentredPicture) {
  ImageLayout t;
  const auto& d = t.run({figure_block("kaart.png", "Het warmtenet in 2030", "kaart"),
                         figure_block("foto.jpg", "De haven")});
  ASSERT_FALSE(t.laid.diags.has_errors());
  const auto images = images_of(d.pages[0]);
  ASSERT_EQ(images.size(), 2u);
  EXPECT_NEAR(images[0]->x, kMargin + (kMeasure - 300) / 2, 1e-6);
  const std::string text = testing::page_text(d.pages[0]);
  EXPECT_NE(text.find("Figuur\u00A01: Het warmtenet in 2030"), std::string::npos) << text;
  EXPECT_NE(text.find("Figuur\u00A02: De haven"), std::string::npos) << text;
  const auto runs = testing::body_runs(d.pages[0]);
  ASSERT_FALSE(runs.empty());
  EXPECT_GT(runs[0]->y, images[0]->y + images[0]->h);
  EXPECT_LT(runs[0]->y, images[1]->y);
  // A one-line caption is centred under its picture.
  double left = 1e9, right = 0;
  for (const auto* r : runs)
    if (std::abs(r->y - runs[0]->y) < 0.01) {
      left = std::min(left, r->x);
      right = std::max(right, r->x + r->width());
    }
  EXPECT_NEAR((left + right) / 2, kMargin + kMeasure / 2, 0.5);
}

TEST(Figures, LongCaptionFillsTheFrame) {
  ImageLayout t;
  const auto& d = t.run({figure_block("kaart.png", testing::words(60))});
  const auto runs = testing::body_runs(d.pages[0]);
  ASSERT_FALSE(runs.empty());
  EXPECT_NEAR(runs[0]->x, kMargin, 0.01);
}

TEST(Figures, AltTextFallsBackToTheCaption) {
  ImageLayout t;
  doc::Block block = figure_block("kaart.png", "Het warmtenet");
  std::get<doc::Image>(std::get<doc::Figure>(block.value).content).alt.clear();
  const auto& d = t.run({block});
  const auto images = images_of(d.pages[0]);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0]->alt, "Het warmtenet");
}

TEST(Figures, PictureAndCaptionAreNeverParted) {
  ImageLayout t;
  // Text that leaves less room on the first page than the picture and caption need, but
  // more than the picture alone.
  doc::Blocks blocks;
  for (int i = 0; i < 9; ++i) blocks.push_back(testing::paragraph(testing::words(70, i)));
  blocks.push_back(figure_block("kaart.png", "Het warmtenet in 2030"));
  const auto& d = t.run(blocks);
  ASSERT_FALSE(t.laid.diags.has_errors());
  int image_page = -1;
  for (std::size_t p = 0; p < d.pages.size(); ++p)
    if (!images_of(d.pages[p]).empty()) image_page = static_cast<int>(p);
  ASSERT_GE(image_page, 0);
  EXPECT_EQ(testing::page_of(d, "Het warmtenet in 2030"), image_page);
  EXPECT_EQ(image_page, 1) << "the test's text should fill most of page 1";
}

TEST(Figures, TallPictureLeavesRoomForItsCaption) {
  ImageLayout t;
  const auto& d = t.run({figure_block("hoog.png", "Een hoge kaart")});
  ASSERT_EQ(d.pages.size(), 1u);
  const auto images = images_of(d.pages[0]);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_LT(images[0]->h, kTextHeight - 10);
  EXPECT_EQ(testing::page_of(d, "Een hoge kaart"), 0);
}

TEST(Figures, ReferenceShowsTheFigureLabel) {
  ImageLayout t;
  doc::Span ref;
  ref.kind = doc::Span::Kind::page_ref;
  ref.show = doc::Span::Show::label;
  ref.target = "haven";
  const auto& d =
      t.run({testing::paragraph({testing::text_span("Zie "), ref}),
             figure_block("kaart.png", "Kaart"), figure_block("foto.jpg", "De haven", "haven")});
  EXPECT_FALSE(t.laid.diags.has_errors());
  EXPECT_TRUE(testing::page_contains(d.pages[0], "Zie figuur\u00A02"))
      << testing::page_text(d.pages[0]);
}

}  // namespace
}  // namespace koers::layout

#include "pipeline/pdf/page_scans.h"

#include <doctest/doctest.h>

#include "tests/pdf_fixture.h"

namespace delib {
namespace {

GrayImage Paper(int w, int h) {
  GrayImage img;
  img.width = w;
  img.height = h;
  img.dpi = 200;
  img.pixels.assign(static_cast<size_t>(w) * h, 250);
  return img;
}

}  // namespace

TEST_CASE("A page that is one A4 image is a scan at that image's resolution") {
  // 1654 x 2339 pixels on an A4 page: a 200 dpi scan; 100 x 140: a thumbnail.
  std::string pdf = testing::WriteTemp("scans/mixed.pdf",
                                       testing::MakeImagePdf({Paper(1654, 2339), Paper(100, 140)}));
  std::vector<PageScan> scans = FindPageScans(pdf);
  REQUIRE(scans.size() == 2);
  CHECK(scans[0].is_scan);
  CHECK(scans[0].dpi == doctest::Approx(200).epsilon(0.01));
  CHECK(OcrDpi(scans[0], 300) == 200);
  CHECK_FALSE(scans[1].is_scan);
  CHECK(OcrDpi(scans[1], 300) == 300);
}

TEST_CASE("A born-digital page has no page image; an unreadable file tells nothing") {
  std::string pdf = testing::WriteTemp("scans/text.pdf", testing::MakeTextPdf({{"Affiché le 20 mars 2024"}}));
  std::vector<PageScan> scans = FindPageScans(pdf);
  REQUIRE(scans.size() == 1);
  CHECK_FALSE(scans[0].is_scan);
  CHECK(FindPageScans(testing::WriteTemp("scans/junk.pdf", "%PDF-1.4 junk")).empty());
  CHECK(FindPageScans("/nonexistent/file.pdf").empty());
}

TEST_CASE("OCR resolution: the scan's own between 200 and 400 dpi, else the fallback") {
  CHECK(OcrDpi({true, 240.2}, 300) == 240);
  CHECK(OcrDpi({true, 300}, 300) == 300);
  CHECK(OcrDpi({true, 150}, 300) == 300);  // a fax: upsampled
  CHECK(OcrDpi({true, 600}, 300) == 300);  // fine scan: reduced
  CHECK(OcrDpi({false, 0}, 300) == 300);
}

}  // namespace delib

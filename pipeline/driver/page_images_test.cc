#include "pipeline/driver/page_images.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "pipeline/driver/report_images.h"
#include "tests/pdf_fixture.h"

namespace delib {
namespace {

Anomaly On(std::vector<int> pages) {
  Anomaly an;
  an.rule = "count.mismatch";
  for (int p : pages) {
    Evidence e;
    e.page = p;
    e.box = {72, 100, 300, 112};
    an.evidence.push_back(e);
  }
  return an;
}

}  // namespace

// The report drew pages at 60 dpi, too small to read a figure, and wrote
// page 1 whether or not evidence was on it.
TEST_CASE("page_images: one picture per evidence page, at 150 dpi, PNG for text, JPEG for scans") {
  std::string path = testing::WriteTemp(
      "pageimg/three.pdf", testing::MakeTextPdf({{"page one"}, {"page two"}, {"page three"}}));
  Result<PdfSource> pdf = PdfSource::Open(path);
  REQUIRE(pdf.ok());
  Record r;
  r.pages = 3;
  r.page_sources = {"text", "text", "ocr"};
  Act act;
  act.anomalies = {On({2, 2}), On({2}), On({3}), On({7})};  // page 7 does not exist
  r.acts = {act};
  CHECK(PagesToShow(r, 20) == std::vector<int>{2, 3});
  CHECK(PagesToShow(r, 1) == std::vector<int>{2});
  std::string dir = testing::TempDir() + "/pageimg/pages";
  CHECK(WritePageImages(pdf.value(), r, dir, "three") == std::vector<int>{2, 3});
  CHECK_FALSE(std::filesystem::exists(dir + "/three-p1.png"));
  std::optional<ImageFile> p2 = FindPageImage(testing::TempDir() + "/pageimg", "three", 2);
  REQUIRE(p2);
  CHECK(p2->format == ImageFormat::kPng);
  CHECK(p2->width == 1240);  // A4 at 150 dpi
  std::optional<ImageFile> p3 = FindPageImage(testing::TempDir() + "/pageimg", "three", 3);
  REQUIRE(p3);
  CHECK(p3->format == ImageFormat::kJpeg);
  CHECK(p3->height == 1754);
  // Read again by OCR, page 2 becomes a JPEG: the PNG of the earlier run goes.
  r.page_sources = {"text", "ocr", "ocr"};
  CHECK(WritePageImages(pdf.value(), r, dir, "three") == std::vector<int>{2, 3});
  CHECK_FALSE(std::filesystem::exists(dir + "/three-p2.png"));
  CHECK(std::filesystem::exists(dir + "/three-p2.jpg"));
}

}  // namespace delib

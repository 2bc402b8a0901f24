#include "pipeline/document.h"

#include <doctest/doctest.h>

#include "tests/pdf_fixture.h"

namespace delib {
using testing::MakeImagePdf;
using testing::MakeTextPdf;
using testing::WriteTemp;

namespace {

GrayImage Blank(int w, int h) {
  GrayImage img;
  img.width = w;
  img.height = h;
  img.dpi = 50;
  img.pixels.assign(static_cast<size_t>(w) * h, 255);
  return img;
}

EngineFactory Fake(std::map<int, std::string> pages, int* made = nullptr) {
  return [pages, made]() -> Result<std::unique_ptr<OcrEngine>> {
    if (made) ++*made;
    return std::unique_ptr<OcrEngine>(new FakeOcrEngine(pages));
  };
}

}  // namespace

TEST_CASE("Pages with a text layer are never OCRed; scanned pages are") {
  int made = 0;
  std::string text_pdf = WriteTemp("doc/born.pdf", MakeTextPdf({{"EXTRAIT DU REGISTRE DES DELIBERATIONS",
      "DU CONSEIL MUNICIPAL DE PREMESQUES, séance du 19 février 2024",
      "Nombre de membres en exercice : 18 et présents : 17 membres"}}));
  DocumentProcessor proc({}, Fake({}, &made), nullptr, {});
  Record r = proc.Process(text_pdf, "born.pdf");
  CHECK(r.status == "ok");
  CHECK(r.pages == 1);
  CHECK(r.page_sources == std::vector<std::string>{"text"});
  CHECK(made == 0);  // no engine was even created
  CHECK(r.sha256.size() == 64);

  std::string scan_pdf = WriteTemp("doc/scan.pdf", MakeImagePdf({Blank(100, 140), Blank(100, 140)}));
  DocumentProcessor proc2({}, Fake({{1, "SEANCE DU 19 FEVRIER 2024"}, {2, "Affiché le 23 février 2024"}}, &made),
                          nullptr, {});
  Record s = proc2.Process(scan_pdf, "scan.pdf");
  CHECK(s.status == "ok");
  CHECK(s.page_sources == std::vector<std::string>{"ocr", "ocr"});
  CHECK(made == 1);  // one engine for the whole document
  REQUIRE_FALSE(s.acts.empty());
  CHECK(s.acts[0].pages == std::vector<int>{1, 2});
}

TEST_CASE("A page that fails keeps what the other pages gave: partial record") {
  std::string scan_pdf = WriteTemp("doc/partial.pdf", MakeImagePdf({Blank(100, 140), Blank(100, 140)}));
  DocumentProcessor proc({}, Fake({{1, "SEANCE DU 19 FEVRIER 2024"}}), nullptr, {});
  Record r = proc.Process(scan_pdf, "partial.pdf");
  CHECK(r.status == "partial");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].page == 2);
  CHECK(r.errors[0].code == "ocr");
  CHECK_FALSE(r.acts.empty());
}

TEST_CASE("A bad file gives a failed record with its reason") {
  DocumentProcessor proc({}, Fake({}), nullptr, {});
  Record r = proc.Process(WriteTemp("doc/bad.pdf", "not a pdf at all"), "bad.pdf");
  CHECK(r.status == "failed");
  CHECK(r.acts.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].code == "not_pdf");
}

TEST_CASE("OCR results are cached by content, page and engine") {
  Result<std::unique_ptr<OcrCache>> cache = OcrCache::Open(testing::TempDir() + "/doc-cache.sqlite");
  REQUIRE(cache.ok());
  std::string scan_pdf = WriteTemp("doc/cached.pdf", MakeImagePdf({Blank(100, 140)}));
  Result<PdfSource> pdf = PdfSource::Open(scan_pdf);
  REQUIRE(pdf.ok());
  auto read = [&](const std::string& text, const std::string& sha) {
    DocumentProcessor proc({}, Fake({{1, text}}), cache.value().get(), {});
    Record r;
    std::vector<PageText> pages;
    REQUIRE(proc.ReadPages(pdf.value(), sha, &r, &pages, nullptr).ok());
    REQUIRE(pages.size() == 1);
    return pages[0].lines.at(0).Text();
  };
  CHECK(read("SEANCE DU 3 MARS 2023", "sha-a") == "SEANCE DU 3 MARS 2023");
  // Same content hash: the page comes from the cache, not from the engine.
  CHECK(read("SOMETHING ELSE", "sha-a") == "SEANCE DU 3 MARS 2023");
  // Another content hash: read again.
  CHECK(read("SOMETHING ELSE", "sha-b") == "SOMETHING ELSE");
}

}  // namespace delib

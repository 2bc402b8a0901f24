// Real OCR (Tesseract): slow, labelled "ocr" in CTest.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "pipeline/base/fold.h"
#include "pipeline/driver/document.h"
#include "pipeline/pdf/library_messages.h"
#include "tests/pdf_fixture.h"

namespace delib {

TEST_SUITE("ocr") {
  TEST_CASE("Tesseract reads a scanned page, and an upside-down one, in French") {
    std::vector<std::string> lines = {
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL",
        "Nombre de membres en exercice : 18",
        "SEANCE DU 19 FEVRIER 2024",
        "L'an deux mille vingt-quatre et le dix-neuf du mois de Février, le Conseil",
        "Municipal, régulièrement convoqué, s'est réuni salle du Conseil Municipal,",
        "sous la présidence de Monsieur Yvan HUTCHINSON, Maire.",
        "Madame Nathalie GUISLAIN a été désignée comme secrétaire de séance.",
        "Délibération adoptée à l'unanimité."};
    std::string text_pdf = testing::WriteTemp("ocr/text.pdf", testing::MakeTextPdf({lines}));
    Result<PdfSource> src = PdfSource::Open(text_pdf);
    REQUIRE(src.ok());
    Result<GrayImage> img = src.value().Render(1, 200);
    REQUIRE(img.ok());
    std::string scan = testing::WriteTemp(
        "ocr/scan.pdf", testing::MakeImagePdf({img.value(), testing::Rotate180(img.value()),
                                               testing::RotateLeft(img.value())}));

    ProcessOptions opt;
    opt.dpi = 200;
    DocumentProcessor proc(opt, [] { return MakeTesseractEngine("fra"); }, nullptr, {});
    Result<PdfSource> pdf = PdfSource::Open(scan);
    REQUIRE(pdf.ok());
    Record record;
    std::vector<PageText> pages;
    REQUIRE(proc.ReadPages(pdf.value(), "", &record, &pages, nullptr).ok());
    REQUIRE(pages.size() == 3);
    CHECK(record.page_sources == std::vector<std::string>{"ocr", "ocr", "ocr"});
    CHECK(pages[0].rotation == 0);
    CHECK(pages[1].rotation == 180);
    CHECK(pages[2].rotation == 90);  // fed sideways: a quarter turn clockwise
    for (const PageText& p : pages) {
      std::string all;
      for (const Line& l : p.lines) all += l.Text() + "\n";
      std::string f = Fold(all);
      CHECK(f.find("seance du 19 fevrier 2024") != std::string::npos);
      CHECK(f.find("nathalie guislain") != std::string::npos);
      CHECK(f.find("membres en exercice : 18") != std::string::npos);
      CHECK(p.mean_conf > 0.8f);
      // Boxes are in points on an A4 page.
      CHECK(p.lines[0].box.x0 > 30);
      CHECK(p.lines[0].box.x1 < 595);
      CHECK(p.width_pt == doctest::Approx(595).epsilon(0.01));
    }
  }

  // Tesseract wrote its warnings on stderr (or, later, to /dev/null): a page
  // read at under 70 dpi (a large page under the pixel cap) left no trace.
  TEST_CASE("Tesseract's messages go to the record with the page, not stderr") {
    std::vector<std::string> lines = {"SEANCE DU 19 FEVRIER 2024",
                                      "Délibération adoptée à l'unanimité."};
    Result<PdfSource> src =
        PdfSource::Open(testing::WriteTemp("ocr/lowres-text.pdf", testing::MakeTextPdf({lines})));
    REQUIRE(src.ok());
    Result<GrayImage> img = src.value().Render(1, 200);
    REQUIRE(img.ok());
    std::string scan = testing::WriteTemp("ocr/lowres.pdf", testing::MakeImagePdf({img.value()}));

    ProcessOptions opt;
    opt.dpi = 50;  // Tesseract: "Warning: Invalid resolution 50 dpi. Using 70 instead."
    opt.native_dpi = false;
    DocumentProcessor proc(opt, [] { return MakeTesseractEngine("fra"); }, nullptr, {});
    // stderr into a file while the document is read.
    std::string err_path = testing::TempDir() + "/ocr/lowres.stderr";
    std::fflush(stderr);
    int saved = dup(2);
    FILE* err = std::fopen(err_path.c_str(), "w");
    REQUIRE(err != nullptr);
    dup2(fileno(err), 2);
    Record r = proc.Process(scan, "lowres.pdf");
    std::fflush(nullptr);
    dup2(saved, 2);
    close(saved);
    std::fclose(err);
    CHECK(r.page_sources == std::vector<std::string>{"ocr"});
    bool found = false;
    for (const LibraryNote& n : proc.library_messages())
      found |= n.library == "tesseract" && n.page == 1 &&
               n.text.find("Invalid resolution 50 dpi") != std::string::npos;
    CHECK(found);
    std::ifstream in(err_path);
    std::string printed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(printed.find("resolution") == std::string::npos);
  }
}

}  // namespace delib

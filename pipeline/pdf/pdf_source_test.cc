#include "pipeline/pdf/pdf_source.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/pdf_fixture.h"

namespace delib {
using testing::MakeTextPdf;
using testing::WriteTemp;

TEST_CASE("A born-digital page gives its words with boxes from the text layer") {
  std::string path = WriteTemp("text.pdf", MakeTextPdf({{"COMMUNE DE PRÉMESQUES",
                                                         "Séance du 19 février 2024, à 19 heures",
                                                         "Étaient présents : Y. HUTCHINSON, A. MARQUE"}}));
  Result<PdfSource> pdf = PdfSource::Open(path);
  REQUIRE(pdf.ok());
  CHECK(pdf.value().pages() == 1);
  Result<PageText> page = pdf.value().TextLayer(1);
  REQUIRE(page.ok());
  REQUIRE(page.value().lines.size() == 3);
  CHECK(page.value().lines[0].Text() == "COMMUNE DE PRÉMESQUES");
  const Word& first = page.value().lines[0].words[0];
  // Drawn at y = 790 from the bottom with 11 pt type: near 52 pt from the top.
  CHECK(first.box.x0 == doctest::Approx(56).epsilon(0.05));
  CHECK(first.box.y0 > 40);
  CHECK(first.box.y1 < 60);
  CHECK(IsRealTextLayer(page.value()));
}

TEST_CASE("Rendering gives a grayscale image of the page size") {
  std::string path = WriteTemp("render.pdf", MakeTextPdf({{"Bonjour"}}));
  Result<PdfSource> pdf = PdfSource::Open(path);
  REQUIRE(pdf.ok());
  Result<GrayImage> img = pdf.value().Render(1, 72);
  REQUIRE(img.ok());
  CHECK(img.value().width == 595);
  CHECK(img.value().height == 842);
  CHECK(img.value().pixels.size() == 595u * 842u);
}

TEST_CASE("Bad inputs are errors a person understands") {
  SUBCASE("missing") {
    Result<PdfSource> r = PdfSource::Open(testing::TempDir() + "/nope.pdf");
    CHECK(r.status().code() == Code::kNotFound);
  }
  SUBCASE("empty") {
    Result<PdfSource> r = PdfSource::Open(WriteTemp("empty.pdf", ""));
    CHECK(r.status().code() == Code::kEmpty);
    CHECK(r.status().message().find("empty") != std::string::npos);
  }
  SUBCASE("not a pdf") {
    Result<PdfSource> r = PdfSource::Open(WriteTemp("text.pdf.pdf", "Bonjour, ceci est du texte."));
    CHECK(r.status().code() == Code::kNotPdf);
  }
  SUBCASE("png named .pdf") {
    Result<PdfSource> r = PdfSource::Open(WriteTemp("img.pdf", std::string("\x89PNG\r\n\x1a\n....", 12)));
    CHECK(r.status().code() == Code::kNotPdf);
    CHECK(r.status().message().find("PNG") != std::string::npos);
  }
  SUBCASE("truncated") {
    std::string pdf = MakeTextPdf({{"Une ligne de texte assez longue pour un test"}});
    Result<PdfSource> r = PdfSource::Open(WriteTemp("trunc.pdf", pdf.substr(0, 60)));
    CHECK_FALSE(r.ok());
    CHECK((r.status().code() == Code::kCorrupt || r.status().code() == Code::kNoPages));
  }
  SUBCASE("absurd page size") {
    std::string pdf = MakeTextPdf({{"x"}});
    size_t at = pdf.find("[0 0 595 842]");
    pdf.replace(at, 13, "[0 0 10 10]");
    Result<PdfSource> r = PdfSource::Open(WriteTemp("tiny.pdf", pdf));
    CHECK(r.status().code() == Code::kPageSize);
    CHECK(r.status().page() == 1);
  }
  SUBCASE("unreadable") {
    std::string p = WriteTemp("locked.pdf", MakeTextPdf({{"x"}}));
    chmod(p.c_str(), 0);
    Result<PdfSource> r = PdfSource::Open(p);
    // root reads anything; everyone else gets a clear refusal.
    if (geteuid() != 0) CHECK(r.status().code() == Code::kUnreadable);
    else CHECK(r.ok());
  }
}

TEST_CASE("A scan's stray glyphs are not a real text layer") {
  PageText page = PageFromPlainText(1, "| . ~ ,");
  CHECK_FALSE(IsRealTextLayer(page));
}

}  // namespace delib

namespace delib {

TEST_CASE("pdf source: a text layer spanning a band of the page is a stamp, not the page's text") {
  // The préfecture's receipt laid over a scan: four lines in a corner.
  PageText stamp = PageFromPlainText(
      1,
      "Envoyé en préfecture le 05/10/2023\nReçu en préfecture le 05/10/2023\nPublié le\n"
      "ID : 030-213001100-20230922-PV09062023-DE\n");
  CHECK(IsRealTextLayer(stamp));
  CHECK_FALSE(SpansPage(stamp));
  std::string body;
  for (int i = 0; i < 30; ++i) body += "Le conseil municipal approuve la délibération\n";
  CHECK(SpansPage(PageFromPlainText(1, body)));
}

}  // namespace delib

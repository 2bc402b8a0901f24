#include "pipeline/driver/document.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "extractors/attendance.h"
#include "pipeline/base/hash.h"
#include "pipeline/model/act_json.h"
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
  std::string text_pdf =
      WriteTemp("doc/born.pdf",
                MakeTextPdf({{"EXTRAIT DU REGISTRE DES DELIBERATIONS",
                              "DU CONSEIL MUNICIPAL DE PREMESQUES, séance du 19 février 2024",
                              "Nombre de membres en exercice : 18 et présents : 17 membres"}}));
  DocumentProcessor proc({}, Fake({}, &made), nullptr, {});
  Record r = proc.Process(text_pdf, "born.pdf");
  CHECK(r.status == "ok");
  CHECK(r.pages == 1);
  CHECK(r.page_sources == std::vector<std::string>{"text"});
  CHECK(made == 0);  // no engine was even created
  CHECK(r.sha256.size() == 64);

  std::string scan_pdf =
      WriteTemp("doc/scan.pdf", MakeImagePdf({Blank(100, 140), Blank(100, 140)}));
  DocumentProcessor proc2(
      {}, Fake({{1, "SEANCE DU 19 FEVRIER 2024"}, {2, "Affiché le 23 février 2024"}}, &made),
      nullptr, {});
  Record s = proc2.Process(scan_pdf, "scan.pdf");
  CHECK(s.status == "ok");
  CHECK(s.page_sources == std::vector<std::string>{"ocr", "ocr"});
  CHECK(made == 1);  // one engine for the whole document
  REQUIRE_FALSE(s.acts.empty());
  CHECK(s.acts[0].pages == std::vector<int>{1, 2});
}

TEST_CASE("A born-digital page with a few words keeps its layer: no OCR") {
  int made = 0;
  // Page 2 holds only the secretary's name under the signature block.
  std::string pdf =
      WriteTemp("doc/short.pdf",
                MakeTextPdf({{"EXTRAIT DU REGISTRE DES DELIBERATIONS",
                              "DU CONSEIL MUNICIPAL DE PREMESQUES, séance du 19 février 2024",
                              "Nombre de membres en exercice : 18 et présents : 17 membres"},
                             {"Stéphanie BEN SAÏD"}}));
  DocumentProcessor proc({}, Fake({}, &made), nullptr, {});
  Record r = proc.Process(pdf, "short.pdf");
  CHECK(r.status == "ok");
  CHECK(r.page_sources == std::vector<std::string>{"text", "text"});
  CHECK(made == 0);
}

TEST_CASE("A page that fails keeps what the other pages gave: partial record") {
  std::string scan_pdf =
      WriteTemp("doc/partial.pdf", MakeImagePdf({Blank(100, 140), Blank(100, 140)}));
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

// Poppler's complaints about a damaged page went nowhere (PdfSource::Open
// dropped them): they belong to the record, with their page, and never to
// the console.
TEST_CASE("Poppler's messages on a damaged page go to the record with the page, not stderr") {
  std::string path =
      WriteTemp("doc/damaged.pdf",
                testing::MakeDrawnPdf(
                    "BT /F1 12 Tf 72 700 Td (SEANCE DU 19 FEVRIER 2024) Tj ET 1 2 zzbogus"));
  DocumentProcessor proc({}, Fake({}), nullptr, {});
  // stderr into a file while the document is read.
  std::string err_path = testing::TempDir() + "/doc/damaged.stderr";
  std::fflush(stderr);
  int saved = dup(2);
  FILE* err = std::fopen(err_path.c_str(), "w");
  REQUIRE(err != nullptr);
  dup2(fileno(err), 2);
  Record r = proc.Process(path, "damaged.pdf");
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::fclose(err);
  CHECK(r.status == "ok");
  bool found = false;
  for (const LibraryNote& n : proc.library_messages())
    found |= n.library == "poppler" && n.page == 1 && n.text.find("zzbogus") != std::string::npos;
  CHECK(found);
  std::ifstream in(err_path);
  std::string printed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(printed.find("zzbogus") == std::string::npos);
}

TEST_CASE("OCR results are cached by content, page and engine") {
  Result<std::unique_ptr<OcrCache>> cache =
      OcrCache::Open(testing::TempDir() + "/doc-cache.sqlite");
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
  // No content hash: no key, so one file's pages never answer for another's.
  CHECK(read("FIRST FILE", "") == "FIRST FILE");
  CHECK(read("SECOND FILE", "") == "SECOND FILE");
}

TEST_CASE("With the engine's version known, cached pages never start the engine") {
  Result<std::unique_ptr<OcrCache>> cache =
      OcrCache::Open(testing::TempDir() + "/doc-cache2.sqlite");
  REQUIRE(cache.ok());
  std::string scan_pdf = WriteTemp("doc/cached2.pdf", MakeImagePdf({Blank(100, 140)}));
  int made = 0;
  DocumentProcessor first({}, Fake({{1, "SEANCE DU 3 MARS 2023"}}, &made), cache.value().get(), {});
  first.set_engine_version("fake-1");
  Record r1 = first.Process(scan_pdf, "cached2.pdf");
  CHECK(made == 1);
  DocumentProcessor again({}, Fake({{1, "SEANCE DU 3 MARS 2023"}}, &made), cache.value().get(), {});
  again.set_engine_version("fake-1");
  Record r2 = again.Process(scan_pdf, "cached2.pdf");
  CHECK(r2.page_sources == std::vector<std::string>{"ocr"});
  CHECK(made == 1);  // the second processor made no engine
  REQUIRE(r2.acts.size() == r1.acts.size());
}

}  // namespace delib

namespace delib {
namespace {

// A comité syndical's attendance grid as a born-digital PDF draws it: text
// in the layer, rules and boxes as vector paths (no box glyph in the text).
// Columns Membre | Présents | Absents | Excusés | Pouvoir à; 4 members and a
// totals row. state: 0 present, 1 absent, 2 excused.
std::string AttendanceGridPdf() {
  const double xs[] = {60, 250, 320, 390, 460, 540};
  const double top = 700, h = 20;
  const int rows = 6;
  std::string c =
      "BT /F1 11 Tf 60 760 Td (EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL) Tj ET\n";
  c += "BT /F1 11 Tf 60 740 Td (Le comité syndical s'est réuni à Douai.) Tj ET\n";
  c += "0.6 w\n";
  for (int r = 0; r <= rows; ++r) {
    double y = top - r * h;
    c += "60 " + std::to_string(y) + " m 540 " + std::to_string(y) + " l S\n";
  }
  for (double x : xs)
    c += std::to_string(x) + " " + std::to_string(top) + " m " + std::to_string(x) + " " +
         std::to_string(top - rows * h) + " l S\n";
  auto text = [&](double x, double y, const std::string& s) {
    c += "BT /F1 9 Tf " + std::to_string(x) + " " + std::to_string(y) + " Td (" + s + ") Tj ET\n";
  };
  const char* heads[] = {"Membre", "Présents", "Absents", "Excusés", "Pouvoir à"};
  for (int k = 0; k < 5; ++k) text(xs[k] + 4, top - 14, heads[k]);
  const char* names[] = {"M. Daniel DELCOURT", "Mme Brigitte BEAUCAMP", "Mme Zohra DEVOS",
                         "Mme Émilie NACHEL"};
  const int state[] = {0, 2, 1, 0};
  for (int r = 0; r < 4; ++r) {
    double y = top - (r + 1) * h;
    text(xs[0] + 4, y - 14, names[r]);
    for (int k = 0; k < 3; ++k) {
      double cx = (xs[k + 1] + xs[k + 2]) / 2;
      c += std::to_string(cx - 4.5) + " " + std::to_string(y - 14.5) + " 9 9 re " +
           (state[r] == k ? "B" : "S") + "\n";
    }
    if (r == 1) text(xs[4] + 4, y - 14, "M. DELCOURT");
  }
  double y = top - 5 * h;
  const char* totals[] = {"2", "1", "1", "1"};
  for (int k = 0; k < 4; ++k) text(xs[k + 1] + 4, y - 14, totals[k]);
  return testing::MakeDrawnPdf(c);
}

void CheckGrid(const Act& act, bool totals = true) {
  const Attendance& at = act.attendance;
  CHECK(at.present == std::vector<std::string>{"Daniel DELCOURT", "Émilie NACHEL"});
  CHECK(at.absent == std::vector<std::string>{"Zohra DEVOS"});
  CHECK(at.excused == std::vector<std::string>{"Brigitte BEAUCAMP"});
  REQUIRE(at.proxies.size() == 1);
  CHECK(at.proxies[0].from == "Brigitte BEAUCAMP");
  CHECK(at.proxies[0].to == "DELCOURT");
  if (!totals) return;
  CHECK(at.present_count == 2);
  CHECK(at.absent_count == 1);
  CHECK(at.excused_count == 1);
  CHECK(at.proxies_count == 1);
}

Act GridAct(const std::vector<PageText>& pages) {
  Act act;
  REQUIRE(!pages.empty());
  for (const Table& t : pages[0].tables) AttendanceFromTable(t, 1, pages[0].mean_conf, &act);
  return act;
}

}  // namespace

TEST_CASE("A text page holding an attendance grid drawn with vector rules gets its table") {
  std::string path = WriteTemp("doc/grid.pdf", AttendanceGridPdf());
  DocumentProcessor proc({}, Fake({}), nullptr, {});
  Result<PdfSource> pdf = PdfSource::Open(path);
  REQUIRE(pdf.ok());
  Record record;
  std::vector<PageText> pages;
  REQUIRE(proc.ReadPages(pdf.value(), "", &record, &pages, nullptr).ok());
  CHECK(record.page_sources == std::vector<std::string>{"text"});
  REQUIRE(pages.size() == 1);
  REQUIRE(pages[0].tables.size() == 1);
  CHECK(pages[0].tables[0].rows == 6);
  CHECK(pages[0].tables[0].cols == 5);
  CheckGrid(GridAct(pages));
  // An ordinary text page pays no rendering and gets no table.
  std::string plain = WriteTemp(
      "doc/plain.pdf",
      MakeTextPdf({{"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
                    "Séance du 19 février 2024, sous la présidence de M. Yvan HUTCHINSON, Maire.",
                    "Présents : M. DUPONT, Mme DURAND, M. LEROY, Mme PETIT",
                    "Absents excusés : M. MARTIN", "Secrétaire de séance : Mme DURAND"}}));
  Result<PdfSource> pdf2 = PdfSource::Open(plain);
  REQUIRE(pdf2.ok());
  Record r2;
  std::vector<PageText> p2;
  REQUIRE(proc.ReadPages(pdf2.value(), "", &r2, &p2, nullptr).ok());
  REQUIRE(p2.size() == 1);
  CHECK(r2.page_sources == std::vector<std::string>{"text"});
  CHECK(p2[0].tables.empty());
  CHECK(r2.timings.count("tables") == 0);
}

TEST_SUITE("ocr") {
  TEST_CASE("The same grid scanned: table found, header and cells read by OCR") {
    std::string born = WriteTemp("ocr/grid.pdf", AttendanceGridPdf());
    Result<PdfSource> src = PdfSource::Open(born);
    REQUIRE(src.ok());
    Result<GrayImage> img = src.value().Render(1, 200);
    REQUIRE(img.ok());
    std::string scan = WriteTemp("ocr/grid-scan.pdf", MakeImagePdf({img.value()}));
    ProcessOptions opt;
    opt.dpi = 300;
    DocumentProcessor proc(opt, [] { return MakeTesseractEngine("fra"); }, nullptr, {});
    Result<PdfSource> pdf = PdfSource::Open(scan);
    REQUIRE(pdf.ok());
    Record record;
    std::vector<PageText> pages;
    REQUIRE(proc.ReadPages(pdf.value(), "", &record, &pages, nullptr).ok());
    REQUIRE(pages.size() == 1);
    REQUIRE(pages[0].tables.size() == 1);
    // Names, ticks and the proxy; the totals' lone digits are left out:
    // Tesseract drops a single character alone in a wide cell.
    CheckGrid(GridAct(pages), false);
  }
}

}  // namespace delib

namespace delib {

TEST_CASE("A page another worker has claimed is taken from the cache, not read again") {
  std::string path = testing::TempDir() + "/doc-claims.sqlite";
  auto cache = OcrCache::Open(path);
  REQUIRE(cache.ok());
  std::string scan_pdf =
      WriteTemp("doc/shared.pdf", MakeImagePdf({Blank(100, 140), Blank(100, 140)}));
  Result<std::string> sha = Sha256File(scan_pdf);
  REQUIRE(sha.ok());
  const std::string key = OcrCache::Key(sha.value(), 2, 300, "fake-1");
  int ready[2];
  REQUIRE(pipe(ready) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // the helper: holds page 2 a while, then leaves its reading
    auto theirs = OcrCache::Open(path);
    bool ok = theirs.ok() && theirs.value()->Claim(key);
    (void)!write(ready[1], ok ? "y" : "n", 1);
    usleep(300 * 1000);
    if (ok) {
      theirs.value()->Put(
          key, PageFromPlainText(2, "Affiché le 23 février 2024 (lu par l'autre)", 0.9f));
      theirs.value()->Release(key);
    }
    _exit(0);
  }
  char c = 0;
  REQUIRE(read(ready[0], &c, 1) == 1);
  REQUIRE(c == 'y');
  int made = 0;
  DocumentProcessor proc(
      {}, Fake({{1, "SEANCE DU 19 FEVRIER 2024"}, {2, "Affiché le 23 février 2024"}}, &made),
      cache.value().get(), {});
  proc.set_engine_version("fake-1");
  std::vector<int> order;
  Result<PdfSource> pdf = PdfSource::Open(scan_pdf);
  REQUIRE(pdf.ok());
  Record r;
  std::vector<PageText> pages;
  REQUIRE(proc.ReadPages(pdf.value(), sha.value(), &r, &pages,
                         [&](int page, int, bool) { order.push_back(page); })
              .ok());
  waitpid(child, nullptr, 0);
  CHECK(r.page_sources == std::vector<std::string>{"ocr", "ocr"});
  CHECK(order == std::vector<int>{1, 2});
  CHECK(made == 1);  // page 1 read here
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].number == 1);
  CHECK(pages[1].number == 2);
  CHECK(pages[1].lines.at(0).Text() == "Affiché le 23 février 2024 (lu par l'autre)");
}

TEST_CASE("HelpWithPage reads a scanned page into the cache, and nothing for a text page") {
  auto cache = OcrCache::Open(testing::TempDir() + "/doc-help.sqlite");
  REQUIRE(cache.ok());
  std::string scan_pdf =
      WriteTemp("doc/help.pdf", MakeImagePdf({Blank(100, 140), Blank(100, 140)}));
  Result<PdfSource> pdf = PdfSource::Open(scan_pdf);
  REQUIRE(pdf.ok());
  int made = 0;
  DocumentProcessor helper({}, Fake({{2, "Transmis le 24 février 2024"}}, &made),
                           cache.value().get(), {});
  helper.set_engine_version("fake-1");
  CHECK(helper.HelpWithPage(pdf.value(), "sha-help", 2).ok());
  auto got = cache.value()->Get(OcrCache::Key("sha-help", 2, 300, "fake-1"));
  REQUIRE(got.has_value());
  CHECK(got->lines.at(0).Text() == "Transmis le 24 février 2024");
  CHECK_FALSE(cache.value()->ClaimedByOther(OcrCache::Key("sha-help", 2, 300, "fake-1")));
  // Already there: not read again.
  CHECK(helper.HelpWithPage(pdf.value(), "sha-help", 2).ok());
  CHECK(made == 1);

  std::string text_pdf =
      WriteTemp("doc/help-text.pdf",
                MakeTextPdf({{"EXTRAIT DU REGISTRE DES DELIBERATIONS",
                              "DU CONSEIL MUNICIPAL DE PREMESQUES, séance du 19 février 2024",
                              "Nombre de membres en exercice : 18 et présents : 17 membres"}}));
  Result<PdfSource> tpdf = PdfSource::Open(text_pdf);
  REQUIRE(tpdf.ok());
  CHECK(helper.HelpWithPage(tpdf.value(), "sha-text", 1).ok());
  CHECK(made == 1);
}

namespace {

// Remembers the largest image it was given.
class SizeRecordingEngine : public OcrEngine {
 public:
  explicit SizeRecordingEngine(double* max_pixels) : max_pixels_(max_pixels) {}
  Result<PageText> ReadPage(const GrayImage& image, const PageGeometry& geom) override {
    *max_pixels_ = std::max(*max_pixels_, double(image.width) * image.height);
    return FakeOcrEngine({{geom.number, "SEANCE DU 19 FEVRIER 2024"}}).ReadPage(image, geom);
  }
  std::string Version() const override { return "size-1"; }

 private:
  double* max_pixels_;
};

}  // namespace

TEST_CASE("A page too large to render is read at a lower resolution, or refused, and says so") {
  double max_pixels = 0;
  EngineFactory factory = [&]() -> Result<std::unique_ptr<OcrEngine>> {
    return std::unique_ptr<OcrEngine>(new SizeRecordingEngine(&max_pixels));
  };
  // An image-only page of 1.8 m x 1.8 m: 452 million pixels at 300 dpi.
  std::string plan = WriteTemp("big/plan.pdf", MakeImagePdf({Blank(200, 200)}, 5102, 5102));
  DocumentProcessor proc({}, factory, nullptr, {});
  Record r = proc.Process(plan, "plan.pdf");
  CHECK(max_pixels > 0);
  CHECK(max_pixels <= kMaxRenderPixels);
  CHECK(r.status == "partial");
  CHECK(r.page_sources == std::vector<std::string>{"ocr"});
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].code == "page_size");
  CHECK(r.errors[0].page == 1);
  CHECK(r.errors[0].message.find("dpi instead of 300") != std::string::npos);

  // 5 m x 5 m: under 50 dpi it would be no reading; refused, the record says why.
  max_pixels = 0;
  std::string poster = WriteTemp("big/poster.pdf", MakeImagePdf({Blank(200, 200)}, 14173, 14173));
  Record p = proc.Process(poster, "poster.pdf");
  CHECK(max_pixels == 0);  // never rendered for OCR
  CHECK(p.status == "failed");
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].code == "page_size");
  CHECK(p.errors[0].message.find("too large to read") != std::string::npos);

  // Any rendering is bounded, whoever asks.
  Result<PdfSource> pdf = PdfSource::Open(poster);
  REQUIRE(pdf.ok());
  Result<GrayImage> img = pdf.value().Render(1, 300);
  REQUIRE(img.ok());
  CHECK(double(img.value().width) * img.value().height <= kMaxRenderPixels);
  CHECK(img.value().dpi < 30);
}

}  // namespace delib

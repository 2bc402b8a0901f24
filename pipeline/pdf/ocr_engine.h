// OCR engines: something that turns a page image into words with boxes.
//
//   std::unique_ptr<OcrEngine> ocr = MakeTesseractEngine();   // one per worker
//   Result<PageText> page = ocr->ReadPage(image, {3, 595, 842});
//
// ReadPage corrects orientation (upside-down and 90° pages) and skew before
// recognition and returns boxes in PDF points on the upright page. Engines
// are not thread-safe: one instance per worker thread or process (Tesseract's
// TessBaseAPI keeps per-instance state). Version() is part of the OCR cache
// key: a new engine, language pack or setting invalidates cached pages.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "pipeline/pdf/page_text.h"
#include "pipeline/pdf/pdf_source.h"
#include "pipeline/base/status.h"

namespace delib {

struct PageGeometry {
  int number = 1;
  double width_pt = 595, height_pt = 842;
};

class OcrEngine {
 public:
  virtual ~OcrEngine() = default;
  virtual Result<PageText> ReadPage(const GrayImage& image, const PageGeometry& geom) = 0;
  virtual std::string Version() const = 0;
};

// Tesseract 5 through its C++ API, French, internal threads off. Fails when
// the language data is missing.
Result<std::unique_ptr<OcrEngine>> MakeTesseractEngine(const std::string& lang = "fra");
// What that engine's Version() says, without starting it (a few hundred ms):
// a document whose pages are all cached never starts Tesseract.
std::string TesseractEngineVersion(const std::string& lang = "fra");

// For tests: returns the text it was given for each page number, with
// synthetic boxes (PageFromPlainText); pages it was not given fail.
class FakeOcrEngine : public OcrEngine {
 public:
  explicit FakeOcrEngine(std::map<int, std::string> pages, float conf = 0.9f)
      : pages_(std::move(pages)), conf_(conf) {}
  Result<PageText> ReadPage(const GrayImage& image, const PageGeometry& geom) override;
  std::string Version() const override { return "fake-1"; }
  int calls() const { return calls_; }

 private:
  std::map<int, std::string> pages_;
  float conf_;
  int calls_ = 0;
};

}  // namespace delib

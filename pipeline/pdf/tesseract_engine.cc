// Adapter over Tesseract and Leptonica: the only file that sees TessBaseAPI.
// Its char* results are freed here, its failures become Status.
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/osdetect.h>
#include <tesseract/resultiterator.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "pipeline/pdf/library_messages.h"
#include "pipeline/pdf/ocr_engine.h"
#include "pipeline/pdf/tables.h"

namespace delib {
namespace {

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

PixPtr ToPix(const GrayImage& img) {
  PixPtr pix(pixCreate(img.width, img.height, 8));
  l_uint32* data = pixGetData(pix.get());
  int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < img.height; ++y) {
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    const uint8_t* src = &img.pixels[static_cast<size_t>(y) * img.width];
    for (int x = 0; x < img.width; ++x) SET_DATA_BYTE(line, x, src[x]);
  }
  pixSetResolution(pix.get(), static_cast<int>(img.dpi), static_cast<int>(img.dpi));
  return pix;
}

// Mean word confidence of a recognised page, 0..1, and the word count.
struct Recognised {
  std::vector<Line> lines;  // Tesseract's text lines
  std::vector<Word> words;  // all words, for table cells
  float mean_conf = 0;
};

class TesseractEngine : public OcrEngine {
 public:
  Status Init(const std::string& lang) {
    lang_ = lang;
    // What Tesseract says goes to the record (library_messages.h), from its
    // first message on: set before Init.
    api_.SetVariable("debug_file", TesseractMessagesFile().c_str());
    if (api_.Init(nullptr, lang.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
      return Status(Code::kOcr, "Tesseract could not load the '" + lang +
                                    "' language data (install tesseract-ocr-" + lang + ")");
    api_.SetPageSegMode(tesseract::PSM_AUTO);
    return Status::Ok();
  }

  std::string Version() const override { return TesseractEngineVersion(lang_); }

  Result<PageText> ReadPage(const GrayImage& image, const PageGeometry& geom) override {
    if (image.width <= 0 || image.height <= 0)
      return Status(Code::kOcr, "empty image", geom.number);
    PixPtr pix = ToPix(image);
    PageText page;
    page.number = geom.number;
    page.source = PageSource::kOcr;

    PixPtr upright = Deskew(pix.get(), &page.skew_deg);
    // Leptonica's ascender/descender count (a few tens of ms) turns an
    // upside-down or sideways page before the one recognition it needs;
    // when it is unsure, the page is read as it is.
    if (int pre = QuickRotation(upright.get()); pre != 0) {
      PixPtr turned(pixRotateOrth(upright.get(), pre / 90));
      double skew2 = 0;
      upright = Deskew(turned.get(), &skew2);
      page.rotation = pre;
      page.skew_deg = skew2;
    }
    Recognised rec = Recognise(upright.get(), image.dpi);
    // Engine retry policy, not the trust of a value (that is
    // pipeline/text/trust.h): a page whose mean word confidence is below
    // kRetryOrientationBelow, or a short page (under kShortPageWords words)
    // below kRetryShortPageBelow, may be turned; only then pay for
    // Tesseract's orientation detection, and keep the better reading. A
    // short page read with good confidence, a signature block, is fine.
    constexpr float kRetryOrientationBelow = 0.70f;
    constexpr float kRetryShortPageBelow = 0.85f;
    constexpr size_t kShortPageWords = 15;
    if (rec.mean_conf < kRetryOrientationBelow ||
        (rec.words.size() < kShortPageWords && rec.mean_conf < kRetryShortPageBelow)) {
      int rotate = DetectRotation(upright.get());
      if (rotate != 0) {
        PixPtr turned(pixRotateOrth(upright.get(), rotate / 90));
        double skew2 = 0;
        PixPtr turned_upright = Deskew(turned.get(), &skew2);
        Recognised again = Recognise(turned_upright.get(), image.dpi);
        if (again.mean_conf > rec.mean_conf) {
          rec = std::move(again);
          upright = std::move(turned_upright);
          page.rotation = (page.rotation + rotate) % 360;
          page.skew_deg = skew2;
        }
      }
    }
    double pt_per_px = 72.0 / image.dpi;
    page.width_pt = pixGetWidth(upright.get()) * pt_per_px;
    page.height_pt = pixGetHeight(upright.get()) * pt_per_px;
    page.mean_conf = rec.mean_conf;
    page.tables = DetectTables(upright.get(), pt_per_px, rec.words);
    for (Table& t : page.tables) RereadCells(upright.get(), image.dpi, pt_per_px, &t);
    page.lines = MergeRowLines(std::move(rec.lines));
    return page;
  }

 private:
  PixPtr Deskew(Pix* pix, double* angle_out) {
    *angle_out = 0;
    PixPtr bin(pixConvertTo1(pix, 160));
    l_float32 angle = 0, conf = 0;
    if (bin && pixFindSkew(bin.get(), &angle, &conf) == 0 && conf > 2.5f &&
        std::fabs(angle) > 0.1f && std::fabs(angle) < 10.f) {
      PixPtr rotated(
          pixRotate(pix, angle * 3.14159265f / 180.f, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
      if (rotated) {
        *angle_out = angle;
        return rotated;
      }
    }
    return PixPtr(pixClone(pix));
  }

  // Whether a text holds a word of three letters or more, or is a number
  // (a totals row).
  static bool HasWord(const std::string& t) {
    int run = 0;
    bool digits = !t.empty();
    for (char ch : t) {
      run = (std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80)) ? run + 1 : 0;
      if (run >= 3) return true;
      digits &= std::isdigit(static_cast<unsigned char>(ch)) != 0;
    }
    return digits;
  }

  // Cells read again one by one as a block of text: the header row, where
  // page segmentation breaks a bold word set over two lines in a narrow
  // shaded column, and any other cell with ink but no word or number (HasWord).
  // A re-reading replaces the text only when it holds one.
  void RereadCells(Pix* pix, double dpi, double pt_per_px, Table* table) {
    bool set = false;
    const int inset = std::max(2, static_cast<int>(dpi / 40));  // past the rules (0.6 mm)
    std::vector<std::pair<BBox, std::string>> done;             // merged cells come again
    for (TableCell& c : table->cells) {
      const bool want = c.row == 0 || (!c.checkbox && c.ink >= 0.012 && !HasWord(c.text));
      if (!want) continue;
      bool seen = false;
      for (auto& [box, text] : done)
        if (box.x0 == c.box.x0 && box.y0 == c.box.y0 && box.x1 == c.box.x1 && box.y1 == c.box.y1) {
          if (!text.empty()) c.text = text;
          seen = true;
        }
      if (seen) continue;
      const int x0 = static_cast<int>(c.box.x0 / pt_per_px) + inset;
      const int y0 = static_cast<int>(c.box.y0 / pt_per_px) + inset;
      const int x1 = static_cast<int>(c.box.x1 / pt_per_px) - inset;
      const int y1 = static_cast<int>(c.box.y1 / pt_per_px) - inset;
      std::string read;
      if (x1 - x0 >= 8 && y1 - y0 >= 8) {
        if (!set) {
          api_.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
          api_.SetImage(pix);
          api_.SetSourceResolution(static_cast<int>(dpi));
          set = true;
        }
        api_.SetRectangle(x0, y0, x1 - x0, y1 - y0);
        std::unique_ptr<char[]> text(api_.GetUTF8Text());
        if (text) {
          for (const char* p = text.get(); *p; ++p) {
            const bool blank = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\f';
            if (blank && (read.empty() || read.back() == ' ')) continue;
            read.push_back(blank ? ' ' : *p);
          }
          while (!read.empty() && read.back() == ' ') read.pop_back();
        }
      }
      if (!HasWord(read)) read.clear();
      if (!read.empty()) c.text = read;
      done.push_back({c.box, read});
    }
    if (set) {
      api_.Clear();
      api_.SetPageSegMode(tesseract::PSM_AUTO);
    }
  }

  // Degrees (0, 90, 180, 270) to rotate clockwise to make the page upright,
  // from the shapes of ascenders and descenders (Leptonica's flipdetect,
  // with its own confidence thresholds); 0 when upright or unsure.
  static int QuickRotation(Pix* pix) {
    PixPtr bin(pixConvertTo1(pix, 160));
    if (!bin) return 0;
    l_float32 up = 0, left = 0;
    l_int32 orient = L_TEXT_ORIENT_UNKNOWN;
    if (pixOrientDetect(bin.get(), &up, &left, 0, 0) != 0) return 0;
    if (makeOrientDecision(up, left, 0, 0, &orient, 0) != 0) return 0;
    switch (orient) {
      case L_TEXT_ORIENT_DOWN:
        return 180;
      case L_TEXT_ORIENT_LEFT:
        return 90;  // text turned a quarter counter-clockwise
      case L_TEXT_ORIENT_RIGHT:
        return 270;
      default:
        return 0;
    }
  }

  // Degrees (0, 90, 180, 270) to rotate clockwise to make the page upright.
  int DetectRotation(Pix* pix) {
    if (!osd_ready_) {
      osd_ready_ = true;
      osd_.SetVariable("debug_file", TesseractMessagesFile().c_str());
      osd_ok_ = osd_.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0;
      if (osd_ok_) {
        osd_.SetPageSegMode(tesseract::PSM_OSD_ONLY);
      }
    }
    if (!osd_ok_) return 0;
    osd_.SetImage(pix);
    int orient_deg = 0;
    float orient_conf = 0, script_conf = 0;
    const char* script = nullptr;
    bool ok = osd_.DetectOrientationScript(&orient_deg, &orient_conf, &script, &script_conf);
    osd_.Clear();
    if (!ok || orient_conf < 1.5f) return 0;
    // orient_deg is the clockwise rotation the page has; turning it
    // clockwise by the rest of a full turn makes it upright.
    return (360 - orient_deg % 360) % 360;
  }

  Recognised Recognise(Pix* pix, double dpi) {
    Recognised out;
    api_.SetImage(pix);
    api_.SetSourceResolution(static_cast<int>(dpi));
    if (api_.Recognize(nullptr) != 0) {
      api_.Clear();
      return out;
    }
    double pt_per_px = 72.0 / dpi;
    std::unique_ptr<tesseract::ResultIterator> it(api_.GetIterator());
    double conf_sum = 0;
    if (it) {
      do {
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || out.lines.empty())
          out.lines.emplace_back();
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!text || text[0] == 0) continue;
        int l, t, r, b;
        if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
        Word w;
        w.text = text.get();
        if (BlankWord(w)) continue;  // a dark margin read as " ": no word
        w.box = {l * pt_per_px, t * pt_per_px, r * pt_per_px, b * pt_per_px};
        w.conf = std::max(0.f, std::min(1.f, it->Confidence(tesseract::RIL_WORD) / 100.f));
        conf_sum += w.conf;
        out.lines.back().box.Extend(w.box);
        out.lines.back().words.push_back(w);
        out.words.push_back(std::move(w));
      } while (it->Next(tesseract::RIL_WORD));
    }
    out.mean_conf = out.words.empty() ? 0.f : static_cast<float>(conf_sum / out.words.size());
    api_.Clear();
    return out;
  }

  std::string lang_;
  tesseract::TessBaseAPI api_;
  tesseract::TessBaseAPI osd_;
  bool osd_ready_ = false, osd_ok_ = false;
};

}  // namespace

std::string TesseractEngineVersion(const std::string& lang) {
  return std::string("tesseract-") + tesseract::TessBaseAPI::Version() + "-" + lang +
         "-psm3-orient-osd-deskew-v4-" + kTablesVersion + "-cells";
}

Result<std::unique_ptr<OcrEngine>> MakeTesseractEngine(const std::string& lang) {
  // One engine per worker, so Tesseract's own OpenMP threads would only fight
  // with our workers for the cores.
  setenv("OMP_THREAD_LIMIT", "1", 0);
  // Leptonica's informational messages ("not enough confidence to get
  // orientation") are not the user's business; its errors still show.
  setMsgSeverity(L_SEVERITY_ERROR);
  auto engine = std::make_unique<TesseractEngine>();
  Status st = engine->Init(lang);
  if (!st.ok()) return st;
  return std::unique_ptr<OcrEngine>(std::move(engine));
}

Result<PageText> FakeOcrEngine::ReadPage(const GrayImage&, const PageGeometry& geom) {
  ++calls_;
  auto it = pages_.find(geom.number);
  if (it == pages_.end())
    return Status(Code::kOcr, "fake engine has no text for this page", geom.number);
  PageText page = PageFromPlainText(geom.number, it->second, conf_);
  page.width_pt = geom.width_pt;
  page.height_pt = geom.height_pt;
  return page;
}

}  // namespace delib

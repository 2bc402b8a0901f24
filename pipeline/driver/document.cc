#include "pipeline/driver/document.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>

#include "checks/checks.h"
#include "extractors/statutes.h"
#include "pipeline/base/hash.h"
#include "pipeline/base/utf8.h"
#include "pipeline/pdf/columns.h"
#include "pipeline/pdf/library_messages.h"
#include "pipeline/pdf/page_scans.h"
#include "pipeline/pdf/tables.h"
#include "pipeline/reference/bodies.h"
#include "pipeline/text/grid_header.h"

namespace delib {
namespace {

// Rendering of a text-layer page for its ruled grid: rules and 3 mm boxes
// are 1.5 and 18 px wide, enough, at a quarter of the 300 dpi pixels.
constexpr double kTextGridDpi = 150;

// Adds the time spent in its scope to one stage of a record's timings.
class StageTimer {
 public:
  StageTimer(Record* r, const char* stage)
      : r_(r), stage_(stage), t0_(std::chrono::steady_clock::now()) {}
  ~StageTimer() {
    r_->timings[stage_] +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count();
  }

 private:
  Record* r_;
  const char* stage_;
  std::chrono::steady_clock::time_point t0_;
};

}  // namespace

Result<OcrEngine*> DocumentProcessor::Engine() {
  if (!engine_tried_) {
    engine_tried_ = true;
    Result<std::unique_ptr<OcrEngine>> made = factory_();
    if (made.ok())
      engine_ = made.take();
    else
      engine_status_ = made.status();
  }
  if (!engine_) return engine_status_;
  return engine_.get();
}

DocumentProcessor::PagePlan DocumentProcessor::Plan(const PdfSource& pdf, int i,
                                                    const Result<PageText>& layer,
                                                    std::optional<std::vector<PageScan>>* scans) {
  auto scan_of = [&](int n) {
    if (!*scans) *scans = FindPageScans(pdf.path());
    return n - 1 < static_cast<int>((*scans)->size()) ? (**scans)[n - 1] : PageScan{};
  };
  PagePlan plan;
  // The text layer is used when it is plainly real text, or when it holds
  // some words and the page is no scan (a page with a signature block). On a
  // scan, real text that spans only a band of the page is a stamp laid over
  // it (the préfecture's receipt): the page is read by OCR.
  if (layer.ok() && !options_.force_ocr) {
    // The page's scan is looked for only when the text alone does not tell.
    plan.use_layer =
        (IsRealTextLayer(layer.value()) && (SpansPage(layer.value()) || !scan_of(i).is_scan)) ||
        (HasSomeText(layer.value()) && !scan_of(i).is_scan && !(*scans)->empty());
  }
  if (!plan.use_layer) {
    plan.dpi = options_.native_dpi ? OcrDpi(scan_of(i), options_.dpi) : options_.dpi;
    double w = 0, h = 0;
    pdf.PageSize(i, &w, &h);
    double bounded = BoundedDpi(w, h, plan.dpi);
    if (bounded < plan.dpi) {
      plan.asked_dpi = plan.dpi;
      plan.dpi = bounded;
      char note[320];
      double mpx = (w * kMinRenderDpi / 72) * (h * kMinRenderDpi / 72) / 1e6;
      if (bounded < kMinRenderDpi)
        std::snprintf(note, sizeof note,
                      "page %d is %.0f x %.0f mm: too large to read (even at %.0f dpi its image "
                      "would take %.0f million pixels, over the limit of %.0f million); the page "
                      "was not read",
                      i, w / 72 * 25.4, h / 72 * 25.4, kMinRenderDpi, mpx, kMaxRenderPixels / 1e6);
      else
        std::snprintf(note, sizeof note,
                      "page %d is %.0f x %.0f mm: read at %.0f dpi instead of %.0f so that its "
                      "image stays under %.0f million pixels; small print may be missed",
                      i, w / 72 * 25.4, h / 72 * 25.4, bounded, plan.asked_dpi,
                      kMaxRenderPixels / 1e6);
      plan.size_note = note;
    }
  }
  return plan;
}

std::string DocumentProcessor::CacheKey(const std::string& sha256, int page, double dpi) {
  // A page is known by its file's content hash: without one, no key (an
  // empty hash would give every file the same pages).
  if (!cache_ || sha256.empty()) return "";
  std::string version = engine_version_;
  if (version.empty()) {
    Result<OcrEngine*> engine = Engine();
    if (engine.ok()) version = engine.value()->Version();
  }
  if (version.empty()) return "";
  return OcrCache::Key(sha256, page, static_cast<int>(dpi), version);
}

Result<PageText> DocumentProcessor::OcrPage(const PdfSource& pdf, int i, double dpi,
                                            Record* record) {
  Result<OcrEngine*> engine = Engine();
  if (!engine.ok()) return Status(engine.status().code(), engine.status().message(), i);
  Result<GrayImage> img = [&] {
    StageTimer t(record, "render");
    return pdf.Render(i, dpi);
  }();
  if (!img.ok()) return img.status();
  PageGeometry geom;
  geom.number = i;
  pdf.PageSize(i, &geom.width_pt, &geom.height_pt);
  StageTimer t(record, "ocr");
  return engine.value()->ReadPage(img.value(), geom);
}

nlohmann::json LibraryMessagesJson(const std::vector<LibraryNote>& notes) {
  nlohmann::json out = nlohmann::json::array();
  for (const LibraryNote& n : notes)
    out.push_back({{"page", n.page ? nlohmann::json(*n.page) : nlohmann::json(nullptr)},
                   {"library", n.library},
                   {"message", ValidUtf8(n.text)}});
  return out;
}

// Files what the libraries said since the last call under `page`.
void DocumentProcessor::FileLibraryMessages(std::optional<int> page) {
  for (LibraryMessage& m : TakeLibraryMessages())
    notes_.push_back({page, LibraryName(m.library), std::move(m.text)});
}

Status DocumentProcessor::ReadPages(const PdfSource& pdf, const std::string& sha256, Record* record,
                                    std::vector<PageText>* pages, const PageCallback& on_page) {
  // Which pages are scans, read once, only when a page's text layer alone
  // does not decide (most born-digital files never need it).
  std::optional<std::vector<PageScan>> scans;
  struct Slot {
    Result<PageText> page = Status(Code::kOcr, "not read");
    bool ocr = false;
    std::string deferred_key;  // claimed by another worker: collect at the end
    double dpi = 0;
  };
  std::vector<Slot> slots(static_cast<size_t>(pdf.pages()));
  FileLibraryMessages(std::nullopt);  // said while opening the file
  for (int i = 1; i <= pdf.pages(); ++i) {
    Slot& slot = slots[i - 1];
    Result<PageText> layer = [&] {
      StageTimer t(record, "text");
      return pdf.TextLayer(i);
    }();
    PagePlan plan = Plan(pdf, i, layer, &scans);
    if (plan.use_layer) {
      PageText page = layer.take();
      // A grid drawn with vector rules and boxes (no checkbox glyphs in the
      // text layer): read it on a rendering, like a scan's, with the layer's
      // words (points). Only pages whose text holds a grid header pay for it.
      if (LooksLikeAttendanceHeader(page)) {
        StageTimer t(record, "tables");
        Result<GrayImage> img = pdf.Render(i, kTextGridDpi);
        if (img.ok()) {
          std::vector<Word> words;
          for (const Line& l : page.lines)
            words.insert(words.end(), l.words.begin(), l.words.end());
          page.tables = DetectTables(img.value(), words);
        }
      }
      slot.page = std::move(page);
    } else if (plan.dpi < kMinRenderDpi) {
      slot.page = Status(Code::kPageSize, plan.size_note, i);
    } else {
      if (!plan.size_note.empty())
        record->errors.push_back({CodeName(Code::kPageSize), plan.size_note, i});
      slot.ocr = true;
      slot.dpi = plan.dpi;
      std::string key = CacheKey(sha256, i, plan.dpi);
      std::optional<PageText> cached = key.empty() ? std::nullopt : cache_->Get(key);
      if (cached) {
        slot.page = std::move(*cached);
      } else if (!key.empty() && !cache_->Claim(key)) {
        slot.deferred_key = key;  // another worker is reading it for us
        continue;
      } else {
        slot.page = OcrPage(pdf, i, plan.dpi, record);
        if (!key.empty()) {
          if (slot.page.ok()) cache_->Put(key, slot.page.value());
          cache_->Release(key);
        }
      }
    }
    FileLibraryMessages(i);
    if (on_page) on_page(i, pdf.pages(), slot.ocr);
  }
  // Pages another worker took: wait for them in the cache; if that worker
  // failed on it, read the page here.
  for (int i = 1; i <= pdf.pages(); ++i) {
    Slot& slot = slots[i - 1];
    if (slot.deferred_key.empty()) continue;
    std::optional<PageText> got;
    for (;;) {
      got = cache_->Get(slot.deferred_key);
      if (got || !cache_->ClaimedByOther(slot.deferred_key)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!got) got = cache_->Get(slot.deferred_key);
    if (got) {
      slot.page = std::move(*got);
    } else {
      cache_->Claim(slot.deferred_key);
      slot.page = OcrPage(pdf, i, slot.dpi, record);
      if (slot.page.ok()) cache_->Put(slot.deferred_key, slot.page.value());
      cache_->Release(slot.deferred_key);
    }
    FileLibraryMessages(i);
    if (on_page) on_page(i, pdf.pages(), true);
  }
  for (int i = 1; i <= pdf.pages(); ++i) {
    Slot& slot = slots[i - 1];
    if (!slot.page.ok()) {
      const Status& st = slot.page.status();
      record->errors.push_back({CodeName(st.code()), st.message(), i});
      record->page_sources.push_back("none");
      record->page_rotations.push_back(0);
      record->page_sizes.emplace_back(0, 0);
      continue;
    }
    PageText page = slot.page.take();
    page.number = i;
    // Read or cached, a page's margin column is a block of its own.
    page.lines = SplitMarginColumn(std::move(page.lines), page.width_pt, page.tables);
    record->page_sources.push_back(slot.ocr ? "ocr" : "text");
    record->page_rotations.push_back(page.rotation);
    record->page_sizes.emplace_back(page.width_pt, page.height_pt);
    pages->push_back(std::move(page));
  }
  return Status::Ok();
}

Status DocumentProcessor::HelpWithPage(const PdfSource& pdf, const std::string& sha256, int page) {
  if (!cache_ || page < 1 || page > pdf.pages()) return Status::Ok();
  // The same document comes page after page: read its scans once.
  if (help_scans_path_ != pdf.path()) {
    help_scans_path_ = pdf.path();
    help_scans_.reset();
  }
  Result<PageText> layer = pdf.TextLayer(page);
  PagePlan plan = Plan(pdf, page, layer, &help_scans_);
  if (plan.use_layer || plan.dpi < kMinRenderDpi) return Status::Ok();
  std::string key = CacheKey(sha256, page, plan.dpi);
  if (key.empty() || cache_->Get(key) || !cache_->Claim(key)) return Status::Ok();
  Record scratch;
  Result<PageText> read = OcrPage(pdf, page, plan.dpi, &scratch);
  if (read.ok()) cache_->Put(key, read.value());
  cache_->Release(key);
  // What the libraries said belongs to the owner's document, which reads
  // this page from the cache: not to the next document of this worker.
  (void)TakeLibraryMessages();
  return read.ok() ? Status::Ok() : read.status();
}

std::vector<Act> ActsFromPages(std::vector<PageText> pages, const ExtractContext& ctx) {
  DocText doc(std::move(pages));
  if (doc.lines().empty()) return {};
  std::vector<Act> acts = ExtractActs(doc, ctx);
  ReadStatutesActs(doc, &acts);  // act.statutes, act.stated: for the batch-level statutes checks
  // Statutes in the same file govern its deliberations (a statutes PDF sent
  // with the deliberation that adopts them); otherwise the registry.
  CheckContext checks;
  checks.geo = ctx.geo;
  checks.bodies = &BodyRegistry::Default();
  RunFileChecks(doc, checks, &acts);
  return acts;
}

Record DocumentProcessor::Process(const std::string& path, const std::string& display_path,
                                  const std::string& sha256_in, const PageCallback& on_page) {
  auto start = std::chrono::steady_clock::now();
  notes_.clear();
  (void)TakeLibraryMessages();  // said before this file: not its own
  Record record;
  record.path = display_path;
  auto finish = [&]() {
    record.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return record;
  };
  auto fail = [&](const Status& st) {
    record.status = "failed";
    record.errors.push_back({CodeName(st.code()), st.message(), st.page()});
    record.acts.clear();
    return finish();
  };
  Result<PdfSource> pdf = PdfSource::Open(path, options_.limits);
  std::string sha256 = sha256_in;
  if (sha256.empty()) {
    Result<std::string> h = Sha256File(path);
    if (h.ok()) sha256 = h.value();
  }
  record.sha256 = sha256;
  if (!pdf.ok()) {
    FileLibraryMessages(std::nullopt);
    return fail(pdf.status());
  }
  record.pages = pdf.value().pages();
  if (on_page) on_page(0, record.pages, false);
  std::vector<PageText> pages;
  Status st = ReadPages(pdf.value(), sha256, &record, &pages, on_page);
  if (!st.ok()) return fail(st);
  if (pages.empty()) {
    if (record.errors.empty())
      record.errors.push_back({"no_text", "no page could be read", std::nullopt});
    record.status = "failed";
    return finish();
  }
  {
    StageTimer t(&record, "extract");
    record.acts = ActsFromPages(std::move(pages), ctx_);
  }
  FileLibraryMessages(std::nullopt);
  record.status = record.errors.empty() ? "ok" : "partial";
  return finish();
}

}  // namespace delib

// Stage driver for one document: PDF -> pages (text layer or OCR) -> DocText
// -> acts -> checks -> Record. Runs inside one worker; owns no threads.
//
//   DocumentProcessor proc(options, engine_factory, cache, ctx);
//   Record r = proc.Process("in/prem.pdf", "in/prem.pdf");
//
// A page that fails (render or OCR error) is recorded in errors with its page
// number and the record becomes "partial": what the other pages gave is kept.
// A page too large to render at the resolution wanted (pdf_source.h
// kMaxRenderPixels) is read at a lower one, with a "page_size" error saying
// so; one that would need under kMinRenderDpi is not read ("page_size").
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extractors/extract.h"
#include "pipeline/model/act.h"
#include "pipeline/pdf/library_messages.h"
#include "pipeline/pdf/ocr_cache.h"
#include "pipeline/pdf/ocr_engine.h"
#include "pipeline/pdf/page_scans.h"
#include "pipeline/pdf/pdf_source.h"

namespace delib {

struct ProcessOptions {
  int dpi = 300;           // rendering for OCR when a page's own resolution is not used
  bool native_dpi = true;  // render a scanned page at its scan resolution (200-400 dpi)
  bool force_ocr = false;  // OCR even pages with a text layer
  PdfLimits limits;
};

// Called once per page as it is done (for progress and time limits), and
// first with page 0 once the file is open and its page count known.
using PageCallback = std::function<void(int page, int pages, bool ocr)>;
using EngineFactory = std::function<Result<std::unique_ptr<OcrEngine>>()>;

// A message a library printed while reading the file (poppler, leptonica,
// tesseract), kept for the record instead of the console
// (pdf/library_messages.h).
struct LibraryNote {
  std::optional<int> page;  // null: while opening the file or after its pages
  std::string library, text;
};

// The record's "library_messages" (document.schema.json), from
// DocumentProcessor::library_messages(): [{"page", "library", "message"}].
nlohmann::json LibraryMessagesJson(const std::vector<LibraryNote>& notes);

class DocumentProcessor {
 public:
  DocumentProcessor(ProcessOptions options, EngineFactory factory, OcrCache* cache,
                    ExtractContext ctx)
      : options_(options), factory_(std::move(factory)), cache_(cache), ctx_(ctx) {
    // Library diagnostics go to the record being read, not to stderr.
    CaptureLibraryMessages();
  }

  // `sha256` may be given when the caller already hashed the file.
  Record Process(const std::string& path, const std::string& display_path,
                 const std::string& sha256 = "", const PageCallback& on_page = nullptr);

  // What the libraries said while the last Process() or ReadPages() read its
  // file, in order; the caller writes it into the record's JSON.
  const std::vector<LibraryNote>& library_messages() const { return notes_; }

  // The engine's Version(), when known without making one: then cached
  // pages are found without starting the engine.
  void set_engine_version(std::string v) { engine_version_ = std::move(v); }

  // The pages alone (for tests and `delib extract --pages`). A page whose
  // OCR another worker has claimed in the cache is left to it and collected
  // from the cache once the others are read.
  Status ReadPages(const PdfSource& pdf, const std::string& sha256, Record* record,
                   std::vector<PageText>* pages, const PageCallback& on_page);

  // Reads one page of another worker's document into the cache (when it
  // needs OCR and nobody has it or is on it): how idle workers share a long
  // document's pages at the end of a batch. No effect without a cache.
  Status HelpWithPage(const PdfSource& pdf, const std::string& sha256, int page);

 private:
  struct PagePlan {
    bool use_layer = false;
    double dpi = 0;         // when OCRed: at most BoundedDpi of the page
    double asked_dpi = 0;   // the resolution wanted, when the page's size lowered it
    std::string size_note;  // why the resolution was lowered, or why the page is refused
  };
  PagePlan Plan(const PdfSource& pdf, int page, const Result<PageText>& layer,
                std::optional<std::vector<PageScan>>* scans);
  // "" without a cache or an engine version.
  std::string CacheKey(const std::string& sha256, int page, double dpi);
  Result<PageText> OcrPage(const PdfSource& pdf, int page, double dpi, Record* record);
  Result<OcrEngine*> Engine();

  ProcessOptions options_;
  EngineFactory factory_;
  std::unique_ptr<OcrEngine> engine_;
  Status engine_status_;
  bool engine_tried_ = false;
  std::string engine_version_;
  std::string help_scans_path_;  // the document HelpWithPage last saw
  std::optional<std::vector<PageScan>> help_scans_;
  OcrCache* cache_;
  ExtractContext ctx_;
  std::vector<LibraryNote> notes_;
  void FileLibraryMessages(std::optional<int> page);
};

// Acts from pages: extraction then checks. Pure.
std::vector<Act> ActsFromPages(std::vector<PageText> pages, const ExtractContext& ctx);

}  // namespace delib

// What a person sees while a batch runs: a progress bar on a terminal (pages
// done and counted, rate, documents, time left), plain log lines otherwise.
//
//   [########......................] 42/130 pages (+~60 est.)  3/12 docs  1.20 p/s  2m05s left
//
// ProgressModel holds the numbers and the rules, without a clock or a
// terminal (it is given the seconds since the start), so it is tested alone;
// Progress draws it. Both are used by the driver's main thread only.
//
// The rules, so that nothing on the line jumps:
// - The page total is the pages counted so far (documents opened), which
//   only grows; while some documents are not opened yet, their pages are an
//   estimate said apart: "(+~60 est.)" is the mean page count of the opened
//   documents times the documents not opened, and vanishes once all are.
// - The time left is the pages left (counted and estimated) at the mean rate
//   since the start, smoothed over about 10 s: a 300-page scan opened at
//   once moves it over some seconds, not in one redraw. It is unknown
//   ("estimating") until a page is done.
// - The bar's share never goes back.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace delib {

// How a document ended, as far as the progress line cares.
enum class DocEnd { kRead, kFailed };

class ProgressModel {
 public:
  // What the line shows at one moment.
  struct View {
    long pages_done = 0;
    long pages_counted = 0;    // pages of the documents opened
    long pages_estimated = 0;  // more pages expected from documents not opened yet
    size_t docs_done = 0, docs = 0, failed = 0;
    double pages_per_s = 0;
    std::optional<double> seconds_left;  // unknown before the first page
    double share = 0;                    // of the work done, 0-1, never decreasing
  };

  explicit ProgressModel(size_t documents);
  // Document `doc` (0 to documents-1) has `pages` pages. Later calls for the
  // same document are ignored.
  void DocOpened(size_t doc, int pages);
  // A page of `doc` is read; `pages` is its page count (opens it if needed).
  void PageDone(size_t doc, int pages, bool ocr);
  // `doc` ended; pages of it not done (a failed or up-to-date document) are
  // no longer waited for.
  void DocDone(size_t doc, DocEnd end);
  // The line at `now_s` seconds after the start (calls in increasing time).
  View Now(double now_s);

  long ocr_pages() const { return ocr_pages_; }

 private:
  struct Doc {
    int pages = -1;  // -1: not opened
    int done = 0;    // pages read
    bool ended = false;
  };
  std::vector<Doc> docs_;
  size_t docs_done_ = 0, failed_ = 0, opened_ = 0;
  long pages_done_ = 0, pages_counted_ = 0, pages_dropped_ = 0, ocr_pages_ = 0;
  std::optional<double> eta_;  // the smoothed time left at eta_at_
  double eta_at_ = 0, share_ = 0;
};

class Progress {
 public:
  // mode: 1 bar, 0 log lines, -1 bar when stderr is a terminal.
  Progress(size_t documents, int mode);
  void DocOpened(size_t doc, int pages) { model_.DocOpened(doc, pages); }
  void PageDone(size_t doc, int pages, bool ocr);
  void DocDone(size_t doc, const std::string& name, DocEnd end, const std::string& status);
  void Finish();

 private:
  void Draw(bool force);
  double Seconds() const;
  ProgressModel model_;
  bool bar_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// "42s", "2m05s", "1h03m": a duration as the progress line says it.
std::string ShortDuration(double seconds);

}  // namespace delib

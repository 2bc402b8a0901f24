#include "pipeline/driver/progress.h"

#include <unistd.h>

#include <cstdio>

namespace delib {

Progress::Progress(size_t documents, int mode) : documents_(documents) {
  bar_ = mode < 0 ? isatty(STDERR_FILENO) : mode == 1;
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

void Progress::PageDone(size_t doc, int page, int pages, bool ocr) {
  if (!pages_of_.count(doc)) {
    pages_of_[doc] = pages;
    pages_known_ += pages;
  }
  ++pages_done_;
  if (ocr) ++ocr_pages_;
  Draw(false);
}

void Progress::DocDone(const std::string& name, const std::string& status) {
  ++docs_done_;
  if (status == "failed") ++failed_;
  if (!bar_) {
    double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "[%zu/%zu] %s: %s (%.1fs)\n", docs_done_, documents_, name.c_str(),
                 status.c_str(), t);
  }
  Draw(true);
}

void Progress::Draw(bool force) {
  if (!bar_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(150)) return;
  last_draw_ = now;
  double t = std::chrono::duration<double>(now - start_).count();
  double rate = t > 0 ? pages_done_ / t : 0;
  // Pages still to come: those known plus, for documents not yet opened, the
  // mean page count so far.
  double mean = pages_of_.empty() ? 1.0 : static_cast<double>(pages_known_) / pages_of_.size();
  double total = pages_known_ + mean * (documents_ - pages_of_.size());
  double left = rate > 0 ? (total - pages_done_) / rate : 0;
  int width = 30;
  int fill = total > 0 ? static_cast<int>(width * pages_done_ / total) : 0;
  std::string bar(std::min(fill, width), '#');
  bar.resize(width, '.');
  std::fprintf(stderr, "\r[%s] %ld/%.0f pages  %zu/%zu docs  %.2f p/s  %s%.0fs left   ", bar.c_str(),
               pages_done_, total, docs_done_, documents_, rate, failed_ ? "(failures) " : "",
               left);
  std::fflush(stderr);
}

void Progress::Finish() {
  if (bar_) std::fprintf(stderr, "\n");
  double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "delib: %zu documents (%zu failed), %ld pages (%ld OCR) in %.1fs\n",
               docs_done_, failed_, pages_done_, ocr_pages_, t);
}

}  // namespace delib

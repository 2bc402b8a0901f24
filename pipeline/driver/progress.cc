#include "pipeline/driver/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace delib {

namespace {

// The time left follows a new estimate with this time constant (seconds).
constexpr double kEtaSmoothingS = 10.0;

}  // namespace

ProgressModel::ProgressModel(size_t documents) : docs_(documents) {}

void ProgressModel::DocOpened(size_t doc, int pages) {
  if (doc >= docs_.size() || docs_[doc].pages >= 0) return;
  Doc& d = docs_[doc];
  d.pages = std::max(pages, 0);
  ++opened_;
  pages_counted_ += d.pages;
  // Ended before it was opened (cannot happen in a run; kept consistent).
  if (d.ended) pages_dropped_ += d.pages;
}

void ProgressModel::PageDone(size_t doc, int pages, bool ocr) {
  if (doc >= docs_.size()) return;
  DocOpened(doc, pages);
  Doc& d = docs_[doc];
  if (ocr) ++ocr_pages_;
  // A page read twice (by its owner and a helper) is one page.
  if (d.ended || d.done >= d.pages) return;
  ++d.done;
  ++pages_done_;
}

void ProgressModel::DocDone(size_t doc, DocEnd end) {
  if (doc >= docs_.size() || docs_[doc].ended) return;
  Doc& d = docs_[doc];
  d.ended = true;
  ++docs_done_;
  if (end == DocEnd::kFailed) ++failed_;
  if (d.pages > d.done) pages_dropped_ += d.pages - d.done;
}

ProgressModel::View ProgressModel::Now(double now_s) {
  View v;
  v.pages_done = pages_done_;
  v.pages_counted = pages_counted_;
  v.docs_done = docs_done_;
  v.docs = docs_.size();
  v.failed = failed_;
  size_t waiting = 0;  // documents neither opened nor ended
  for (const Doc& d : docs_)
    if (d.pages < 0 && !d.ended) ++waiting;
  // Until a document is opened, one page each is the only guess there is.
  double mean = opened_ ? static_cast<double>(pages_counted_) / opened_ : 1.0;
  v.pages_estimated = std::lround(mean * waiting);
  long left = pages_counted_ - pages_dropped_ - pages_done_ + v.pages_estimated;
  long total = pages_done_ + left;
  double share = docs_done_ == docs_.size() ? 1.0
                 : total > 0                ? static_cast<double>(pages_done_) / total
                                            : 0.0;
  share_ = std::max(share_, std::min(share, 1.0));
  v.share = share_;
  v.pages_per_s = now_s > 0 ? pages_done_ / now_s : 0;
  if (left <= 0 || docs_done_ == docs_.size()) {
    eta_ = 0.0;
  } else if (v.pages_per_s > 0) {
    double fresh = left / v.pages_per_s;
    if (!eta_) {
      eta_ = fresh;
    } else {
      double dt = std::max(0.0, now_s - eta_at_);
      double carried = std::max(0.0, *eta_ - dt);
      double alpha = 1.0 - std::exp(-dt / kEtaSmoothingS);
      eta_ = carried + alpha * (fresh - carried);
    }
  }
  eta_at_ = now_s;
  v.seconds_left = eta_;
  return v;
}

std::string ShortDuration(double seconds) {
  long s = std::lround(std::max(0.0, seconds));
  char buf[32];
  if (s < 60)
    std::snprintf(buf, sizeof buf, "%lds", s);
  else if (s < 3600)
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, s % 3600 / 60);
  return buf;
}

Progress::Progress(size_t documents, int mode) : model_(documents) {
  bar_ = mode < 0 ? isatty(STDERR_FILENO) : mode == 1;
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::PageDone(size_t doc, int pages, bool ocr) {
  model_.PageDone(doc, pages, ocr);
  Draw(false);
}

void Progress::DocDone(size_t doc, const std::string& name, DocEnd end, const std::string& status) {
  model_.DocDone(doc, end);
  if (!bar_) {
    ProgressModel::View v = model_.Now(Seconds());
    std::fprintf(stderr, "[%zu/%zu] %s: %s (%.1fs)\n", v.docs_done, v.docs, name.c_str(),
                 status.c_str(), Seconds());
  }
  Draw(true);
}

void Progress::Draw(bool force) {
  if (!bar_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(150)) return;
  last_draw_ = now;
  ProgressModel::View v = model_.Now(Seconds());
  const int width = 30;
  std::string bar(static_cast<size_t>(std::lround(width * v.share)), '#');
  bar.resize(width, '.');
  std::string estimated =
      v.pages_estimated > 0 ? " (+~" + std::to_string(v.pages_estimated) + " est.)" : "";
  std::string left = v.seconds_left ? ShortDuration(*v.seconds_left) + " left" : "estimating";
  // The trailing spaces clear what a longer line drew before.
  std::fprintf(stderr, "\r[%s] %ld/%ld pages%s  %zu/%zu docs  %.2f p/s  %s%s      ", bar.c_str(),
               v.pages_done, v.pages_counted, estimated.c_str(), v.docs_done, v.docs, v.pages_per_s,
               v.failed ? "(failures) " : "", left.c_str());
  std::fflush(stderr);
}

void Progress::Finish() {
  if (bar_) std::fprintf(stderr, "\n");  // the last document's end drew the final line
  ProgressModel::View v = model_.Now(Seconds());
  std::fprintf(stderr, "delib: %zu documents (%zu failed), %ld pages (%ld OCR) in %.1fs\n",
               v.docs_done, v.failed, v.pages_done, model_.ocr_pages(), Seconds());
}

}  // namespace delib

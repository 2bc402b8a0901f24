// What a person sees while a batch runs: a progress bar on a terminal (pages
// done and known, rate, documents, time left), plain log lines otherwise.
// Used by the driver's main thread only.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <string>

namespace delib {

class Progress {
 public:
  // mode: 1 bar, 0 log lines, -1 bar when stderr is a terminal.
  Progress(size_t documents, int mode);
  void PageDone(size_t doc, int page, int pages, bool ocr);
  void DocDone(const std::string& name, const std::string& status);
  void Finish();

 private:
  void Draw(bool force);
  size_t documents_, docs_done_ = 0, failed_ = 0;
  long pages_done_ = 0, pages_known_ = 0, ocr_pages_ = 0;
  std::map<size_t, int> pages_of_;
  bool bar_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace delib

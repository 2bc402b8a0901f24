// libFuzzer target: any text, as OCR could produce it, through every text
// parser (segmentation, header fields and dates, attendance and names, votes,
// commune lists) and the checks. Must never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extractors/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // Split into up to three pages on form feeds, like a multi-page document.
  std::vector<delib::PageText> pages;
  size_t start = 0;
  for (int n = 1; n <= 3 && start <= text.size(); ++n) {
    size_t end = text.find('\f', start);
    if (end == std::string::npos || n == 3) end = text.size();
    pages.push_back(delib::PageFromPlainText(n, text.substr(start, end - start), 0.7f));
    start = end + 1;
  }
  delib::DocText doc(std::move(pages));
  if (doc.lines().empty()) return 0;
  delib::ExtractContext ctx;
  std::vector<delib::Act> acts = delib::ExtractActs(doc, ctx);
  (void)acts;
  return 0;
}

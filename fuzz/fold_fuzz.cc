// libFuzzer target: folding any bytes (invalid UTF-8 included) keeps its map
// back to the original consistent.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/text/doc_text.h"
#include "pipeline/base/fold.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string raw(reinterpret_cast<const char*>(data), size);
  std::vector<uint32_t> map;
  std::string folded = delib::Fold(raw, &map);
  if (map.size() != folded.size() + 1) std::abort();
  for (size_t i = 0; i + 1 < map.size(); ++i)
    if (map[i] > raw.size() || (i > 0 && map[i] < map[i - 1])) std::abort();
  std::vector<delib::PageText> pages{delib::PageFromPlainText(1, raw)};
  delib::DocText doc(std::move(pages));
  if (!doc.folded().empty()) {
    size_t b = data[0] % doc.folded().size();
    delib::Evidence ev = doc.EvidenceForFolded(b, doc.folded().size());
    (void)ev;
  }
  return 0;
}

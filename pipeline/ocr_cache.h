// OCR results kept apart from extraction, so that a change of rules or
// extractors re-runs them without redoing OCR. An SQLite file; the key is
// (file content hash, page, dpi, engine version). Several worker processes
// may share one cache file (WAL mode, busy timeout). Not thread-safe within
// a process: one OcrCache per worker.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "pipeline/page_text.h"
#include "pipeline/status.h"

struct sqlite3;

namespace delib {

class OcrCache {
 public:
  static Result<std::unique_ptr<OcrCache>> Open(const std::string& path);
  ~OcrCache();

  static std::string Key(const std::string& sha256, int page, int dpi, const std::string& engine);
  std::optional<PageText> Get(const std::string& key);
  // Best effort: a cache that cannot be written costs time, not results.
  void Put(const std::string& key, const PageText& page);

 private:
  OcrCache() = default;
  sqlite3* db_ = nullptr;
};

}  // namespace delib

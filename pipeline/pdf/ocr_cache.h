// OCR results kept apart from extraction, so that a change of rules or
// extractors re-runs them without redoing OCR. An SQLite file; the key is
// (file content hash, page, dpi, engine version). Several worker processes
// may share one cache file (WAL mode, busy timeout). Not thread-safe within
// a process: one OcrCache per worker.
//
// Claims let two workers share one document's pages without reading any
// twice: a worker claims a page's key before OCR and releases it after Put;
// another that finds the key claimed by a live process leaves the page to
// it and later waits for it in the cache. A claim of a dead process (a
// worker that crashed or was killed) counts for nothing.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "pipeline/pdf/page_text.h"
#include "pipeline/base/status.h"

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

  // True when this process now holds the claim on `key` (it was free, held
  // by a dead process, or already ours). True too when the cache cannot
  // record claims: then every worker reads for itself, as without claims.
  bool Claim(const std::string& key);
  void Release(const std::string& key);
  // Whether another live process holds the claim on `key`.
  bool ClaimedByOther(const std::string& key);
  // Forgets every claim (the driver, before its workers start).
  void ClearClaims();

 private:
  OcrCache() = default;
  sqlite3* db_ = nullptr;
};

}  // namespace delib

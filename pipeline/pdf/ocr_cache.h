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

#include "pipeline/base/status.h"
#include "pipeline/pdf/page_text.h"

struct sqlite3;

namespace delib {

class OcrCache {
 public:
  static Result<std::unique_ptr<OcrCache>> Open(const std::string& path);
  ~OcrCache();

  static std::string Key(const std::string& sha256, int page, int dpi, const std::string& engine);
  std::optional<PageText> Get(const std::string& key);
  // Best effort: a cache that cannot be written (a read-only cache file, a
  // full disk) costs time, not results; the page is read all the same. But
  // the failure is not silent: the first one is kept for TakeWriteError.
  void Put(const std::string& key, const PageText& page);
  // The first failed write since the last call (kUnreadable, or kDiskFull
  // for SQLITE_FULL, with SQLite's words: "attempt to write a readonly
  // database"), then Ok. The driver says it once per run on the console.
  Status TakeWriteError();
  // Test hook: caps the file at `pages` SQLite pages, so that writes fail as
  // on a full disk (permissions do not stop root, who runs the tests in CI).
  void LimitPagesForTesting(int pages);

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
  std::string path_;
  std::optional<Status> write_error_;
};

}  // namespace delib

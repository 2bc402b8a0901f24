#include "pipeline/ocr_cache.h"

#include <sqlite3.h>

#include "pipeline/page_text_json.h"

namespace delib {

Result<std::unique_ptr<OcrCache>> OcrCache::Open(const std::string& path) {
  std::unique_ptr<OcrCache> cache(new OcrCache());
  if (sqlite3_open(path.c_str(), &cache->db_) != SQLITE_OK) {
    std::string msg = cache->db_ ? sqlite3_errmsg(cache->db_) : "out of memory";
    return Status(Code::kUnreadable, "cannot open OCR cache " + path + ": " + msg);
  }
  sqlite3_busy_timeout(cache->db_, 10000);
  const char* setup =
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
      "CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, page BLOB NOT NULL);";
  char* err = nullptr;
  if (sqlite3_exec(cache->db_, setup, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown";
    sqlite3_free(err);
    return Status(Code::kUnreadable, "cannot set up OCR cache " + path + ": " + msg);
  }
  return cache;
}

OcrCache::~OcrCache() {
  if (db_) sqlite3_close(db_);
}

std::string OcrCache::Key(const std::string& sha256, int page, int dpi, const std::string& engine) {
  return sha256 + "/" + std::to_string(page) + "/" + std::to_string(dpi) + "/" + engine;
}

std::optional<PageText> OcrCache::Get(const std::string& key) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, "SELECT page FROM pages WHERE key=?", -1, &st, nullptr) != SQLITE_OK)
    return std::nullopt;
  sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
  std::optional<PageText> out;
  if (sqlite3_step(st) == SQLITE_ROW) {
    const void* blob = sqlite3_column_blob(st, 0);
    int n = sqlite3_column_bytes(st, 0);
    auto j = nlohmann::json::from_cbor(static_cast<const uint8_t*>(blob),
                                       static_cast<const uint8_t*>(blob) + n, true, false);
    if (!j.is_discarded()) {
      Result<PageText> page = PageTextFromJson(j);
      if (page.ok()) out = page.take();
    }
  }
  sqlite3_finalize(st);
  return out;
}

void OcrCache::Put(const std::string& key, const PageText& page) {
  std::vector<uint8_t> blob = nlohmann::json::to_cbor(PageTextToJson(page));
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, "INSERT OR REPLACE INTO pages(key, page) VALUES(?, ?)", -1, &st,
                         nullptr) != SQLITE_OK)
    return;
  sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob(st, 2, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  sqlite3_step(st);
  sqlite3_finalize(st);
}

}  // namespace delib

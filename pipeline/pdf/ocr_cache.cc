#include "pipeline/pdf/ocr_cache.h"

#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>

#include "pipeline/pdf/page_text_json.h"

namespace delib {

Result<std::unique_ptr<OcrCache>> OcrCache::Open(const std::string& path) {
  std::unique_ptr<OcrCache> cache(new OcrCache());
  cache->path_ = path;
  if (sqlite3_open(path.c_str(), &cache->db_) != SQLITE_OK) {
    std::string msg = cache->db_ ? sqlite3_errmsg(cache->db_) : "out of memory";
    return Status(Code::kUnreadable, "cannot open OCR cache " + path + ": " + msg);
  }
  sqlite3_busy_timeout(cache->db_, 10000);
  const char* setup =
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
      "CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, page BLOB NOT NULL);"
      "CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, pid INTEGER NOT NULL);";
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
  int rc = sqlite3_prepare_v2(db_, "INSERT OR REPLACE INTO pages(key, page) VALUES(?, ?)", -1, &st,
                              nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob(st, 2, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
  }
  if (rc != SQLITE_OK && rc != SQLITE_DONE && !write_error_) {
    // The extended code says more than sqlite3_errmsg after finalize.
    std::string why = sqlite3_errmsg(db_);
    write_error_ = Status((rc & 0xff) == SQLITE_FULL ? Code::kDiskFull : Code::kUnreadable,
                          "the OCR cache " + path_ + " cannot be written (" + why + ")");
  }
  sqlite3_finalize(st);
}

Status OcrCache::TakeWriteError() {
  if (!write_error_) return Status::Ok();
  Status s = std::move(*write_error_);
  write_error_.reset();
  return s;
}

void OcrCache::LimitPagesForTesting(int pages) {
  std::string sql = "PRAGMA max_page_count=" + std::to_string(pages);
  (void)sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
}

namespace {

bool Alive(long long pid) {
  return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// Runs one statement binding `key` (and this process's pid as ?2 when the
// statement has it); returns the rows changed, or -1 on error. `pid_out`
// receives the first column of a row, if any.
int Exec(sqlite3* db, const char* sql, const std::string& key, long long* pid_out = nullptr) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return -1;
  sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count(st) >= 2) sqlite3_bind_int64(st, 2, getpid());
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW && pid_out) *pid_out = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return -1;
  return sqlite3_changes(db);
}

}  // namespace

bool OcrCache::Claim(const std::string& key) {
  int n = Exec(db_, "INSERT OR IGNORE INTO claims(key, pid) VALUES(?1, ?2)", key);
  if (n != 0) return true;  // inserted, or no claims table: read it ourselves
  long long holder = 0;
  if (Exec(db_, "SELECT pid FROM claims WHERE key=?1", key, &holder) < 0) return true;
  if (holder == getpid()) return true;
  if (holder == 0)  // released meanwhile: try once more
    return Exec(db_, "INSERT OR IGNORE INTO claims(key, pid) VALUES(?1, ?2)", key) != 0;
  if (Alive(holder)) return false;
  // The holder died: take its claim over (one taker wins).
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, "UPDATE claims SET pid=?2 WHERE key=?1 AND pid=?3", -1, &st,
                         nullptr) != SQLITE_OK)
    return true;
  sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 2, getpid());
  sqlite3_bind_int64(st, 3, holder);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc != SQLITE_DONE || sqlite3_changes(db_) == 1;
}

void OcrCache::Release(const std::string& key) {
  Exec(db_, "DELETE FROM claims WHERE key=?1 AND pid=?2", key);
}

bool OcrCache::ClaimedByOther(const std::string& key) {
  long long holder = 0;
  if (Exec(db_, "SELECT pid FROM claims WHERE key=?1", key, &holder) < 0) return false;
  return holder != 0 && holder != getpid() && Alive(holder);
}

void OcrCache::ClearClaims() { sqlite3_exec(db_, "DELETE FROM claims", nullptr, nullptr, nullptr); }

}  // namespace delib

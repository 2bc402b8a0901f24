#include "pipeline/pdf/ocr_cache.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/pdf_fixture.h"

namespace delib {

TEST_CASE("OCR cache round-trips a page, tables included, and misses on another key") {
  Result<std::unique_ptr<OcrCache>> cache = OcrCache::Open(testing::TempDir() + "/cache.sqlite");
  REQUIRE(cache.ok());
  PageText page = PageFromPlainText(3, "Séance du 19 février 2024\n17 Présents", 0.87f);
  page.rotation = 180;
  Table t;
  t.rows = 1;
  t.cols = 2;
  t.cells.push_back({0, 0, {10, 10, 20, 20}, "Membre", 0.01, false, false});
  t.cells.push_back({0, 1, {20, 10, 30, 20}, "", 0.4, true, true});
  page.tables.push_back(t);
  std::string key = OcrCache::Key("abc", 3, 300, "engine-1");
  cache.value()->Put(key, page);
  std::optional<PageText> got = cache.value()->Get(key);
  REQUIRE(got);
  CHECK(got->number == 3);
  CHECK(got->rotation == 180);
  REQUIRE(got->lines.size() == 2);
  CHECK(got->lines[0].Text() == "Séance du 19 février 2024");
  CHECK(got->lines[0].words[0].conf == doctest::Approx(0.87));
  REQUIRE(got->tables.size() == 1);
  CHECK(got->tables[0].cells[1].checked);
  CHECK_FALSE(cache.value()->Get(OcrCache::Key("abc", 3, 300, "engine-2")));
}

// A cache write that failed was dropped without a word: a read-only cache
// file or a full disk made every run OCR every page again, and nobody knew.
TEST_CASE("OCR cache: a write that fails is kept for the driver to say, once") {
  std::string path = testing::TempDir() + "/full.sqlite";
  Result<std::unique_ptr<OcrCache>> cache = OcrCache::Open(path);
  REQUIRE(cache.ok());
  CHECK(cache.value()->TakeWriteError().ok());
  // A page larger than SQLite's page, into a file that may not grow: the
  // write fails as on a full disk.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "délibération ";
  PageText page = PageFromPlainText(1, text, 0.9f);
  cache.value()->LimitPagesForTesting(1);
  std::string key = OcrCache::Key("abc", 1, 300, "engine-1");
  cache.value()->Put(key, page);
  Status error = cache.value()->TakeWriteError();
  CHECK(error.code() == Code::kDiskFull);
  CHECK(error.message().find("the OCR cache " + path + " cannot be written (") == 0);
  CHECK(error.message().find("full") != std::string::npos);
  CHECK_FALSE(cache.value()->Get(key));
  // Said once: the next failure of the same kind is news only after a take.
  cache.value()->Put(key, page);
  cache.value()->Put(key, page);
  CHECK_FALSE(cache.value()->TakeWriteError().ok());
  CHECK(cache.value()->TakeWriteError().ok());

  SUBCASE("a read-only cache file (as a user other than root)") {
    if (getuid() == 0) return;  // root writes through permissions
    cache.value().reset();
    REQUIRE(chmod(path.c_str(), 0444) == 0);
    Result<std::unique_ptr<OcrCache>> ro = OcrCache::Open(path);
    if (!ro.ok()) {  // said at open: the driver prints it
      CHECK(ro.status().message().find(path) != std::string::npos);
      return;
    }
    ro.value()->Put(key, PageFromPlainText(1, "court", 0.9f));
    Status e = ro.value()->TakeWriteError();
    CHECK_FALSE(e.ok());
    CHECK(e.message().find("readonly") != std::string::npos);
  }
}

}  // namespace delib

namespace delib {

TEST_CASE("Claims: one live holder per page; a dead holder's claim is void") {
  std::string path = testing::TempDir() + "/claims.sqlite";
  auto mine = OcrCache::Open(path);
  REQUIRE(mine.ok());
  mine.value()->ClearClaims();
  const std::string key = OcrCache::Key("sha-claims", 2, 200, "fake-1");
  int ready[2], go[2];
  REQUIRE(pipe(ready) == 0);
  REQUIRE(pipe(go) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // another worker: claims the page, then waits to be told to die
    auto theirs = OcrCache::Open(path);
    char c = theirs.ok() && theirs.value()->Claim(key) ? 'y' : 'n';
    (void)!write(ready[1], &c, 1);
    (void)!read(go[0], &c, 1);
    _exit(0);
  }
  char c = 0;
  REQUIRE(read(ready[0], &c, 1) == 1);
  CHECK(c == 'y');
  CHECK(mine.value()->ClaimedByOther(key));
  CHECK_FALSE(mine.value()->Claim(key));
  // Another page is free.
  CHECK(mine.value()->Claim(OcrCache::Key("sha-claims", 3, 200, "fake-1")));
  (void)!write(go[1], "x", 1);
  waitpid(child, nullptr, 0);
  CHECK_FALSE(mine.value()->ClaimedByOther(key));
  CHECK(mine.value()->Claim(key));  // taken over from the dead
  CHECK(mine.value()->Claim(key));  // ours already
  mine.value()->Release(key);
  CHECK_FALSE(mine.value()->ClaimedByOther(key));
}

}  // namespace delib

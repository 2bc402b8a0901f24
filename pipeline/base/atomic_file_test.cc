#include "pipeline/base/atomic_file.h"

#include <dirent.h>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace delib {
namespace {

std::string MakeTempDir() {
  char tmpl[] = "/tmp/delib_atomic_XXXXXX";
  char* dir = mkdtemp(tmpl);
  REQUIRE(dir != nullptr);
  return dir;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> List(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  closedir(d);
  return names;
}

void RemoveTree(const std::string& dir) {
  std::string cmd = "rm -rf '" + dir + "'";
  CHECK(std::system(cmd.c_str()) == 0);
}

TEST_CASE("atomic_file: writes, replaces and leaves no temporary file") {
  std::string dir = MakeTempDir();
  std::string path = dir + "/summary.json";
  REQUIRE(WriteFileAtomic(path, "{\"ok\": 1}\n").ok());
  CHECK(Slurp(path) == "{\"ok\": 1}\n");
  std::string big(1 << 20, 'x');  // larger than one write() may take
  REQUIRE(WriteFileAtomic(path, big).ok());
  CHECK(Slurp(path) == big);
  CHECK(List(dir) == std::vector<std::string>{"summary.json"});
  RemoveTree(dir);
}

TEST_CASE("atomic_file: the target keeps its old content until Commit") {
  std::string dir = MakeTempDir();
  std::string path = dir + "/report.html";
  REQUIRE(WriteFileAtomic(path, "old").ok());
  {
    Result<AtomicFile> f = AtomicFile::Create(path);
    REQUIRE(f.ok());
    REQUIRE(f.value().Append("<html>").ok());
    CHECK(Slurp(path) == "old");  // a reader now still sees the whole old file
    CHECK(List(dir).size() == 2);
    REQUIRE(f.value().Append("</html>").ok());
    REQUIRE(f.value().Commit().ok());
  }
  CHECK(Slurp(path) == "<html></html>");
  CHECK(List(dir).size() == 1);
  RemoveTree(dir);
}

TEST_CASE("atomic_file: an abandoned write removes its temporary and keeps the target") {
  std::string dir = MakeTempDir();
  std::string path = dir + "/scdl-deliberations.csv";
  REQUIRE(WriteFileAtomic(path, "COLL_NOM\r\n").ok());
  {
    Result<AtomicFile> f = AtomicFile::Create(path);
    REQUIRE(f.ok());
    REQUIRE(f.value().Append("half a row").ok());
    // No Commit: as when the batch is interrupted by an error.
  }
  CHECK(Slurp(path) == "COLL_NOM\r\n");
  CHECK(List(dir) == std::vector<std::string>{"scdl-deliberations.csv"});
  RemoveTree(dir);
}

TEST_CASE("atomic_file: failures are values naming the path, and clean up") {
  std::string dir = MakeTempDir();
  SUBCASE("missing directory") {
    Status s = WriteFileAtomic(dir + "/no/such/dir/summary.json", "x");
    CHECK_FALSE(s.ok());
    CHECK(s.message().find("summary.json") != std::string::npos);
  }
  SUBCASE("rename over a directory fails at Commit") {
    std::string path = dir + "/summary.json";
    REQUIRE(mkdir(path.c_str(), 0755) == 0);
    Status s = WriteFileAtomic(path, "data");
    CHECK_FALSE(s.ok());
    CHECK(s.message().find("rename") != std::string::npos);
    struct stat st;
    REQUIRE(stat(path.c_str(), &st) == 0);
    CHECK(S_ISDIR(st.st_mode));
    CHECK(List(dir) == std::vector<std::string>{"summary.json"});  // temp removed
  }
  SUBCASE("commit twice") {
    Result<AtomicFile> f = AtomicFile::Create(dir + "/a.json");
    REQUIRE(f.ok());
    REQUIRE(f.value().Commit().ok());
    CHECK_FALSE(f.value().Commit().ok());
    CHECK_FALSE(f.value().Append("late").ok());
  }
  SUBCASE("moved-from object does not delete the moved temporary") {
    Result<AtomicFile> f = AtomicFile::Create(dir + "/b.json");
    REQUIRE(f.ok());
    AtomicFile moved = f.take();
    REQUIRE(moved.Append("moved").ok());
    REQUIRE(moved.Commit().ok());
    CHECK(Slurp(dir + "/b.json") == "moved");
  }
  RemoveTree(dir);
}

}  // namespace
TEST_CASE("A target name of 250 bytes is written: the temporary name stays bounded") {
  std::string dir = MakeTempDir();
  std::string name = std::string(245, 'n') + ".json";  // 250 bytes, NAME_MAX is 255
  Result<AtomicFile> f = AtomicFile::Create(dir + "/" + name);
  REQUIRE(f.ok());
  CHECK(f.value().temp_path().size() - dir.size() - 1 < 100);
  REQUIRE(f.value().Append("{}").ok());
  REQUIRE(f.value().Commit().ok());
  CHECK(Slurp(dir + "/" + name) == "{}");
  CHECK(WriteFileAtomic(dir + "/" + name, "[]").ok());
  CHECK(Slurp(dir + "/" + name) == "[]");
}

TEST_CASE("A full disk is its own error, and leaves neither the target nor a temporary file") {
  std::string dir = MakeTempDir();
  SetWriteFaultForTesting("full.json", ENOSPC);
  Status s = WriteFileAtomic(dir + "/full.json", "data");
  SetWriteFaultForTesting("", 0);
  CHECK(s.code() == Code::kDiskFull);
  CHECK(s.message().find("No space left on device") != std::string::npos);
  struct stat st;
  CHECK(stat((dir + "/full.json").c_str(), &st) != 0);
  DIR* d = opendir(dir.c_str());
  int entries = 0;
  while (dirent* e = readdir(d))
    if (e->d_name[0] != '.' || std::string(e->d_name).size() > 2) ++entries;
  closedir(d);
  CHECK(entries == 0);
  // Another write is not touched by the fault.
  CHECK(WriteFileAtomic(dir + "/other.json", "ok").ok());
}

}  // namespace delib

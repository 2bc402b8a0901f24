// Writing a file so that readers see either the old content or the new one,
// never half of it: the bytes go to a temporary file in the same directory
// (".<name>.tmp.<pid>.<n>"; a name over 64 bytes is cut to 40 plus "~" and 16
// hex of its hash, so that the temporary name stays under NAME_MAX whatever
// the target's length), are fsync'ed, then rename(2)d over the target
// and the directory is fsync'ed. A crash leaves at worst a stray temporary
// file, never a truncated `path`.
//
//   Status s = WriteFileAtomic(out + "/summary.json", json.dump(2));
//
//   // Large outputs, written as they are produced:
//   Result<AtomicFile> f = AtomicFile::Create(out + "/report.html");
//   if (!f.ok()) return f.status();
//   f.value().Append(head); ... f.value().Append(tail);
//   Status s = f.value().Commit();   // without Commit() nothing replaces path
//
// Errors (message naming the path and errno text): Code::kDiskFull when the
// disk or the quota is full (ENOSPC, EDQUOT: the caller stops its run rather
// than blame the file); Code::kUnreadable when the directory is missing or
// not writable, fsync or rename failed. On any failure the temporary file is removed and `path` is
// untouched. Thread-safety: distinct AtomicFile objects may be used from several threads; temporary
// names are unique per process and call.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/base/status.h"

namespace delib {

class AtomicFile {
 public:
  // Creates the temporary file beside `path`.
  static Result<AtomicFile> Create(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) noexcept;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();

  // Appends bytes; after a failure every later call fails too.
  Status Append(std::string_view data);
  // fsync, close, rename over the target, fsync the directory. Once only.
  Status Commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  AtomicFile(std::string path, std::string temp_path, int fd)
      : path_(std::move(path)), temp_path_(std::move(temp_path)), fd_(fd) {}
  void Abandon();

  std::string path_, temp_path_;
  int fd_ = -1;
  bool committed_ = false;
  Status error_;  // first failure of Append, sticky
};

// Test seam: every Append to a target whose path contains `substring` fails
// with errno `err` (ENOSPC, say), as a full disk would; err 0 removes the
// fault. Process-wide and inherited by forked workers; set it before any
// writer runs. Never used outside tests.
void SetWriteFaultForTesting(const std::string& substring, int err);

// The whole file in one call.
Status WriteFileAtomic(const std::string& path, std::string_view data);

}  // namespace delib

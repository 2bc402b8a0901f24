#include "pipeline/base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace delib {
namespace {

std::atomic<unsigned> temp_counter{0};

// SetWriteFaultForTesting's fault.
std::string fault_substring;
int fault_errno = 0;

Status IoError(const std::string& what, const std::string& path, int err) {
  // A full disk or quota is the run's failure, not the file's: its own code.
  Code code = (err == ENOSPC || err == EDQUOT) ? Code::kDiskFull : Code::kUnreadable;
  return Status(code, what + " " + path + ": " + std::strerror(err));
}

// Bounded, whatever the length of the target's name: a name of 250 bytes
// must not make a temporary name over NAME_MAX (255).
std::string TempPrefix(const std::string& base) {
  if (base.size() <= 64) return base;
  uint64_t h = 1469598103934665603ull;  // FNV-1a of the whole name
  for (unsigned char c : base) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return base.substr(0, 40) + "~" + hex;
}

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  if (path.empty() || path.back() == '/')
    return Status(Code::kInternal, "not a file path: '" + path + "'");
  std::string dir = DirName(path);
  // O_EXCL: a name already taken (a leftover from a crashed run with a
  // recycled pid) is skipped, never overwritten by two writers at once.
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp = dir + "/." + TempPrefix(BaseName(path)) + ".tmp." +
                       std::to_string(getpid()) + "." + std::to_string(temp_counter.fetch_add(1));
    int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) return AtomicFile(path, temp, fd);
    if (errno != EEXIST) return IoError("cannot create a temporary file for", path, errno);
  }
  return Status(Code::kUnreadable, "cannot find a free temporary name for " + path);
}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : path_(std::move(o.path_)),
      temp_path_(std::move(o.temp_path_)),
      fd_(o.fd_),
      committed_(o.committed_),
      error_(std::move(o.error_)) {
  o.fd_ = -1;
  o.committed_ = true;  // the moved-from object owns nothing to clean up
}

AtomicFile& AtomicFile::operator=(AtomicFile&& o) noexcept {
  if (this != &o) {
    Abandon();
    path_ = std::move(o.path_);
    temp_path_ = std::move(o.temp_path_);
    fd_ = o.fd_;
    committed_ = o.committed_;
    error_ = std::move(o.error_);
    o.fd_ = -1;
    o.committed_ = true;
  }
  return *this;
}

AtomicFile::~AtomicFile() { Abandon(); }

void AtomicFile::Abandon() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (!committed_ && !temp_path_.empty()) unlink(temp_path_.c_str());
  committed_ = true;
}

Status AtomicFile::Append(std::string_view data) {
  if (!error_.ok()) return error_;
  if (fd_ < 0) return error_ = Status(Code::kInternal, "append after commit: " + path_);
  if (fault_errno != 0 && path_.find(fault_substring) != std::string::npos)
    return error_ = IoError("cannot write", temp_path_, fault_errno);
  while (!data.empty()) {
    ssize_t n = write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return error_ = IoError("cannot write", temp_path_, errno);
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (!error_.ok()) {
    Abandon();
    return error_;
  }
  if (fd_ < 0) return Status(Code::kInternal, "commit twice: " + path_);
  if (fsync(fd_) != 0) {
    Status s = IoError("cannot fsync", temp_path_, errno);
    Abandon();
    return s;
  }
  int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    Status s = IoError("cannot close", temp_path_, errno);
    Abandon();
    return s;
  }
  if (rename(temp_path_.c_str(), path_.c_str()) != 0) {
    Status s = IoError("cannot rename into", path_, errno);
    Abandon();
    return s;
  }
  committed_ = true;
  // The rename is durable only once the directory entry is on disk. A
  // directory that cannot be opened for fsync (some file systems) is not an
  // error: the content is already complete at `path`.
  int dir_fd = open(DirName(path_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    fsync(dir_fd);
    close(dir_fd);
  }
  return Status::Ok();
}

void SetWriteFaultForTesting(const std::string& substring, int err) {
  fault_substring = substring;
  fault_errno = err;
}

Status WriteFileAtomic(const std::string& path, std::string_view data) {
  Result<AtomicFile> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  Status s = file.value().Append(data);
  if (!s.ok()) return s;  // the destructor removes the temporary file
  return file.value().Commit();
}

}  // namespace delib

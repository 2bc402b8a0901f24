#include "pipeline/driver/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

namespace delib {

Result<RunLock> RunLock::Acquire(const std::string& out_dir) {
  std::string state = out_dir + "/.delib";
  std::error_code ec;
  std::filesystem::create_directories(state, ec);  // an error shows at open()
  std::string path = state + "/lock";
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    return Status(Code::kUnreadable,
                  "cannot create the lock file " + path + ": " + std::strerror(errno));
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    char holder[256] = {0};
    ssize_t n = pread(fd, holder, sizeof holder - 1, 0);
    close(fd);
    std::string who = n > 0 ? std::string(holder, static_cast<size_t>(n)) : "";
    while (!who.empty() && (who.back() == '\n' || who.back() == ' ')) who.pop_back();
    if (err != EWOULDBLOCK)
      return Status(Code::kUnreadable, "cannot lock " + path + ": " + std::strerror(err));
    return Status(Code::kBusy, out_dir + " is in use by another delib run (" +
                                   (who.empty() ? std::string("holder unknown") : who) +
                                   "); wait for it to end or choose another --out");
  }
  char host[256] = "?";
  gethostname(host, sizeof host - 1);
  std::time_t now = std::time(nullptr);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  std::string who = "pid " + std::to_string(getpid()) + " on " + host + ", started " + when + "\n";
  if (ftruncate(fd, 0) != 0 || pwrite(fd, who.data(), who.size(), 0) < 0) {
    // The lock holds without its note: a refused run will say "holder unknown".
  }
  return RunLock(fd);
}

RunLock::RunLock(RunLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }

RunLock& RunLock::operator=(RunLock&& o) noexcept {
  if (this != &o) {
    if (fd_ >= 0) close(fd_);
    fd_ = o.fd_;
    o.fd_ = -1;
  }
  return *this;
}

RunLock::~RunLock() {
  if (fd_ >= 0) close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace delib

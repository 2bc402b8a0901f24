// One run at a time per output folder. Two runs writing the same records,
// summary and cache at once would each describe half a batch; the second
// run is refused instead, and told who holds the folder.
//
//   Result<RunLock> lock = RunLock::Acquire(out_dir);
//   if (!lock.ok()) { puts(lock.status().message()); return kExitBusy; }
//   ... the run; the lock is released when `lock` is destroyed or the
//   process ends (a killed run leaves no stale lock).
//
// Mechanism: flock(2) on DIR/.delib/lock, held for the life of the object.
// The file holds "pid host start-time" of the holder, for the refusal
// message; its content is informative only, the lock is the flock. Worker
// processes forked while it is held share it (same open file). Errors:
// Code::kBusy (held by another run: message names its pid, host and start),
// Code::kUnreadable (the lock file cannot be created). Not for NFS folders
// whose server does not support flock (Linux emulates it with fcntl locks
// there, which is still correct between hosts).
#pragma once

#include <string>

#include "pipeline/base/status.h"

namespace delib {

class RunLock {
 public:
  static Result<RunLock> Acquire(const std::string& out_dir);
  RunLock(RunLock&& other) noexcept;
  RunLock& operator=(RunLock&& other) noexcept;
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;
  ~RunLock();

 private:
  explicit RunLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace delib

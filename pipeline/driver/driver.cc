#include "pipeline/driver/driver.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "pipeline/reference/geography.h"
#include "pipeline/model/act_json.h"
#include "pipeline/base/atomic_file.h"
#include "pipeline/base/hash.h"
#include "pipeline/driver/page_images.h"
#include "pipeline/driver/progress.h"

namespace fs = std::filesystem;

namespace delib {
namespace {

using Clock = std::chrono::steady_clock;

bool HasPdfExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".pdf";
}

uint64_t Fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

nlohmann::json RecordJson(const Record& r, const std::string& stem) {
  nlohmann::json j = RecordToJson(r);
  j["stem"] = stem;
  j["delib_version"] = ExtractorFingerprint();
  return j;
}

Record FailedRecord(const InputFile& in, Code code, const std::string& message) {
  Record r;
  r.path = in.display;
  r.status = "failed";
  r.errors.push_back({CodeName(code), message, std::nullopt});
  Result<std::string> h = Sha256File(in.path);
  if (h.ok()) r.sha256 = h.value();
  return r;
}

// Whether OUT/<stem>.json already holds this content's record, made by this
// version of the extractors.
bool UpToDate(const std::string& record_path, const std::string& sha256) {
  std::ifstream in(record_path);
  if (!in) return false;
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded()) return false;
  return j.value("delib_version", "") == ExtractorFingerprint() &&
         j["source"].value("sha256", "") == sha256 && j.value("status", "") != "failed";
}

// ---- worker process ------------------------------------------------------

void WriteLine(int fd, const std::string& line) {
  std::string s = line + "\n";
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = write(fd, s.data() + off, s.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(3);
    off += static_cast<size_t>(n);
  }
}

[[noreturn]] void WorkerMain(int cmd_fd, int res_fd, const RunOptions& opt,
                             const std::vector<InputFile>& inputs, const Geography* geo) {
  // A worker dies of a fatal signal, whatever handlers the parent installed
  // (a test runner's, say): the supervisor records the crash.
  for (int sig : {SIGPIPE, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) signal(sig, SIG_DFL);
  std::unique_ptr<OcrCache> cache;
  Result<std::unique_ptr<OcrCache>> opened = OcrCache::Open(opt.cache_path);
  if (opened.ok()) cache = opened.take();
  ExtractContext ctx;
  ctx.geo = geo;
  DocumentProcessor proc(opt.process, [] { return MakeTesseractEngine("fra"); }, cache.get(), ctx);
  proc.set_engine_version(TesseractEngineVersion("fra"));
  FILE* cmd = fdopen(cmd_fd, "r");
  char buf[64];
  // The document this worker last helped with, kept open for its next page.
  long help_idx = -1;
  std::optional<PdfSource> help_pdf;
  std::string help_sha;
  while (cmd && std::fgets(buf, sizeof buf, cmd)) {
    if (buf[0] == 'h') {  // "h IDX PAGE": read a page of another worker's document
      char* end = nullptr;
      long idx = std::strtol(buf + 1, &end, 10);
      int page = static_cast<int>(std::strtol(end, nullptr, 10));
      if (idx >= 0 && static_cast<size_t>(idx) < inputs.size()) {
        if (idx != help_idx) {
          help_pdf.reset();
          help_idx = idx;
          Result<PdfSource> pdf = PdfSource::Open(inputs[idx].path, opt.process.limits);
          Result<std::string> sha = Sha256File(inputs[idx].path);
          if (pdf.ok() && sha.ok()) {
            help_pdf.emplace(pdf.take());
            help_sha = sha.value();
          }
        }
        // A page it could not read is the owner's to read (and report).
        if (help_pdf) (void)proc.HelpWithPage(*help_pdf, help_sha, page);
      }
      WriteLine(res_fd, "helped " + std::to_string(idx) + " " + std::to_string(page));
      continue;
    }
    size_t idx = std::strtoul(buf, nullptr, 10);
    if (idx >= inputs.size()) continue;
    const InputFile& in = inputs[idx];
    // Fault injection for the isolation tests: DELIB_FAULT=crash:NAME or
    // hang:NAME makes the worker crash or hang on inputs whose path has NAME.
    if (const char* fault = std::getenv("DELIB_FAULT")) {
      std::string f = fault;
      size_t colon = f.find(':');
      if (colon != std::string::npos && in.path.find(f.substr(colon + 1)) != std::string::npos) {
        if (f.compare(0, colon, "crash") == 0) raise(SIGSEGV);
        if (f.compare(0, colon, "hang") == 0) for (;;) pause();
      }
    }
    std::string out_path = opt.out_dir + "/" + in.stem + ".json";
    Result<std::string> sha = Sha256File(in.path);
    if (sha.ok() && !opt.force && UpToDate(out_path, sha.value())) {
      WriteLine(res_fd, "done " + std::to_string(idx) + " unchanged");
      continue;
    }
    Record r = proc.Process(in.path, in.display, sha.ok() ? sha.value() : "",
                            [&](int page, int pages, bool ocr) {
                              if (page == 0) {
                                WriteLine(res_fd, "open " + std::to_string(idx) + " " +
                                                      std::to_string(pages));
                                return;
                              }
                              WriteLine(res_fd, "page " + std::to_string(idx) + " " +
                                                    std::to_string(page) + " " +
                                                    std::to_string(pages) + " " + (ocr ? "1" : "0"));
                            });
    if (r.status != "failed") {
      Result<PdfSource> pdf = PdfSource::Open(in.path, opt.process.limits);
      if (pdf.ok()) WritePageImages(pdf.value(), r, opt.out_dir + "/pages", in.stem);
    }
    Status st = WriteFileAtomic(out_path, RecordJson(r, in.stem).dump(1) + "\n");
    WriteLine(res_fd, "done " + std::to_string(idx) + " " + (st.ok() ? r.status : "failed"));
  }
  _exit(0);
}

struct Worker {
  pid_t pid = -1;
  int cmd_fd = -1, res_fd = -1;
  long task = -1;           // the document it owns, or -1
  long help = -1;           // the document it reads a page of, or -1
  int help_page = 0;
  Clock::time_point started;
  int pages = 0;
  std::string buffer;
};

}  // namespace

std::string ExecutableBuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) -> int {
        auto* out = static_cast<std::string*>(data);
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            auto* nh = reinterpret_cast<const ElfW(Nhdr)*>(p);
            const char* name = p + sizeof(ElfW(Nhdr));
            const char* desc = name + ((nh->n_namesz + 3) & ~3u);
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              static const char* hex = "0123456789abcdef";
              for (unsigned k = 0; k < nh->n_descsz; ++k) {
                unsigned char c = static_cast<unsigned char>(desc[k]);
                out->push_back(hex[c >> 4]);
                out->push_back(hex[c & 15]);
              }
              return 1;
            }
            p = desc + ((nh->n_descsz + 3) & ~3u);
          }
        }
        return 1;  // the first object is the executable: stop there
      },
      &id);
  return id;
}

std::string ExtractorFingerprint() {
  static const std::string fp = [] {
    // The version and the build of the executable (any code change), plus
    // the content of every rule and data file: editing a pattern, a table or
    // the code makes every record out of date (OCR stays cached).
    std::string acc = std::string("delib ") + DELIB_VERSION + " " + ExecutableBuildId() + "\n";
    std::vector<std::string> files;
    for (const char* dir : {"/extractors/rules", "/data"}) {
      fs::path root = fs::path(DELIB_SOURCE_DIR) / (dir + 1);
      std::error_code ec;
      if (!fs::exists(root, ec)) continue;
      for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
           it.increment(ec))
        if (it->is_regular_file()) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      acc += f.substr(std::strlen(DELIB_SOURCE_DIR)) + "\n" + ss.str();
    }
    return std::string(DELIB_VERSION) + "+" + ShortHash(acc);
  }();
  return fp;
}

std::vector<InputFile> PlanInputs(const std::vector<std::string>& inputs, int shard_k,
                                  int shard_n) {
  std::vector<InputFile> files;
  for (const std::string& arg : inputs) {
    std::error_code ec;
    fs::path root(arg);
    if (fs::is_directory(root, ec)) {
      auto opts = fs::directory_options::skip_permission_denied;
      for (auto it = fs::recursive_directory_iterator(root, opts, ec);
           !ec && it != fs::end(it); it.increment(ec)) {
        std::error_code ec2;
        if (!it->is_regular_file(ec2) || !HasPdfExtension(it->path())) continue;
        InputFile f;
        f.path = it->path().string();
        f.display = f.path;
        f.shard_key = fs::relative(it->path(), root, ec2).string();
        files.push_back(std::move(f));
      }
    } else {
      InputFile f;
      f.path = arg;
      f.display = arg;
      f.shard_key = root.filename().string();
      files.push_back(std::move(f));
    }
  }
  std::sort(files.begin(), files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  files.erase(std::unique(files.begin(), files.end(),
                          [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
              files.end());
  // Stems: the file name without extension, plus 8 hex of the content hash
  // only where two inputs share a name.
  std::map<std::string, int> count;
  for (InputFile& f : files) {
    f.stem = fs::path(f.path).stem().string();
    if (f.stem.empty()) f.stem = "input";
    ++count[f.stem];
  }
  std::set<std::string> taken;
  for (InputFile& f : files)
    if (count[f.stem] < 2) taken.insert(f.stem);
  for (InputFile& f : files) {
    if (count[f.stem] < 2) continue;
    Result<std::string> h = Sha256File(f.path);
    std::string stem = f.stem + "-" + (h.ok() ? h.value() : Sha256Hex(f.path)).substr(0, 8);
    // The same content twice under one name: tell them apart by path.
    if (taken.count(stem)) stem = f.stem + "-" + Sha256Hex(f.path).substr(0, 8);
    taken.insert(stem);
    f.stem = stem;
  }
  if (shard_n > 1) {
    std::vector<InputFile> mine;
    for (InputFile& f : files)
      if (static_cast<int>(Fnv1a(f.shard_key) % shard_n) == shard_k - 1) mine.push_back(std::move(f));
    files = std::move(mine);
  }
  return files;
}

int RunBatch(const RunOptions& options) {
  RunOptions opt = options;
  auto t0 = Clock::now();
  std::error_code ec;
  fs::create_directories(opt.out_dir + "/.delib", ec);
  if (ec) {
    std::fprintf(stderr, "delib: cannot create %s: %s\n", opt.out_dir.c_str(), ec.message().c_str());
    return 2;
  }
  if (opt.cache_path.empty()) opt.cache_path = opt.out_dir + "/.delib/ocr-cache.sqlite";
  if (opt.jobs <= 0) opt.jobs = std::max(1u, std::thread::hardware_concurrency());

  std::vector<InputFile> inputs = PlanInputs(opt.inputs, opt.shard_k, opt.shard_n);
  Result<Geography> geo = Geography::Load(Geography::DefaultDir());
  if (!geo.ok())
    std::fprintf(stderr, "delib: warning: %s; communes will not be matched\n",
                 geo.status().message().c_str());
  const Geography* geo_ptr = geo.ok() ? &geo.value() : nullptr;
  // Warm the cache file's schema once, before workers race to create it;
  // claims of an earlier run are void.
  {
    auto c = OcrCache::Open(opt.cache_path);
    if (c.ok()) c.value()->ClearClaims();
  }

  signal(SIGPIPE, SIG_IGN);
  // As many workers as asked, even for fewer files: idle ones share the
  // pages of the others (a batch of one long scan uses every core).
  int jobs = inputs.empty() ? 1 : opt.jobs;
  std::vector<Worker> workers(jobs);
  auto spawn = [&](Worker& w) {
    int cmd[2], res[2];
    if (pipe(cmd) != 0 || pipe(res) != 0) return false;
    std::fflush(nullptr);
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
      close(cmd[1]);
      close(res[0]);
      for (Worker& other : workers) {
        if (other.cmd_fd >= 0) close(other.cmd_fd);
        if (other.res_fd >= 0) close(other.res_fd);
      }
      WorkerMain(cmd[0], res[1], opt, inputs, geo_ptr);
    }
    close(cmd[0]);
    close(res[1]);
    fcntl(cmd[1], F_SETFD, FD_CLOEXEC);
    fcntl(res[0], F_SETFD, FD_CLOEXEC);
    w = Worker();
    w.pid = pid;
    w.cmd_fd = cmd[1];
    w.res_fd = res[0];
    return true;
  };
  for (Worker& w : workers)
    if (!spawn(w)) {
      std::fprintf(stderr, "delib: cannot start worker processes\n");
      return 2;
    }

  Progress progress(inputs.size(), opt.progress);
  std::deque<size_t> queue;
  for (size_t i = 0; i < inputs.size(); ++i) queue.push_back(i);
  size_t finished = 0;
  int failed = 0;
  // Documents being read, for idle workers to share their pages once the
  // queue is empty (the tail of a batch, or a batch of one long scan).
  struct InFlight {
    int pages = 0;       // known once the owner opened it
    int next = 1;        // the page the owner is on
    bool text_only = false;
    std::set<int> helped;
  };
  std::map<size_t, InFlight> inflight;
  auto pick_help = [&](long* doc, int* page) {
    size_t best = 0;
    for (auto& [idx, f] : inflight) {
      if (f.pages == 0 || f.text_only) continue;
      size_t free = 0;
      int top = 0;
      for (int p = f.pages; p > f.next; --p)
        if (!f.helped.count(p)) {
          ++free;
          if (!top) top = p;
        }
      if (free > best) {
        best = free;
        *doc = static_cast<long>(idx);
        *page = top;
      }
    }
    return best > 0;
  };

  auto write_failed = [&](size_t idx, Code code, const std::string& msg) {
    Record r = FailedRecord(inputs[idx], code, msg);
    Status st = WriteFileAtomic(opt.out_dir + "/" + inputs[idx].stem + ".json",
                            RecordJson(r, inputs[idx].stem).dump(1) + "\n");
    if (!st.ok()) std::fprintf(stderr, "delib: %s\n", st.message().c_str());
  };
  auto on_done = [&](size_t idx, const std::string& status) {
    ++finished;
    if (status == "failed") ++failed;
    progress.DocDone(inputs[idx].display, status);
  };
  auto reap = [&](Worker& w, Code code, const std::string& why) {
    // A helper's failure costs nothing but its page: the owner reads it.
    w.help = -1;
    if (w.task >= 0) {
      inflight.erase(static_cast<size_t>(w.task));
      write_failed(static_cast<size_t>(w.task), code, why);
      on_done(static_cast<size_t>(w.task), "failed");
    }
    close(w.cmd_fd);
    close(w.res_fd);
    w.cmd_fd = w.res_fd = -1;
    w.task = -1;
    if (finished < inputs.size()) spawn(w);
  };

  while (finished < inputs.size()) {
    for (Worker& w : workers) {
      if (w.task < 0 && !queue.empty() && w.pid > 0 && w.cmd_fd >= 0) {
        w.task = static_cast<long>(queue.front());
        queue.pop_front();
        w.started = Clock::now();
        w.pages = 0;
        inflight[static_cast<size_t>(w.task)] = InFlight();
        std::string line = std::to_string(w.task) + "\n";
        if (write(w.cmd_fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
          // The worker is gone; its end is handled when its pipe closes.
        }
      }
      long doc = -1;
      int page = 0;
      if (w.task < 0 && w.help < 0 && queue.empty() && w.pid > 0 && w.cmd_fd >= 0 &&
          pick_help(&doc, &page)) {
        inflight[static_cast<size_t>(doc)].helped.insert(page);
        w.help = doc;
        w.help_page = page;
        w.started = Clock::now();
        std::string line = "h " + std::to_string(doc) + " " + std::to_string(page) + "\n";
        if (write(w.cmd_fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
        }
      }
    }
    std::vector<pollfd> fds;
    for (Worker& w : workers) fds.push_back({w.res_fd, POLLIN, 0});
    int n = poll(fds.data(), fds.size(), 200);
    if (n < 0 && errno != EINTR) break;
    for (size_t i = 0; i < workers.size(); ++i) {
      Worker& w = workers[i];
      if (w.res_fd < 0) continue;
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buf[4096];
        ssize_t got = read(w.res_fd, buf, sizeof buf);
        if (got > 0) {
          w.buffer.append(buf, static_cast<size_t>(got));
          size_t nl;
          while ((nl = w.buffer.find('\n')) != std::string::npos) {
            std::istringstream line(w.buffer.substr(0, nl));
            w.buffer.erase(0, nl + 1);
            std::string kind;
            size_t idx;
            line >> kind >> idx;
            if (kind == "open") {
              int pages = 0;
              line >> pages;
              w.pages = pages;
              if (inflight.count(idx)) inflight[idx].pages = pages;
            } else if (kind == "page") {
              int page, pages, ocr;
              line >> page >> pages >> ocr;
              w.pages = pages;
              progress.PageDone(idx, page, pages, ocr != 0);
              auto f = inflight.find(idx);
              if (f != inflight.end()) {
                f->second.next = std::max(f->second.next, page + 1);
                if (!ocr && page == 1) f->second.text_only = true;
                if (ocr) f->second.text_only = false;
              }
            } else if (kind == "helped") {
              w.help = -1;
            } else if (kind == "done") {
              std::string status;
              line >> status;
              w.task = -1;
              inflight.erase(idx);
              on_done(idx, status);
            }
          }
        } else if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) {
          int wstatus = 0;
          waitpid(w.pid, &wstatus, 0);
          std::string why = "the worker processing this file stopped";
          if (WIFSIGNALED(wstatus))
            why = std::string("the worker processing this file crashed (signal ") +
                  std::to_string(WTERMSIG(wstatus)) + ", " + strsignal(WTERMSIG(wstatus)) +
                  "); the file was skipped";
          w.pid = -1;
          reap(w, Code::kCrash, why);
        }
      }
      // A helper reading one page gets one page's time.
      if (w.help >= 0 && w.pid > 0 &&
          std::chrono::duration<double>(Clock::now() - w.started).count() > opt.time_per_page_s) {
        kill(w.pid, SIGKILL);
        waitpid(w.pid, nullptr, 0);
        w.pid = -1;
        reap(w, Code::kTimeout, "");
      }
      // Time limit: base plus a share per page once the page count is known.
      if (w.task >= 0 && w.pid > 0) {
        double limit = opt.time_base_s + opt.time_per_page_s * w.pages;
        double spent = std::chrono::duration<double>(Clock::now() - w.started).count();
        if (spent > limit) {
          kill(w.pid, SIGKILL);
          waitpid(w.pid, nullptr, 0);
          w.pid = -1;
          char msg[160];
          std::snprintf(msg, sizeof msg,
                        "processing took longer than its time limit (%.0f s) and was stopped", limit);
          reap(w, Code::kTimeout, msg);
        }
      }
    }
  }
  for (Worker& w : workers) {
    if (w.cmd_fd >= 0) close(w.cmd_fd);
  }
  for (Worker& w : workers) {
    if (w.pid > 0) waitpid(w.pid, nullptr, 0);
    if (w.res_fd >= 0) close(w.res_fd);
  }
  progress.Finish();
  double wall = std::chrono::duration<double>(Clock::now() - t0).count();
  return FinishBatch(opt.out_dir, opt.fail_on, failed, wall);
}

}  // namespace delib

#include "pipeline/driver/driver.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "pipeline/base/atomic_file.h"
#include "pipeline/base/hash.h"
#include "pipeline/base/utf8.h"
#include "pipeline/driver/page_images.h"
#include "pipeline/driver/progress.h"
#include "pipeline/driver/run_lock.h"
#include "pipeline/driver/run_manifest.h"
#include "pipeline/model/act_json.h"
#include "pipeline/pdf/library_messages.h"
#include "pipeline/reference/geography.h"

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

// A write to the OCR cache that failed while reading document `idx`: the
// supervisor says it once for the run (the pages were read all the same).
void SayCacheError(int res_fd, OcrCache* cache, long idx) {
  if (!cache) return;
  Status error = cache->TakeWriteError();
  if (!error.ok()) WriteLine(res_fd, "cache " + std::to_string(idx) + " " + error.message());
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
  DocumentProcessor proc(
      opt.process, [] { return MakeTesseractEngine("fra"); }, cache.get(), ctx);
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
        (void)TakeLibraryMessages();  // the owner's document, read from the cache
      }
      SayCacheError(res_fd, cache.get(), idx);
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
        if (f.compare(0, colon, "hang") == 0)
          for (;;) pause();
      }
    }
    std::string out_path = opt.out_dir + "/" + in.stem + ".json";
    Result<std::string> sha = Sha256File(in.path);
    if (sha.ok() && !opt.force && UpToDate(out_path, sha.value())) {
      WriteLine(res_fd, "done " + std::to_string(idx) + " unchanged");
      continue;
    }
    Record r = proc.Process(
        in.path, in.display, sha.ok() ? sha.value() : "", [&](int page, int pages, bool ocr) {
          if (page == 0) {
            WriteLine(res_fd, "open " + std::to_string(idx) + " " + std::to_string(pages));
            return;
          }
          WriteLine(res_fd, "page " + std::to_string(idx) + " " + std::to_string(page) + " " +
                                std::to_string(pages) + " " + (ocr ? "1" : "0"));
        });
    if (r.status != "failed") {
      Result<PdfSource> pdf = PdfSource::Open(in.path, opt.process.limits);
      if (pdf.ok()) WritePageImages(pdf.value(), r, opt.out_dir + "/pages", in.stem);
      // The thumbnails repeat what reading the pages already recorded.
      (void)TakeLibraryMessages();
    }
    nlohmann::json record = RecordJson(r, in.stem);
    record["library_messages"] = LibraryMessagesJson(proc.library_messages());
    Status st = WriteFileAtomic(out_path, DumpJson(record, 1) + "\n");
    // A full disk is the run's failure: the supervisor stops the run.
    if (st.code() == Code::kDiskFull) {
      WriteLine(res_fd, "diskfull " + std::to_string(idx) + " " + st.message());
      continue;
    }
    if (!st.ok()) WriteLine(res_fd, "note " + std::to_string(idx) + " " + st.message());
    SayCacheError(res_fd, cache.get(), idx);
    WriteLine(res_fd, "done " + std::to_string(idx) + " " + (st.ok() ? r.status : "failed"));
  }
  _exit(0);
}

struct Worker {
  pid_t pid = -1;
  int cmd_fd = -1, res_fd = -1;
  long task = -1;  // the document it owns, or -1
  long help = -1;  // the document it reads a page of, or -1
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
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
                std::memcmp(name, "GNU", 4) == 0) {
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

namespace {

// A stem that is valid UTF-8 and at most kMaxStemBytes (driver.h).
std::string SafeStem(const std::string& name) {
  std::string stem = ValidUtf8(name);
  if (stem.empty()) return "input";
  if (stem.size() <= kMaxStemBytes) return stem;
  size_t cut = kMaxStemBytes - 9;  // room for "-" and 8 hex
  while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
  return stem.substr(0, cut) + "-" + Sha256Hex(name).substr(0, 8);
}

// Files under `root`, recursively, in no order; what is passed over goes to
// `skipped`. Links to files are followed; links to folders are not (a loop
// would never end).
void WalkFolder(const fs::path& root, const fs::path& dir, std::vector<InputFile>* files,
                std::vector<SkippedInput>* skipped) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    skipped->push_back({dir.string(), "a folder that cannot be opened (" + ec.message() + ")"});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      skipped->push_back(
          {dir.string(), "a folder that cannot be read to its end (" + ec.message() + ")"});
      return;
    }
    const fs::path& p = it->path();
    std::error_code lec, tec;
    fs::file_status link = fs::symlink_status(p, lec);
    fs::file_status target = fs::status(p, tec);
    bool is_link = fs::is_symlink(link);
    bool pdf_name = HasPdfExtension(p);
    if (is_link && tec) {
      if (pdf_name || tec == std::errc::too_many_symbolic_link_levels)
        skipped->push_back({p.string(), tec == std::errc::too_many_symbolic_link_levels
                                            ? "a symbolic link loop"
                                            : "a broken symbolic link (" + tec.message() + ")"});
      continue;
    }
    if (fs::is_directory(target)) {
      if (is_link) {
        skipped->push_back({p.string(), "a symbolic link to a folder (not followed)"});
        continue;
      }
      if (pdf_name)
        skipped->push_back({p.string(), "a folder named like a PDF (searched as a folder)"});
      WalkFolder(root, p, files, skipped);
      continue;
    }
    if (!pdf_name) continue;
    if (!fs::is_regular_file(target)) {
      skipped->push_back({p.string(), "not a regular file (a device, a pipe or a socket)"});
      continue;
    }
    InputFile f;
    f.path = p.string();
    f.display = f.path;
    std::error_code rec;
    f.shard_key = fs::relative(p, root, rec).string();
    files->push_back(std::move(f));
  }
}

}  // namespace

std::vector<InputFile> PlanInputs(const std::vector<std::string>& inputs, int shard_k, int shard_n,
                                  std::vector<SkippedInput>* skipped_out) {
  std::vector<SkippedInput> skipped;
  std::vector<InputFile> files;
  for (const std::string& arg : inputs) {
    std::error_code ec;
    fs::path root(arg);
    if (fs::is_directory(root, ec)) {
      size_t before = files.size();
      WalkFolder(root, root, &files, &skipped);
      // A folder given to read that holds no PDF is a wrong folder more
      // often than not: said, even when other inputs are read.
      if (files.size() == before)
        skipped.push_back({arg, "an input folder with no PDF file in it (searched recursively)"});
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
  // Each file once: by device and inode when it exists (two paths, a link),
  // else by its path (a missing input named twice).
  std::map<std::pair<dev_t, ino_t>, std::string> seen_inode;
  std::set<std::string> seen_path;
  std::vector<InputFile> unique;
  for (InputFile& f : files) {
    struct stat st;
    if (stat(f.path.c_str(), &st) == 0) {
      auto [it, fresh] = seen_inode.emplace(std::make_pair(st.st_dev, st.st_ino), f.path);
      if (!fresh) {
        if (f.path != it->second) skipped.push_back({f.path, "the same file as " + it->second});
        continue;
      }
    } else if (!seen_path.insert(f.path).second) {
      continue;
    }
    unique.push_back(std::move(f));
  }
  files = std::move(unique);
  // Stems: the file name without extension, plus 8 hex of the content hash
  // only where two inputs share a name.
  std::map<std::string, int> count;
  for (InputFile& f : files) {
    f.stem = SafeStem(fs::path(f.path).stem().string());
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
      if (static_cast<int>(Fnv1a(f.shard_key) % shard_n) == shard_k - 1)
        mine.push_back(std::move(f));
    files = std::move(mine);
  }
  std::sort(skipped.begin(), skipped.end(),
            [](const SkippedInput& a, const SkippedInput& b) { return a.path < b.path; });
  if (skipped_out) *skipped_out = std::move(skipped);
  return files;
}

int RunBatch(const RunOptions& options) {
  RunOptions opt = options;
  auto t0 = Clock::now();
  std::error_code ec;
  fs::create_directories(opt.out_dir + "/.delib", ec);
  if (ec) {
    std::fprintf(stderr, "delib: cannot create %s: %s\n", opt.out_dir.c_str(),
                 ec.message().c_str());
    return ec == std::errc::no_space_on_device ? kExitDiskFull : kExitInputsFailed;
  }
  // One run per output folder, held to the end of this function.
  Result<RunLock> lock = RunLock::Acquire(opt.out_dir);
  if (!lock.ok()) {
    std::fprintf(stderr, "delib: %s\n", lock.status().message().c_str());
    return lock.status().code() == Code::kBusy ? kExitBusy : kExitInputsFailed;
  }
  if (opt.cache_path.empty()) opt.cache_path = opt.out_dir + "/.delib/ocr-cache.sqlite";
  if (opt.jobs <= 0) opt.jobs = std::max(1u, std::thread::hardware_concurrency());

  std::vector<SkippedInput> skipped;
  std::vector<InputFile> inputs = PlanInputs(opt.inputs, opt.shard_k, opt.shard_n, &skipped);
  for (const SkippedInput& sk : skipped)
    std::fprintf(stderr, "delib: skipped %s: %s\n", sk.path.c_str(), sk.reason.c_str());
  // Nothing at all to read is a mistake (a wrong folder), not a success; an
  // empty share of a sharded batch is not.
  if (inputs.empty() && (opt.shard_n <= 1 || PlanInputs(opt.inputs, 0, 0).empty())) {
    std::string named;
    for (const std::string& in : opt.inputs) named += (named.empty() ? "" : ", ") + in;
    std::fprintf(stderr, "delib: nothing to read: no PDF file in %s%s\n", named.c_str(),
                 skipped.empty() ? "" : " (see what was skipped above)");
    return kExitNothingToRead;
  }
  // This run's records: the batch outputs describe these and no other.
  RunManifest manifest;
  manifest.run_id = NewRunId();
  for (const InputFile& in : inputs) manifest.stems.push_back(in.stem);
  Status wrote = WriteRunManifest(opt.out_dir, manifest);
  if (!wrote.ok()) {
    std::fprintf(stderr, "delib: %s\n", wrote.message().c_str());
    return wrote.code() == Code::kDiskFull ? kExitDiskFull : kExitInputsFailed;
  }
  Result<Geography> geo = Geography::Load(Geography::DefaultDir());
  if (!geo.ok())
    std::fprintf(stderr, "delib: warning: %s; communes will not be matched\n",
                 geo.status().message().c_str());
  else if (!geo.value().compact_copy().ok())
    std::fprintf(stderr,
                 "delib: note: the geography's compact copy could not be kept (%s); each run "
                 "reads the package's JSON again (slower)\n",
                 geo.value().compact_copy().message().c_str());
  const Geography* geo_ptr = geo.ok() ? &geo.value() : nullptr;
  // Warm the cache file's schema once, before workers race to create it;
  // claims of an earlier run are void.
  {
    auto c = OcrCache::Open(opt.cache_path);
    if (c.ok()) {
      c.value()->ClearClaims();
    } else {
      std::fprintf(stderr,
                   "delib: warning: %s; every page is read without it (a later run reads them "
                   "again)\n",
                   c.status().message().c_str());
    }
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
    int pages = 0;  // known once the owner opened it
    int next = 1;   // the page the owner is on
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

  // Set when a write found the disk full: no new document starts, the run
  // ends with kExitDiskFull and says it once.
  std::string disk_full;
  bool cache_error_said = false;  // a failed OCR cache write, said once per run
  auto write_failed = [&](size_t idx, Code code, const std::string& msg) {
    Record r = FailedRecord(inputs[idx], code, msg);
    Status st = WriteFileAtomic(opt.out_dir + "/" + inputs[idx].stem + ".json",
                                DumpJson(RecordJson(r, inputs[idx].stem), 1) + "\n");
    if (st.code() == Code::kDiskFull) {
      if (disk_full.empty()) disk_full = st.message();
    } else if (!st.ok()) {
      std::fprintf(stderr, "delib: %s\n", st.message().c_str());
    }
  };
  auto on_done = [&](size_t idx, const std::string& status) {
    ++finished;
    if (status == "failed") ++failed;
    progress.DocDone(idx, inputs[idx].display, status == "failed" ? DocEnd::kFailed : DocEnd::kRead,
                     status);
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
    if (!disk_full.empty()) {
      // Stop cleanly: what is queued is not started; documents in progress
      // end with their worker (their records could not be written anyway).
      queue.clear();
      bool busy = false;
      for (Worker& w : workers)
        if (w.pid > 0 && w.task >= 0) busy = true;
      if (!busy) break;
    }
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
              progress.DocOpened(idx, pages);
              if (inflight.count(idx)) inflight[idx].pages = pages;
            } else if (kind == "page") {
              int page, pages, ocr;
              line >> page >> pages >> ocr;
              w.pages = pages;
              progress.PageDone(idx, pages, ocr != 0);
              auto f = inflight.find(idx);
              if (f != inflight.end()) {
                f->second.next = std::max(f->second.next, page + 1);
                if (!ocr && page == 1) f->second.text_only = true;
                if (ocr) f->second.text_only = false;
              }
            } else if (kind == "diskfull") {
              std::string why;
              std::getline(line, why);
              if (disk_full.empty()) disk_full = why.empty() ? "no space left" : why.substr(1);
              w.task = -1;
              inflight.erase(idx);
              ++finished;
            } else if (kind == "cache") {
              std::string why;
              std::getline(line, why);
              if (!cache_error_said)
                std::fprintf(stderr,
                             "delib: warning:%s; pages are still read, but a later run will "
                             "read them again (OCR)\n",
                             why.c_str());
              cache_error_said = true;
            } else if (kind == "note") {
              std::string why;
              std::getline(line, why);
              std::fprintf(stderr, "delib: %s\n", why.c_str());
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
                        "processing took longer than its time limit (%.0f s) and was stopped",
                        limit);
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
  if (!disk_full.empty()) {
    std::fprintf(stderr,
                 "delib: stopped: the disk is full (%s). The records already written are whole "
                 "and kept; nothing half-written was left; summary, report and CSV were not "
                 "written. Free some space and run again: finished documents are not redone.\n",
                 disk_full.c_str());
    return kExitDiskFull;
  }
  FinishOptions finish;
  finish.fail_on = opt.fail_on;
  finish.failed_inputs = failed;
  finish.wall_s = std::chrono::duration<double>(Clock::now() - t0).count();
  finish.run_id = manifest.run_id;
  finish.stems = manifest.stems;
  finish.skipped = skipped;
  return FinishBatch(opt.out_dir, finish);
}

}  // namespace delib

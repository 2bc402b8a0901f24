// delib: command line. Parses arguments and hands over to the driver.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "pipeline/base/hash.h"
#include "pipeline/driver/document.h"
#include "pipeline/driver/driver.h"
#include "pipeline/driver/options.h"
#include "pipeline/model/act_json.h"
#include "pipeline/pdf/ocr_cache.h"
#include "pipeline/pdf/ocr_engine.h"
#include "pipeline/reference/geography.h"

namespace {

const char* kUsage =
    "delib: deliberations of French local bodies, from PDF to checked JSON\n"
    "\n"
    "usage:\n"
    "  delib run --out DIR [--jobs N] [--shard K/N] [--fail-on error|warning]\n"
    "            [--cache FILE] [--dpi N] [--force] [--force-ocr] [--timeout S]\n"
    "            [--progress|--no-progress] INPUT...\n"
    "  delib extract [--force-ocr] [--dpi N] [--cache FILE] FILE\n"
    "                                                       one file's record (JSON) on stdout\n"
    "  delib extract --text [--force-ocr] [--dpi N] [--cache FILE] FILE\n"
    "                                                       the text read from each page\n"
    "  delib merge --out DIR [--fail-on S] SHARD_DIR...     combine shard outputs\n"
    "  delib COMMAND --help\n";

const char* kRunHelp =
    "delib run --out DIR [options] INPUT...\n"
    "  INPUT          PDF files or folders (searched recursively for *.pdf, any case)\n"
    "  --out DIR      where DIR/<stem>.json, summary.json, report.html and\n"
    "                 scdl-deliberations.csv are written\n"
    "  --jobs N       worker processes, 1-256 (default: the number of cores)\n"
    "  --shard K/N    process only share K of N of the inputs (1 <= K <= N)\n"
    "  --fail-on S    exit 1 when unreviewed anomalies of severity S (error|warning) exist\n"
    "  --cache FILE   OCR cache (default DIR/.delib/ocr-cache.sqlite)\n"
    "  --dpi N        rendering resolution for OCR, 50-1200 (default: a scan's own\n"
    "                 resolution when 200-400 dpi, else 300)\n"
    "  --force        redo documents whose record is up to date\n"
    "  --force-ocr    OCR pages even when they have a text layer\n"
    "  --timeout S    time limit of a document: S seconds (1-86400) plus 60 per page\n"
    "                 (default 120)\n"
    "  --             what follows is INPUT, even a name starting with '-'\n"
    "exit status: 0 every input read, 1 --fail-on matched, 2 some inputs failed,\n"
    "  3 nothing to read, 4 disk full (the run stopped), 5 DIR in use by another run,\n"
    "  64 bad command line\n";

const char* kExtractHelp =
    "delib extract [--force-ocr] [--dpi N] [--cache FILE] [--text] FILE: prints one\n"
    "file's record (JSON), or with --text the text read from each page (how each\n"
    "page was read, then its lines). --dpi N: 50-1200. --cache FILE: a run's OCR\n"
    "cache, so that pages already read are not OCR'd again. Exit 0, 2 when the\n"
    "file failed, 64 bad command line.\n";

const char* kMergeHelp =
    "delib merge --out DIR [--fail-on S] SHARD_DIR...: combines the records of\n"
    "shard runs into DIR, then runs the batch-wide checks and outputs. Each\n"
    "SHARD_DIR must hold a finished run (its summary.json and every record it\n"
    "lists); otherwise nothing is merged and the exit status is 3.\n";

// Prints a usage error and returns its exit status.
int UsageError(const char* cmd, const delib::Status& st, const char* help) {
  std::fprintf(stderr, "delib %s: %s\n\n%s", cmd, st.message().c_str(), help);
  return delib::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace delib;
  // Tesseract's OpenMP threads would fight our worker processes for the
  // cores, and libgomp reads its limit when the program loads: set it, then
  // start again once.
  if (!std::getenv("OMP_THREAD_LIMIT")) {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);  // on failure, go on with OpenMP's default
  }
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  bool help = false;
  if (cmd == "run") {
    Result<RunOptions> opt = ParseRunArgs(args, &help);
    if (help) return std::fputs(kRunHelp, stdout), 0;
    if (!opt.ok()) return UsageError("run", opt.status(), kRunHelp);
    return RunBatch(opt.value());
  }
  if (cmd == "extract") {
    Result<ExtractOptions> parsed = ParseExtractArgs(args, &help);
    if (help) return std::fputs(kExtractHelp, stdout), 0;
    if (!parsed.ok()) return UsageError("extract", parsed.status(), kExtractHelp);
    const ExtractOptions& opt = parsed.value();
    const std::string& file = opt.file;
    Result<Geography> geo = Geography::Load(Geography::DefaultDir());
    ExtractContext ctx;
    if (geo.ok())
      ctx.geo = &geo.value();
    else
      std::fprintf(stderr, "delib: warning: %s\n", geo.status().message().c_str());
    // The OCR cache of a run (--cache), shared read-write: pages it holds are
    // not OCR'd again. One that cannot be opened is said and not used.
    std::unique_ptr<OcrCache> cache;
    if (!opt.cache_path.empty()) {
      Result<std::unique_ptr<OcrCache>> opened = OcrCache::Open(opt.cache_path);
      if (opened.ok())
        cache = opened.take();
      else
        std::fprintf(stderr, "delib: warning: OCR cache %s: %s\n", opt.cache_path.c_str(),
                     opened.status().message().c_str());
    }
    DocumentProcessor proc(
        opt.process, [] { return MakeTesseractEngine("fra"); }, cache.get(), ctx);
    proc.set_engine_version(TesseractEngineVersion("fra"));
    if (opt.text_only) {
      Result<PdfSource> pdf = PdfSource::Open(file);
      if (!pdf.ok()) {
        std::fprintf(stderr, "delib: %s: %s\n", file.c_str(), pdf.status().message().c_str());
        return kExitInputsFailed;
      }
      Record r;
      std::vector<PageText> pages;
      // The cache keys pages by the file's content: without its hash, none.
      Result<std::string> sha = Sha256File(file);
      Status st = proc.ReadPages(pdf.value(), sha.ok() ? sha.value() : "", &r, &pages, nullptr);
      for (const PageText& p : pages) {
        std::printf("=== page %d (%s, rotation %d, skew %.2f, confidence %.2f, %zu tables)\n",
                    p.number, p.source == PageSource::kOcr ? "ocr" : "text layer", p.rotation,
                    p.skew_deg, p.mean_conf, p.tables.size());
        for (const Line& l : p.lines) std::printf("%s\n", l.Text().c_str());
      }
      for (const RecordError& e : r.errors)
        std::fprintf(stderr, "page %d: %s\n", e.page.value_or(0), e.message.c_str());
      return st.ok() ? kExitOk : kExitInputsFailed;
    }
    Record r = proc.Process(file, file);
    nlohmann::json j = RecordToJson(r);
    j["library_messages"] = LibraryMessagesJson(proc.library_messages());
    std::puts(DumpJson(j, 2).c_str());
    return r.status == "failed" ? kExitInputsFailed : kExitOk;
  }
  if (cmd == "merge") {
    Result<MergeOptions> opt = ParseMergeArgs(args, &help);
    if (help) return std::fputs(kMergeHelp, stdout), 0;
    if (!opt.ok()) return UsageError("merge", opt.status(), kMergeHelp);
    return MergeShards(opt.value().out_dir, opt.value().shard_dirs, opt.value().fail_on);
  }
  std::fprintf(stderr, "delib: unknown command %s\n%s", cmd.c_str(), kUsage);
  return kExitUsage;
}

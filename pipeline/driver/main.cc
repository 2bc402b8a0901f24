// delib: command line. Parses arguments and hands over to the driver.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <unistd.h>

#include "pipeline/reference/geography.h"
#include "pipeline/model/act_json.h"
#include "pipeline/driver/document.h"
#include "pipeline/driver/driver.h"

namespace {

const char* kUsage =
    "delib: deliberations of French local bodies, from PDF to checked JSON\n"
    "\n"
    "usage:\n"
    "  delib run --out DIR [--jobs N] [--shard K/N] [--fail-on error|warning]\n"
    "            [--cache FILE] [--dpi N] [--force] [--force-ocr] [--timeout S]\n"
    "            [--progress|--no-progress] INPUT...\n"
    "  delib extract [--force-ocr] [--dpi N] FILE     one file's JSON on stdout\n"
    "  delib merge --out DIR SHARD_DIR...             combine shard outputs\n"
    "  delib COMMAND --help\n";

const char* kRunHelp =
    "delib run --out DIR [options] INPUT...\n"
    "  INPUT          PDF files or folders (searched recursively for *.pdf, any case)\n"
    "  --out DIR      where DIR/<stem>.json, summary.json, report.html and\n"
    "                 scdl-deliberations.csv are written\n"
    "  --jobs N       worker processes (default: the number of cores)\n"
    "  --shard K/N    process only share K of N of the inputs (deterministic)\n"
    "  --fail-on S    exit 1 when unreviewed anomalies of severity S (error|warning) exist\n"
    "  --cache FILE   OCR cache (default DIR/.delib/ocr-cache.sqlite)\n"
    "  --dpi N        rendering resolution for OCR (default: a scan's own\n"
    "                 resolution when 200-400 dpi, else 300)\n"
    "  --force        redo documents whose record is up to date\n"
    "  --force-ocr    OCR pages even when they have a text layer\n"
    "  --timeout S    time limit of a document: S seconds plus 60 per page (default 120)\n"
    "exit status: 0 every input read, 2 some inputs failed, 1 --fail-on matched\n";

bool Flag(const std::string& a, const char* name) { return a == name; }

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
  if (argc < 2 || Flag(argv[1], "--help") || Flag(argv[1], "-h")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 64 : 0;
  }
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  auto need = [&](size_t& i) -> std::string {
    if (i + 1 >= args.size()) {
      std::fprintf(stderr, "delib %s: %s needs a value\n", cmd.c_str(), args[i].c_str());
      std::exit(64);
    }
    return args[++i];
  };
  if (cmd == "run") {
    RunOptions opt;
    for (size_t i = 0; i < args.size(); ++i) {
      const std::string& a = args[i];
      if (a == "--help" || a == "-h") { std::fputs(kRunHelp, stdout); return 0; }
      else if (a == "--out") opt.out_dir = need(i);
      else if (a == "--jobs") opt.jobs = std::atoi(need(i).c_str());
      else if (a == "--shard") {
        std::string v = need(i);
        if (std::sscanf(v.c_str(), "%d/%d", &opt.shard_k, &opt.shard_n) != 2 || opt.shard_n < 1 ||
            opt.shard_k < 1 || opt.shard_k > opt.shard_n) {
          std::fprintf(stderr, "delib run: --shard takes K/N with 1 <= K <= N\n");
          return 64;
        }
      } else if (a == "--fail-on") {
        opt.fail_on = need(i);
        if (opt.fail_on != "error" && opt.fail_on != "warning") {
          std::fprintf(stderr, "delib run: --fail-on takes error or warning\n");
          return 64;
        }
      } else if (a == "--cache") opt.cache_path = need(i);
      else if (a == "--dpi") {
        opt.process.dpi = std::atoi(need(i).c_str());
        opt.process.native_dpi = false;
      }
      else if (a == "--force") opt.force = true;
      else if (a == "--force-ocr") opt.process.force_ocr = true;
      else if (a == "--timeout") opt.time_base_s = std::atof(need(i).c_str());
      else if (a == "--progress") opt.progress = 1;
      else if (a == "--no-progress") opt.progress = 0;
      else if (!a.empty() && a[0] == '-') {
        std::fprintf(stderr, "delib run: unknown option %s\n%s", a.c_str(), kRunHelp);
        return 64;
      } else opt.inputs.push_back(a);
    }
    if (opt.out_dir.empty() || opt.inputs.empty()) {
      std::fputs(kRunHelp, stderr);
      return 64;
    }
    return RunBatch(opt);
  }
  if (cmd == "extract") {
    ProcessOptions popt;
    std::string file;
    bool text_only = false;
    for (size_t i = 0; i < args.size(); ++i) {
      const std::string& a = args[i];
      if (a == "--help" || a == "-h") {
        std::puts("delib extract [--force-ocr] [--dpi N] [--text] FILE: prints one file's record\n"
                  "(JSON), or with --text the text read from each page (how each page was read,\n"
                  "then its lines)");
        return 0;
      } else if (a == "--force-ocr") popt.force_ocr = true;
      else if (a == "--text") text_only = true;
      else if (a == "--dpi") {
        popt.dpi = std::atoi(need(i).c_str());
        popt.native_dpi = false;
      }
      else file = a;
    }
    if (file.empty()) { std::fputs(kUsage, stderr); return 64; }
    Result<Geography> geo = Geography::Load(Geography::DefaultDir());
    ExtractContext ctx;
    if (geo.ok()) ctx.geo = &geo.value();
    else std::fprintf(stderr, "delib: warning: %s\n", geo.status().message().c_str());
    DocumentProcessor proc(popt, [] { return MakeTesseractEngine("fra"); }, nullptr, ctx);
    if (text_only) {
      Result<PdfSource> pdf = PdfSource::Open(file);
      if (!pdf.ok()) {
        std::fprintf(stderr, "delib: %s: %s\n", file.c_str(), pdf.status().message().c_str());
        return 2;
      }
      Record r;
      std::vector<PageText> pages;
      Status st = proc.ReadPages(pdf.value(), "", &r, &pages, nullptr);
      for (const PageText& p : pages) {
        std::printf("=== page %d (%s, rotation %d, skew %.2f, confidence %.2f, %zu tables)\n", p.number,
                    p.source == PageSource::kOcr ? "ocr" : "text layer", p.rotation, p.skew_deg,
                    p.mean_conf, p.tables.size());
        for (const Line& l : p.lines) std::printf("%s\n", l.Text().c_str());
      }
      for (const RecordError& e : r.errors)
        std::fprintf(stderr, "page %d: %s\n", e.page.value_or(0), e.message.c_str());
      return st.ok() ? 0 : 2;
    }
    Record r = proc.Process(file, file);
    std::puts(RecordToJson(r).dump(2).c_str());
    return r.status == "failed" ? 2 : 0;
  }
  if (cmd == "merge") {
    std::string out, fail_on;
    std::vector<std::string> dirs;
    for (size_t i = 0; i < args.size(); ++i) {
      const std::string& a = args[i];
      if (a == "--help" || a == "-h") {
        std::puts("delib merge --out DIR [--fail-on S] SHARD_DIR...: combines the records of\n"
                  "shard runs into DIR, then runs the batch-wide checks and outputs");
        return 0;
      } else if (a == "--out") out = need(i);
      else if (a == "--fail-on") fail_on = need(i);
      else dirs.push_back(a);
    }
    if (out.empty() || dirs.empty()) { std::fputs(kUsage, stderr); return 64; }
    return MergeShards(out, dirs, fail_on);
  }
  std::fprintf(stderr, "delib: unknown command %s\n%s", cmd.c_str(), kUsage);
  return 64;
}

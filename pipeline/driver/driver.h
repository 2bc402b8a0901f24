// The batch driver: `delib run`. Owns processes, files and progress; the
// stages it calls own nothing.
//
// Isolation: documents are processed by supervised worker processes (fork),
// one Tesseract instance each. A worker that crashes (a segfault in a
// decoder) or outlives its time limit costs only the document it was on: the
// driver writes that document's failed record, starts a new worker and goes
// on. Each record is written atomically (temporary file, then rename), so a
// run killed at any moment leaves whole records only, and a run started again
// skips the documents whose record is up to date (same content hash, same
// extractor and rules version) and redoes the rest.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/driver/batch_outputs.h"
#include "pipeline/driver/document.h"

namespace delib {

// Exit status of `delib run` and `delib merge` (README, "Exit status"). One
// place maps each way a run ends to its code; the worst applies (a full disk
// over failed inputs).
enum ExitCode : int {
  kExitOk = 0,             // every input read
  kExitFailOn = 1,         // --fail-on: unreviewed anomalies of that severity
  kExitInputsFailed = 2,   // some inputs failed; their records say why
  kExitNothingToRead = 3,  // no PDF among the inputs; merge: a shard missing or incomplete
  kExitDiskFull = 4,       // a write failed for lack of space: the run stopped
  kExitBusy = 5,           // another run holds the output folder
  kExitUsage = 64,         // a bad command line (EX_USAGE of sysexits.h)
};

struct RunOptions {
  std::string out_dir;
  std::vector<std::string> inputs;
  int jobs = 0;                  // worker processes; 0: the number of cores
  int shard_k = 0, shard_n = 0;  // process share K of N (1-based); 0: all
  std::string fail_on;           // "", "error" or "warning"
  std::string cache_path;        // default: OUT/.delib/ocr-cache.sqlite
  ProcessOptions process;
  double time_base_s = 120;  // time limit of a document: base + per page
  double time_per_page_s = 60;
  bool force = false;  // redo documents whose record is up to date
  int progress = -1;   // -1: a bar when stderr is a terminal
};

// One planned input.
struct InputFile {
  std::string path;     // as found on disk
  std::string display;  // as written in the record
  std::string stem;     // output name without ".json"
  std::string shard_key;
};

// The longest stem, in bytes: "<stem>-<8 hex>.json" and the page images
// "pages/<stem>-p<N>.png" (or .jpg) then stay under NAME_MAX (255 bytes). A longer
// file name keeps its first bytes (cut on a UTF-8 boundary) plus "-" and 8
// hex of the SHA-256 of the whole name: "très long nom….pdf" ->
// "très long n-1a2b3c4d".
inline constexpr size_t kMaxStemBytes = 200;

// Expands files and folders (recursively, "*.pdf" in any case), sorts them,
// reads each file once (the same file named twice, through two paths or a
// symbolic link, is read under the first path in sort order), gives each a
// unique stem (valid UTF-8, at most kMaxStemBytes), keeps this shard's
// share. Missing inputs are kept (their record will say so). What is passed
// over under a folder goes to `skipped` with its reason: a folder named like
// a PDF, a broken link, a link loop, a link to a folder (not followed), a
// folder that cannot be opened, a second path to a file already planned; so
// does an input folder with no PDF at all. The same path given twice is
// planned once and not said (a shell glob and a name that overlap).
std::vector<InputFile> PlanInputs(const std::vector<std::string>& inputs, int shard_k, int shard_n,
                                  std::vector<SkippedInput>* skipped = nullptr);

// Identifies the extractors and rules: part of the "up to date" test.
std::string ExtractorFingerprint();
// The GNU build ID of the running executable (a hash of its code, written by
// the linker), hex; empty when it has none. Read from the loaded program
// headers, no file access. Part of the fingerprint: a rebuilt delib redoes
// extraction and checks on its next run.
std::string ExecutableBuildId();

// Returns an ExitCode.
int RunBatch(const RunOptions& options);
// Combines shard output folders into `out_dir` and runs the batch-wide steps.
// Every shard must hold a finished run (run_manifest.h CheckFinishedRun):
// one that is missing, empty or incomplete stops the merge before anything
// is copied, naming it (kExitNothingToRead).
int MergeShards(const std::string& out_dir, const std::vector<std::string>& shard_dirs,
                const std::string& fail_on);

struct FinishOptions {
  std::string fail_on;  // "", "error" or "warning"
  int failed_inputs = 0;
  double wall_s = 0;
  std::string run_id;                             // DIR/.delib/run.json's
  std::optional<std::vector<std::string>> stems;  // unset: every record in DIR
  std::vector<SkippedInput> skipped;
};

// Finishes a batch folder: cross-document checks, summary.json, report.html,
// scdl-deliberations.csv, over the records of `stems`. Returns an ExitCode:
// kExitDiskFull when an output could not be written for lack of space.
int FinishBatch(const std::string& out_dir, const FinishOptions& options);

}  // namespace delib

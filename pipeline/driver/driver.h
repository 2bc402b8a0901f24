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

#include <string>
#include <vector>

#include "pipeline/driver/document.h"

namespace delib {

struct RunOptions {
  std::string out_dir;
  std::vector<std::string> inputs;
  int jobs = 0;                    // worker processes; 0: the number of cores
  int shard_k = 0, shard_n = 0;    // process share K of N (1-based); 0: all
  std::string fail_on;             // "", "error" or "warning"
  std::string cache_path;          // default: OUT/.delib/ocr-cache.sqlite
  ProcessOptions process;
  double time_base_s = 120;        // time limit of a document: base + per page
  double time_per_page_s = 60;
  bool force = false;              // redo documents whose record is up to date
  int progress = -1;               // -1: a bar when stderr is a terminal
};

// One planned input.
struct InputFile {
  std::string path;     // as found on disk
  std::string display;  // as written in the record
  std::string stem;     // output name without ".json"
  std::string shard_key;
};

// Expands files and folders (recursively, "*.pdf" in any case), sorts them,
// gives each a unique stem, keeps this shard's share. Missing inputs are kept
// (their record will say so).
std::vector<InputFile> PlanInputs(const std::vector<std::string>& inputs, int shard_k,
                                  int shard_n);

// Identifies the extractors and rules: part of the "up to date" test.
std::string ExtractorFingerprint();
// The GNU build ID of the running executable (a hash of its code, written by
// the linker), hex; empty when it has none. Read from the loaded program
// headers, no file access. Part of the fingerprint: a rebuilt delib redoes
// extraction and checks on its next run.
std::string ExecutableBuildId();

// Exit codes: 0 every input read; 2 some inputs failed; 1 --fail-on matched.
int RunBatch(const RunOptions& options);
// Combines shard output folders into `out_dir` and runs the batch-wide steps.
int MergeShards(const std::string& out_dir, const std::vector<std::string>& shard_dirs,
                const std::string& fail_on);

// Finishes a batch folder: cross-document checks, summary.json, report.html,
// scdl-deliberations.csv. Returns the exit code for `fail_on`.
int FinishBatch(const std::string& out_dir, const std::string& fail_on, int failed_inputs,
                double wall_seconds);

}  // namespace delib

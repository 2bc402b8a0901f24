// Which records belong to a run. An output folder keeps the records of
// earlier runs (a deleted input's record, the record of a file whose stem
// changed when a second file of the same name arrived); the batch outputs
// (summary.json, report.html, the CSV) describe the inputs of this run only.
// DIR/.delib/run.json names them:
//
//   {"run_id": "2026-12-04T18:30:00Z-4242", "stems": ["prem", "hem-1a2b3c4d"]}
//
// written when the run starts; summary.json carries the same run_id when the
// run finished. `delib merge` reads it to take exactly a shard's records and
// to refuse a shard whose run did not finish.
//
//   Result<RunManifest> m = CheckFinishedRun("shard1");
//   if (!m.ok()) -> "shard1: incomplete: the run did not finish (no summary.json)"
#pragma once

#include <string>
#include <vector>

#include "pipeline/base/status.h"

namespace delib {

struct RunManifest {
  std::string run_id;
  std::vector<std::string> stems;  // DIR/<stem>.json of each input of the run
};

// A new id: the start time (UTC) and the process id.
std::string NewRunId();

// DIR/.delib/run.json, atomically. Errors as WriteFileAtomic's.
Status WriteRunManifest(const std::string& out_dir, const RunManifest& manifest);
// Code::kNotFound when absent, Code::kCorrupt when not a manifest.
Result<RunManifest> ReadRunManifest(const std::string& out_dir);

// Whether `dir` holds a finished run: a folder with its manifest, a
// summary.json of the same run_id (written last, so the run finished), and
// every record the manifest names, readable as a record. The error message
// names the folder and what is missing (Code::kNotFound or kCorrupt).
Result<RunManifest> CheckFinishedRun(const std::string& dir);

}  // namespace delib

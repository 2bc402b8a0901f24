// Batch-wide steps after the workers: cross-document checks and the batch
// outputs (summary.json, report.html, scdl-deliberations.csv).
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "pipeline/batch_outputs.h"
#include "pipeline/driver.h"

namespace fs = std::filesystem;

namespace delib {

int FinishBatch(const std::string& out_dir, const std::string& fail_on, int failed_inputs,
                double wall_seconds) {
  BatchInfo info;
  info.wall_s = wall_seconds;
  Result<BatchOutcome> outcome = WriteBatchOutputs(out_dir, info);
  if (!outcome.ok()) {
    std::fprintf(stderr, "delib: %s\n", outcome.status().message().c_str());
    return 2;
  }
  const BatchOutcome& o = outcome.value();
  for (const std::string& p : o.problems) std::fprintf(stderr, "delib: %s\n", p.c_str());
  std::fprintf(stderr,
               "delib: %d records; anomalies not dismissed: %d errors, %d warnings; %d new since "
               "the previous run, %d dismissed in review.json\n",
               o.records, o.errors_unreviewed, o.warnings_unreviewed, o.new_count, o.dismissed_count);
  std::fprintf(stderr, "delib: see %s/report.html and %s/summary.json\n", out_dir.c_str(),
               out_dir.c_str());
  if (fail_on == "error" && o.errors_unreviewed > 0) return 1;
  if (fail_on == "warning" && o.errors_unreviewed + o.warnings_unreviewed > 0) return 1;
  return failed_inputs > 0 ? 2 : 0;
}

int MergeShards(const std::string& out_dir, const std::vector<std::string>& shard_dirs,
                const std::string& fail_on) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  int failed = 0;
  for (const std::string& dir : shard_dirs) {
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      std::string name = e.path().filename().string();
      if (e.path().extension() != ".json" || name == "summary.json" || name == "review.json")
        continue;
      std::ifstream in(e.path());
      nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
      if (j.is_discarded() || !j.contains("acts")) continue;
      if (j.value("status", "") == "failed") ++failed;
      fs::copy_file(e.path(), fs::path(out_dir) / name, fs::copy_options::overwrite_existing, ec);
    }
  }
  return FinishBatch(out_dir, fail_on, failed, 0);
}

}  // namespace delib

// Batch-wide steps after the workers: cross-document checks and the batch
// outputs (summary.json, report.html, scdl-deliberations.csv).
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "pipeline/driver.h"

namespace fs = std::filesystem;

namespace delib {

int FinishBatch(const std::string& out_dir, const std::string& fail_on, int failed_inputs,
                double wall_seconds) {
  // Placeholder until batch_outputs lands: counts only.
  int errors = 0, warnings = 0;
  for (const auto& e : fs::directory_iterator(out_dir)) {
    if (e.path().extension() != ".json" || e.path().filename() == "summary.json") continue;
    std::ifstream in(e.path());
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded()) continue;
    for (const auto& act : j.value("acts", nlohmann::json::array()))
      for (const auto& an : act.value("anomalies", nlohmann::json::array())) {
        if (an.value("severity", "") == "error") ++errors;
        if (an.value("severity", "") == "warning") ++warnings;
      }
  }
  if (fail_on == "error" && errors > 0) return 1;
  if (fail_on == "warning" && errors + warnings > 0) return 1;
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

// Batch-wide steps after the workers: cross-document checks and the batch
// outputs (summary.json, report.html, scdl-deliberations.csv).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "checks/batch_statutes.h"
#include "checks/crossdoc.h"
#include "pipeline/model/act_json.h"
#include "pipeline/driver/batch_outputs.h"
#include "pipeline/driver/driver.h"

namespace fs = std::filesystem;

namespace delib {
namespace {

// Cross-document checks read only a few fields of each act: keep those, so a
// batch of thousands of records fits in memory. The records of deliberations
// that statutes in the batch govern are then read whole (checks/batch_statutes.h).
std::vector<CorpusAnomaly> CorpusFindings(const std::string& out_dir) {
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(out_dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.path().extension() != ".json" || name == "summary.json" || name == "review.json") continue;
    paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());  // findings in the same order whatever the file system
  auto read = [](const fs::path& p) {
    std::ifstream in(p);
    return nlohmann::json::parse(in, nullptr, false);
  };
  std::vector<nlohmann::json> records;
  std::vector<fs::path> record_paths;
  for (const fs::path& p : paths) {
    nlohmann::json j = read(p);
    if (j.is_discarded() || !j.contains("acts")) continue;
    nlohmann::json slim = {{"stem", j.value("stem", p.stem().string())},
                           {"source", j["source"]},
                           {"acts", nlohmann::json::array()}};
    for (const auto& act : j["acts"]) {
      nlohmann::json a = nlohmann::json::object();
      for (const char* key : {"kind", "body", "number", "title", "dates", "citations", "communes", "pages", "statutes"})
        if (act.contains(key)) a[key] = act[key];
      if (act.contains("statutes") && act.contains("evidence")) {
        a["evidence"] = nlohmann::json::object();
        for (const auto& [ptr, ev] : act["evidence"].items())
          if (ptr.rfind("/statutes/", 0) == 0) a["evidence"][ptr] = ev;
      }
      slim["acts"].push_back(std::move(a));
    }
    records.push_back(std::move(slim));
    record_paths.push_back(p);
  }
  std::vector<BatchStatutes> statutes = BatchStatutesOf(records);
  for (size_t i = 0; i < records.size() && !statutes.empty(); ++i) {
    bool governed = false;
    for (const auto& act : records[i]["acts"]) governed |= Governing(statutes, act) != nullptr;
    if (!governed) continue;
    nlohmann::json j = read(record_paths[i]);
    if (j.is_discarded() || !j.contains("acts")) continue;
    j["stem"] = records[i]["stem"];
    records[i] = std::move(j);
  }
  nlohmann::json found = CrossDocAnomalies(records);
  for (auto& f : BatchStatutesAnomalies(statutes, records)) found.push_back(std::move(f));
  std::vector<CorpusAnomaly> out;
  for (const auto& f : found) {
    CorpusAnomaly ca;
    ca.anomaly.id = f.value("id", "");
    ca.anomaly.rule = f.value("rule", "");
    ca.anomaly.severity = f.value("severity", "");
    ca.anomaly.message = f.value("message", "");
    ca.anomaly.legal_basis = f.value("legal_basis", "");
    for (const auto& ev : f.value("evidence", nlohmann::json::array()))
      ca.anomaly.evidence.push_back(EvidenceFromJson(ev));
    for (const auto& s : f.value("sources", nlohmann::json::array())) ca.sources.push_back(s.get<std::string>());
    out.push_back(std::move(ca));
  }
  return out;
}

// What a person reads at the end of a run: documents by status, the failures,
// the anomalies by rule (most frequent first). From summary.json, so a merge
// prints the same.
void PrintOneScreenSummary(const std::string& out_dir) try {
  std::ifstream in(out_dir + "/summary.json");
  nlohmann::json s = nlohmann::json::parse(in, nullptr, false);
  if (!s.is_object()) return;
  auto num = [&](const char* key) { return s.contains(key) && s[key].is_number() ? s[key].get<int>() : 0; };
  std::fprintf(stderr, "\n  documents  %d ok, %d partial, %d failed; %d pages (%d OCR); %d acts\n",
               num("ok"), num("partial"), num("failed"), num("pages"), num("pages_ocr"), num("acts"));
  int shown = 0;
  for (const auto& f : s.value("failures", nlohmann::json::array())) {
    if (shown++ == 5) {
      std::fprintf(stderr, "             ... and %zu more failures\n", s["failures"].size() - 5);
      break;
    }
    std::fprintf(stderr, "  failed     %s: %s\n", f.value("stem", "?").c_str(),
                 f.value("message", "").c_str());
  }
  std::vector<std::pair<int, std::string>> rules;
  const nlohmann::json by_rule = s.value("anomalies_by_rule", nlohmann::json::object());
  for (const auto& [rule, by] : by_rule.items()) {
    int n = 0;
    for (const auto& [sev, count] : by.items()) n += count.get<int>();
    char line[160];
    std::snprintf(line, sizeof line, "%-30s %3d error, %3d warning", rule.c_str(),
                  by.value("error", 0), by.value("warning", 0));
    rules.emplace_back(n, line);
  }
  std::sort(rules.begin(), rules.end(), [](auto& a, auto& b) { return a.first > b.first; });
  if (!rules.empty()) std::fprintf(stderr, "  anomalies\n");
  for (size_t i = 0; i < rules.size() && i < 12; ++i)
    std::fprintf(stderr, "    %s\n", rules[i].second.c_str());
  std::fprintf(stderr, "\n");
} catch (const std::exception& e) {
  std::fprintf(stderr, "delib: summary.json unreadable for the console summary: %s\n", e.what());
}

}  // namespace

int FinishBatch(const std::string& out_dir, const std::string& fail_on, int failed_inputs,
                double wall_seconds) {
  BatchInfo info;
  info.wall_s = wall_seconds;
  info.anomalies = CorpusFindings(out_dir);
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
  PrintOneScreenSummary(out_dir);
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

// Batch-wide steps after the workers: cross-document checks and the batch
// outputs (summary.json, report.html, scdl-deliberations.csv).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>

#include "checks/batch_statutes.h"
#include "checks/crossdoc.h"
#include "pipeline/base/atomic_file.h"
#include "pipeline/driver/batch_outputs.h"
#include "pipeline/driver/driver.h"
#include "pipeline/driver/run_lock.h"
#include "pipeline/driver/run_manifest.h"
#include "pipeline/model/act_json.h"

namespace fs = std::filesystem;

namespace delib {
namespace {

// Cross-document checks read only a few fields of each act: keep those, so a
// batch of thousands of records fits in memory. The records of deliberations
// that statutes in the batch govern are then read whole (checks/batch_statutes.h).
std::vector<CorpusAnomaly> CorpusFindings(const std::string& out_dir,
                                          const std::optional<std::vector<std::string>>& stems) {
  std::vector<fs::path> paths;
  std::error_code ec;
  if (stems) {
    for (const std::string& stem : *stems) paths.push_back(fs::path(out_dir) / (stem + ".json"));
  } else {
    for (const auto& e : fs::directory_iterator(out_dir, ec)) {
      std::string name = e.path().filename().string();
      if (e.path().extension() != ".json" || name == "summary.json" || name == "review.json")
        continue;
      paths.push_back(e.path());
    }
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
      for (const char* key : {"kind", "body", "number", "title", "dates", "citations", "communes",
                              "pages", "statutes"})
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
    for (const auto& s : f.value("sources", nlohmann::json::array()))
      ca.sources.push_back(s.get<std::string>());
    out.push_back(std::move(ca));
  }
  return out;
}

// Whether `name` is a page picture of `stem`: "<stem>-p<N>.jpg" or ".png"
// (page_images.h), and not one of another stem that starts alike
// ("a-p1-p2.png" is page 2 of "a-p1", not of "a").
bool IsPagePictureOf(const std::string& name, const std::string& stem) {
  if (name.size() <= stem.size() + 2 || name.compare(0, stem.size() + 2, stem + "-p") != 0)
    return false;
  size_t i = stem.size() + 2, digits = i;
  while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
  if (i == digits) return false;
  std::string ext = name.substr(i);
  return ext == ".jpg" || ext == ".png";
}

// The page pictures of a record (SHARD/pages/<stem>-p<N>.*), which the
// report embeds: without them a merged report shows quotes and no page.
// Through the atomic layer, like the records. A shard without pictures
// (none written, or deleted) is no error: the report then quotes only.
Status CopyPagePictures(const std::string& shard_dir, const std::string& out_dir,
                        const std::string& stem) {
  std::error_code ec;
  fs::path from = fs::path(shard_dir) / "pages";
  if (!fs::is_directory(from, ec)) return Status::Ok();
  bool made = false;
  for (const auto& e : fs::directory_iterator(from, ec)) {
    std::string name = e.path().filename().string();
    if (!IsPagePictureOf(name, stem) || !e.is_regular_file(ec)) continue;
    if (!made) {
      fs::create_directories(fs::path(out_dir) / "pages", ec);
      if (ec)
        return Status(Code::kUnreadable, "cannot create " + out_dir + "/pages: " + ec.message());
      made = true;
    }
    std::ifstream in(e.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
      return Status(Code::kUnreadable, "cannot read " + e.path().string());
    Status st = WriteFileAtomic((fs::path(out_dir) / "pages" / name).string(), bytes);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

// What a person reads at the end of a run: documents by status, the failures,
// the anomalies by rule (most frequent first). From summary.json, so a merge
// prints the same.
void PrintOneScreenSummary(const std::string& out_dir) try {
  std::ifstream in(out_dir + "/summary.json");
  nlohmann::json s = nlohmann::json::parse(in, nullptr, false);
  if (!s.is_object()) return;
  auto num = [&](const char* key) {
    return s.contains(key) && s[key].is_number() ? s[key].get<int>() : 0;
  };
  std::fprintf(stderr, "\n  documents  %d ok, %d partial, %d failed; %d pages (%d OCR); %d acts\n",
               num("ok"), num("partial"), num("failed"), num("pages"), num("pages_ocr"),
               num("acts"));
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

int FinishBatch(const std::string& out_dir, const FinishOptions& options) {
  BatchInfo info;
  info.wall_s = options.wall_s;
  info.stems = options.stems;
  info.run_id = options.run_id;
  info.skipped = options.skipped;
  if (options.stems) info.inputs = static_cast<int>(options.stems->size());
  info.anomalies = CorpusFindings(out_dir, options.stems);
  Result<BatchOutcome> outcome = WriteBatchOutputs(out_dir, info);
  if (!outcome.ok()) {
    if (outcome.status().code() == Code::kDiskFull) {
      std::fprintf(stderr,
                   "delib: stopped: the disk is full (%s); the records written so far are "
                   "whole, the summary, report and CSV were not written. Free some space and "
                   "run again: finished records are kept.\n",
                   outcome.status().message().c_str());
      return kExitDiskFull;
    }
    std::fprintf(stderr, "delib: %s\n", outcome.status().message().c_str());
    return kExitInputsFailed;
  }
  const BatchOutcome& o = outcome.value();
  for (const std::string& p : o.problems) std::fprintf(stderr, "delib: %s\n", p.c_str());
  for (const std::string& n : o.notes) std::fprintf(stderr, "delib: %s\n", n.c_str());
  std::fprintf(stderr,
               "delib: %d records; anomalies not dismissed: %d errors, %d warnings; %d new since "
               "the previous run, %d dismissed in review.json\n",
               o.records, o.errors_unreviewed, o.warnings_unreviewed, o.new_count,
               o.dismissed_count);
  PrintOneScreenSummary(out_dir);
  std::fprintf(stderr, "delib: see %s/report.html and %s/summary.json\n", out_dir.c_str(),
               out_dir.c_str());
  if (options.fail_on == "error" && o.errors_unreviewed > 0) return kExitFailOn;
  if (options.fail_on == "warning" && o.errors_unreviewed + o.warnings_unreviewed > 0)
    return kExitFailOn;
  return options.failed_inputs > 0 ? kExitInputsFailed : kExitOk;
}

int MergeShards(const std::string& out_dir, const std::vector<std::string>& shard_dirs,
                const std::string& fail_on) {
  // Every shard first: a merge of some shards would be a batch with a hole.
  std::vector<RunManifest> manifests;
  bool complete = true;
  for (const std::string& dir : shard_dirs) {
    Result<RunManifest> m = CheckFinishedRun(dir);
    if (!m.ok()) {
      std::fprintf(stderr, "delib merge: %s\n", m.status().message().c_str());
      complete = false;
    } else {
      manifests.push_back(m.take());
    }
  }
  if (!complete) {
    std::fprintf(stderr, "delib merge: nothing merged: every shard must hold a finished run\n");
    return kExitNothingToRead;
  }
  Result<RunLock> lock = RunLock::Acquire(out_dir);
  if (!lock.ok()) {
    std::fprintf(stderr, "delib merge: %s\n", lock.status().message().c_str());
    return lock.status().code() == Code::kBusy ? kExitBusy : kExitInputsFailed;
  }
  RunManifest merged;
  merged.run_id = NewRunId();
  int failed = 0;
  for (size_t s = 0; s < shard_dirs.size(); ++s) {
    for (const std::string& stem : manifests[s].stems) {
      fs::path from = fs::path(shard_dirs[s]) / (stem + ".json");
      std::ifstream in(from);
      nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
      if (!j.is_discarded() && j.value("status", "") == "failed") ++failed;
      // Through the atomic layer: a full disk stops the merge with whole files.
      std::ifstream bytes(from, std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(bytes)), std::istreambuf_iterator<char>());
      Status st = WriteFileAtomic((fs::path(out_dir) / (stem + ".json")).string(), text);
      if (!st.ok()) {
        std::fprintf(stderr, "delib merge: %s\n", st.message().c_str());
        return st.code() == Code::kDiskFull ? kExitDiskFull : kExitInputsFailed;
      }
      st = CopyPagePictures(shard_dirs[s], out_dir, stem);
      if (!st.ok()) {
        std::fprintf(stderr, "delib merge: %s\n", st.message().c_str());
        return st.code() == Code::kDiskFull ? kExitDiskFull : kExitInputsFailed;
      }
      merged.stems.push_back(stem);
    }
  }
  Status st = WriteRunManifest(out_dir, merged);
  if (!st.ok()) {
    std::fprintf(stderr, "delib merge: %s\n", st.message().c_str());
    return st.code() == Code::kDiskFull ? kExitDiskFull : kExitInputsFailed;
  }
  FinishOptions finish;
  finish.fail_on = fail_on;
  finish.failed_inputs = failed;
  finish.run_id = merged.run_id;
  finish.stems = merged.stems;
  return FinishBatch(out_dir, finish);
}

}  // namespace delib

#include "pipeline/driver/run_manifest.h"

#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/base/atomic_file.h"
#include "pipeline/model/act_json.h"

namespace delib {
namespace {

using nlohmann::json;

// The file parsed as JSON, or null when it is absent or not JSON.
json ReadJsonFile(const std::string& path, bool* exists) {
  std::ifstream in(path, std::ios::binary);
  *exists = static_cast<bool>(in);
  if (!in) return json();
  json j = json::parse(in, nullptr, false);
  return j.is_discarded() ? json() : j;
}

}  // namespace

std::string NewRunId() {
  std::time_t now = std::time(nullptr);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  static int serial = 0;  // two runs of one process in one second differ
  return std::string(when) + "-" + std::to_string(getpid()) + "-" + std::to_string(++serial);
}

Status WriteRunManifest(const std::string& out_dir, const RunManifest& m) {
  std::string state = out_dir + "/.delib";
  mkdir(state.c_str(), 0755);
  json j = {{"run_id", m.run_id}, {"stems", m.stems}};
  return WriteFileAtomic(state + "/run.json", DumpJson(j) + "\n");
}

Result<RunManifest> ReadRunManifest(const std::string& out_dir) {
  bool exists = false;
  json j = ReadJsonFile(out_dir + "/.delib/run.json", &exists);
  if (!exists) return Status(Code::kNotFound, "no .delib/run.json");
  if (!j.is_object() || !j.contains("run_id") || !j["run_id"].is_string() || !j.contains("stems") ||
      !j["stems"].is_array())
    return Status(Code::kCorrupt, ".delib/run.json is not a run manifest");
  RunManifest m;
  m.run_id = j["run_id"].get<std::string>();
  for (const json& s : j["stems"]) {
    if (!s.is_string()) return Status(Code::kCorrupt, ".delib/run.json is not a run manifest");
    m.stems.push_back(s.get<std::string>());
  }
  return m;
}

Result<RunManifest> CheckFinishedRun(const std::string& dir) {
  struct stat st;
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    return Status(Code::kNotFound, dir + ": no such folder");
  Result<RunManifest> m = ReadRunManifest(dir);
  if (!m.ok())
    return Status(m.status().code(),
                  dir + ": not the output folder of a delib run (" + m.status().message() + ")");
  bool exists = false;
  json summary = ReadJsonFile(dir + "/summary.json", &exists);
  if (!exists)
    return Status(Code::kNotFound, dir + ": incomplete: its run did not finish (no summary.json)");
  if (!summary.is_object() || summary.value("run_id", "") != m.value().run_id)
    return Status(Code::kCorrupt, dir + ": incomplete: summary.json is not of its last run (run " +
                                      m.value().run_id + " did not finish)");
  for (const std::string& stem : m.value().stems) {
    json r = ReadJsonFile(dir + "/" + stem + ".json", &exists);
    if (!exists) return Status(Code::kNotFound, dir + ": incomplete: " + stem + ".json is missing");
    if (!r.is_object() || !r.contains("source") || !r.contains("status"))
      return Status(Code::kCorrupt, dir + ": incomplete: " + stem + ".json is not a record");
  }
  return m;
}

}  // namespace delib

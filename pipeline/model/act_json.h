// JSON form of a Record (output-contract.md). The only place that knows the
// field names of the contract.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/model/act.h"

namespace delib {

inline constexpr const char* kSchemaVersion = "1";

nlohmann::json EvidenceToJson(const Evidence& ev);
nlohmann::json ActToJson(const Act& act);
nlohmann::json RecordToJson(const Record& record);

// Text of a JSON value for a file or the console; never throws. A string
// that is not UTF-8 (a Latin-1 file name, say) has each bad byte written as
// U+FFFD instead of aborting the program (nlohmann's type_error.316). indent
// < 0: one line.
std::string DumpJson(const nlohmann::json& j, int indent = -1);
template <class Ordered>
std::string DumpJson(const Ordered& j, int indent = -1) {
  return j.dump(indent, ' ', false, Ordered::error_handler_t::replace);
}

// The way back, for batch steps that read records: evidence, and the facts
// of an act that the rules read (kind, body, number, title, dates, president,
// secretary, attendance, votes, communes, evidence, stated). A missing or
// mistyped field is unknown.
Evidence EvidenceFromJson(const nlohmann::json& e);
Act ActFromJson(const nlohmann::json& j);

// Readers of record JSON for the batch steps: a missing or mistyped field is
// unknown (empty, null), never an exception.
namespace json_get {

inline std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : "";
}
inline Opt<std::string> OptStr(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}
inline Opt<int> OptInt(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<int>();
}
inline std::vector<std::string> Strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const nlohmann::json& s : *it)
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}
inline const nlohmann::json& Obj(const nlohmann::json& j, const char* key) {
  static const nlohmann::json kEmpty = nlohmann::json::object();
  auto it = j.find(key);
  return (it != j.end() && it->is_object()) ? *it : kEmpty;
}

}  // namespace json_get

}  // namespace delib

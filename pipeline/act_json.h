// JSON form of a Record (output-contract.md). The only place that knows the
// field names of the contract.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/act.h"

namespace delib {

inline constexpr const char* kSchemaVersion = "1";

nlohmann::json EvidenceToJson(const Evidence& ev);
nlohmann::json ActToJson(const Act& act);
nlohmann::json RecordToJson(const Record& record);

// The way back, for batch steps that read records: evidence, and the facts
// of an act that the rules read (kind, body, number, title, dates, president,
// secretary, attendance, votes, communes, evidence, stated). A missing or
// mistyped field is unknown.
Evidence EvidenceFromJson(const nlohmann::json& e);
Act ActFromJson(const nlohmann::json& j);

}  // namespace delib

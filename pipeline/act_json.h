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

}  // namespace delib

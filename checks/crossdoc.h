// Findings across a batch, from the per-file JSON records (output contract,
// each with "source" and "acts"). They go to summary.json under "anomalies",
// each with "sources": the stems of the records it rests on.
//
//   nlohmann::json found = CrossDocAnomalies(records);   // array
//
// A record's stem is its "stem" field when it has one (the driver should set
// it to the output file's stem, which may carry "-<8 hex>"), else the file
// name of source.path without its extension.
//
// Rules:
//   crossdoc.reference_mismatch  the same act (same date, same subject, and
//     the same body when both citations name one) cited with different
//     numbers: acts' "citations" (extractors/citations.h).
//   crossdoc.membership_pending  a commune listed as conditional ("article N
//     conditional") in an act although its own adhesion deliberation, in the
//     batch (conseil municipal of that INSEE code, title about "adhésion"),
//     was taken before that act's session.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace delib {

nlohmann::json CrossDocAnomalies(const std::vector<nlohmann::json>& records);

// The stem of one record (see above).
std::string RecordStem(const nlohmann::json& record);

// One corpus finding in summary.json's shape, with its stable id (FNV-1a 64
// over rule, message, sources and evidence texts). Evidence without a page is
// dropped (the schema requires one). An empty `legal_basis` cites the rule's
// (Cites of checks/rule_catalogue.h: "no legal basis: internal consistency"
// for crossdoc.reference_mismatch).
nlohmann::json MakeCorpusAnomaly(const std::string& rule, const std::string& severity,
                                 const std::string& message, const std::string& legal_basis,
                                 nlohmann::json evidence, std::vector<std::string> sources);

}  // namespace delib

// Statutes found in a batch, applied to the deliberations of their body
// (issue "Statutes of bodies"). Documents are read apart and in any order, so
// a statutes PDF may be read after the deliberations it governs: the workers
// write what each statutes act states into its record (act "statutes",
// extractors/statutes.h), and the finish step re-applies the statute-dependent
// rules to the records of those deliberations. Findings go to summary.json
// "anomalies" with "sources": the deliberation's stem and the statutes'.
//
//   std::vector<BatchStatutes> st = BatchStatutesOf(records);
//   nlohmann::json found = BatchStatutesAnomalies(st, records);   // array
//
// A statutes act governs a deliberation (kind "deliberation", body type
// comite_syndical, bureau or unknown) whose body name contains one of the
// statutes' names (compact keys, as BodyRegistry::Find), when the statutes
// are a syndicat mixte ouvert's (L5721-2: elsewhere the CGCT governs).
// Rules re-applied with the statutes' figures, on the facts of the record
// (checks/quorum.cc, proxies.cc, dates.cc, the same code as per file):
//   quorum.not_reached      the statutes' quorum (not for a second meeting);
//   proxy.multiple          the statutes' proxy limit, when they state one;
//   date.convocation_delay  the statutes' delay, when they state one;
//   list.mismatch           a commune the deliberation admits (its "article
//     N" list, conditional ones aside) missing from the statutes' annexes,
//     when those annexes are the amended ones (they already list at least
//     half of the communes it admits; otherwise they predate it and are
//     silent). The reverse (an annex member the deliberation does not name)
//     is no inconsistency: an annex lists every member, a deliberation the
//     newcomers.
// A finding the record already holds (same rule, severity and evidence: the
// registry's statutes said the same) is not repeated.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/model/act.h"

namespace delib {

struct BatchStatutes {
  std::string stem;        // of the record holding the statutes act
  StatutesRead read;       // from the act's "statutes" object
  nlohmann::json evidence;  // the act's evidence entries under "/statutes/"
};

// The statutes acts of the records (kind "statuts" with a "statutes" object
// that parses), sorted by stem.
std::vector<BatchStatutes> BatchStatutesOf(const std::vector<nlohmann::json>& records);

// The statutes governing a record's act, or null (the first by stem).
const BatchStatutes* Governing(const std::vector<BatchStatutes>& statutes,
                               const nlohmann::json& act);

nlohmann::json BatchStatutesAnomalies(const std::vector<BatchStatutes>& statutes,
                                      const std::vector<nlohmann::json>& records);

// The "statutes" object of a record's act back into StatutesRead (the
// inverse of pipeline/model/act_json.cc); nullopt when malformed.
std::optional<StatutesRead> StatutesReadFromJson(const nlohmann::json& j);

}  // namespace delib

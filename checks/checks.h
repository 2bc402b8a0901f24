// Legal cross-checks of one act: the catalogue of docs/rulebook.md as a
// small rule engine. Each rule family is one file (quorum.cc, counts.cc,
// proxies.cc, votes.cc, dates.cc, communes.cc, lists.cc, mentions.cc) that
// reads the act and appends Anomaly values; which CGCT rule applies depends on
// the body (commune, EPCI / syndicat mixte fermé, syndicat mixte ouvert under
// its statutes, département / commission permanente), on the COVID windows, on
// a second meeting after a failed quorum and on urgency, as the act states them.
//
//   CheckContext ctx{&geo, &BodyRegistry::Default()};
//   RunChecks(doc, ctx, &act);       // act.anomalies += what is wrong, with evidence
//
// Pure: no I/O (the default rule data is read once, on first use). Anomaly
// evidence is taken from act->evidence by JSON pointer; a rule never flags a
// value it does not have (unknown is not zero).
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/act.h"
#include "pipeline/text/doc_text.h"

namespace delib {

class Geography;
class BodyRegistry;
struct RuleData;

struct CheckContext {
  const Geography* geo = nullptr;        // null: population- and membership-based rules are skipped
  const BodyRegistry* bodies = nullptr;  // null: no statutes known (SMO rules are skipped)
  const RuleData* rules = nullptr;       // null: RuleData::Default()
};

void RunChecks(const DocText& doc, const CheckContext& ctx, Act* act);

// The acts of one file, checked: RunChecks on each, then one finding per
// fact. The acts of minutes share their session's facts (extractors/extract.h):
// a finding on those facts alone, with the same rule and the same evidence,
// is reported on the first act that shares them, not once per act.
void RunFileChecks(const DocText& doc, const CheckContext& ctx, std::vector<Act>* acts);
// The second half of RunFileChecks: drops, from each act, the findings an
// earlier act of the file already reported (same rule, same evidence).
void DropRepeatedFindings(std::vector<Act>* acts);

// The stable id of an anomaly: 16 hex digits of FNV-1a 64 over the rule, the
// act's number (or title), the message and the evidence texts.
std::string AnomalyId(const Anomaly& anomaly, const Act& act);

}  // namespace delib

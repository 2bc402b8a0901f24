// The catalogue of rule ids: for each id a check can raise (the "rule" of an
// anomaly, schemas/document.schema.json), one sentence of what it means and
// its legal basis as the rulebook gives it. The report shows both beside
// every anomaly, whatever the check that raised it wrote in `legal_basis`.
//
//   const RuleInfo* info = FindRule("quorum.not_reached");
//   info->meaning;  // "fewer than half of the members in office were present ..."
//   info->basis;    // "CGCT L2121-17 (commune), L3121-14 ..."
//   LegalBasisOr(anomaly.legal_basis, anomaly.rule);  // the anomaly's own, else the catalogue's
//
// Rule: where the rulebook names no article (the rule checks the document
// against itself), `basis` is kNoLegalBasis, never an invented article; e.g.
// crossdoc.reference_mismatch. A new rule id gets its row here:
// rule_catalogue_test.cc fails for any id in the schema or in a check's
// source that has none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace delib {

struct RuleInfo {
  std::string_view id;       // "count.mismatch"
  std::string_view meaning;  // one sentence, English
  std::string_view basis;    // articles (CGCT unless named), or kNoLegalBasis
};

inline constexpr std::string_view kNoLegalBasis = "no legal basis: internal consistency";

// Every rule, in the rulebook's order.
const std::vector<RuleInfo>& AllRules();

// The entry of `id`, or nullptr for an id the catalogue does not know.
const RuleInfo* FindRule(std::string_view id);

// `own` when not empty (a check may name the statutes' article or the
// COVID-19 rules), else the catalogue's basis, else kNoLegalBasis.
std::string LegalBasisOr(const std::string& own, std::string_view rule);

}  // namespace delib

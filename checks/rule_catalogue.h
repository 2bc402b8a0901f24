// The catalogue of rule ids: for each id a check can raise (the "rule" of an
// anomaly, schemas/document.schema.json), one sentence of what it means, its
// legal basis as the rulebook gives it, and the articles an anomaly of it
// cites in its record. It is the only place where a legal basis is written:
// checks name a rule (and a case of it), never an article.
//
//   const RuleInfo* info = FindRule("quorum.not_reached");
//   info->meaning;  // "fewer than half of the members in office were present ..."
//   info->basis;    // "CGCT L2121-17 (commune), L3121-14 ..." (the rule's whole basis)
//   Cites("quorum.not_reached", "commune");  // "CGCT L2121-17" (one anomaly's legal_basis)
//   Cites("count.mismatch");                 // "CGCT L2121-23" (the rule's usual case)
//   LegalBasisOr(anomaly.legal_basis, anomaly.rule);  // the anomaly's own, else the rule's basis
//
// Rule: an anomaly cites the articles of its case, a part of the rule's
// basis; where the rule checks the document against itself and no article
// applies, it cites kNoLegalBasis, never an invented article (e.g.
// crossdoc.reference_mismatch). What a check builds from data it read (a
// body's statutes, a rule file's convocation delay) it may add around a
// citation; it writes no article of its own.
//
// A new rule id gets its row here, and a new case its row in the cases:
// rule_catalogue_test.cc fails for any id in the schema or in a check's
// source that has none, for a case a check names that is missing, and for
// a legal basis ("CGCT ...", "COG") written as a string in a check's source.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace delib {

struct RuleInfo {
  std::string_view id;       // "count.mismatch"
  std::string_view meaning;  // one sentence, English
  std::string_view basis;    // articles (CGCT unless named), or kNoLegalBasis
  std::string_view cites;    // what an anomaly of the rule cites: "CGCT L2121-23"; empty
                             // where each cites what its check read (a rule file's article)
};

// A case of a rule that cites other articles than the rule's `cites`:
// {"count.mismatch", "voters", "CGCT L2121-23, L2121-20"} (the voters count
// is also a matter of proxies).
struct RuleCase {
  std::string_view rule;
  std::string_view name;
  std::string_view cites;
};

inline constexpr std::string_view kNoLegalBasis = "no legal basis: internal consistency";

// What the COVID-19 emergency rules are cited as where they replace a rule's
// quorum, proxies or delay (laws of 2020 and 2021, over the windows of
// data/rules).
inline constexpr std::string_view kCovidRules = "COVID-19 rules";

// Every rule, in the rulebook's order.
const std::vector<RuleInfo>& AllRules();

// Every named case of a rule, grouped by rule.
const std::vector<RuleCase>& AllRuleCases();

// The entry of `id`, or nullptr for an id the catalogue does not know.
const RuleInfo* FindRule(std::string_view id);

// The legal basis an anomaly of `rule` cites: the rule's `cites` (its
// `basis` where `cites` is empty), or with `case_name` that case's.
// kNoLegalBasis for a rule or case the catalogue does not know (the test
// keeps the checks from asking for one).
std::string_view Cites(std::string_view rule, std::string_view case_name = {});

// `own` when not empty, else the catalogue's basis of `rule` (its whole
// basis, for a record that cites none), else kNoLegalBasis.
std::string LegalBasisOr(const std::string& own, std::string_view rule);

}  // namespace delib

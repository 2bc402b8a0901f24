#include "checks/rule_catalogue.h"

namespace delib {

const std::vector<RuleInfo>& AllRules() {
  // From the rulebook's catalogue (its "source" column); CGCT articles.
  // Last in each row: what one anomaly cites, empty where every anomaly of
  // the rule cites what its check read (date.convocation_delay: the rule
  // file's or the statutes' article for the body at hand).
  static const std::vector<RuleInfo> kRules = {
      {"quorum.not_reached",
       "Fewer than half of the members in office were present (commission permanente: present or "
       "represented), and the meeting was not a second one after a failed first.",
       "CGCT L2121-17 (commune, EPCI, syndicat mixte fermé), L3121-14 and L3121-14-1 "
       "(département), L4132-13 and L4132-13-1 (région); a syndicat mixte ouvert's statutes",
       "CGCT L2121-17"},
      {"count.mismatch",
       "A stated count (present, proxies, excused, voters) disagrees with the names listed for it.",
       "CGCT L2121-23 (the registre des délibérations), L2121-20 (the voters, proxies included)",
       "CGCT L2121-23"},
      {"count.exceeds_in_office",
       "More members are counted present, absent or excused than are in office, or more are in "
       "office than the council has seats.",
       "CGCT L2121-2", "CGCT L2121-2"},
      {"seats.population_mismatch",
       "The stated number of seats is not the one the L2121-2 table gives for the commune's "
       "population.",
       "CGCT L2121-2", "CGCT L2121-2"},
      {"proxy.giver_present", "A member is listed both as present and as giving a proxy (pouvoir).",
       "CGCT L2121-20", "CGCT L2121-20"},
      {"proxy.holder_not_present",
       "A proxy is held by someone who was not present (absent, excused, or not a member).",
       "CGCT L2121-20", "CGCT L2121-20"},
      {"proxy.multiple",
       "A member holds more than one proxy (more than two during the COVID-19 windows).",
       "CGCT L2121-20", "CGCT L2121-20"},
      {"vote.exceeds_voters",
       "For, against and abstentions add up to more than the members present plus valid proxies.",
       "CGCT L2121-20", "CGCT L2121-20"},
      {"vote.expressed_mismatch",
       "The stated expressed votes (suffrages exprimés) differ from for plus against.",
       "CGCT L2121-20", "CGCT L2121-20"},
      {"vote.unanimous_with_against",
       "The act says \"unanimité\" while some voted against (abstentions are compatible).",
       "CGCT L2121-20", "CGCT L2121-20"},
      {"vote.majority_not_reached",
       "The act is declared adopted while for does not exceed against, or a special majority of "
       "the statutes is not met.",
       "CGCT L2121-20; the body's statutes for a special majority", "CGCT L2121-20"},
      {"date.convocation_delay",
       "The convocation was sent fewer jours francs (whole days) before the session than the law "
       "or the statutes require.",
       "CGCT L2121-11 (commune under 3,500 inhabitants), L2121-12 (3,500 and over), L5211-1 (EPCI "
       "and syndicats), L3121-19 (département), L4132-18 (région); the statutes",
       ""},
      {"date.order",
       "Dates are out of order: the convocation after the session, or a signature, display, "
       "publication or transmission before it.",
       "CGCT L2121-10 (the convocation precedes the session), L2131-1 (the acts are made public "
       "after it)",
       "CGCT L2131-1"},
      {"date.inconsistent",
       "Two statements of the same date disagree (in words and in digits, header and body).",
       "CGCT L2121-23 (the registre des délibérations: one act's dates agree)", "CGCT L2121-23"},
      {"commune.misspelled", "A commune's name matches the official geography only approximately.",
       "Code officiel géographique (INSEE)", "COG"},
      {"commune.unknown", "A name in a list of communes matches no commune.",
       "Code officiel géographique (INSEE)", "COG"},
      {"commune.not_member", "A commune said to belong to an EPCI is not one of its members.",
       "Code officiel géographique (INSEE) and the EPCI's membership", "COG, EPCI membership"},
      {"list.mismatch",
       "Two lists that must agree do not (communes approved vs communes whose deliberations are "
       "cited, a conditional list vs its group, statutes' annexes vs the amending article).",
       "CGCT L5211-18, L5211-5-1; the body's statutes", "CGCT L5211-18"},
      {"mention.missing_secretary", "No secrétaire de séance (secretary of the meeting) is named.",
       "CGCT L2121-15", "CGCT L2121-15"},
      {"mention.missing_convocation", "No convocation date is stated.", "CGCT L2121-10",
       "CGCT L2121-10"},
      {"crossdoc.reference_mismatch",
       "The same act (same body, date and subject) is cited with different numbers in different "
       "documents.",
       kNoLegalBasis, kNoLegalBasis},
      {"crossdoc.membership_pending",
       "A commune is listed as pending although its own adhesion deliberation, in the batch, "
       "predates the list.",
       "CGCT L5211-18", "CGCT L5211-18"},
  };
  return kRules;
}

const std::vector<RuleCase>& AllRuleCases() {
  // A case cites a narrower or wider part of the rule's basis than the
  // rule's usual case; e.g. a quorum counted for a département.
  static const std::vector<RuleCase> kCases = {
      {"quorum.not_reached", "assembly", "CGCT L3121-14, L4132-13"},
      {"quorum.not_reached", "commission_permanente", "CGCT L3121-14-1, L4132-13-1"},
      {"quorum.not_reached", "covid",
       "COVID-19 rules (quorum of one third, present or represented)"},
      {"count.mismatch", "voters", "CGCT L2121-23, L2121-20"},
      {"date.convocation_delay", "statutes_silent", "CGCT L5211-1 (statutes silent)"},
      {"date.order", "convocation", "CGCT L2121-10"},
  };
  return kCases;
}

const RuleInfo* FindRule(std::string_view id) {
  for (const RuleInfo& r : AllRules())
    if (r.id == id) return &r;
  return nullptr;
}

std::string_view Cites(std::string_view rule, std::string_view case_name) {
  if (case_name.empty()) {
    const RuleInfo* info = FindRule(rule);
    if (!info) return kNoLegalBasis;
    return info->cites.empty() ? info->basis : info->cites;
  }
  for (const RuleCase& c : AllRuleCases())
    if (c.rule == rule && c.name == case_name) return c.cites;
  return kNoLegalBasis;
}

std::string LegalBasisOr(const std::string& own, std::string_view rule) {
  if (!own.empty()) return own;
  const RuleInfo* info = FindRule(rule);
  return std::string(info ? info->basis : kNoLegalBasis);
}

}  // namespace delib

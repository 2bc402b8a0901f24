#include "checks/checks.h"

#include "checks/check_util.h"

namespace delib {

void RunChecks(const DocText& doc, const CheckContext& ctx, Act* act) {
  // One entry per rule family, in the catalogue's order.
  static const RuleFn kRules[] = {CheckQuorum, CheckCounts,   CheckProxies, CheckVotes,
                                  CheckDates,  CheckCommunes, CheckLists,   CheckMentions};
  CheckInput in = MakeCheckInput(doc, ctx, *act);
  std::vector<Anomaly> found;
  for (RuleFn rule : kRules) rule(in, &found);
  for (Anomaly& a : found) act->anomalies.push_back(std::move(a));
}

}  // namespace delib

#include "checks/checks.h"

#include <set>
#include <string>
#include <tuple>

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

void RunFileChecks(const DocText& doc, const CheckContext& ctx, std::vector<Act>* acts) {
  for (Act& act : *acts) RunChecks(doc, ctx, &act);
  DropRepeatedFindings(acts);
}

void DropRepeatedFindings(std::vector<Act>* acts) {
  // A finding's identity: its rule and where each fact it rests on was read.
  using Key = std::tuple<std::string,
                         std::vector<std::tuple<int, double, double, double, double, std::string>>>;
  std::set<Key> seen;
  for (Act& act : *acts) {
    std::vector<Anomaly> kept;
    for (Anomaly& a : act.anomalies) {
      Key key{a.rule, {}};
      for (const Evidence& e : a.evidence)
        std::get<1>(key).emplace_back(e.page, e.box.x0, e.box.y0, e.box.x1, e.box.y1, e.text);
      // A finding with no evidence names no place: it stays with its act.
      if (a.evidence.empty() || seen.insert(std::move(key)).second) kept.push_back(std::move(a));
    }
    act.anomalies = std::move(kept);
  }
}

}  // namespace delib

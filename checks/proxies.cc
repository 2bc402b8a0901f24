// proxy.giver_present, proxy.holder_not_present, proxy.multiple (L2121-20).
#include <string>

#include "checks/check_util.h"

namespace delib {

void CheckProxies(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  const Attendance& at = act.attendance;
  // Under a syndicat mixte ouvert without known statutes the proxy rules are its own.
  if (in.kind == BodyKind::kSmo && !in.statutes) return;
  const std::string basis =
      in.statutes ? in.statutes->Cited() : std::string(Cites("proxy.multiple"));
  // A holder missing from a present list that lost names may be among the unnamed.
  const bool present_incomplete = PresentListIncomplete(act);
  for (size_t i = 0; i < at.proxies.size(); ++i) {
    const Proxy& p = at.proxies[i];
    const std::string ptr = "/attendance/proxies/" + std::to_string(i);
    if (!ReadableName(p.from) || !ReadableName(p.to)) continue;
    int giver = FindPerson(at.present, p.from);
    // A giver listed with no holder ("Procurations : A, B") was read from a
    // list whose role the page states less surely than a pair: a warning.
    if (giver >= 0 && !PresentForPart(at, p.from)) {
      out->push_back(
          MakeAnomaly(act, "proxy.giver_present", p.to.empty() ? "warning" : "error",
                      at.present[giver] + " is listed present and also gives a proxy" +
                          (p.to.empty() ? std::string(" (its holder not named)") : " to " + p.to),
                      {"/attendance/present/" + std::to_string(giver), ptr}));
    }
    if (p.to.empty()) continue;  // no holder to check
    int ex = FindPerson(at.excused, p.to), ab = FindPerson(at.absent, p.to);
    // A holder listed present too holds the proxy while present (PresentForPart).
    if ((ex >= 0 || ab >= 0) && !PresentForPart(at, p.to)) {
      std::string where = ex >= 0 ? "excused" : "absent";
      std::string name = ex >= 0 ? at.excused[ex] : at.absent[ab];
      out->push_back(
          MakeAnomaly(act, "proxy.holder_not_present", "error",
                      name + " is listed " + where + " yet holds the proxy of " + p.from,
                      {ptr, "/attendance/" + where + "/" + std::to_string(ex >= 0 ? ex : ab)}));
    } else if (!at.present.empty() && !present_incomplete && FindPerson(at.present, p.to) < 0 &&
               !HolderReadAsFragment(act, i)) {
      out->push_back(MakeAnomaly(
          act, "proxy.holder_not_present", "warning",
          p.to + " holds the proxy of " + p.from + " but is not among the members listed present",
          {ptr}));
    }
  }
  // Givers read among the absent whose holder the reading lost, yet listed present.
  if (GiversReadPairsLost(at)) {
    for (const std::string& g : UnpairedAbsent(at)) {
      int giver = FindPerson(at.present, g);
      if (giver < 0) continue;
      out->push_back(MakeAnomaly(
          act, "proxy.giver_present", "warning",
          at.present[giver] + " is listed present and among the " +
              std::to_string(*at.proxies_count) +
              " absents ayant donné pouvoir (the holder of the proxy was not read)",
          {"/attendance/present/" + std::to_string(giver), "/attendance/proxies_count"}));
    }
  }
  const int limit = ProxyLimit(in);
  std::vector<bool> seen(at.proxies.size(), false);
  for (size_t i = 0; i < at.proxies.size(); ++i) {
    if (seen[i] || !ReadableName(at.proxies[i].to) || !ReadableName(at.proxies[i].from)) continue;
    std::vector<std::string> ptrs;
    std::string givers;
    int held = 0;
    for (size_t j = i; j < at.proxies.size(); ++j) {
      if (seen[j] || !ReadableName(at.proxies[j].from) ||
          !SamePerson(at.proxies[i].to, at.proxies[j].to))
        continue;
      seen[j] = true;
      bool again = false;  // the same proxy read twice
      for (size_t k = i; k < j; ++k)
        again |= seen[k] && SamePerson(at.proxies[k].to, at.proxies[j].to) &&
                 SamePerson(at.proxies[k].from, at.proxies[j].from);
      if (again) continue;
      ++held;
      ptrs.push_back("/attendance/proxies/" + std::to_string(j));
      givers += (givers.empty() ? "" : ", ") + at.proxies[j].from;
    }
    if (held > limit) {
      out->push_back(
          MakeAnomaly(act, "proxy.multiple", "error",
                      at.proxies[i].to + " holds " + std::to_string(held) + " proxies (" + givers +
                          "); at most " + std::to_string(limit) + " allowed",
                      ptrs, basis + (in.covid ? " (" + std::string(kCovidRules) + ")" : "")));
    }
  }
}

}  // namespace delib

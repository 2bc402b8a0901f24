// count.mismatch (L2121-23), count.exceeds_in_office and
// seats.population_mismatch (L2121-2).
#include <algorithm>
#include <string>

#include "checks/check_util.h"
#include "checks/geography.h"

namespace delib {
namespace {

void CompareCount(const Act& act, const Opt<int>& stated, size_t listed, const std::string& what,
                  const std::string& count_ptr, const std::string& list_ptr,
                  std::vector<Anomaly>* out) {
  if (!stated || listed == 0 || *stated == static_cast<int>(listed)) return;
  out->push_back(MakeAnomaly(
      act, "count.mismatch", "error",
      std::to_string(*stated) + " " + what + " stated, " + std::to_string(listed) + " named",
      "CGCT L2121-23", {count_ptr, list_ptr}));
}

}  // namespace

void CheckCounts(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  const Attendance& at = act.attendance;
  CompareCount(act, at.present_count, at.present.size(), "members present",
               "/attendance/present_count", "/attendance/present/", out);
  CompareCount(act, at.proxies_count, at.proxies.size(), "proxies (absents ayant donné pouvoir)",
               "/attendance/proxies_count", "/attendance/proxies/", out);
  CompareCount(act, at.excused_count, at.excused.size(), "members excused",
               "/attendance/excused_count", "/attendance/excused/", out);
  CompareCount(act, at.absent_count, at.absent.size(), "members absent", "/attendance/absent_count",
               "/attendance/absent/", out);
  // "ont pris part" / votants = present + proxies.
  std::optional<int> present = PresentCount(act);
  std::optional<int> proxies = at.proxies_count;
  if (!proxies && !at.proxies.empty()) proxies = static_cast<int>(at.proxies.size());
  if (at.voters_count && present && proxies && *at.voters_count != *present + *proxies) {
    out->push_back(MakeAnomaly(
        act, "count.mismatch", "error",
        std::to_string(*at.voters_count) + " members said to take part, but " +
            std::to_string(*present) + " present + " + std::to_string(*proxies) +
            " proxies = " + std::to_string(*present + *proxies),
        "CGCT L2121-23, L2121-20",
        {"/attendance/voters_count", "/attendance/present_count", "/attendance/proxies_count"}));
  }

  // Each member once: present, and those not present (absent, excused, or
  // absent having given a proxy; the larger of the stated and named counts).
  if (present) {
    int not_present = std::max({at.absent_count.value_or(0) + at.excused_count.value_or(0),
                                at.proxies_count.value_or(0),
                                static_cast<int>(at.absent.size() + at.excused.size())});
    std::vector<std::string> givers;
    for (const Proxy& p : at.proxies)
      if (FindPerson(at.absent, p.from) < 0 && FindPerson(at.excused, p.from) < 0 &&
          FindPerson(at.present, p.from) < 0)
        givers.push_back(p.from);
    not_present = std::max(not_present,
                           static_cast<int>(at.absent.size() + at.excused.size() + givers.size()));
    if (at.in_office && *present + not_present > *at.in_office) {
      out->push_back(MakeAnomaly(
          act, "count.exceeds_in_office", "error",
          std::to_string(*present) + " present + " + std::to_string(not_present) +
              " absent or excused = " + std::to_string(*present + not_present) +
              " members, more than the " + std::to_string(*at.in_office) + " in office",
          "CGCT L2121-2",
          {"/attendance/in_office", "/attendance/present_count", "/attendance/proxies_count",
           "/attendance/absent_count", "/attendance/excused_count"}));
    }
  }
  if (at.in_office && at.seats && *at.in_office > *at.seats) {
    out->push_back(MakeAnomaly(act, "count.exceeds_in_office", "error",
                               std::to_string(*at.in_office) +
                                   " members in office, more than the " +
                                   std::to_string(*at.seats) + " seats of the council",
                               "CGCT L2121-2", {"/attendance/in_office", "/attendance/seats"}));
  }
  // A syndicat whose statutes fix the comité: an attendance listing fewer
  // members than its seats has left some out (or seats are vacant).
  const std::string type = act.body.type.value_or("");
  if (in.statutes && act.kind == "deliberation" && !at.in_office &&
      (type == "comite_syndical" || type.empty())) {
    MemberCount listed = InOffice(act);
    int seats = in.statutes->TotalSeats();
    if (listed.n && *listed.n > 0 && *listed.n != seats) {
      std::string groups;
      for (const SeatGroup& g : in.statutes->seats)
        groups += (groups.empty() ? "" : " + ") + std::to_string(g.delegates) + " " + g.group;
      out->push_back(MakeAnomaly(act, "count.mismatch", "warning",
                                 "the attendance lists " + std::to_string(*listed.n) +
                                     " members, the statutes compose the comité of " +
                                     std::to_string(seats) + " (" + groups +
                                     "): vacant seats or members missing from the list",
                                 "statuts du " + in.statutes->names.front() + ", art. 8.1",
                                 {"/attendance/present_count", "/attendance/excused_count"}));
    }
  }

  // Seats by population (L2121-2). The geography's population may not be the
  // one in force at the last renewal: a warning.
  if (in.kind == BodyKind::kCommune && at.seats && act.body.insee && in.ctx->geo) {
    if (const Commune* c = in.ctx->geo->ByCode(*act.body.insee)) {
      int expected = in.rules->SeatsFor(c->code, c->population);
      if (expected > 0 && expected != *at.seats) {
        out->push_back(MakeAnomaly(act, "seats.population_mismatch", "warning",
                                   std::to_string(*at.seats) + " membres afférents stated; " +
                                       c->name + " (population " + std::to_string(c->population) +
                                       ") has " + std::to_string(expected) +
                                       " seats by the L2121-2 table",
                                   "CGCT L2121-2", {"/attendance/seats", "/body/name"}));
      }
    }
  }
}

}  // namespace delib

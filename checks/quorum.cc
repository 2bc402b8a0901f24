// quorum.not_reached (L2121-17, L3121-14, L3121-14-1, statutes).
#include <string>

#include "checks/check_util.h"

namespace delib {
namespace {

bool Reached(const QuorumRule& q, int counted, int n) {
  // Integer arithmetic: counted / n compared with numerator / denominator.
  long lhs = static_cast<long>(counted) * q.denominator, rhs = static_cast<long>(n) * q.numerator;
  return q.at_least ? lhs >= rhs : lhs > rhs;
}

// The smallest count that reaches the quorum, for the message.
int Needed(const QuorumRule& q, int n) {
  for (int k = 0; k <= n; ++k)
    if (Reached(q, k, n)) return k;
  return n + 1;
}

std::string Fraction(const QuorumRule& q) {
  if (q.numerator == 1 && q.denominator == 2) return q.at_least ? "half" : "more than half";
  if (q.numerator == 1 && q.denominator == 3)
    return q.at_least ? "one third" : "more than one third";
  return (q.at_least ? "" : "more than ") + std::to_string(q.numerator) + "/" +
         std::to_string(q.denominator);
}

}  // namespace

void CheckQuorum(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  if (act.kind != "deliberation" || in.second_meeting) return;
  QuorumRule q;
  std::string basis;
  switch (in.kind) {
    case BodyKind::kCommune:
    case BodyKind::kEpci:
      basis = Cites("quorum.not_reached");
      break;
    case BodyKind::kAssembly:
      basis = Cites("quorum.not_reached", "assembly");
      break;
    case BodyKind::kCommissionPermanente:
      q.present_or_represented = true;
      basis = Cites("quorum.not_reached", "commission_permanente");
      break;
    case BodyKind::kSmo:
      if (!in.statutes) return;  // the statutes govern and are unknown
      q = in.statutes->quorum;
      basis = in.statutes->Cited() + (q.text.empty() ? "" : " (\"" + q.text + "\")");
      break;
    default:
      return;
  }
  if (in.covid) {
    q = in.rules->covid_quorum;
    basis += "; " + std::string(Cites("quorum.not_reached", "covid"));
  }
  std::optional<int> present = PresentCount(act);
  if (!present) return;
  int counted = *present;
  std::string what = std::to_string(*present) + " present";
  if (q.present_or_represented) {
    // Proxies beyond what one member may hold represent no one.
    ProxyTally t = TallyProxies(act, ProxyLimit(in));
    if (!t.valid && NoProxiesGiven(in)) t.valid = 0;
    if (!t.valid) return;  // represented members unknown: cannot tell
    counted += *t.valid;
    what += " + " + std::to_string(*t.valid) + " represented";
  }
  std::vector<std::string> ev = {"/attendance/present_count", "/attendance/in_office",
                                 "/attendance/proxies_count"};
  MemberCount n = InOffice(act);
  // A figure read from a scan with doubt ("45" in office for 15) cannot show
  // a quorum missed, unless the names agree with it.
  const bool figures_legible =
      (!act.attendance.present_count || Corroborated(in, "/attendance/present_count")) &&
      (n.source != "members in office" || Corroborated(in, "/attendance/in_office"));
  if (n.n && *n.n > 0 && figures_legible && !Reached(q, counted, *n.n)) {
    out->push_back(MakeAnomaly(
        act, "quorum.not_reached", "error",
        "quorum not reached: " + what + " of " + std::to_string(*n.n) + " " + n.source + "; " +
            Fraction(q) + " " + (q.present_or_represented ? "present or represented" : "present") +
            " is required (" + std::to_string(Needed(q, *n.n)) + ")",
        n.source == "members listed"
            ? std::vector<std::string>{"/attendance/present_count", "/attendance/present/",
                                       "/attendance/excused/", "/attendance/absent/"}
            : ev,
        basis));
    return;
  }
  // The statutes compose the comité of more seats than the extract lists:
  // if those seats are filled, the quorum may not be reached.
  if (in.statutes && !act.attendance.in_office && n.n && in.statutes->TotalSeats() > *n.n &&
      !Reached(q, counted, in.statutes->TotalSeats())) {
    int seats = in.statutes->TotalSeats();
    out->push_back(MakeAnomaly(
        act, "quorum.not_reached", "warning",
        "quorum possibly not reached: " + what + "; the attendance lists " + std::to_string(*n.n) +
            " members but the statutes compose the comité of " + std::to_string(seats) +
            " seats; if all are filled, " + Fraction(q) + " of " + std::to_string(seats) + " (" +
            std::to_string(Needed(q, seats)) + ") must be present",
        {"/attendance/present_count"}, basis));
  }
}

}  // namespace delib

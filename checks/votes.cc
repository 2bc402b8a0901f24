// vote.exceeds_voters, vote.expressed_mismatch, vote.unanimous_with_against,
// vote.majority_not_reached (L2121-20; statutes' majorities and weighted
// votes for a syndicat mixte ouvert).
#include <algorithm>
#include <map>
#include <string>

#include "checks/check_util.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/geography.h"

namespace delib {
namespace {

// The département of the communes the act admits (majority of the matched
// communes of its article lists), or "".
std::string NewcomerDepartement(const CheckInput& in) {
  std::map<std::string, int> votes;
  for (const CommuneRef& c : in.act->communes) {
    if (!c.insee || (c.list && c.list->rfind("article", 0) != 0)) continue;
    std::string dep = c.insee->substr(0, 2);
    if (in.ctx->geo)
      if (const Commune* k = in.ctx->geo->ByCode(*c.insee)) dep = k->departement;
    ++votes[dep];
  }
  std::string best;
  int n = 0;
  for (const auto& [dep, k] : votes)
    if (k > n) best = dep, n = k;
  return best;
}

bool IsAdhesion(const CheckInput& in) {
  std::string title = Fold(in.act->title.value_or(""));
  return title.find("adhesion") != std::string::npos ||
         in.text.find("approuve l'adhesion") != std::string::npos;
}

bool SameLine(const Evidence& a, const Evidence& b) {
  if (a.page != b.page || a.box.empty() || b.box.empty()) return false;
  double overlap = std::min(a.box.y1, b.box.y1) - std::max(a.box.y0, b.box.y0);
  return overlap > 0.5 * std::min(a.box.y1 - a.box.y0, b.box.y1 - b.box.y0);
}

// Two statements of one vote stand together: the same page, at most a few
// lines apart ("Vote : à l'unanimité" and its figures in a box beside it).
// Apart, the unanimity may be another decision's ("désigne ... à
// l'unanimité" above "Vote : 1 contre, 3 abstentions, 7 pour").
constexpr double kStatementLines = 2.5;
bool StatedTogether(const Evidence& a, const Evidence& b) {
  if (a.page != b.page || a.box.empty() || b.box.empty()) return false;
  const double line = std::max(a.box.y1 - a.box.y0, b.box.y1 - b.box.y0);
  const double gap = std::max(a.box.y0, b.box.y0) - std::min(a.box.y1, b.box.y1);
  return gap <= kStatementLines * line;
}

// The unanimity read for vote `vi` is the statement of another vote: it sits
// on the line of that vote's figures, not on the line of its own.
bool UnanimityOfAnotherVote(const Act& act, size_t vi) {
  const std::string vp = "/votes/" + std::to_string(vi) + "/";
  auto u = act.evidence.find(vp + "unanimous"), a = act.evidence.find(vp + "against");
  if (u == act.evidence.end() || a == act.evidence.end() || SameLine(u->second, a->second))
    return false;
  for (size_t j = 0; j < act.votes.size(); ++j) {
    if (j == vi) continue;
    for (const char* f : {"for", "against"}) {
      auto o = act.evidence.find("/votes/" + std::to_string(j) + "/" + f);
      if (o != act.evidence.end() && SameLine(u->second, o->second)) return true;
    }
  }
  return false;
}

struct Capacity {
  int max_votes = 0;
  std::string explanation;
  bool certain = true;  // false: proxies unstated, or weights unknowable
};

}  // namespace

void CheckVotes(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  const Attendance& at = act.attendance;
  for (size_t vi = 0; vi < act.votes.size(); ++vi) {
    const Vote& v = act.votes[vi];
    const std::string vp = "/votes/" + std::to_string(vi) + "/";
    // An illegible figure states nothing (Legible).
    const bool figures_read =
        Legible(act, vp + "expressed") && Legible(act, vp + "for") && Legible(act, vp + "against");
    if (v.expressed && v.for_votes && v.against && *v.expressed != *v.for_votes + *v.against &&
        figures_read) {
      out->push_back(MakeAnomaly(act, "vote.expressed_mismatch", "error",
                                 std::to_string(*v.expressed) + " suffrages exprimés stated, but " +
                                     std::to_string(*v.for_votes) + " for + " +
                                     std::to_string(*v.against) +
                                     " against = " + std::to_string(*v.for_votes + *v.against),
                                 {vp + "expressed", vp + "for", vp + "against"}));
    }
    if (v.unanimous.value_or(false) && v.against.value_or(0) > 0 &&
        !UnanimityOfAnotherVote(act, vi)) {
      auto u = act.evidence.find(vp + "unanimous"), a = act.evidence.find(vp + "against");
      const bool together = u != act.evidence.end() && a != act.evidence.end() &&
                            StatedTogether(u->second, a->second);
      std::string msg =
          "declared unanimous with " + std::to_string(*v.against) + " vote(s) against";
      if (!together) msg += " (the unanimity stated apart from the figures: another decision's?)";
      out->push_back(MakeAnomaly(act, "vote.unanimous_with_against", together ? "error" : "warning",
                                 msg, {vp + "unanimous", vp + "against"}));
    }
    // Majority.
    const bool adopted = v.result && *v.result == "adopted";
    if (adopted && v.for_votes && v.against) {
      if (*v.for_votes < *v.against) {
        out->push_back(MakeAnomaly(act, "vote.majority_not_reached", "error",
                                   "declared adopted with " + std::to_string(*v.for_votes) +
                                       " for and " + std::to_string(*v.against) + " against",
                                   {vp + "result", vp + "for", vp + "against"}));
      } else if (*v.for_votes == *v.against && *v.for_votes > 0) {
        out->push_back(
            MakeAnomaly(act, "vote.majority_not_reached", "warning",
                        "declared adopted on a tie (" + std::to_string(*v.for_votes) +
                            " for, as many against): valid only by the president's casting vote, "
                            "which the extract does not state",
                        {vp + "result", vp + "for", vp + "against"}));
      }
      if (in.statutes && in.statutes->adhesion && IsAdhesion(in) &&
          !in.statutes->adhesion->of_members) {
        const Majority& m = *in.statutes->adhesion;
        long expressed = *v.for_votes + *v.against;
        if (expressed > 0 &&
            static_cast<long>(*v.for_votes) * m.denominator < expressed * m.numerator) {
          out->push_back(MakeAnomaly(
              act, "vote.majority_not_reached", "error",
              "adhesion adopted with " + std::to_string(*v.for_votes) + " of " +
                  std::to_string(expressed) + " expressed votes; the statutes require " +
                  std::to_string(m.numerator) + "/" + std::to_string(m.denominator),
              {vp + "for", vp + "against"}, in.statutes->Cited(m.article)));
        }
      }
    }

    // Votes cast vs members who could vote.
    if (!v.for_votes) continue;
    const int cast = *v.for_votes + v.against.value_or(0) + v.abstentions.value_or(0);
    std::optional<int> present = PresentCount(act);
    if (!present) continue;
    // The proxies one member may hold (as proxy.multiple counts them); a
    // syndicat mixte ouvert without known statutes has its own rules.
    ProxyTally t = TallyProxies(act, ProxyLimit(in));
    Capacity cap;
    std::string void_note;
    if (!t.void_reasons.empty()) {
      void_note =
          " (" + std::to_string(t.void_reasons.size()) + " of the " +
          std::to_string(at.proxies.size()) +
          (t.void_reasons.size() == 1 ? " proxies listed is void: " : " proxies listed are void: ");
      for (size_t i = 0; i < t.void_reasons.size(); ++i)
        void_note += (i ? "; " : "") + t.void_reasons[i];
      void_note += ")";
    }
    if (t.valid) {
      // A scan's lists may have lost proxies the stated votants count
      // (votants 25, three pairs of five read): as many may have voted. (Votants that the pairs
      // read account for say nothing of void ones.)
      if (at.voters_count && ReadByOcr(act, "/attendance/voters_count") &&
          Legible(in, "/attendance/voters_count") &&
          *at.voters_count > *present + static_cast<int>(at.proxies.size()) + at.proxies.unread &&
          cast <= *at.voters_count && (!at.in_office || *at.voters_count <= *at.in_office))
        continue;
      // Pairs the act prints whose names the reading lost (proxies.unread,
      // flagged by the extraction): as many more may have voted. (A lost
      // row's giver ticked present, proxies.unread_maybe_void, gave a void one.)
      const int unread_pairs = at.proxies.unread;
      cap.max_votes = *present + *t.valid + unread_pairs;
      cap.explanation = "at most " + std::to_string(cap.max_votes) +
                        " members could vote: " + std::to_string(*present) +
                        (unread_pairs > 0 ? " present, " : " present and ") +
                        std::to_string(*t.valid) + " valid proxies" +
                        (unread_pairs > 0 ? " and " + std::to_string(unread_pairs) +
                                                " proxies whose names were not read"
                                          : "") +
                        void_note;
    } else {
      // Proxies unstated: those absent or excused may have delegated their vote.
      int others = static_cast<int>(at.absent.size() + at.excused.size());
      int stated_others = at.absent_count.value_or(0) + at.excused_count.value_or(0);
      // A grid lists every member: its stated totals beyond its rows were
      // misread.
      if (!at.groups.empty())
        stated_others = std::min(stated_others, MembersListed(at) + at.rows_unread - *present);
      others = std::max(others, stated_others);
      // "Absent sans délégation de vote : 1": those did not delegate.
      if (v.not_voting) others = std::max(0, others - *v.not_voting);
      cap.max_votes = *present;
      cap.certain = false;
      cap.explanation = std::to_string(*present) + " members present and no proxy stated";
      if (others > 0)
        cap.explanation +=
            "; " + std::to_string(others) +
            " absent or excused members may have delegated their vote" +
            (v.not_voting ? " (" + std::to_string(*v.not_voting) + " stated not voting)" : "");
      // Proxies the act states but the extraction did not read: only more votes
      // than present and absent members together is certain. The absent may
      // be unread too ("2 Absents donné PVR …"): those in office who are not
      // present bound them.
      // With neither figure read nor anyone read absent, nothing bounds them.
      const bool unread = ProxiesUnread(in);
      if (unread && at.in_office && Legible(in, "/attendance/in_office"))
        others = std::max(others, *at.in_office - *present);
      else if (unread && at.seats && Legible(in, "/attendance/seats"))
        others = std::max(others, *at.seats - *present);
      else if (unread && others == 0)
        continue;
      if (unread && cast <= *present + others) continue;
      // The act states its voters ("Nombre de votants : 35"): as many may
      // have voted, whatever lists the reading lost.
      if (at.voters_count && Legible(in, "/attendance/voters_count") && cast <= *at.voters_count &&
          *at.voters_count > *present)
        continue;
      if (cast > *present + others) {
        cap.certain = true;
        cap.explanation = std::to_string(*present) + " present and " + std::to_string(others) +
                          " absent or excused members who may have delegated: at most " +
                          std::to_string(*present + others) + " votes";
        cap.max_votes = *present + others;
      }
    }
    // Statutes' weighted votes (art. 15: adhesion, delegates of the newcomer's département weigh
    // more).
    std::string basis(Cites("vote.exceeds_voters"));
    if (in.statutes && in.statutes->adhesion &&
        in.statutes->adhesion->newcomer_departement_weight > 1 && IsAdhesion(in)) {
      const Majority& m = *in.statutes->adhesion;
      const int w = m.newcomer_departement_weight;
      std::string dep = NewcomerDepartement(in);
      const SeatGroup* heavy = nullptr;
      for (const SeatGroup& g : in.statutes->seats)
        if (!dep.empty() && g.departement == dep) heavy = &g;
      basis = in.statutes->Cited(m.article) + "; " + std::string(Cites("vote.exceeds_voters"));
      if (heavy) {
        auto weight = [&](const std::string& member) {
          for (const auto& [name, group] : at.groups)
            if (SamePerson(name, member)) {
              std::string a = CompactKey(group), b = CompactKey(heavy->group);
              return (a.find(b) != std::string::npos || b.find(a) != std::string::npos) ? w : 1;
            }
          return 1;
        };
        if (!at.groups.empty() && !at.present.empty() &&
            (!at.proxies.empty() || !t.valid || *t.valid == 0)) {
          int heavy_present = 0, heavy_proxies = 0, total = 0, valid_proxies = 0;
          for (const std::string& p : at.present) {
            int x = weight(p);
            total += x;
            heavy_present += x > 1;
          }
          for (size_t i = 0; i < at.proxies.size(); ++i) {
            if (std::find(t.void_indices.begin(), t.void_indices.end(), i) != t.void_indices.end())
              continue;
            int x = weight(at.proxies[i].from);
            total += x;
            heavy_proxies += x > 1;
            ++valid_proxies;
          }
          cap.max_votes = total;
          cap.explanation = "at most " + std::to_string(total) + " weighted votes could be cast (" +
                            m.article + ": adhesion of communes of département " + dep +
                            ", each delegate of " + heavy->group + " weighs " + std::to_string(w) +
                            "): " + std::to_string(at.present.size()) + " present, " +
                            std::to_string(heavy_present) + " of them " + heavy->group +
                            " delegates (" + std::to_string(heavy_present) + " x " +
                            std::to_string(w) + "), and " + std::to_string(valid_proxies) +
                            " valid proxies, " + std::to_string(heavy_proxies) + " of them from " +
                            heavy->group + " delegates" + void_note + "; unweighted, " +
                            std::to_string(*present + valid_proxies) + " members could vote";
        } else {
          // Groups unknown: every heavy seat could be among the voters.
          int voters = cap.max_votes;
          cap.max_votes = voters + (w - 1) * std::min(heavy->delegates, voters);
          cap.certain = false;
          cap.explanation += "; with " + m.article + " weights (up to " +
                             std::to_string(heavy->delegates) + " " + heavy->group +
                             " delegates weighing " + std::to_string(w) + ") at most " +
                             std::to_string(cap.max_votes);
        }
      }
    }
    // Illegible figures do not make the excess (Legible).
    int cast_legible = 0;
    for (const auto& [field, value] : {std::pair<const char*, Opt<int>>{"for", v.for_votes},
                                       {"against", v.against},
                                       {"abstentions", v.abstentions}})
      if (value && Legible(act, vp + field)) cast_legible += *value;
    // Counted from the names a scan's list was read to hold, no count stated:
    // a name the reading lost is a voter unseen. Said, not asserted.
    if (!at.present_count && ReadByOcr(act, "/attendance/present/0")) {
      cap.certain = false;
      cap.explanation += " (present counted from the names read on a scan, no count stated)";
    }
    // Who sat is the session's, read at its opening: members who arrived
    // later vote too, unread. An excess over it is said, not asserted.
    if (InheritedFromSession(act, "/attendance/present")) {
      cap.certain = false;
      cap.explanation += " (attendance stated once for the session, at its opening)";
    }
    if (cast > cap.max_votes && cast_legible > cap.max_votes) {
      std::string msg = std::to_string(*v.for_votes) + " votes for";
      if (v.against.value_or(0) || v.abstentions.value_or(0))
        msg += ", " + std::to_string(v.against.value_or(0)) + " against, " +
               std::to_string(v.abstentions.value_or(0)) + " abstentions (" + std::to_string(cast) +
               " in all)";
      msg += ", " + cap.explanation;
      out->push_back(
          MakeAnomaly(act, "vote.exceeds_voters", cap.certain ? "error" : "warning", msg,
                      {vp + "for", vp + "against", vp + "abstentions", "/attendance/present_count",
                       "/attendance/proxies_count", "/attendance/proxies/"},
                      basis));
    }
  }
}

}  // namespace delib

// count.mismatch (L2121-23), count.exceeds_in_office and
// seats.population_mismatch (L2121-2).
#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "checks/check_util.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/geography.h"
#include "pipeline/text/figure_damage.h"

namespace delib {
namespace {

// On a scan, the stated counts of those present and of at least one group
// not present (absent, excused, proxies) add up exactly to the members in
// office, every figure read legibly: the document's figures agree with each
// other, and names read that disagree with one of them are the reading's
// loss (a name dropped, two run together, one read into the wrong list),
// not the document's inconsistency.
bool StatedFiguresAgree(const CheckInput& in) {
  const Act& act = *in.act;
  const Attendance& at = act.attendance;
  if (!at.in_office || !at.present_count || !ReadByOcr(act, "/attendance/present_count") ||
      !Legible(in, "/attendance/in_office") || !Legible(in, "/attendance/present_count"))
    return false;
  int sum = *at.present_count, parts = 0;
  const std::pair<const Opt<int>*, const char*> others[] = {
      {&at.absent_count, "/attendance/absent_count"},
      {&at.excused_count, "/attendance/excused_count"},
      {&at.proxies_count, "/attendance/proxies_count"}};
  for (const auto& [count, ptr] : others) {
    if (!*count) continue;
    if (!Legible(in, ptr)) return false;
    sum += **count;
    ++parts;
  }
  return parts > 0 && sum == *at.in_office;
}

// Said after a mismatch between a figure the item inherited from the
// session's opening and one it states itself.
constexpr const char kMixedProvenance[] =
    " (one figure stated for the session at its opening, the other for this item)";
constexpr const char kOtherFigure[] =
    " (fewer than half of them: the figure read may count something else; not verified)";

// Returns whether it reported a mismatch. An empty list is compared only when
// `empty_printed` (the heading printed with no name after it).
bool CompareCount(const CheckInput& in, const Opt<int>& stated, int listed, const std::string& what,
                  const std::string& count_ptr, const std::string& list_ptr,
                  std::vector<Anomaly>* out, bool empty_printed = false) {
  const Act& act = *in.act;
  if (!stated || (listed == 0 && !empty_printed) || *stated == listed || !Legible(in, count_ptr) ||
      StatedFiguresAgree(in))
    return false;
  // A count with a digit the reading added against every member the grid
  // lists (figure_damage.h) is no count of the document.
  const Attendance& at = act.attendance;
  if (!at.groups.empty() && DigitAdded(*stated, MembersListed(at), ReadTrust(act, count_ptr)))
    return false;
  // One figure the session's opening, the other the item's own: members
  // arriving or leaving between them explain the difference.
  const bool mixed = InheritedFromSession(act, count_ptr) != InheritedFromSession(act, list_ptr);
  // Names a scan's list was read to hold, some words of it read with doubt:
  // a name lost or two run together is the reading's, not the document's,
  // unless the stated votants count those names ("votants : 3", 3 present
  // named, no proxy).
  const bool names_confirmed = list_ptr == "/attendance/present/" && at.voters_count &&
                               Legible(in, "/attendance/voters_count") &&
                               *at.voters_count == listed + static_cast<int>(at.proxies.size());
  const bool doubtful_names =
      listed > 0 && !names_confirmed && ReadByOcr(act, list_ptr + "0") &&
      !AtLeast(ListSpanTrust(in, list_ptr, static_cast<size_t>(listed)), Trust::kSure);
  std::string msg =
      std::to_string(*stated) + " " + what + " stated, " + std::to_string(listed) + " named";
  if (mixed) msg += kMixedProvenance;
  if (doubtful_names) msg += " (names read with doubt on a scan)";
  out->push_back(MakeAnomaly(act, "count.mismatch", mixed || doubtful_names ? "warning" : "error",
                             msg, {count_ptr, list_ptr}));
  return true;
}

// Whether the heading that states the number of proxies ("2 Absents ayant
// donné pouvoir :") is printed with no name: nothing after its colon, and the
// next line opens the next count ("1 Excusés : …"). Then the list is empty as
// printed, not unread.
bool ProxiesPrintedEmpty(const CheckInput& in) {
  const Act& act = *in.act;
  auto ev = act.evidence.find("/attendance/proxies_count");
  if (!in.doc || ev == act.evidence.end() || !act.attendance.proxies.empty()) return false;
  const auto& lines = in.doc->lines();
  if (act.first_line >= act.last_line || act.last_line > lines.size()) return false;
  const std::string want = Fold(ev->second.text);
  static const RE2 kHeading(
      R"(^\s*\d+\s+absents?\s+ayant\s+donne\s+(?:pouvoir|procuration)s?\s*:?\s*$)");
  static const RE2 kNextCount(R"(^\s*\d+\s+[a-z])");
  for (size_t li = act.first_line; li + 1 < act.last_line; ++li) {
    re2::StringPiece line(in.doc->FoldedLine(li));
    if (line.find(want) == re2::StringPiece::npos || !RE2::FullMatch(line, kHeading)) continue;
    return RE2::PartialMatch(re2::StringPiece(in.doc->FoldedLine(li + 1)), kNextCount);
  }
  return false;
}

// A grid read from a text layer whose "Pouvoir à" cells hold nothing: the
// proxies it lists are none, as printed (a scan's empty cells may be unread).
bool GridProxiesPrintedEmpty(const Act& act) {
  const Attendance& at = act.attendance;
  if (at.groups.empty() || !at.proxies.empty() || at.proxies.AllUnread() > 0) return false;
  return ReadFromTextLayer(act, "/attendance/proxies_count");
}

// Names of `list` other than the proxy givers: extracts often list those who
// gave a proxy among the absent or excused and count them apart.
int CountWithoutGivers(const Attendance& at, const std::vector<std::string>& list) {
  std::vector<std::string> kept;
  for (const std::string& n : list) {
    bool giver = false;
    for (const Proxy& p : at.proxies) giver |= SamePerson(p.from, n);
    if (!giver) kept.push_back(n);
  }
  return CountPersons(kept);
}

void CompareNotPresent(const CheckInput& in, const Opt<int>& stated,
                       const std::vector<std::string>& list, const std::string& what,
                       const std::string& count_ptr, const std::string& list_ptr,
                       std::vector<Anomaly>* out) {
  if (!stated || list.empty()) return;
  const Attendance& at = in.act->attendance;
  if (*stated == CountPersons(list) || *stated == CountWithoutGivers(at, list)) return;
  // Fewer named than stated, no more than the grid rows the reading garbled:
  // the missing ones may be those rows.
  if (*stated > CountPersons(list) && *stated - CountPersons(list) <= at.rows_unread) return;
  CompareCount(in, stated, CountPersons(list), what, count_ptr, list_ptr, out);
}

// A listed name of one word once its civility is dropped, no initial in it
// ("JALON", "Benjamin"; not "C.FOROT").
bool OneWordName(const std::string& printed) {
  const std::string name = StripCivility(printed);
  const size_t b = name.find_first_not_of(' '), e = name.find_last_not_of(' ');
  if (b == std::string::npos) return false;
  const std::string word = name.substr(b, e - b + 1);
  return word.find_first_of(" .") == std::string::npos;
}

}  // namespace

void CheckCounts(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  const Attendance& at = act.attendance;
  const int present_named = CountPersons(at.present);
  // A stated present count above a list that evidently lost names (the
  // president, the secretary or a proxy holder found in no list) is no mismatch.
  // So is one above a list whose span holds an illegible word (a name the
  // reading dropped).
  // Unless the stated votants agree with the names read: "votants : 31" for
  // 31 present named and no proxy says the list is whole.
  const int pairs_named = static_cast<int>(at.proxies.size());
  const bool voters_confirm_names = at.voters_count && Legible(in, "/attendance/voters_count") &&
                                    (!at.proxies_count || *at.proxies_count == pairs_named) &&
                                    *at.voters_count == present_named + pairs_named;
  const bool present_lost =
      at.present_count && *at.present_count > present_named && !voters_confirm_names &&
      (PresentListLostNames(act) ||
       *at.present_count - present_named <= at.rows_unread + at.present.unread ||
       !AtLeast(ListSpanTrust(in, "/attendance/present/", at.present.size()), Trust::kDoubt));
  if (!present_lost)
    CompareCount(in, at.present_count, present_named, "members present",
                 "/attendance/present_count", "/attendance/present/", out);
  // Fewer proxies read than stated, as many givers as stated, or grid cells
  // of the proxies column that held no readable name: pairs the reading lost.
  const bool pairs_unread =
      at.proxies_count && *at.proxies_count > static_cast<int>(at.proxies.size()) &&
      static_cast<int>(at.proxies.size()) + at.proxies.AllUnread() >= *at.proxies_count;
  bool proxies_disputed = false;  // the stated number and the names disagree, reported
  if (!GiversReadPairsLost(at) && !pairs_unread)
    proxies_disputed = CompareCount(in, at.proxies_count, static_cast<int>(at.proxies.size()),
                                    "proxies (absents ayant donné pouvoir)",
                                    "/attendance/proxies_count", "/attendance/proxies/", out,
                                    ProxiesPrintedEmpty(in) || GridProxiesPrintedEmpty(act));
  CompareNotPresent(in, at.excused_count, at.excused, "members excused",
                    "/attendance/excused_count", "/attendance/excused/", out);
  CompareNotPresent(in, at.absent_count, at.absent, "members absent", "/attendance/absent_count",
                    "/attendance/absent/", out);
  // Votants (ont pris part) = present + proxies. A figure above the members
  // in office or the seats is two figures the reading ran together
  // (figure_damage.h): not compared.
  std::optional<int> present = PresentCount(act);
  std::optional<int> proxies = at.proxies_count;
  if (!proxies && !at.proxies.empty()) proxies = static_cast<int>(at.proxies.size());
  if (!proxies && NoProxiesGiven(in)) proxies = 0;
  const Trust voters_trust = ReadTrust(act, "/attendance/voters_count");
  const bool voters_scanned = ReadByOcr(voters_trust);
  const bool voters_readable =
      at.voters_count && Legible(in, "/attendance/voters_count") &&
      Legible(in, "/attendance/proxies_count") &&
      !(at.in_office && RunTogether(*at.voters_count, *at.in_office, voters_trust)) &&
      !(at.seats && RunTogether(*at.voters_count, *at.seats, voters_trust));
  // On a scan, proxies counted from names (none stated) fewer than the
  // votants imply may be pairs the reading lost: only too many is certain.
  const bool pairs_maybe_lost = voters_scanned && !at.proxies_count && present && proxies &&
                                *at.voters_count > *present + *proxies;
  // On a scan, votants equal to the stated present and proxies: the
  // document agrees with itself, whatever names the reading found.
  const bool stated_agree = voters_scanned && at.present_count && at.proxies_count &&
                            *at.voters_count == *at.present_count + *at.proxies_count;
  // Members who do not take part in the vote ("M. X ne prend pas part au
  // vote", named or counted) sit but are no votants: up to that many fewer is
  // lawful.
  int not_taking_part = CountPersons(at.non_voting);
  for (const Vote& v : act.votes)
    not_taking_part = std::max(not_taking_part, v.not_voting.value_or(0));
  const bool short_by_non_voters = present && proxies && at.voters_count &&
                                   *at.voters_count < *present + *proxies &&
                                   *present + *proxies - *at.voters_count <= not_taking_part;
  if (voters_readable && present && proxies && !pairs_maybe_lost && !stated_agree &&
      !short_by_non_voters && *at.voters_count != *present + *proxies) {
    const bool voters_inherited = InheritedFromSession(act, "/attendance/voters_count");
    const bool mixed =
        voters_inherited != (InheritedFromSession(act, "/attendance/present_count") ||
                             InheritedFromSession(act, "/attendance/present/") ||
                             InheritedFromSession(act, "/attendance/proxies"));
    // Votants under half the members present and represented count other
    // people than they do (those not taking part, a ballot's void papers
    // read in its place): the figure's role is in doubt, not the document.
    const bool other_figure = 2 * *at.voters_count < *present + *proxies;
    out->push_back(MakeAnomaly(
        act, "count.mismatch", mixed || other_figure ? "warning" : "error",
        std::to_string(*at.voters_count) + " members said to take part, but " +
            std::to_string(*present) + " present + " + std::to_string(*proxies) +
            " proxies = " + std::to_string(*present + *proxies) + (mixed ? kMixedProvenance : "") +
            (other_figure ? kOtherFigure : ""),
        {"/attendance/voters_count", "/attendance/present_count", "/attendance/proxies_count"},
        std::string(Cites("count.mismatch", "voters"))));
  }

  // Each member once: present, and those not present (absent, excused, or
  // absent having given a proxy). Named people count; a stated count stands in
  // for a list with no names. A total that rests on a stated count its own
  // names contradict is a warning.
  if (present || present_named > 0) {
    int present_people = present_named > 0 ? present_named : *present;
    if (at.present_count && PresentListLostNames(act))
      present_people = std::max(present_people, *at.present_count);
    std::vector<std::string> others;
    auto add = [&](const std::string& n) {
      if (FindPerson(at.present, n) < 0 && FindPerson(others, n) < 0) others.push_back(n);
    };
    for (const std::string& n : at.absent) add(n);
    for (const std::string& n : at.excused) add(n);
    for (const Proxy& p : at.proxies) add(p.from);
    int not_present = CountPersons(others);
    bool disputed = false;
    if (at.absent.empty()) not_present += at.absent_count.value_or(0);
    if (at.excused.empty()) not_present += at.excused_count.value_or(0);
    // Proxy givers beyond those named (the stated number of "absents ayant
    // donné pouvoir"), unless that number is the one the names contradict
    // (count.mismatch above): one disagreement, one finding.
    if (at.proxies_count && *at.proxies_count > static_cast<int>(at.proxies.size()) &&
        Legible(in, "/attendance/proxies_count") && !proxies_disputed) {
      int givers_named = 0;
      for (const Proxy& p : at.proxies) givers_named += FindPerson(at.present, p.from) < 0;
      int extra = *at.proxies_count - givers_named;
      // Givers the extract lists among the absent without their proxy.
      extra = std::max(0, extra - static_cast<int>(UnpairedAbsent(at).size()));
      if (extra > 0) {
        not_present += extra;
        disputed = !at.proxies.empty();
      }
    }
    // Fewer in office than half the members named present: a digit the
    // reading lost (figure_damage.h), no council that small sat so.
    const bool in_office_cut = at.in_office && DigitLost(*at.in_office, present_people,
                                                         ReadTrust(act, "/attendance/in_office"));
    // No present name read, the stated present count that stands in for them
    // disagrees with the votants less the proxies (count.mismatch above): one
    // disagreement, one finding.
    const bool present_disputed = present_named == 0 && voters_readable && present && proxies &&
                                  *at.voters_count != *present + *proxies;
    // Names of one word (a surname or a given name alone, no initial) no
    // more than the excess: the halves of names the reading may have split
    // ("M. JALON" / "Benjamin"): the number of people is not sure.
    int halves = 0;
    for (const std::string& n : at.present) halves += OneWordName(n);
    for (const std::string& n : others) halves += OneWordName(n);
    const int excess = present_people + not_present - at.in_office.value_or(0);
    const bool split_maybe = excess > 0 && excess <= halves;
    if (at.in_office && Legible(in, "/attendance/in_office") && !in_office_cut &&
        !present_disputed && excess > 0) {
      out->push_back(MakeAnomaly(
          act, "count.exceeds_in_office", disputed || split_maybe ? "warning" : "error",
          std::to_string(present_people) + " present + " + std::to_string(not_present) +
              " absent or excused = " + std::to_string(present_people + not_present) +
              " members, more than the " + std::to_string(*at.in_office) + " in office" +
              (disputed ? " (counting the stated proxies, more than those named)" : "") +
              (split_maybe && !disputed
                   ? " (" + std::to_string(halves) +
                         " names of one word may be halves of names the reading split)"
                   : ""),
          {"/attendance/in_office", "/attendance/present_count", "/attendance/proxies_count",
           "/attendance/absent_count", "/attendance/excused_count"}));
    }
  }
  const bool seats_legible = Legible(in, "/attendance/seats");
  // On a scan, members in office above the seats while the members the
  // lists account for are exactly the seats: the figure was misread.
  const bool in_office_scanned = ReadByOcr(act, "/attendance/in_office");
  int accounted = CountPersons(at.present);
  if (at.present_count) accounted = std::max(accounted, *at.present_count);
  for (const auto* list : {&at.absent, &at.excused}) accounted += CountPersons(*list);
  for (const Proxy& p : at.proxies)
    if (FindPerson(at.absent, p.from) < 0 && FindPerson(at.excused, p.from) < 0 &&
        FindPerson(at.present, p.from) < 0)
      ++accounted;
  const bool in_office_misread = in_office_scanned && at.seats && accounted == *at.seats;
  if (at.in_office && at.seats && *at.in_office > *at.seats && seats_legible &&
      Legible(in, "/attendance/in_office") && !in_office_misread) {
    out->push_back(MakeAnomaly(act, "count.exceeds_in_office", "error",
                               std::to_string(*at.in_office) +
                                   " members in office, more than the " +
                                   std::to_string(*at.seats) + " seats of the council",
                               {"/attendance/in_office", "/attendance/seats"}));
  }
  // A syndicat whose statutes fix the comité: an attendance listing more
  // members than its seats counts someone who holds none. Fewer is no
  // inconsistency of the record (seats may be vacant, and no count is stated
  // against the names: count.mismatch is not for it); quorum.not_reached
  // warns when the vacant seats, if filled, would change the quorum.
  const std::string type = act.body.type.value_or("");
  if (in.statutes && act.kind == "deliberation" && !at.in_office &&
      (type == "comite_syndical" || type.empty())) {
    MemberCount listed = InOffice(act);
    int seats = in.statutes->TotalSeats();
    if (listed.n && seats > 0 && *listed.n > seats) {
      std::string groups;
      for (const SeatGroup& g : in.statutes->seats)
        groups += (groups.empty() ? "" : " + ") + std::to_string(g.delegates) + " " + g.group;
      out->push_back(MakeAnomaly(
          act, "count.exceeds_in_office", "warning",
          "the attendance lists " + std::to_string(*listed.n) + " members, more than the " +
              std::to_string(seats) + " seats the statutes compose the comité of (" + groups + ")",
          {"/attendance/present/", "/attendance/excused/", "/attendance/absent/"},
          in.statutes->Cited(in.statutes->composition_article)));
    }
  }

  // Seats by population (L2121-2). The geography's population may not be the
  // one in force at the last renewal: a warning.
  // Seats with a digit the reading added against the members in office or
  // listed (figure_damage.h).
  const int listed_members = std::max(at.in_office.value_or(0), MembersListed(at));
  const bool seats_swollen =
      at.seats && DigitAdded(*at.seats, listed_members, ReadTrust(act, "/attendance/seats"));
  if (in.kind == BodyKind::kCommune && at.seats && seats_legible && !seats_swollen &&
      act.body.insee && in.ctx->geo) {
    if (const Commune* c = in.ctx->geo->ByCode(*act.body.insee)) {
      int expected = in.rules->SeatsFor(c->code, c->population);
      if (expected > 0 && expected != *at.seats) {
        out->push_back(MakeAnomaly(act, "seats.population_mismatch", "warning",
                                   std::to_string(*at.seats) + " membres afférents stated; " +
                                       c->name + " (population " + std::to_string(c->population) +
                                       ") has " + std::to_string(expected) +
                                       " seats by the L2121-2 table",
                                   {"/attendance/seats", "/body/name"}));
      }
    }
  }
}

}  // namespace delib

#include "checks/check_util.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "checks/rule_catalogue.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/geography.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/name_damage.h"

namespace delib {
namespace {}  // namespace

int FindPerson(const std::vector<std::string>& names, std::string_view who) {
  for (size_t i = 0; i < names.size(); ++i)
    if (SamePerson(names[i], who)) return static_cast<int>(i);
  return -1;
}

std::optional<Trust> TrustAt(const Act& act, const std::string& pointer) {
  auto it = act.evidence.find(pointer);
  if (it == act.evidence.end()) return std::nullopt;
  return TrustOf(it->second.confidence);
}

Trust ReadTrust(const Act& act, const std::string& pointer) {
  return TrustAt(act, pointer).value_or(Trust::kTextLayer);
}

bool Legible(const Act& act, const std::string& pointer) {
  const std::optional<Trust> t = TrustAt(act, pointer);
  return !t || AtLeast(*t, Trust::kDoubt);
}

bool Inferred(const Act& act, const std::string& pointer) {
  auto it = act.evidence.find(pointer);
  return it != act.evidence.end() && it->second.inferred;
}

bool InheritedFromSession(const Act& act, const std::string& prefix) {
  for (auto it = act.evidence.lower_bound(prefix);
       it != act.evidence.end() && it->first.rfind(prefix, 0) == 0; ++it)
    if (it->second.inherited) return true;
  return false;
}

bool ReadWithDoubt(const Act& act, const std::string& pointer) {
  const std::optional<Trust> t = TrustAt(act, pointer);
  return t && !AtLeast(*t, Trust::kSure);
}

Trust FigureTrust(const CheckInput& in, const std::string& pointer) {
  const Act& act = *in.act;
  auto ev = act.evidence.find(pointer);
  if (ev == act.evidence.end()) return Trust::kTextLayer;
  const double conf = ev->second.confidence;
  if (!in.doc || !ReadByOcr(TrustOf(conf))) return TrustOfFigure(conf);
  const auto& lines = in.doc->lines();
  if (act.first_line >= act.last_line || act.last_line > lines.size()) return TrustOfFigure(conf);
  const std::string& folded = in.doc->folded();
  size_t from = lines[act.first_line].folded_begin, to = lines[act.last_line - 1].folded_end;
  std::string f = Fold(ev->second.text);
  size_t p = folded.find(f, from);
  if (p == std::string::npos || p + f.size() > to) return TrustOfFigure(conf);
  std::optional<Trust> figures;  // none seen
  for (size_t i = 0; i < f.size();) {
    if (!std::isdigit(static_cast<unsigned char>(f[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < f.size() && std::isdigit(static_cast<unsigned char>(f[j]))) ++j;
    const Trust run = TrustOfFigure(in.doc->EvidenceForFolded(p + i, p + j).confidence);
    figures = figures ? Weakest(*figures, run) : run;
    i = j;
  }
  return figures ? *figures : TrustOfFigure(conf);
}

bool Legible(const CheckInput& in, const std::string& pointer) {
  const Trust figure = FigureTrust(in, pointer);
  if (!AtLeast(figure, Trust::kDoubt)) return false;
  return Legible(*in.act, pointer) || AtLeast(figure, Trust::kSure);
}

bool ReadByOcr(const Act& act, const std::string& pointer) {
  const std::optional<Trust> t = TrustAt(act, pointer);
  return t && ReadByOcr(*t);
}

bool ReadFromTextLayer(const Act& act, const std::string& pointer) {
  const std::optional<Trust> t = TrustAt(act, pointer);
  return t && *t == Trust::kTextLayer;
}

bool Corroborated(const CheckInput& in, const std::string& pointer) {
  if (Legible(in, pointer)) return true;
  const Attendance& at = in.act->attendance;
  if (pointer == "/attendance/present_count")
    return at.present_count && !at.present.empty() && !PresentListIncomplete(*in.act) &&
           *at.present_count == CountPersons(at.present);
  if (pointer == "/attendance/in_office") {
    const int listed = MembersListed(at);
    return at.in_office && listed > 0 && listed == *at.in_office;
  }
  return false;
}

Trust ListSpanTrust(const CheckInput& in, const std::string& prefix, size_t n) {
  const Act& act = *in.act;
  if (n == 0 || !in.doc) return Trust::kTextLayer;
  auto a = act.evidence.find(prefix + "0"), b = act.evidence.find(prefix + std::to_string(n - 1));
  if (a == act.evidence.end() || b == act.evidence.end()) return Trust::kTextLayer;
  const auto& lines = in.doc->lines();
  if (act.first_line >= act.last_line || act.last_line > lines.size()) return Trust::kTextLayer;
  const std::string& folded = in.doc->folded();
  size_t from = lines[act.first_line].folded_begin, to = lines[act.last_line - 1].folded_end;
  std::string fa = Fold(a->second.text), fb = Fold(b->second.text);
  size_t pa = folded.find(fa, from);
  if (pa == std::string::npos || pa >= to) return Trust::kTextLayer;
  size_t pb = folded.find(fb, pa);
  if (pb == std::string::npos || pb >= to) return Trust::kTextLayer;
  return TrustOf(in.doc->EvidenceForFolded(pa, pb + fb.size()).confidence);
}

std::optional<int> PresentCount(const Act& act) {
  const Attendance& at = act.attendance;
  if (at.present_count && !at.present.empty() && *at.present_count != CountPersons(at.present)) {
    // Stated and named disagree (count.mismatch says so). A text layer's
    // whole list is the record: its names. A scan's list may have lost
    // names unseen: the larger, since every rule that uses the count
    // asserts too few present; the names plus the items the extraction
    // flagged unread (present.unread) when more.
    if (ReadFromTextLayer(act, "/attendance/present/0") &&
        !PresentListIncomplete(act, /*count_stated=*/false))
      return CountPersons(at.present);
    return std::max(*at.present_count, CountPersons(at.present) + at.present.unread);
  }
  if (at.present_count) return at.present_count;
  // Names stand for the count unless the list evidently lost some.
  if (!act.attendance.present.empty() && !PresentListIncomplete(act))
    return CountPersons(act.attendance.present);
  return std::nullopt;
}

Anomaly MakeAnomaly(const Act& act, std::string rule, std::string severity, std::string message,
                    const std::vector<std::string>& pointers, std::string legal_basis) {
  Anomaly a;
  a.rule = std::move(rule);
  a.severity = std::move(severity);
  a.message = std::move(message);
  a.legal_basis = legal_basis.empty() ? std::string(Cites(a.rule)) : std::move(legal_basis);
  for (const std::string& p : pointers) {
    if (!p.empty() && p.back() == '/') {
      for (auto it = act.evidence.lower_bound(p);
           it != act.evidence.end() && it->first.compare(0, p.size(), p) == 0; ++it)
        if (it->second.page >= 1) a.evidence.push_back(it->second);
    } else if (auto it = act.evidence.find(p); it != act.evidence.end()) {
      // Evidence must point at a page (schemas/document.schema.json): one without is dropped.
      if (it->second.page >= 1) a.evidence.push_back(it->second);
    }
  }
  a.id = AnomalyId(a, act);
  return a;
}

std::string AnomalyId(const Anomaly& a, const Act& act) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;  // field separator
  };
  mix(a.rule);
  mix(act.number ? *act.number : act.title.value_or(""));
  mix(a.message);
  for (const Evidence& e : a.evidence) mix(e.text);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

int ProxyLimit(const CheckInput& in) {
  int limit = in.statutes ? in.statutes->proxy_limit : 1;
  if (in.covid) limit = std::max(limit, in.rules->covid_proxy_limit);
  if (in.kind == BodyKind::kSmo && !in.statutes) limit = 0;
  return limit;
}

ProxyTally TallyProxies(const Act& act, int limit) {
  const Attendance& at = act.attendance;
  ProxyTally t;
  if (at.proxies.empty()) {
    t.valid = at.proxies_count;
    // None named nor stated, but "présents : 8 – votants : 8": the votants
    // are the present and the represented, so the represented are the rest.
    if (!t.valid && at.voters_count && at.present_count && *at.voters_count >= *at.present_count)
      t.valid = *at.voters_count - *at.present_count;
    return t;
  }
  int valid = 0;
  // A holder missing from a present list that lost names may be among the unnamed.
  const bool present_complete = !PresentListIncomplete(act);
  for (size_t i = 0; i < at.proxies.size(); ++i) {
    const Proxy& p = at.proxies[i];
    if (!ReadableName(p.from) || !ReadableName(p.to)) {
      ++valid;  // unreadable: it may count
    } else if (FindPerson(at.present, p.from) >= 0 && !PresentForPart(at, p.from)) {
      t.void_reasons.push_back(p.from + " is listed present and cannot also give a proxy");
      t.void_indices.push_back(i);
    } else if (((FindPerson(at.absent, p.to) >= 0 || FindPerson(at.excused, p.to) >= 0) &&
                !PresentForPart(at, p.to)) ||
               (!at.present.empty() && present_complete && FindPerson(at.present, p.to) < 0 &&
                !HolderReadAsFragment(act, i))) {
      t.void_reasons.push_back("the proxy of " + p.from + " is held by " + p.to +
                               ", who is not present");
      t.void_indices.push_back(i);
    } else {
      // Beyond the proxies one member may hold, the later ones are void
      // (the same proxy read twice is one).
      int held = 0;
      bool again = false;
      for (size_t j = 0; j < i; ++j) {
        if (!SamePerson(at.proxies[j].to, p.to)) continue;
        if (SamePerson(at.proxies[j].from, p.from))
          again = true;
        else if (std::find(t.void_indices.begin(), t.void_indices.end(), j) == t.void_indices.end())
          ++held;
      }
      if (limit > 0 && !again && held >= limit) {
        t.void_reasons.push_back(p.to + " holds more than " + std::to_string(limit) +
                                 (limit == 1 ? " proxy" : " proxies") + ": the proxy of " + p.from +
                                 " is void");
        t.void_indices.push_back(i);
      } else {
        ++valid;
      }
    }
  }
  // Pairs the reading lost (grid cells with no readable name) may count, up
  // to the stated number of proxies. On a scanned grid, every proxy the
  // stated count has beyond those named may be such a pair: an unreadable
  // cell leaves no trace but the totals row. (A prose list reads its pairs
  // whole: the names are what it says.)
  const int beyond =
      at.proxies_count ? std::max(0, *at.proxies_count - static_cast<int>(at.proxies.size())) : 0;
  int unread = at.proxies.unread;
  if (at.proxies_count) unread = std::min(unread, beyond);
  const bool grid = !at.groups.empty() || at.rows_unread > 0 || at.proxies.unread_maybe_void > 0;
  if (grid && ReadByOcr(act, "/attendance/proxies_count")) unread = std::max(unread, beyond);
  t.valid = valid + unread;
  return t;
}

MemberCount InOffice(const Act& act) {
  const Attendance& at = act.attendance;
  MemberCount m;
  if (at.in_office) {
    m.n = at.in_office;
    m.source = "members in office";
    return m;
  }
  if (int listed = MembersListed(at); listed > 0) {
    m.n = listed;
    m.source = "members listed";
  }
  return m;
}

int MembersListed(const Attendance& at) {
  std::vector<std::string> all;
  for (const auto* list : {&at.present, &at.absent, &at.excused})
    for (const std::string& n : *list)
      if (FindPerson(all, n) < 0) all.push_back(n);
  return static_cast<int>(all.size());
}

namespace {

// A name particle (lexicon.h) ends a name only when the surname was cut after it.
bool EndsWithParticle(std::string_view name) {
  std::string f = Fold(name);
  while (!f.empty() && (f.back() == ' ' || f.back() == ',')) f.pop_back();
  size_t sp = f.find_last_of(' ');
  if (sp == std::string::npos) return false;  // a particle alone is no name either
  return IsNameParticle(std::string_view(f).substr(sp + 1));
}

bool SingleToken(std::string_view name) {
  std::string f = Fold(name);
  size_t b = f.find_first_not_of(' '), e = f.find_last_not_of(' ');
  return b != std::string::npos && f.substr(b, e - b + 1).find(' ') == std::string::npos;
}

bool InAnyList(const Attendance& at, std::string_view who) {
  return FindPerson(at.present, who) >= 0 || FindPerson(at.absent, who) >= 0 ||
         FindPerson(at.excused, who) >= 0;
}

// A name of one word that says whose it is: a surname in capitals ("ARMAND")
// or one glued to its initial ("S.MEARY"); not a given name alone ("Hervé",
// cut from its surname by a line break), which cannot be looked for.
bool NamesSomeone(const std::string& name) {
  if (!SingleToken(name)) return true;
  if (name.find('.') != std::string::npos) return true;
  int letters = 0;
  for (unsigned char ch : name) {
    if (ch >= 'a' && ch <= 'z') return false;
    letters += ch >= 'A' && ch <= 'Z';
  }
  return letters >= 2;
}

bool SitterMissing(const Act& act) {
  for (const Opt<std::string>* who : {&act.president, &act.secretary})
    if (*who && NamesSomeone(**who) && ReadableName(**who) && !InAnyList(act.attendance, **who) &&
        FindPerson(act.attendance.non_voting, **who) < 0)
      return true;
  return false;
}

}  // namespace

std::vector<std::string> UnpairedAbsent(const Attendance& at) {
  std::vector<std::string> unpaired;
  for (const std::string& n : at.absent) {
    bool paired = false;
    for (const Proxy& p : at.proxies) paired |= SamePerson(p.from, n);
    if (!paired) unpaired.push_back(n);
  }
  size_t stated = static_cast<size_t>(std::max(0, at.absent_count.value_or(0)));
  if (stated >= unpaired.size()) return {};
  // The stated absent come last in the extracts' order ("3 Absents ayant donné
  // pouvoir : ..." before "1 Absents : ..."): the first ones are the givers.
  unpaired.resize(unpaired.size() - stated);
  return unpaired;
}

bool GiversReadPairsLost(const Attendance& at) {
  size_t extra = UnpairedAbsent(at).size();
  return at.proxies_count && !at.proxies.empty() && extra > 0 &&
         static_cast<size_t>(*at.proxies_count) == at.proxies.size() + extra;
}

bool HolderReadAsFragment(const Act& act, size_t i) {
  const Attendance& at = act.attendance;
  if (i >= at.proxies.size()) return false;
  const std::string pointer = "/attendance/proxies/" + std::to_string(i);
  if (!ReadByOcr(act, pointer)) return false;
  const Trust pair_trust = *TrustAt(act, pointer);
  const std::string& to = at.proxies[i].to;
  const bool not_absent = FindPerson(at.absent, to) < 0 && FindPerson(at.excused, to) < 0;
  const bool named_nowhere = not_absent && FindPerson(at.present, to) < 0;
  // A scanned grid lists every member of the comité: a holder it lists
  // nowhere is a cell misread, not an outsider.
  if (!at.groups.empty() && named_nowhere) return true;
  // A holder no list names, sharing a given name with a member present whose
  // surname is alike (SurnamesAlike, name_damage.h) or was read with doubt:
  // that member. Chantal D'HARAS
  // beside Chantal D'HALLUIN is; Maxime HINGREZ beside Maxime MAHTOUR read
  // surely is another man.
  const PersonKey holder = MakePersonKey(to);
  if (!holder.given.empty() && named_nowhere)
    for (size_t pi = 0; pi < at.present.size(); ++pi) {
      const std::string& n = at.present[pi];
      // The first given name only: a particle cut loose from the surname
      // may follow it ("chantal d").
      auto first = [](const std::string& g) { return g.substr(0, g.find(' ')); };
      const PersonKey member = MakePersonKey(n);
      if (first(member.given) != first(holder.given)) continue;
      const std::string folded = Fold(StripCivility(to));
      const size_t sp = folded.find(' ');
      const std::string read =
          CompactKey(sp == std::string::npos ? holder.surname : folded.substr(sp));
      if (SurnamesAlike(read, CompactKey(member.surname)) ||
          ReadWithDoubt(act, "/attendance/present/" + std::to_string(pi)))
        return true;
    }
  // An illegible pair whose holder's surname no list bears: it may be anyone's.
  if (!AtLeast(pair_trust, Trust::kDoubt) && named_nowhere) {
    bool named = false;
    for (const auto* list : {&at.present, &at.absent, &at.excused})
      for (const std::string& n : *list) named |= MakePersonKey(n).surname == holder.surname;
    if (!named) return true;
  }
  const std::string frag = holder.surname;
  if (frag.size() < kFragmentMinLetters) return false;
  // The given name lost (none, none that ReadsAsGivenName, or the pair read
  // with doubt) and the surname borne by one member present and by no other
  // list: that member. An initial is a given name read; a given name that
  // reads as one is another person (Jérémie beside Bénédicte PASSEBOSC).
  const bool given_lost =
      holder.given.empty() ? holder.initials.empty()
                           : !ReadsAsGivenName(holder.given) || !AtLeast(pair_trust, Trust::kSure);
  if (given_lost && not_absent) {
    int bearers = 0;
    for (const std::string& n : at.present) bearers += MakePersonKey(n).surname == frag;
    for (const auto* list : {&at.absent, &at.excused})
      for (const std::string& n : *list) bearers += 2 * (MakePersonKey(n).surname == frag);
    if (bearers == 1) return true;
  }
  // The other way: the holder read whole, the one present member bearing
  // its surname read with doubt, no other list bearing it: that member.
  if (not_absent) {
    int bearers = 0, doubtful = 0;
    for (size_t k = 0; k < at.present.size(); ++k) {
      if (MakePersonKey(at.present[k]).surname != frag) continue;
      ++bearers;
      doubtful += ReadWithDoubt(act, "/attendance/present/" + std::to_string(k));
    }
    for (const auto* list : {&at.absent, &at.excused})
      for (const std::string& n : *list) bearers += MakePersonKey(n).surname == frag;
    if (bearers == 1 && doubtful == 1) return true;
  }
  for (const std::string& n : at.present)
    if (FragmentOf(frag, MakePersonKey(n).surname)) return true;
  return false;
}

int CountPersons(const std::vector<std::string>& names) {
  std::vector<std::string> joined, people;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string n = names[i];
    if (i + 1 < names.size() && EndsWithParticle(n) && SingleToken(names[i + 1]))
      n += " " + names[++i];
    joined.push_back(std::move(n));
  }
  // Full names first: a surname alone is the person of a full name only when
  // one full name of the list carries it ("COLIN" beside "Elodie COLIN" and
  // "Jean-Jacques COLIN" is a third COLIN).
  for (const std::string& n : joined)
    if (!SingleToken(n) && FindPerson(people, n) < 0) people.push_back(n);
  const size_t full = people.size();
  for (const std::string& n : joined) {
    if (!SingleToken(n)) continue;
    const auto same = [&](const std::string& p) { return SamePerson(p, n); };
    if (std::count_if(people.begin(), people.begin() + static_cast<long>(full), same) != 1 &&
        std::none_of(people.begin() + static_cast<long>(full), people.end(), same))
      people.push_back(n);
  }
  return static_cast<int>(people.size());
}

bool PresentListIncomplete(const Act& act, bool count_stated) {
  const Attendance& at = act.attendance;
  if (at.present.empty()) return false;
  if (count_stated && at.present_count && *at.present_count > CountPersons(at.present)) return true;
  if (SitterMissing(act)) return true;
  if (at.present.unread > 0 || at.rows_unread > 0) return true;
  // Members in office that no list accounts for.
  if (at.in_office) {
    std::vector<std::string> others;
    for (const auto* list : {&at.absent, &at.excused})
      for (const std::string& n : *list)
        if (FindPerson(at.present, n) < 0) others.push_back(n);
    for (const Proxy& p : at.proxies)
      if (FindPerson(at.present, p.from) < 0) others.push_back(p.from);
    int accounted = CountPersons(at.present) + CountPersons(others);
    if (at.absent.empty()) accounted += at.absent_count.value_or(0);
    if (at.excused.empty()) accounted += at.excused_count.value_or(0);
    if (accounted < *at.in_office) return true;
  }
  return false;
}

// A present member of `who`'s surname whose given name may not be the one
// printed (GivenNameUnsure, name_damage.h): may be `who`.
bool PresentGarbledGiven(const Act& act, std::string_view who) {
  const Attendance& at = act.attendance;
  const PersonKey key = MakePersonKey(who);
  if (key.surname.empty()) return false;
  for (size_t i = 0; i < at.present.size(); ++i) {
    const std::string& m = at.present[i];
    if (MakePersonKey(m).surname != key.surname) continue;
    const std::string printed = StripCivility(m);
    const size_t sp = printed.find(' ');
    const std::string_view given =
        sp == std::string::npos ? std::string_view() : std::string_view(printed).substr(0, sp);
    if (GivenNameUnsure(given, ReadTrust(act, "/attendance/present/" + std::to_string(i))))
      return true;
  }
  return false;
}

bool PresentForPart(const Attendance& at, std::string_view who) {
  return FindPerson(at.present, who) >= 0 &&
         (FindPerson(at.absent, who) >= 0 || FindPerson(at.excused, who) >= 0);
}

bool PresentListLostNames(const Act& act) {
  const Attendance& at = act.attendance;
  if (at.present.empty()) return false;
  if (SitterMissing(act)) return true;
  for (const Proxy& p : at.proxies)
    if (!p.to.empty() && !InAnyList(at, p.to) && !PresentGarbledGiven(act, p.to)) return true;
  return false;
}

bool ProxiesUnread(const CheckInput& in) {
  const Attendance& at = in.act->attendance;
  if (!at.proxies.empty() || at.proxies_count) return false;
  // A grid's proxy cell, or a proxies list's item, that the extraction
  // flagged unread: a proxy given, its pair unread.
  if (at.proxies.AllUnread() > 0) return true;
  // "Absent sans délégation de vote" says the opposite.
  static const RE2 kStated(
      R"((?m)((?:^|[^s]\s)delegations?(?:\(s\))? de vote\s*:|ayant donne (?:pouvoir|procuration|delegation)|\d+\s+absents?\s+(?:\S+\s+)?donne\b|(?:^|\s)(?:pouvoirs?|procurations?)\s*:|(?:pouvoir|procuration)s?\s+(?:a|de)\s+(?:)" +
      Alternation(WordClass::kCivility) + R"()\b))");
  return RE2::PartialMatch(in.text, kStated);
}

bool NoProxiesGiven(const CheckInput& in) {
  const Attendance& at = in.act->attendance;
  return at.proxies.empty() && !at.proxies_count && (!at.excused.empty() || !at.absent.empty()) &&
         at.proxies.AllUnread() == 0 && !ProxiesUnread(in);
}

const char* BodyKindName(BodyKind kind) {
  switch (kind) {
    case BodyKind::kCommune:
      return "commune";
    case BodyKind::kEpci:
      return "EPCI or syndicat mixte fermé";
    case BodyKind::kSmo:
      return "syndicat mixte ouvert";
    case BodyKind::kCommissionPermanente:
      return "commission permanente";
    case BodyKind::kAssembly:
      return "departmental or regional council";
    default:
      return "unknown body";
  }
}

CheckInput MakeCheckInput(const DocText& doc, const CheckContext& ctx, const Act& act) {
  CheckInput in;
  in.doc = &doc;
  in.ctx = &ctx;
  in.rules = ctx.rules ? ctx.rules : &RuleData::Default();
  in.act = &act;
  const auto& lines = doc.lines();
  if (act.first_line < act.last_line && act.last_line <= lines.size()) {
    size_t b = lines[act.first_line].folded_begin;
    size_t e = lines[act.last_line - 1].folded_end;
    in.text = doc.folded().substr(b, e - b);
  }
  std::string type = act.body.type.value_or("");
  std::string name = act.body.name.value_or("");
  std::string name_f = Fold(name);
  const BodyStatutes* statutes = nullptr;
  if (ctx.bodies) {
    if (!name.empty()) statutes = ctx.bodies->Find(name);
    // The body's name may only be in the act's first lines ("SYNDICAT MIXTE OUVERT « … »").
    if (!statutes && (type == "comite_syndical" || type == "bureau" || type.empty()))
      statutes = ctx.bodies->Find(in.text.substr(0, std::min<size_t>(in.text.size(), 600)));
  }
  const bool says_smo =
      name_f.find("mixte ouvert") != std::string::npos ||
      in.text.substr(0, std::min<size_t>(in.text.size(), 600)).find("syndicat mixte ouvert") !=
          std::string::npos;
  if (type == "conseil_municipal") {
    in.kind = BodyKind::kCommune;
  } else if (type == "commission_permanente") {
    in.kind = BodyKind::kCommissionPermanente;
  } else if (type == "conseil_departemental" || type == "conseil_regional") {
    in.kind = BodyKind::kAssembly;
  } else if (type == "conseil_communautaire") {
    in.kind = BodyKind::kEpci;
  } else if (type == "comite_syndical" || type == "bureau" || type.empty()) {
    if (statutes && statutes->type == "syndicat_mixte_ouvert") {
      in.kind = BodyKind::kSmo;
      in.statutes = statutes;
    } else if (says_smo) {
      in.kind = BodyKind::kSmo;  // statutes unknown: its own rules cannot be checked
    } else if (!type.empty()) {
      in.kind = BodyKind::kEpci;
    }
  }
  in.covid = act.dates.session && in.rules->InCovidWindow(*act.dates.session);
  // What changes the rule applied (urgency, a second meeting, a day fixed by
  // decree) is the session's: its shared header states it for every item.
  std::string stated_text = in.text;
  if (act.header_first_line < act.header_last_line && act.header_last_line <= lines.size()) {
    size_t b = lines[act.header_first_line].folded_begin;
    size_t e = lines[act.header_last_line - 1].folded_end;
    stated_text = doc.folded().substr(b, e - b) + "\n" + stated_text;
  }
  in.session_text = stated_text;
  const Stated stated = ReadStated(stated_text);
  in.second_meeting = stated.second_meeting;
  in.urgency = stated.urgency;
  in.date_by_decree = stated.date_by_decree;
  return in;
}

}  // namespace delib

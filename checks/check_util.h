// Internals shared by the rule families of checks/ (not a public header).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/checks.h"
#include "checks/rule_catalogue.h"
#include "extractors/dates.h"
#include "extractors/names.h"
#include "extractors/statutes.h"
#include "pipeline/model/act.h"
#include "pipeline/reference/bodies.h"
#include "pipeline/reference/rule_data.h"
#include "pipeline/text/doc_text.h"
#include "pipeline/text/name_damage.h"
#include "pipeline/text/trust.h"

namespace delib {

class Geography;

enum class BodyKind {
  kUnknown,
  kCommune,               // conseil municipal
  kEpci,                  // EPCI and syndicat mixte fermé: communal rules (L5211-1, L5711-1)
  kSmo,                   // syndicat mixte ouvert: its statutes (statutes may be null: unknown)
  kCommissionPermanente,  // counts present or represented (L3121-14-1, L4132-13-1)
  kAssembly,              // conseil départemental / régional plenary
};

// What every rule needs about the act, computed once per act.
struct CheckInput {
  const DocText* doc = nullptr;
  const CheckContext* ctx = nullptr;
  const RuleData* rules = nullptr;
  const Act* act = nullptr;
  BodyKind kind = BodyKind::kUnknown;
  const BodyStatutes* statutes = nullptr;  // SMO statutes, when known
  std::string text;                        // folded text of the act's lines
  // The session's shared header (minutes' preamble), then the act's lines:
  // where the session's mentions (secretary, convocation) are stated.
  std::string session_text;
  bool covid = false;           // session inside a COVID window
  bool second_meeting = false;  // second meeting after a failed quorum (stated)
  bool urgency = false;         // urgency stated
  bool date_by_decree = false;  // meeting on the day a decree fixes (Stated)
};

using RuleFn = void (*)(const CheckInput&, std::vector<Anomaly>*);

// Rule families (one file each).
void CheckQuorum(const CheckInput& in, std::vector<Anomaly>* out);
void CheckCounts(const CheckInput& in, std::vector<Anomaly>* out);
void CheckProxies(const CheckInput& in, std::vector<Anomaly>* out);
void CheckVotes(const CheckInput& in, std::vector<Anomaly>* out);
void CheckDates(const CheckInput& in, std::vector<Anomaly>* out);
void CheckCommunes(const CheckInput& in, std::vector<Anomaly>* out);
void CheckLists(const CheckInput& in, std::vector<Anomaly>* out);
void CheckMentions(const CheckInput& in, std::vector<Anomaly>* out);

CheckInput MakeCheckInput(const DocText& doc, const CheckContext& ctx, const Act& act);

// An anomaly with the evidence of the given pointers (those the act has;
// a pointer ending in '/' takes every key under it, in order). Its legal
// basis is the catalogue's (Cites(rule) of checks/rule_catalogue.h), or
// `legal_basis` when the check built one from what it read: the statutes'
// article, a rule file's, a case of the rule, e.g.
//   MakeAnomaly(act, "count.mismatch", "error", msg, ptrs);  // "CGCT L2121-23"
//   MakeAnomaly(act, "count.mismatch", "error", msg, ptrs,
//               std::string(Cites("count.mismatch", "voters")));
Anomaly MakeAnomaly(const Act& act, std::string rule, std::string severity, std::string message,
                    const std::vector<std::string>& pointers, std::string legal_basis = "");

// Index of the first name in `names` that is the same person (SamePerson of
// extractors/names.h, which tolerates damaged readings and never merges two
// people who share a surname), or -1. Unlike names.h's FindPerson it does not
// require the match to be unique: a check asks "is this person among them".
int FindPerson(const std::vector<std::string>& names, std::string_view who);

// How the value at `pointer` was read (pipeline/text/trust.h): the trust of
// its evidence's confidence; nullopt when it has no evidence. The helpers
// below ask it; no check compares a confidence itself.
std::optional<Trust> TrustAt(const Act& act, const std::string& pointer);
// TrustAt, kTextLayer without evidence (a value no scan gave).
Trust ReadTrust(const Act& act, const std::string& pointer);
// Legible: the value has no evidence or was read at least with doubt (not
// illegible). No rule builds on an illegible value.
bool Legible(const Act& act, const std::string& pointer);
// The value at `pointer` was inferred from its context (Evidence::inferred),
// not read from a label: an error may not rest on it alone.
bool Inferred(const Act& act, const std::string& pointer);
// Whether a value under `prefix` ("/attendance/present") is the session's,
// taken from the shared header of minutes (Evidence::inherited): true of the
// session's opening, not necessarily of the item's vote.
bool InheritedFromSession(const Act& act, const std::string& prefix);
// Read with doubt or worse (below Trust::kSure); false without evidence. A
// rule asserting an error of spelling does not rest on such a value alone.
bool ReadWithDoubt(const Act& act, const std::string& pointer);
// The trust of the figures themselves in the evidence at `pointer`
// (TrustOfFigure of their weakest digit run: "13" and "1" in "13 + 1"), not
// of the whole span, whose weakest word may be its label or a colon. The
// span's TrustOfFigure when it holds no digit or cannot be found;
// kTextLayer with no evidence.
Trust FigureTrust(const CheckInput& in, const std::string& pointer);
// A figure is legible when its own digits are read at least with doubt
// (TrustOfFigure) and its span is Legible, or its digits are read surely,
// whatever the words around them.
bool Legible(const CheckInput& in, const std::string& pointer);
// A headcount (/attendance/present_count or /attendance/in_office) that is
// Legible, or that the names read independently agree with: the present
// names for the present count, the members listed for those in office. A
// doubtful "4" that four ticked names confirm is a 4.
bool Corroborated(const CheckInput& in, const std::string& pointer);
// Whether the value at `pointer` was read by OCR, or from a text layer;
// both false without evidence.
bool ReadByOcr(const Act& act, const std::string& pointer);
bool ReadFromTextLayer(const Act& act, const std::string& pointer);

// A commune the act names in another list of its own, matched to the
// geography, one letter (edit) away from `c`'s printed name ("Lyde" /
// "Lynde"); nullptr when none. Three letters are near only a four-letter name
// they begin like, one letter dropped ("Aor" / "Anor").
const CommuneRef* NamedNearby(const Act& act, const CommuneRef& c);

// The trust of the words from the first to the last name of the list at
// `prefix` ("/attendance/present/"), words between the names included (a
// name the reading dropped lies there); kTextLayer when unknown.
Trust ListSpanTrust(const CheckInput& in, const std::string& prefix, size_t n);

// Counts: a stated count (or the people listed when more: the rules that use
// it assert too few present), else the number of people listed when there
// are any and the list is not evidently incomplete (PresentListIncomplete).
std::optional<int> PresentCount(const Act& act);

const char* BodyKindName(BodyKind kind);

// Proxies that can count: a proxy is void when its giver is listed present or
// its holder is not (listed absent or excused, or missing from a non-empty
// present list). With no proxy listed, `valid` is the stated count (or unknown).
// Pairs the reading lost (Attendance::proxies.unread) count as valid, up to
// the stated number: nothing is known against them.
struct ProxyTally {
  std::optional<int> valid;
  std::vector<std::string> void_reasons;
  std::vector<size_t> void_indices;  // into attendance.proxies
};
// With `limit` > 0, proxies a member holds beyond `limit` are void too
// (L2121-20: one proxy, two in the COVID windows, or the statutes' number).
ProxyTally TallyProxies(const Act& act, int limit = 0);
// The proxies one member may hold under the rules that apply: the statutes'
// limit (1 by the CGCT), two in the COVID windows; 0 (no limit) for a
// syndicat mixte ouvert whose statutes are unknown.
int ProxyLimit(const CheckInput& in);

// N: the stated members in office, else the distinct members listed.
struct MemberCount {
  std::optional<int> n;
  std::string source;  // "members in office" | "members listed"
};
MemberCount InOffice(const Act& act);
// Distinct people the present, absent and excused lists name.
int MembersListed(const Attendance& at);

// The number of people a list of names holds: a name split in two by a line
// break ("Zohra DE", "WITTE"; "Eugénie BEN", "SAÏD") counts once, and the same
// person listed twice counts once; a surname alone is a full name's person
// only when one full name of the list carries it.
int CountPersons(const std::vector<std::string>& names);

// Names read among the absent that no proxy pairs, beyond the stated number
// of absent: givers whose proxy the reading lost ("É. DELASSUS\nà H GUISLAIN"
// cut by a line break).
std::vector<std::string> UnpairedAbsent(const Attendance& at);
// Whether the proxies read plus those unpaired givers make the stated number
// of proxies: then the unpaired names are givers whose holder was not read.
bool GiversReadPairsLost(const Attendance& at);

// Rules say nothing about a person whose listed name is not ReadableName
// (pipeline/text/name_damage.h).

// Whether the holder of proxy `i`, missing from the present list, may be a
// present member whose name the scan broke (its evidence not from a text
// layer): its surname is a FragmentOf a present member's; or a scanned grid,
// which lists every member, lists it nowhere; or no list names it and it
// shares a given name with a member present whose surname is SurnamesAlike
// or read with doubt (name_damage.h asks what OCR left of the names; this
// asks the lists). No rule asserts that such a holder is absent.
bool HolderReadAsFragment(const Act& act, size_t i);

// Whether the present list is evidently incomplete (names lost by the reading,
// not by the register): fewer names than the stated count, or the president or
// the secrétaire de séance, who sit, missing from every list. A person missing
// from an incomplete present list may be among the unnamed.
// `count_stated` false: the stated present count aside (is the list short by
// any other sign?).
bool PresentListIncomplete(const Act& act, bool count_stated = true);

// Whether `who` is listed both present and absent or excused: present for
// part of the session ("M. X (en dehors des points 12a et 13a)" among the
// present, "M. X (pour le point 12a)" among the excused): the lists alone do
// not say for which items, so no rule takes such a member for absent, nor for
// present when giving a proxy.
bool PresentForPart(const Attendance& at, std::string_view who);

// Whether someone who must be present (president, secretary, a proxy holder
// found in no list) is missing from every attendance list: the present list
// lost names, so a stated present count that exceeds it is no mismatch.
bool PresentListLostNames(const Act& act);

// The act states proxies (a "Délégation(s) de vote :", "pouvoir à",
// "procuration" passage, or a proxy cell or item that the extraction flagged
// unread) that the extraction did not read: proxies unknown, not zero.
bool ProxiesUnread(const CheckInput& in);

// No proxy was given, as far as the extract says: none named or stated,
// absent or excused members listed and none of them giving one, and no
// trace of a proxy the reading lost (ProxiesUnread, unread pairs).
bool NoProxiesGiven(const CheckInput& in);

}  // namespace delib

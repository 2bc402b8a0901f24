#include "extractors/extract.h"

#include <map>
#include <utility>

#include "extractors/citations.h"

namespace delib {
namespace {

// Copies the evidence at `pointer`, and under it ("/attendance/present/0"
// under "/attendance/present"), from one act to another, marked inherited
// (doc_text.h).
void InheritEvidence(const Act& from, const std::string& pointer, Act* to) {
  for (auto it = from.evidence.lower_bound(pointer);
       it != from.evidence.end() && it->first.rfind(pointer, 0) == 0; ++it) {
    if (it->first.size() > pointer.size() && it->first[pointer.size()] != '/') continue;
    Evidence& mine = to->evidence[it->first] = it->second;
    mine.inherited = true;
  }
}

// Session facts stated once hold for every act: an act that shares a session
// header (the preamble of minutes: who sat, proxies, counts) takes from it
// each attendance list and count it does not state itself, with the header's
// evidence. What the act states (its own count box, its own present list) is
// kept. Example: minutes whose preamble lists 14 present and 2 proxies, then
// ten items: each item's attendance is the preamble's.
void InheritAttendance(const Act& session, Act* act) {
  const Attendance& s = session.attendance;
  Attendance& a = act->attendance;
  auto copy_evidence = [&](const std::string& pointer) { InheritEvidence(session, pointer, act); };
  auto count = [&](Opt<int>& mine, const Opt<int>& theirs, const char* key) {
    if (mine || !theirs) return;
    mine = theirs;
    copy_evidence(std::string("/attendance/") + key);
  };
  count(a.seats, s.seats, "seats");
  count(a.in_office, s.in_office, "in_office");
  count(a.present_count, s.present_count, "present_count");
  count(a.voters_count, s.voters_count, "voters_count");
  count(a.proxies_count, s.proxies_count, "proxies_count");
  count(a.excused_count, s.excused_count, "excused_count");
  count(a.absent_count, s.absent_count, "absent_count");
  auto list = [&](auto& mine, const auto& theirs, const char* key) {
    if (!mine.empty() || theirs.empty()) return false;
    mine = theirs;
    copy_evidence(std::string("/attendance/") + key);
    return true;
  };
  // A list comes with its unread items (act.h NameList, ProxyList).
  if (list(a.present, s.present, "present")) a.rows_unread = s.rows_unread;
  list(a.absent, s.absent, "absent");
  list(a.excused, s.excused, "excused");
  list(a.non_voting, s.non_voting, "non_voting");
  list(a.proxies, s.proxies, "proxies");
  for (const auto& [name, group] : s.groups) a.groups.emplace(name, group);
}

// Minutes are signed once, after their last item ("Corte, le 13 février
// 2023"): that date, and the chair known by that signature, are those of
// every item of the session. Given
// only when the session's last act alone has one; items signed each
// (extracts of a register) keep their own.
using SessionItems = std::map<std::pair<size_t, size_t>, std::vector<Act*>>;

// The deliberations that share a session header, by header, in file order.
SessionItems BySession(std::vector<Act>* acts) {
  SessionItems by_session;
  for (Act& a : *acts)
    if (a.kind == "deliberation" && a.header_last_line > a.header_first_line)
      by_session[{a.header_first_line, a.header_last_line}].push_back(&a);
  return by_session;
}

// The body that sits is the session's: named in one item ("Ville de
// CORTE", "Corte, le 13 février 2023" under the last), it is every item's
// that names none. Given only when the items that name one agree.
void ShareSessionBody(std::vector<Act>* acts) {
  for (auto& [key, items] : BySession(acts)) {
    const Act* named = nullptr;
    bool agree = true;
    for (const Act* a : items) {
      const Body& b = a->body;
      if (!b.name && !b.insee && !b.siren) continue;
      if (!named) {
        named = a;
      } else {
        const Body& n = named->body;
        agree = agree && b.name == n.name && b.insee == n.insee && b.siren == n.siren;
      }
    }
    if (!named || !agree) continue;
    for (Act* a : items) {
      Body& b = a->body;
      if (b.name || b.insee || b.siren) continue;
      if (b.type && named->body.type && *b.type != *named->body.type) continue;
      const bool own_type = b.type.has_value();
      const Opt<std::string> type = own_type ? b.type : named->body.type;
      b = named->body;
      b.type = type;
      for (const char* field : {"/body/name", "/body/insee", "/body/siren"})
        InheritEvidence(*named, field, a);
      if (!own_type) InheritEvidence(*named, "/body/type", a);
    }
  }
}

void ShareClosingSignature(std::vector<Act>* acts) {
  for (auto& [key, items] : BySession(acts)) {
    if (items.size() < 2) continue;
    const Act& last = *items.back();
    bool others_unsigned = true;
    for (size_t i = 0; i + 1 < items.size(); ++i)
      others_unsigned = others_unsigned && !items[i]->dates.signature;
    for (size_t i = 0; last.dates.signature && others_unsigned && i + 1 < items.size(); ++i) {
      items[i]->dates.signature = last.dates.signature;
      InheritEvidence(last, "/dates/signature", items[i]);
    }
    // The chair and the secretary known only by the signature under the
    // last item (header.h) are those of the items that name none, the
    // minutes dated or not.
    for (auto [field, key] :
         {std::pair{&Act::president, "/president"}, std::pair{&Act::secretary, "/secretary"}}) {
      auto signer = last.evidence.find(key);
      if (!(last.*field) || signer == last.evidence.end() || !signer->second.inferred) continue;
      for (size_t i = 0; i + 1 < items.size(); ++i) {
        if (items[i]->*field) continue;
        items[i]->*field = last.*field;
        InheritEvidence(last, key, items[i]);
      }
    }
  }
}

}  // namespace

std::vector<Act> ExtractActs(const DocText& doc, const ExtractContext& ctx) {
  std::vector<Act> acts = SegmentActs(doc);
  // Each session header is read once, for all the acts that share it.
  std::map<std::pair<size_t, size_t>, Act> sessions;
  for (Act& act : acts) {
    ExtractHeader(doc, ctx, &act);
    if (act.kind == "deliberation") {
      ExtractAttendance(doc, &act);
      if (act.header_last_line > act.header_first_line) {
        auto key = std::make_pair(act.header_first_line, act.header_last_line);
        auto it = sessions.find(key);
        if (it == sessions.end()) {
          Act session;
          session.kind = "deliberation";
          session.first_line = act.header_first_line;
          session.last_line = act.header_last_line;
          ExtractAttendance(doc, &session);
          it = sessions.emplace(key, std::move(session)).first;
        }
        InheritAttendance(it->second, &act);
      }
      ExtractVotes(doc, &act);
    }
    ExtractCommunes(doc, ctx, &act);
    ExtractCitations(doc, &act);
  }
  ShareClosingSignature(&acts);
  ShareSessionBody(&acts);
  return acts;
}

}  // namespace delib

#include "extractors/extract.h"

#include <map>
#include <utility>

#include "extractors/citations.h"

namespace delib {
namespace {

// Session facts stated once hold for every act: an act that shares a session
// header (the preamble of minutes: who sat, proxies, counts) takes from it
// each attendance list and count it does not state itself, with the header's
// evidence. What the act states (its own count box, its own present list) is
// kept. Example: minutes whose preamble lists 14 present and 2 proxies, then
// ten items: each item's attendance is the preamble's.
void InheritAttendance(const Act& session, Act* act) {
  const Attendance& s = session.attendance;
  Attendance& a = act->attendance;
  auto copy_evidence = [&](const std::string& prefix) {
    for (const auto& [key, ev] : session.evidence) {
      if (key == prefix || key.rfind(prefix + "/", 0) == 0) act->evidence[key] = ev;
    }
  };
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
  return acts;
}

}  // namespace delib

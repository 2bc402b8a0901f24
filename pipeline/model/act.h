// The record delib writes for one input file, as C++ values. Field for field
// it is docs/output-contract.md; act_json.h turns it into that JSON.
// Unknown is std::nullopt (null in JSON), never a guess.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/model/statutes.h"
#include "pipeline/text/doc_text.h"

namespace delib {

template <class T>
using Opt = std::optional<T>;

struct Body {
  Opt<std::string> name;
  Opt<std::string> type;  // conseil_municipal | conseil_communautaire | comite_syndical | ...
  Opt<std::string> insee;
  Opt<std::string> siren;
};

struct Dates {
  Opt<std::string> session, convocation, display, transmission, publication, signature;
};

struct Proxy {
  std::string from, to;
};

// A list of names as read, and how many of its items the reading saw but
// could not name: an item that opens with a civility and holds no readable
// name, a garble that holds several members (extractors/names.h decides
// what reads as a name). Those people are on the list, their names lost;
// checks count them from here. Not in the record: the JSON holds the names.
struct NameList : std::vector<std::string> {
  using std::vector<std::string>::vector;
  NameList() = default;
  NameList(std::vector<std::string> names) : std::vector<std::string>(std::move(names)) {}
  int unread = 0;
};

// The proxies as read, and the pairs the reading saw but could not name.
// Not in the record: the JSON holds the pairs read only.
struct ProxyList : std::vector<Proxy> {
  using std::vector<Proxy>::vector;
  ProxyList() = default;
  ProxyList(std::vector<Proxy> pairs) : std::vector<Proxy>(std::move(pairs)) {}
  // Pairs lost that nothing voids: a grid's proxy cell that held words but
  // no readable name, its giver read and not ticked present; a prose item
  // "X à …" with no readable name.
  int unread = 0;
  // Proxies given whose pair is lost and that may be void: a grid row of
  // the proxies column whose giver's name was unreadable too, or whose
  // giver is ticked present.
  int unread_maybe_void = 0;
  // Every pair the act gives that the reading lost.
  int AllUnread() const { return unread + unread_maybe_void; }
};

struct Attendance {
  Opt<int> seats;          // membres afférents
  Opt<int> in_office;      // membres en exercice
  Opt<int> present_count;  // as stated
  Opt<int> voters_count;   // votants / ont pris part
  // Extensions of the contract: other stated counts.
  Opt<int> proxies_count;  // "3 Absents ayant donné pouvoir", "ont pris part : 17 + 1"
  Opt<int> excused_count;
  Opt<int> absent_count;
  NameList present, absent, excused, non_voting;
  ProxyList proxies;
  // Extension: the member (collectivité) each delegate represents, when the
  // attendance lists it ("Département du Nord"), keyed by the name as listed
  // in present/absent/excused. Weighted votes (statutes) need it.
  std::map<std::string, std::string> groups;
  // Not in the record: grid rows whose member cell held letters but no
  // readable name, or whose status boxes were none ticked: members the grid
  // holds that no list (present, absent, excused) can take, since which one
  // is what the reading lost. A list's own unread items are on the list.
  int rows_unread = 0;
};

struct Vote {
  Opt<int> for_votes, against, abstentions, expressed, not_voting;
  Opt<bool> unanimous;
  Opt<std::string> result;  // adopted | rejected
};

struct CommuneRef {
  std::string printed;
  Opt<std::string> insee, name;
  std::string match = "none";  // exact | accent | fuzzy | none
  Opt<std::string> list;       // which list or clause named it
};

// Extension: an earlier act cited by this one ("Vu la délibération 2022-15
// du 16 juin 2022 approuvant la convention …"); cross-document checks compare
// the numbers given to the same act by different extracts.
struct Citation {
  Opt<std::string> number;  // as printed: "2022-15"
  Opt<std::string> date;    // ISO
  std::string subject;      // what it approves, as printed
  Opt<std::string> body;    // the body that took it, when the citation names it
  Evidence evidence;
};

struct Anomaly {
  std::string id;  // stable across runs: hash of rule, act and evidence text
  std::string rule, severity, message, legal_basis;
  std::vector<Evidence> evidence;
};

// Extension: the rules a statutes act (kind "statuts") states, read by
// extractors/statutes.h; the batch applies them to the deliberations of the body
// (checks/batch_statutes.h). What the statutes leave unsaid is null.
struct StatutesRead {
  BodyStatutes body;           // names, type, seats, quorum, majorities, annexes
  Opt<int> proxy_limit;        // "Aucun membre ne peut recevoir plus d'une procuration"
  Opt<DelayRule> convocation;  // "au moins cinq jours avant la réunion"
  // By clause ("quorum", "proxies", "convocation", "second_meeting"): the
  // sentence as printed and the article it sits in ("art. 8.3").
  std::map<std::string, std::string> text, article;
};

// Extension: statements of a deliberation that change which rule applies,
// kept so that batch-level checks (without the text) apply the same rules.
struct Stated {
  bool second_meeting = false;  // a second meeting after a failed quorum
  bool urgency = false;         // urgency stated (convocation delay of one jour franc)
  // The meeting designates the senatorial delegates, on the day the decree
  // convening the electoral colleges fixes (Code électoral L283, R131): the
  // council's convocation delay is not its measure.
  bool date_by_decree = false;
};

struct Act {
  std::string kind = "other";  // deliberation | statuts | convention | rapport | annexe | other
  std::vector<int> pages;
  Body body;
  Opt<std::string> number, title;
  Dates dates;
  Opt<std::string> president, secretary;
  Attendance attendance;
  std::vector<Vote> votes;
  std::vector<CommuneRef> communes;
  std::vector<Citation> citations;  // extension
  std::vector<Anomaly> anomalies;
  std::map<std::string, Evidence> evidence;  // JSON pointer -> where it was read
  Opt<StatutesRead> statutes;                // extension: kind "statuts" only
  Opt<Stated> stated;                        // extension: kind "deliberation" only

  // Extraction bookkeeping, not written: the act's lines in its DocText.
  size_t first_line = 0, last_line = 0;
  // Lines of a session header shared by several deliberations of one file
  // (body, session date, president...); empty when the act has its own.
  size_t header_first_line = 0, header_last_line = 0;
  // The act's heading when its file's numbering scheme found it
  // (extractors/act_headings.h): folded offsets of the number and the title,
  // empty when none. An agenda item's number ("1 - Subvention ...") is no act
  // number: heading_is_item.
  size_t heading_number_begin = 0, heading_number_end = 0;
  size_t heading_title_begin = 0, heading_title_end = 0;
  bool heading_is_item = false;
};

struct RecordError {
  std::string code, message;
  Opt<int> page;
};

struct Record {
  std::string path, sha256;
  int pages = 0;
  std::string status = "ok";  // ok | partial | failed
  std::vector<RecordError> errors;
  std::vector<Act> acts;
  // Extensions: how each page was read, and timings.
  std::vector<std::string> page_sources;              // text | ocr | none (PageSource)
  std::vector<int> page_rotations;                    // degrees turned to read each page upright
  std::vector<std::pair<double, double>> page_sizes;  // points, as read
  double seconds = 0;
  std::map<std::string, double> timings;  // seconds per stage: text, render, ocr, extract
};

}  // namespace delib

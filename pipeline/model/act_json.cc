#include "pipeline/model/act_json.h"

#include <cmath>

#include "pipeline/base/utf8.h"

namespace delib {
namespace {

using nlohmann::json;

template <class T>
json OrNull(const Opt<T>& v) {
  return v ? json(*v) : json(nullptr);
}

double Round1(double v) { return std::round(v * 10) / 10; }

json MajorityToJson(const Majority& m) {
  json j = {{"numerator", m.numerator},
            {"denominator", m.denominator},
            {"of", m.of_members ? "members" : "expressed"}};
  if (m.newcomer_departement_weight != 1)
    j["weight_of_newcomer_departement"] = m.newcomer_departement_weight;
  if (!m.article.empty()) j["article"] = m.article;
  return j;
}

// What a statutes act states (StatutesRead); null where the statutes are silent.
json StatutesToJson(const StatutesRead& s) {
  const BodyStatutes& b = s.body;
  auto clause = [&](const char* key, json j) {
    if (auto it = s.text.find(key); it != s.text.end()) j["text"] = it->second;
    if (auto it = s.article.find(key); it != s.article.end() && !it->second.empty())
      j["article"] = it->second;
    return j;
  };
  json seats = json::array();
  for (const SeatGroup& g : b.seats) {
    json sg = {{"group", g.group}, {"delegates", g.delegates}};
    if (!g.departement.empty()) sg["departement"] = g.departement;
    seats.push_back(sg);
  }
  json j;
  j["names"] = b.names;
  j["type"] = b.type;
  j["seats"] = seats;
  j["quorum"] = clause(
      "quorum", {{"numerator", b.quorum.numerator},
                 {"denominator", b.quorum.denominator},
                 {"counts", b.quorum.present_or_represented ? "present_or_represented" : "present"},
                 {"comparison", b.quorum.at_least ? "at_least" : "more_than"}});
  j["second_meeting_without_quorum"] =
      b.second_meeting_without_quorum ? clause("second_meeting", json::object()) : json(nullptr);
  j["proxy_limit"] = s.proxy_limit ? clause("proxies", {{"max", *s.proxy_limit}}) : json(nullptr);
  j["convocation"] =
      s.convocation
          ? clause("convocation", {{"days", s.convocation->value},
                                   {"unit", s.convocation->jours_francs ? "jours_francs" : "days"}})
          : json(nullptr);
  json majorities = json::object();
  if (b.adhesion) majorities["adhesion"] = MajorityToJson(*b.adhesion);
  if (b.withdrawal) majorities["withdrawal"] = MajorityToJson(*b.withdrawal);
  if (b.statutes_change) majorities["statutes_change"] = MajorityToJson(*b.statutes_change);
  j["majorities"] = majorities;
  json annexes = json::array();
  for (const StatutesAnnex& a : b.annexes)
    annexes.push_back({{"number", a.number}, {"title", a.title}, {"entries", a.entries}});
  j["annexes"] = annexes;
  return j;
}

// Readers for ActFromJson: a missing or mistyped field is unknown.
using nlohmann::json;

using namespace json_get;

}  // namespace

json EvidenceToJson(const Evidence& ev) {
  json j{{"page", ev.page},
         {"bbox", {Round1(ev.box.x0), Round1(ev.box.y0), Round1(ev.box.x1), Round1(ev.box.y1)}},
         {"text", ev.text},
         {"confidence", std::round(ev.confidence * 1000) / 1000}};
  if (ev.inferred) j["inferred"] = true;
  if (ev.inherited) j["inherited"] = true;
  return j;
}

json ActToJson(const Act& a) {
  json j;
  j["kind"] = a.kind;
  j["pages"] = a.pages;
  j["body"] = {{"name", OrNull(a.body.name)},
               {"type", OrNull(a.body.type)},
               {"insee", OrNull(a.body.insee)},
               {"siren", OrNull(a.body.siren)}};
  j["number"] = OrNull(a.number);
  j["title"] = OrNull(a.title);
  j["dates"] = {
      {"session", OrNull(a.dates.session)},         {"convocation", OrNull(a.dates.convocation)},
      {"display", OrNull(a.dates.display)},         {"transmission", OrNull(a.dates.transmission)},
      {"publication", OrNull(a.dates.publication)}, {"signature", OrNull(a.dates.signature)}};
  j["president"] = OrNull(a.president);
  j["secretary"] = OrNull(a.secretary);
  const Attendance& at = a.attendance;
  json proxies = json::array();
  // A holder the page does not name ("Procurations : A, B") is null.
  for (const Proxy& p : at.proxies)
    proxies.push_back({{"from", p.from}, {"to", p.to.empty() ? json(nullptr) : json(p.to)}});
  j["attendance"] = {{"seats", OrNull(at.seats)},
                     {"in_office", OrNull(at.in_office)},
                     {"present_count", OrNull(at.present_count)},
                     {"voters_count", OrNull(at.voters_count)},
                     {"proxies_count", OrNull(at.proxies_count)},
                     {"excused_count", OrNull(at.excused_count)},
                     {"absent_count", OrNull(at.absent_count)},
                     {"present", at.present},
                     {"absent", at.absent},
                     {"excused", at.excused},
                     {"proxies", proxies},
                     {"non_voting", at.non_voting}};
  if (!at.groups.empty()) j["attendance"]["groups"] = at.groups;
  json votes = json::array();
  for (const Vote& v : a.votes) {
    votes.push_back({{"for", OrNull(v.for_votes)},
                     {"against", OrNull(v.against)},
                     {"abstentions", OrNull(v.abstentions)},
                     {"expressed", OrNull(v.expressed)},
                     {"not_voting", OrNull(v.not_voting)},
                     {"unanimous", OrNull(v.unanimous)},
                     {"result", OrNull(v.result)}});
  }
  j["votes"] = votes;
  json communes = json::array();
  for (const CommuneRef& c : a.communes) {
    communes.push_back({{"printed", c.printed},
                        {"insee", OrNull(c.insee)},
                        {"name", OrNull(c.name)},
                        {"match", c.match},
                        {"list", OrNull(c.list)}});
  }
  j["communes"] = communes;
  json citations = json::array();
  for (const Citation& c : a.citations) {
    citations.push_back({{"number", OrNull(c.number)},
                         {"date", OrNull(c.date)},
                         {"subject", c.subject},
                         {"body", OrNull(c.body)},
                         {"evidence", EvidenceToJson(c.evidence)}});
  }
  j["citations"] = citations;
  json anomalies = json::array();
  for (const Anomaly& an : a.anomalies) {
    json ev = json::array();
    for (const Evidence& e : an.evidence) ev.push_back(EvidenceToJson(e));
    anomalies.push_back({{"id", an.id},
                         {"rule", an.rule},
                         {"severity", an.severity},
                         {"message", an.message},
                         {"legal_basis", an.legal_basis},
                         {"evidence", ev}});
  }
  j["anomalies"] = anomalies;
  if (a.statutes) j["statutes"] = StatutesToJson(*a.statutes);
  if (a.stated)
    j["stated"] = {{"second_meeting", a.stated->second_meeting}, {"urgency", a.stated->urgency}};
  json evidence = json::object();
  for (const auto& [pointer, ev] : a.evidence) evidence[pointer] = EvidenceToJson(ev);
  j["evidence"] = evidence;
  return j;
}

json RecordToJson(const Record& r) {
  json j;
  j["schema_version"] = kSchemaVersion;
  // A path is bytes (pipeline/base/utf8.h): shown as valid UTF-8, and kept
  // exactly in path_bytes when it is not UTF-8 ("caf%E9.pdf").
  j["source"] = {{"path", ValidUtf8(r.path)}, {"sha256", r.sha256}, {"pages", r.pages}};
  if (!IsValidUtf8(r.path)) j["source"]["path_bytes"] = EscapeBytes(r.path);
  j["status"] = r.status;
  json errors = json::array();
  for (const RecordError& e : r.errors)
    errors.push_back(
        {{"code", e.code}, {"message", ValidUtf8(e.message)}, {"page", OrNull(e.page)}});
  j["errors"] = errors;
  json acts = json::array();
  for (const Act& a : r.acts) acts.push_back(ActToJson(a));
  j["acts"] = acts;
  j["page_sources"] = r.page_sources;
  j["page_rotations"] = r.page_rotations;
  json sizes = json::array();
  for (const auto& [w, h] : r.page_sizes) sizes.push_back({Round1(w), Round1(h)});
  j["page_sizes"] = sizes;
  j["seconds"] = std::round(r.seconds * 1000) / 1000;
  json timings = json::object();
  for (const auto& [stage, t] : r.timings) timings[stage] = std::round(t * 1000) / 1000;
  j["timings"] = timings;
  return j;
}

std::string DumpJson(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

Evidence EvidenceFromJson(const json& e) {
  Evidence ev;
  if (!e.is_object()) return ev;
  ev.page = e.value("page", 0);
  ev.text = Str(e, "text");
  if (e.contains("confidence") && e["confidence"].is_number())
    ev.confidence = e["confidence"].get<double>();
  ev.inferred = e.contains("inferred") && e["inferred"].is_boolean() && e["inferred"].get<bool>();
  ev.inherited =
      e.contains("inherited") && e["inherited"].is_boolean() && e["inherited"].get<bool>();
  const json& b = e.contains("bbox") ? e["bbox"] : json();
  if (b.is_array() && b.size() == 4 && b[0].is_number())
    ev.box = {b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()};
  return ev;
}

Act ActFromJson(const json& j) {
  Act a;
  a.kind = Str(j, "kind");
  const json& body = Obj(j, "body");
  a.body.name = OptStr(body, "name");
  a.body.type = OptStr(body, "type");
  a.body.insee = OptStr(body, "insee");
  a.body.siren = OptStr(body, "siren");
  a.number = OptStr(j, "number");
  a.title = OptStr(j, "title");
  const json& d = Obj(j, "dates");
  a.dates = {OptStr(d, "session"),      OptStr(d, "convocation"), OptStr(d, "display"),
             OptStr(d, "transmission"), OptStr(d, "publication"), OptStr(d, "signature")};
  a.president = OptStr(j, "president");
  a.secretary = OptStr(j, "secretary");
  const json& at = Obj(j, "attendance");
  Attendance& t = a.attendance;
  t.seats = OptInt(at, "seats");
  t.in_office = OptInt(at, "in_office");
  t.present_count = OptInt(at, "present_count");
  t.voters_count = OptInt(at, "voters_count");
  t.proxies_count = OptInt(at, "proxies_count");
  t.excused_count = OptInt(at, "excused_count");
  t.absent_count = OptInt(at, "absent_count");
  t.present = Strings(at, "present");
  t.absent = Strings(at, "absent");
  t.excused = Strings(at, "excused");
  t.non_voting = Strings(at, "non_voting");
  for (const json& p : at.value("proxies", json::array()))
    if (p.is_object()) t.proxies.push_back({Str(p, "from"), Str(p, "to")});
  for (const auto& [name, group] : Obj(at, "groups").items())
    if (group.is_string()) t.groups[name] = group.get<std::string>();
  for (const json& v : j.value("votes", json::array())) {
    Vote vote;
    vote.for_votes = OptInt(v, "for");
    vote.against = OptInt(v, "against");
    vote.abstentions = OptInt(v, "abstentions");
    vote.expressed = OptInt(v, "expressed");
    vote.not_voting = OptInt(v, "not_voting");
    if (v.contains("unanimous") && v["unanimous"].is_boolean())
      vote.unanimous = v["unanimous"].get<bool>();
    vote.result = OptStr(v, "result");
    a.votes.push_back(vote);
  }
  for (const json& c : j.value("communes", json::array())) {
    CommuneRef r;
    r.printed = Str(c, "printed");
    r.insee = OptStr(c, "insee");
    r.name = OptStr(c, "name");
    r.match = Str(c, "match");
    r.list = OptStr(c, "list");
    a.communes.push_back(r);
  }
  for (const auto& [pointer, e] : Obj(j, "evidence").items())
    a.evidence[pointer] = EvidenceFromJson(e);
  const json& st = Obj(j, "stated");
  if (!st.empty()) a.stated = Stated{st.value("second_meeting", false), st.value("urgency", false)};
  return a;
}

}  // namespace delib

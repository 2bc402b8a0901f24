#include "pipeline/act_json.h"

#include <cmath>

namespace delib {
namespace {

using nlohmann::json;

template <class T>
json OrNull(const Opt<T>& v) {
  return v ? json(*v) : json(nullptr);
}

double Round1(double v) { return std::round(v * 10) / 10; }

}  // namespace

json EvidenceToJson(const Evidence& ev) {
  return json{{"page", ev.page},
              {"bbox", {Round1(ev.box.x0), Round1(ev.box.y0), Round1(ev.box.x1), Round1(ev.box.y1)}},
              {"text", ev.text},
              {"confidence", std::round(ev.confidence * 1000) / 1000}};
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
  j["dates"] = {{"session", OrNull(a.dates.session)},
                {"convocation", OrNull(a.dates.convocation)},
                {"display", OrNull(a.dates.display)},
                {"transmission", OrNull(a.dates.transmission)},
                {"publication", OrNull(a.dates.publication)},
                {"signature", OrNull(a.dates.signature)}};
  j["president"] = OrNull(a.president);
  j["secretary"] = OrNull(a.secretary);
  const Attendance& at = a.attendance;
  json proxies = json::array();
  for (const Proxy& p : at.proxies) proxies.push_back({{"from", p.from}, {"to", p.to}});
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
  json evidence = json::object();
  for (const auto& [pointer, ev] : a.evidence) evidence[pointer] = EvidenceToJson(ev);
  j["evidence"] = evidence;
  return j;
}

json RecordToJson(const Record& r) {
  json j;
  j["schema_version"] = kSchemaVersion;
  j["source"] = {{"path", r.path}, {"sha256", r.sha256}, {"pages", r.pages}};
  j["status"] = r.status;
  json errors = json::array();
  for (const RecordError& e : r.errors)
    errors.push_back({{"code", e.code}, {"message", e.message}, {"page", OrNull(e.page)}});
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

}  // namespace delib

#include "checks/batch_statutes.h"

#include <algorithm>
#include <map>
#include <set>

#include "checks/check_util.h"
#include "checks/crossdoc.h"
#include "pipeline/model/act_json.h"

namespace delib {
namespace {

using nlohmann::json;

using namespace json_get;

// Rule, severity and evidence texts: what makes two findings the same.
std::string Key(const std::string& rule, const std::string& severity,
                std::vector<std::string> texts) {
  std::sort(texts.begin(), texts.end());
  std::string k = rule + "\n" + severity;
  for (const std::string& t : texts) k += "\n" + t;
  return k;
}

bool Governs(const BatchStatutes& s, const json& act) {
  if (Str(act, "kind") != "deliberation" || s.read.body.type != "syndicat_mixte_ouvert")
    return false;
  const json& body = Obj(act, "body");
  std::string type = Str(body, "type");
  if (!type.empty() && type != "comite_syndical" && type != "bureau") return false;
  // As BodyRegistry::Find: one of the statutes' names inside the body's name.
  std::string key = CompactKey(Str(body, "name"));
  for (const std::string& n : s.read.body.names) {
    std::string k = CompactKey(n);
    if (k.size() >= 4 && key.find(k) != std::string::npos) return true;
  }
  return false;
}

// A statutes annex entry as the names it holds: "Communications
// électroniques: Commune de Lille" -> {"lille"}; several names split at
// commas and semicolons.
std::set<std::string> AnnexKeys(const StatutesAnnex& annex, std::map<std::string, size_t>* where) {
  std::set<std::string> keys;
  for (size_t i = 0; i < annex.entries.size(); ++i) {
    std::string e = annex.entries[i];
    if (size_t colon = e.rfind(':'); colon != std::string::npos) e = e.substr(colon + 1);
    std::string part;
    for (char c : e + ",") {
      if (c != ',' && c != ';') {
        part += c;
        continue;
      }
      std::string k = CompactKey(part);
      for (const char* prefix : {"communede", "communed", "villede", "villed"})
        if (k.rfind(prefix, 0) == 0 && k.size() > std::string(prefix).size())
          k = k.substr(std::string(prefix).size());
      if (!k.empty()) {
        keys.insert(k);
        where->emplace(k, i);
      }
      part.clear();
    }
  }
  return keys;
}

struct Finding {
  Anomaly anomaly;
  std::string clause;  // "quorum", "proxies", "convocation"; "annexe" for lists
  std::string statutes_pointer;
  json statutes_evidence = json::array();
  std::string basis;
};

std::string Basis(const BatchStatutes& s, const std::string& clause) {
  auto it = s.read.article.find(clause);
  return s.read.body.Cited(it != s.read.article.end() ? it->second : "");
}

// The statute-dependent rules on one deliberation under statutes `s`.
std::vector<Finding> Apply(const BatchStatutes& s, const Act& act) {
  std::vector<Finding> out;
  BodyRegistry one;
  one.Add(s.read.body);
  const DocText none(std::vector<PageText>{});  // the text is not in the record
  CheckContext ctx{nullptr, &one, nullptr};
  CheckInput in = MakeCheckInput(none, ctx, act);
  if (in.kind != BodyKind::kSmo || !in.statutes) return out;
  in.second_meeting = act.stated && act.stated->second_meeting;
  in.urgency = act.stated && act.stated->urgency;
  std::vector<Anomaly> found;
  CheckQuorum(in, &found);
  if (s.read.proxy_limit) CheckProxies(in, &found);
  if (s.read.convocation) CheckDates(in, &found);
  for (Anomaly& a : found) {
    Finding f;
    if (a.rule == "quorum.not_reached") {
      f.clause = "quorum";
      f.statutes_pointer = "/statutes/quorum";
    } else if (a.rule == "proxy.multiple") {
      f.clause = "proxies";
      f.statutes_pointer = "/statutes/proxy_limit";
    } else if (a.rule == "date.convocation_delay" && !in.urgency) {
      f.clause = "convocation";
      f.statutes_pointer = "/statutes/convocation";
    } else {
      continue;  // not a rule of the statutes
    }
    const bool covid = a.legal_basis.find(kCovidRules) != std::string::npos;
    f.basis = Basis(s, f.clause) + (covid ? "; " + std::string(kCovidRules) : "");
    f.anomaly = std::move(a);
    out.push_back(std::move(f));
  }

  // Communes admitted vs the statutes' annexes.
  std::map<std::string, size_t> annex_of;  // key -> index of the annex
  std::set<std::string> listed;
  for (size_t k = 0; k < s.read.body.annexes.size(); ++k) {
    std::map<std::string, size_t> where;
    for (const std::string& key : AnnexKeys(s.read.body.annexes[k], &where)) {
      listed.insert(key);
      annex_of.emplace(key, k);
    }
  }
  if (listed.empty()) return out;
  std::vector<size_t> admitted;
  std::set<std::string> seen;
  for (size_t i = 0; i < act.communes.size(); ++i) {
    const CommuneRef& c = act.communes[i];
    if (!c.list || c.list->rfind("article", 0) != 0 ||
        c.list->find("conditional") != std::string::npos || !c.insee)
      continue;
    if (seen.insert(*c.insee).second) admitted.push_back(i);
  }
  auto key_of = [&](size_t i) {
    const CommuneRef& c = act.communes[i];
    return CompactKey(c.name ? *c.name : c.printed);
  };
  size_t in_annex = 0;
  for (size_t i : admitted) in_annex += listed.count(key_of(i));
  if (in_annex == 0 || 2 * in_annex < admitted.size()) return out;  // annexes of before
  for (size_t i : admitted) {
    if (listed.count(key_of(i))) continue;
    const CommuneRef& c = act.communes[i];
    std::string name = c.name ? *c.name : c.printed;
    Finding f;
    f.clause = "annexe";
    f.anomaly = MakeAnomaly(act, "list.mismatch", "error",
                            name + " is admitted by " + *c.list +
                                " but missing from the annexes "
                                "of the statutes, which list " +
                                std::to_string(in_annex) + " of the " +
                                std::to_string(admitted.size()) + " communes it admits",
                            {"/communes/" + std::to_string(i)});
    // Evidence of the statutes: the heading of each annex.
    for (size_t k = 0; k < s.read.body.annexes.size(); ++k) {
      std::string ptr = "/statutes/annexes/" + std::to_string(k);
      if (s.evidence.contains(ptr)) f.statutes_evidence.push_back(s.evidence[ptr]);
    }
    f.basis = std::string(Cites("list.mismatch")) + "; " + s.read.body.Cited("annexes");
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::optional<StatutesRead> StatutesReadFromJson(const json& j) {
  if (!j.is_object()) return std::nullopt;
  StatutesRead r;
  BodyStatutes& b = r.body;
  b.names = Strings(j, "names");
  if (b.names.empty()) return std::nullopt;
  b.id = CompactKey(b.names.front());
  b.type = Str(j, "type");
  for (const json& g : j.value("seats", json::array())) {
    if (!g.is_object()) continue;
    b.seats.push_back({Str(g, "group"), g.value("delegates", 0), Str(g, "departement")});
  }
  auto clause = [&](const json& c, const char* key) {
    if (!c.is_object()) return;
    if (c.contains("text") && c["text"].is_string()) r.text[key] = c["text"].get<std::string>();
    if (c.contains("article") && c["article"].is_string())
      r.article[key] = c["article"].get<std::string>();
  };
  const json& q = Obj(j, "quorum");
  Opt<int> num = OptInt(q, "numerator"), den = OptInt(q, "denominator");
  if (!num || !den || *den <= 0) return std::nullopt;
  b.quorum.numerator = *num;
  b.quorum.denominator = *den;
  b.quorum.present_or_represented = Str(q, "counts") == "present_or_represented";
  b.quorum.at_least = Str(q, "comparison") == "at_least";
  clause(q, "quorum");
  b.quorum.text = r.text["quorum"];
  if (j.contains("second_meeting_without_quorum") &&
      j["second_meeting_without_quorum"].is_object()) {
    b.second_meeting_without_quorum = true;
    clause(j["second_meeting_without_quorum"], "second_meeting");
  }
  const json& p = j.contains("proxy_limit") ? j["proxy_limit"] : json();
  b.proxy_limit = 1;
  if (p.is_object() && OptInt(p, "max")) {
    r.proxy_limit = b.proxy_limit = *OptInt(p, "max");
    clause(p, "proxies");
  }
  const json& c = j.contains("convocation") ? j["convocation"] : json();
  if (c.is_object() && OptInt(c, "days")) {
    clause(c, "convocation");
    DelayRule d;
    d.value = *OptInt(c, "days");
    d.jours_francs = Str(c, "unit") == "jours_francs";
    d.legal_basis = b.Cited(r.article.count("convocation") ? r.article["convocation"] : "");
    r.convocation = d;
    b.convocation = d;
  } else {
    b.convocation = {5, true, std::string(Cites("date.convocation_delay", "statutes_silent"))};
  }
  for (const json& a : j.value("annexes", json::array())) {
    if (!a.is_object()) continue;
    b.annexes.push_back({a.value("number", 0), Str(a, "title"), Strings(a, "entries")});
  }
  return r;
}

std::vector<BatchStatutes> BatchStatutesOf(const std::vector<json>& records) {
  std::vector<BatchStatutes> out;
  for (const json& r : records) {
    for (const json& act : r.value("acts", json::array())) {
      if (Str(act, "kind") != "statuts" || !act.contains("statutes")) continue;
      std::optional<StatutesRead> read = StatutesReadFromJson(act["statutes"]);
      if (!read) continue;
      BatchStatutes s;
      s.stem = RecordStem(r);
      s.read = std::move(*read);
      s.evidence = json::object();
      for (const auto& [pointer, e] : Obj(act, "evidence").items())
        if (pointer.rfind("/statutes/", 0) == 0) s.evidence[pointer] = e;
      out.push_back(std::move(s));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const BatchStatutes& a, const BatchStatutes& b) { return a.stem < b.stem; });
  return out;
}

const BatchStatutes* Governing(const std::vector<BatchStatutes>& statutes, const json& act) {
  for (const BatchStatutes& s : statutes)
    if (Governs(s, act)) return &s;
  return nullptr;
}

json BatchStatutesAnomalies(const std::vector<BatchStatutes>& statutes,
                            const std::vector<json>& records) {
  json out = json::array();
  if (statutes.empty()) return out;
  std::set<std::string> made;  // keys of the findings made, across statutes
  for (const json& r : records) {
    const std::string stem = RecordStem(r);
    for (const json& act_json : r.value("acts", json::array())) {
      // What the record already says.
      std::set<std::string> known;
      for (const json& a : act_json.value("anomalies", json::array())) {
        std::vector<std::string> texts;
        for (const json& e : a.value("evidence", json::array())) texts.push_back(Str(e, "text"));
        known.insert(Key(Str(a, "rule"), Str(a, "severity"), texts));
      }
      Act act;
      bool parsed = false;
      for (const BatchStatutes& s : statutes) {
        if (!Governs(s, act_json)) continue;
        if (!parsed) act = ActFromJson(act_json), parsed = true;
        for (Finding& f : Apply(s, act)) {
          std::vector<std::string> texts;
          json evidence = json::array();
          for (const Evidence& e : f.anomaly.evidence) {
            texts.push_back(e.text);
            evidence.push_back(EvidenceToJson(e));
          }
          std::string key = Key(f.anomaly.rule, f.anomaly.severity, texts);
          if (known.count(key) || !made.insert(stem + "\n" + key).second) continue;
          if (!f.statutes_pointer.empty() && s.evidence.contains(f.statutes_pointer))
            evidence.push_back(s.evidence[f.statutes_pointer]);
          for (const json& e : f.statutes_evidence) evidence.push_back(e);
          std::string label = Str(act_json, "number");
          if (label.empty()) label = Str(act_json, "title");
          auto art = s.read.article.find(f.clause);
          auto text = s.read.text.find(f.clause);
          std::string message = f.anomaly.message + " (statutes in the batch: " + s.stem;
          if (art != s.read.article.end() && !art->second.empty()) message += ", " + art->second;
          if (text != s.read.text.end()) message += ": \"" + text->second + "\"";
          message += "; deliberation " + (label.empty() ? std::string() : label + " ") + "in " +
                     stem + ")";
          std::vector<std::string> sources = {stem};
          if (s.stem != stem) sources.push_back(s.stem);
          out.push_back(MakeCorpusAnomaly(f.anomaly.rule, f.anomaly.severity, message, f.basis,
                                          evidence, sources));
        }
      }
    }
  }
  return out;
}

}  // namespace delib

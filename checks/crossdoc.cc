#include "checks/crossdoc.h"

#include <cstdio>
#include <set>

#include "checks/rule_catalogue.h"
#include "pipeline/base/fold.h"
#include "pipeline/model/act_json.h"
#include "pipeline/reference/bodies.h"

namespace delib {
namespace {

using nlohmann::json;

using json_get::Str;

// Content words of a subject, folded: "la convention de partenariat relative
// a l'ENT" -> {convention, partenariat, relative, ent}.
std::set<std::string> Words(const std::string& text) {
  static const std::set<std::string> kStop = {"le", "la", "les", "de",   "des", "du",
                                              "a",  "au", "aux", "et",   "l",   "d",
                                              "en", "un", "une", "pour", "sur", "par"};
  std::set<std::string> out;
  std::string cur;
  for (char c : Fold(text) + " ") {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur += c;
    } else {
      if (!cur.empty() && !kStop.count(cur)) out.insert(cur);
      cur.clear();
    }
  }
  return out;
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::string Id(const json& a) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](const std::string& s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
  };
  mix(a["rule"].get<std::string>());
  mix(a["message"].get<std::string>());
  for (const json& s : a["sources"]) mix(s.get<std::string>());
  for (const json& e : a["evidence"]) mix(Str(e, "text"));
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

json MakeCorpusAnomaly(const std::string& rule, const std::string& severity,
                       const std::string& message, const std::string& basis, json evidence_in,
                       std::vector<std::string> sources) {
  // Evidence must point at a page (schemas/document.schema.json): one without is dropped.
  json evidence = json::array();
  for (const json& e : evidence_in)
    if (e.is_object() && e.contains("page") && e["page"].is_number_integer() &&
        e["page"].get<long>() >= 1)
      evidence.push_back(e);
  json a = {{"rule", rule},
            {"severity", severity},
            {"message", message},
            {"legal_basis", basis.empty() ? std::string(Cites(rule)) : basis},
            {"evidence", std::move(evidence)},
            {"sources", sources}};
  a["id"] = Id(a);
  return a;
}

namespace {

struct CitationRef {
  std::string stem, act_label, number, date, subject, body;
  std::set<std::string> words;
  json evidence;
};

std::string ActLabel(const json& act) {
  std::string n = Str(act, "number");
  return n.empty() ? Str(act, "title") : n;
}

std::string NormNumber(const std::string& n) {
  std::string out;
  for (char c : Fold(n))
    if (c != ' ') out += c;
  return out;
}

}  // namespace

std::string RecordStem(const json& record) {
  std::string stem = Str(record, "stem");
  if (!stem.empty()) return stem;
  std::string path = record.contains("source") ? Str(record["source"], "path") : "";
  size_t slash = path.find_last_of("/\\");
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

json CrossDocAnomalies(const std::vector<json>& records) {
  json out = json::array();
  // crossdoc.reference_mismatch
  std::vector<CitationRef> cites;
  for (const json& r : records) {
    std::string stem = RecordStem(r);
    for (const json& act : r.value("acts", json::array())) {
      for (const json& c : act.value("citations", json::array())) {
        CitationRef ref;
        ref.stem = stem;
        ref.act_label = ActLabel(act);
        ref.number = Str(c, "number");
        ref.date = Str(c, "date");
        ref.subject = Str(c, "subject");
        ref.body = Str(c, "body");
        ref.words = Words(ref.subject);
        ref.evidence = c.value("evidence", json());
        if (!ref.number.empty() && !ref.date.empty() && !ref.words.empty())
          cites.push_back(std::move(ref));
      }
    }
  }
  std::set<std::pair<std::string, std::string>> reported;  // (date, pair of numbers)
  for (size_t i = 0; i < cites.size(); ++i) {
    for (size_t j = i + 1; j < cites.size(); ++j) {
      const CitationRef &a = cites[i], &b = cites[j];
      if (a.stem == b.stem || a.date != b.date || NormNumber(a.number) == NormNumber(b.number))
        continue;
      if (!a.body.empty() && !b.body.empty() && CompactKey(a.body) != CompactKey(b.body)) continue;
      double sim = Jaccard(a.words, b.words);
      if (sim < 0.75) continue;
      std::string key = NormNumber(a.number) < NormNumber(b.number) ? a.number + "|" + b.number
                                                                    : b.number + "|" + a.number;
      if (!reported.insert({a.date, key}).second) continue;
      json ev = json::array();
      if (!a.evidence.is_null()) ev.push_back(a.evidence);
      if (!b.evidence.is_null()) ev.push_back(b.evidence);
      out.push_back(
          MakeCorpusAnomaly("crossdoc.reference_mismatch", sim == 1.0 ? "error" : "warning",
                            "the act of " + a.date + " on \"" + a.subject + "\" is cited as n° " +
                                a.number + " by " + a.stem + " (" + a.act_label + ") and as n° " +
                                b.number + " by " + b.stem + " (" + b.act_label + ")",
                            "", ev, {a.stem, b.stem}));
    }
  }

  // crossdoc.membership_pending
  struct Adhesion {
    std::string stem, insee, date, label;
    json evidence;
  };
  std::vector<Adhesion> adhesions;
  for (const json& r : records) {
    for (const json& act : r.value("acts", json::array())) {
      const json& body = act.value("body", json::object());
      if (Str(body, "type") != "conseil_municipal" || Str(body, "insee").empty()) continue;
      std::string date = act.contains("dates") ? Str(act["dates"], "session") : "";
      if (date.empty() || Fold(Str(act, "title")).find("adhesion") == std::string::npos) continue;
      json ev = json::array();
      const json& evm = act.value("evidence", json::object());
      for (const char* p : {"/number", "/title", "/dates/session"})
        if (evm.contains(p)) ev.push_back(evm[p]);
      adhesions.push_back({RecordStem(r), Str(body, "insee"), date, ActLabel(act), ev});
    }
  }
  for (const json& r : records) {
    std::string stem = RecordStem(r);
    for (const json& act : r.value("acts", json::array())) {
      std::string date = act.contains("dates") ? Str(act["dates"], "session") : "";
      if (date.empty()) continue;
      const json& communes = act.value("communes", json::array());
      const json& evm = act.value("evidence", json::object());
      for (size_t i = 0; i < communes.size(); ++i) {
        const json& c = communes[i];
        if (Str(c, "list").find("conditional") == std::string::npos || Str(c, "insee").empty())
          continue;
        for (const Adhesion& ad : adhesions) {
          if (ad.insee != Str(c, "insee") || ad.stem == stem || !(ad.date < date)) continue;
          json ev = json::array();
          std::string ptr = "/communes/" + std::to_string(i);
          if (evm.contains(ptr)) ev.push_back(evm[ptr]);
          for (const json& e : ad.evidence) ev.push_back(e);
          std::string name = Str(c, "name").empty() ? Str(c, "printed") : Str(c, "name");
          out.push_back(
              MakeCorpusAnomaly("crossdoc.membership_pending", "warning",
                                name + " is listed as pending (" + Str(c, "list") + ") in " +
                                    ActLabel(act) + " of " + date + " (" + stem +
                                    "), although its conseil municipal approved its adhesion on " +
                                    ad.date + " (" + ad.label + ", " + ad.stem + ")",
                                "", ev, {stem, ad.stem}));
        }
      }
    }
  }
  return out;
}

}  // namespace delib

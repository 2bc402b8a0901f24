#include "pipeline/reference/bodies.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/base/data_dir.h"
#include "pipeline/base/fold.h"

namespace delib {
namespace {

using nlohmann::json;

Status Bad(const std::string& what) { return Status(Code::kInternal, what); }

std::optional<Majority> MajorityFrom(const json& j) {
  if (!j.is_object() || !j.contains("numerator") || !j.contains("denominator")) return std::nullopt;
  if (!j["numerator"].is_number_integer() || !j["denominator"].is_number_integer())
    return std::nullopt;
  Majority m;
  m.numerator = j["numerator"].get<int>();
  m.denominator = j["denominator"].get<int>();
  if (m.denominator <= 0 || m.numerator <= 0) return std::nullopt;
  m.of_members = j.value("of", "expressed") == "members";
  m.newcomer_departement_weight = j.value("weight_of_newcomer_departement", 1);
  m.article = j.value("article", "");
  return m;
}

}  // namespace

std::string CompactKey(std::string_view text) {
  std::string f = Fold(text), out;
  for (char c : f)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

Result<BodyStatutes> BodyFromJson(const json& j) {
  if (!j.is_object()) return Bad("body: not an object");
  BodyStatutes b;
  b.id = j.value("id", "");
  if (b.id.empty()) return Bad("body: id is missing");
  const std::string where = "body " + b.id + ": ";
  if (!j.contains("names") || !j["names"].is_array() || j["names"].empty())
    return Bad(where + "names must be a non-empty array");
  for (const json& n : j["names"]) {
    if (!n.is_string() || CompactKey(n.get<std::string>()).size() < 4)
      return Bad(where + "names[] must be strings of at least 4 letters");
    b.names.push_back(n.get<std::string>());
  }
  b.type = j.value("type", "");
  static const char* kTypes[] = {"syndicat_mixte_ouvert", "syndicat_mixte_ferme", "epci", "other"};
  if (std::none_of(std::begin(kTypes), std::end(kTypes),
                   [&](const char* t) { return b.type == t; }))
    return Bad(where + "type '" + b.type + "' is not one of the schema's");
  b.siren = j.value("siren", "");
  b.statutes_date = j.value("statutes_date", "");
  b.source = j.value("source", "");
  if (!j.contains("seats") || !j["seats"].is_array() || j["seats"].empty())
    return Bad(where + "seats must be a non-empty array");
  for (const json& s : j["seats"]) {
    SeatGroup g;
    g.group = s.value("group", "");
    g.delegates = s.value("delegates", 0);
    g.departement = s.value("departement", "");
    if (g.group.empty() || g.delegates <= 0)
      return Bad(where + "seats[] needs group and delegates >= 1");
    b.seats.push_back(g);
  }
  const json& article = j.value("composition_article", json(""));
  if (!article.is_string()) return Bad(where + "composition_article must be a string");
  b.composition_article = article.get<std::string>();
  const json& q = j.value("quorum", json());
  if (!q.is_object() || !q.value("numerator", json()).is_number_integer() ||
      !q.value("denominator", json()).is_number_integer())
    return Bad(where + "quorum needs integer numerator and denominator");
  b.quorum.numerator = q["numerator"].get<int>();
  b.quorum.denominator = q["denominator"].get<int>();
  if (b.quorum.denominator <= 0) return Bad(where + "quorum.denominator must be positive");
  std::string counts = q.value("counts", ""), cmp = q.value("comparison", "");
  if (counts != "present" && counts != "present_or_represented")
    return Bad(where + "quorum.counts must be present or present_or_represented");
  if (cmp != "at_least" && cmp != "more_than")
    return Bad(where + "quorum.comparison must be at_least or more_than");
  b.quorum.present_or_represented = counts == "present_or_represented";
  b.quorum.at_least = cmp == "at_least";
  b.quorum.text = q.value("text", "");
  b.second_meeting_without_quorum = j.value("second_meeting_without_quorum", false);
  if (!j.value("proxy_limit", json()).is_number_integer())
    return Bad(where + "proxy_limit must be an integer");
  b.proxy_limit = j["proxy_limit"].get<int>();
  const json& c = j.value("convocation", json());
  if (!c.is_object() || !c.value("days", json()).is_number_integer())
    return Bad(where + "convocation.days must be an integer");
  b.convocation.value = c["days"].get<int>();
  b.convocation.jours_francs = c.value("unit", "days") == "jours_francs";
  b.convocation.legal_basis =
      b.Cited() + (c.contains("text") ? " (\"" + c.value("text", "") + "\")" : "");
  if (j.contains("majorities")) {
    const json& m = j["majorities"];
    if (m.contains("adhesion") && !(b.adhesion = MajorityFrom(m["adhesion"])))
      return Bad(where + "majorities.adhesion is malformed");
    if (m.contains("withdrawal") && !(b.withdrawal = MajorityFrom(m["withdrawal"])))
      return Bad(where + "majorities.withdrawal is malformed");
    if (m.contains("statutes_change") && !(b.statutes_change = MajorityFrom(m["statutes_change"])))
      return Bad(where + "majorities.statutes_change is malformed");
  }
  for (const json& a : j.value("annexes", json::array())) {
    StatutesAnnex an;
    an.number = a.value("number", 0);
    an.title = a.value("title", "");
    for (const json& e : a.value("entries", json::array()))
      if (e.is_string()) an.entries.push_back(e.get<std::string>());
    b.annexes.push_back(std::move(an));
  }
  return b;
}

Result<BodyRegistry> BodyRegistry::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status(Code::kNotFound, "no bodies folder " + dir);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  BodyRegistry reg;
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    json j = json::parse(ss.str(), nullptr, false);
    if (j.is_discarded()) return Bad(p.string() + ": not valid JSON");
    Result<BodyStatutes> b = BodyFromJson(j);
    if (!b.ok()) return Bad(p.string() + ": " + b.status().message());
    reg.Add(b.take());
  }
  return reg;
}

const BodyRegistry& BodyRegistry::Default() {
  static const BodyRegistry* reg = [] {
    Result<BodyRegistry> r = Load(DataDir() + "/bodies");
    if (!r.ok()) {
      std::fprintf(stderr, "delib: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new BodyRegistry(r.take());
  }();
  return *reg;
}

const BodyStatutes* BodyRegistry::Find(std::string_view text) const {
  std::string key = CompactKey(text);
  if (key.empty()) return nullptr;
  for (const BodyStatutes& b : bodies_)
    for (const std::string& n : b.names)
      if (key.find(CompactKey(n)) != std::string::npos) return &b;
  return nullptr;
}

}  // namespace delib

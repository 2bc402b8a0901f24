#include "pipeline/reference/rule_data.h"

#include "pipeline/base/data_dir.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace delib {
namespace {

using nlohmann::json;

Status Bad(const std::string& what) { return Status(Code::kInternal, "data/rules.json: " + what); }

// Reads an int field; false (and *err) when missing or not an integer.
bool GetInt(const json& j, const char* key, int* out, std::string* err, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) {
    *err = where + "." + key + " must be an integer";
    return false;
  }
  *out = it->get<int>();
  return true;
}

bool GetDelay(const json& conv, const char* key, DelayRule* out, std::string* err) {
  auto it = conv.find(key);
  if (it == conv.end() || !it->is_object()) {
    *err = std::string("convocation.") + key + " is missing";
    return false;
  }
  if (it->contains("jours_francs")) {
    out->jours_francs = true;
    if (!GetInt(*it, "jours_francs", &out->value, err, std::string("convocation.") + key))
      return false;
  } else {
    out->jours_francs = false;
    if (!GetInt(*it, "days", &out->value, err, std::string("convocation.") + key)) return false;
  }
  out->legal_basis = it->value("legal_basis", "");
  if (out->legal_basis.empty()) {
    *err = std::string("convocation.") + key + ".legal_basis is missing";
    return false;
  }
  return true;
}

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

int RuleData::SeatsFor(const std::string& insee, int population) const {
  for (const auto& [code, seats] : special_seats)
    if (code == insee) return seats;
  if (population <= 0) return 0;
  int seats = 0;
  for (const Bracket& b : seat_brackets)
    if (population >= b.min_population) seats = b.seats;
  return seats;
}

bool RuleData::InCovidWindow(const std::string& iso) const {
  if (!IsIsoDate(iso)) return false;
  for (const auto& [from, to] : covid_windows)
    if (iso >= from && iso <= to) return true;  // ISO dates compare as strings
  return false;
}

Result<RuleData> RuleData::FromJsonText(const std::string& text) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Bad("not a JSON object");
  RuleData d;
  std::string err;
  const json& seats = j.value("seats_by_population", json());
  if (!seats.is_object() || !seats.contains("brackets") || !seats["brackets"].is_array() ||
      seats["brackets"].empty())
    return Bad("seats_by_population.brackets must be a non-empty array");
  int last = -1;
  for (const json& b : seats["brackets"]) {
    Bracket br;
    if (!b.is_object() ||
        !GetInt(b, "min", &br.min_population, &err, "seats_by_population.brackets[]") ||
        !GetInt(b, "seats", &br.seats, &err, "seats_by_population.brackets[]"))
      return Bad(err.empty() ? "bad bracket" : err);
    if (br.min_population <= last) return Bad("seats_by_population.brackets must ascend");
    if (br.seats <= 0 || br.seats % 2 == 0) return Bad("seats must be odd and positive");
    last = br.min_population;
    d.seat_brackets.push_back(br);
  }
  if (d.seat_brackets.front().min_population != 0) return Bad("the first bracket must start at 0");
  if (seats.contains("special")) {
    for (const auto& [code, n] : seats["special"].items()) {
      if (!n.is_number_integer()) return Bad("seats_by_population.special values must be integers");
      d.special_seats.emplace_back(code, n.get<int>());
    }
  }
  const json& conv = j.value("convocation", json());
  if (!conv.is_object()) return Bad("convocation is missing");
  if (!GetInt(conv, "commune_small_max_population", &d.small_commune_max_population, &err,
              "convocation") ||
      !GetDelay(conv, "commune_small", &d.commune_small, &err) ||
      !GetDelay(conv, "commune_large", &d.commune_large, &err) ||
      !GetDelay(conv, "epci_syndicat", &d.epci_syndicat, &err) ||
      !GetDelay(conv, "departement_region", &d.departement_region, &err) ||
      !GetDelay(conv, "urgency", &d.urgency, &err))
    return Bad(err);
  const json& covid = j.value("covid_windows", json());
  if (!covid.is_object() || !covid.contains("windows") || !covid["windows"].is_array())
    return Bad("covid_windows.windows must be an array");
  for (const json& w : covid["windows"]) {
    std::string from = w.value("from", ""), to = w.value("to", "");
    if (!IsIsoDate(from) || !IsIsoDate(to) || to < from)
      return Bad("covid_windows.windows[] needs ISO from <= to");
    d.covid_windows.emplace_back(from, to);
  }
  const json& q = covid.value("quorum", json());
  if (!q.is_object() ||
      !GetInt(q, "numerator", &d.covid_quorum.numerator, &err, "covid_windows.quorum") ||
      !GetInt(q, "denominator", &d.covid_quorum.denominator, &err, "covid_windows.quorum"))
    return Bad(err.empty() ? "covid_windows.quorum is missing" : err);
  d.covid_quorum.present_or_represented = q.value("counts", "") == "present_or_represented";
  d.covid_quorum.at_least = q.value("comparison", "") == "at_least";
  if (!GetInt(covid, "proxy_limit", &d.covid_proxy_limit, &err, "covid_windows")) return Bad(err);
  return d;
}

Result<RuleData> RuleData::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Code::kNotFound, "cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return FromJsonText(ss.str());
}

const RuleData& RuleData::Default() {
  static const RuleData* data = [] {
    Result<RuleData> r = Load(DataDir() + "/rules.json");
    if (!r.ok()) {
      std::fprintf(stderr, "delib: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new RuleData(r.take());
  }();
  return *data;
}

}  // namespace delib

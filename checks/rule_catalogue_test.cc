#include "checks/rule_catalogue.h"

#include <dirent.h>
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "checks/crossdoc.h"

namespace delib {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The rule ids the checks' sources pass to MakeAnomaly / MakeCorpusAnomaly,
// e.g. MakeAnomaly(act, "quorum.not_reached", ...).
std::set<std::string> RuleIdsInChecks() {
  std::string dir = std::string(DELIB_SOURCE_DIR) + "/checks";
  std::set<std::string> ids;
  DIR* d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  std::regex call(R"(Make(?:Corpus)?Anomaly\(\s*(?:[A-Za-z_]+\s*,\s*)?\"([a-z]+\.[a-z_]+)\")");
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() < 3 || name.compare(name.size() - 3, 3, ".cc") != 0) continue;
    if (name.find("_test") != std::string::npos) continue;
    std::string text = Slurp(dir + "/" + name);
    for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it)
      ids.insert((*it)[1].str());
  }
  closedir(d);
  return ids;
}

// The text of the checks' sources without comments, minus the catalogue.
std::vector<std::pair<std::string, std::string>> CheckSources() {
  std::string dir = std::string(DELIB_SOURCE_DIR) + "/checks";
  std::vector<std::pair<std::string, std::string>> out;
  DIR* d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() < 3 || name.compare(name.size() - 3, 3, ".cc") != 0) continue;
    if (name.find("_test") != std::string::npos || name == "rule_catalogue.cc") continue;
    std::string code;
    std::istringstream lines(Slurp(dir + "/" + name));
    for (std::string line; std::getline(lines, line);)
      code += line.substr(0, line.find("//")) + "\n";
    out.emplace_back(name, code);
  }
  closedir(d);
  return out;
}

// The articles a legal basis names, e.g. {"L2121-23", "L2121-20"} for "CGCT
// L2121-23 (the registre), L2121-20"; "COG" for the Code officiel
// géographique however it is written.
std::set<std::string> Articles(std::string_view basis) {
  std::set<std::string> out;
  std::string text(basis);
  std::regex article(R"(\bL\d{4}-\d+(?:-\d+)*\b)");
  for (std::sregex_iterator it(text.begin(), text.end(), article), end; it != end; ++it)
    out.insert(it->str());
  if (text.find("COG") != std::string::npos ||
      text.find("Code officiel géographique") != std::string::npos)
    out.insert("COG");
  return out;
}

}  // namespace

TEST_CASE("rule_catalogue: every rule id a check can raise has a meaning and a legal basis") {
  std::set<std::string> ids = RuleIdsInChecks();
  // The checks raise at least the rulebook's 22 rules; a regex that found
  // none would make this test vacuous.
  CHECK(ids.size() >= 20);
  for (const std::string& id : ids) {
    CAPTURE(id);
    const RuleInfo* info = FindRule(id);
    REQUIRE(info != nullptr);
    CHECK(!info->meaning.empty());
    CHECK(!info->basis.empty());
  }
}

TEST_CASE("rule_catalogue: every rule id of the output contract has an entry, and no other") {
  nlohmann::json schema = nlohmann::json::parse(
      Slurp(std::string(DELIB_SOURCE_DIR) + "/schemas/document.schema.json"), nullptr, false);
  REQUIRE(schema.is_object());
  const nlohmann::json& rules = schema["$defs"]["rule"]["enum"];
  REQUIRE(rules.is_array());
  std::set<std::string> in_schema;
  for (const auto& r : rules) in_schema.insert(r.get<std::string>());
  std::set<std::string> in_catalogue;
  for (const RuleInfo& r : AllRules()) in_catalogue.insert(std::string(r.id));
  CHECK(in_schema == in_catalogue);
}

TEST_CASE("rule_catalogue: a rule without an article says so, never an invented one") {
  REQUIRE(FindRule("crossdoc.reference_mismatch") != nullptr);
  CHECK(FindRule("crossdoc.reference_mismatch")->basis == kNoLegalBasis);
  CHECK(LegalBasisOr("", "crossdoc.reference_mismatch") == "no legal basis: internal consistency");
  CHECK(LegalBasisOr("", "quorum.not_reached").find("L2121-17") != std::string::npos);
  // A check's own basis (the statutes' article) wins over the catalogue's.
  CHECK(LegalBasisOr("statuts du SMO, art. 8.3", "quorum.not_reached") ==
        "statuts du SMO, art. 8.3");
  CHECK(LegalBasisOr("", "no.such_rule") == "no legal basis: internal consistency");
  CHECK(FindRule("no.such_rule") == nullptr);
}

TEST_CASE("rule_catalogue: a cross-document finding carries its legal basis in the JSON") {
  // crossdoc.reference_mismatch was written with an empty legal_basis.
  nlohmann::json a = MakeCorpusAnomaly("crossdoc.reference_mismatch", "warning", "cited twice", "",
                                       nlohmann::json::array(), {"a", "b"});
  CHECK(a["legal_basis"] == "no legal basis: internal consistency");
}

TEST_CASE(
    "rule_catalogue: the checks write no legal basis; the cases they name are in the catalogue") {
  // A legal basis in a string: "CGCT L2121-20", "COG, EPCI membership". (A
  // message may name the article it counts by: "seats by the L2121-2 table".)
  std::regex article(R"re("[^"\n]*\b(CGCT|COG)\b[^"\n]*")re");
  // Cites("count.mismatch", "voters"), Cites("quorum.not_reached").
  std::regex cites(R"re(Cites\(\s*"([a-z]+\.[a-z_]+)"\s*(?:,\s*"([a-z_]+)"\s*)?\))re");
  size_t named = 0;
  for (const auto& [name, code] : CheckSources()) {
    CAPTURE(name);
    std::smatch m;
    if (std::regex_search(code, m, article)) FAIL_CHECK("an article in a check: " << m[0].str());
    for (std::sregex_iterator it(code.begin(), code.end(), cites), end; it != end; ++it, ++named) {
      std::string rule = (*it)[1].str(), case_name = (*it)[2].str();
      CAPTURE(rule);
      CAPTURE(case_name);
      REQUIRE(FindRule(rule) != nullptr);
      if (case_name.empty()) continue;
      bool found = false;
      for (const RuleCase& c : AllRuleCases()) found |= c.rule == rule && c.name == case_name;
      CHECK(found);
    }
  }
  CHECK(named >= 5);  // a regex that found none would make this test vacuous
}

TEST_CASE("rule_catalogue: an anomaly cites its rule's articles, or its case's") {
  CHECK(Cites("count.mismatch") == "CGCT L2121-23");
  CHECK(Cites("count.mismatch", "voters") == "CGCT L2121-23, L2121-20");
  CHECK(Cites("quorum.not_reached", "assembly") == "CGCT L3121-14, L4132-13");
  CHECK(Cites("crossdoc.reference_mismatch") == kNoLegalBasis);
  // A rule whose anomalies cite what the check read cites its basis when asked.
  CHECK(Cites("date.convocation_delay") == FindRule("date.convocation_delay")->basis);
  CHECK(Cites("no.such_rule") == kNoLegalBasis);
  CHECK(Cites("count.mismatch", "no_such_case") == kNoLegalBasis);
  for (const RuleCase& c : AllRuleCases()) {
    CAPTURE(c.name);
    CHECK(FindRule(c.rule) != nullptr);
    CHECK(!c.cites.empty());
  }
}

// date.inconsistent was catalogued without a basis while its anomalies cited
// L2121-23, and date.order's convocation case cited L2121-10 outside the
// rule's L2131-1: what an anomaly cites is part of its rule's basis.
TEST_CASE("rule_catalogue: what each anomaly cites lies within its rule's basis") {
  auto within = [](std::string_view rule, std::string_view cites) {
    const RuleInfo* info = FindRule(rule);
    REQUIRE(info != nullptr);
    CAPTURE(info->basis);
    CAPTURE(cites);
    if (info->basis == kNoLegalBasis) {
      CHECK(cites == kNoLegalBasis);
      return;
    }
    CHECK(cites != kNoLegalBasis);
    std::set<std::string> basis = Articles(info->basis);
    for (const std::string& a : Articles(cites)) CHECK(basis.count(a) == 1);
  };
  for (const RuleInfo& r : AllRules()) {
    CAPTURE(r.id);
    within(r.id, Cites(r.id));
  }
  for (const RuleCase& c : AllRuleCases()) {
    CAPTURE(c.rule);
    CAPTURE(c.name);
    within(c.rule, c.cites);
  }
  CHECK(Articles(FindRule("date.inconsistent")->basis) == std::set<std::string>{"L2121-23"});
  CHECK(Articles(FindRule("date.order")->basis).count("L2121-10") == 1);
  CHECK(Articles("CGCT L2121-23 (registre), L2121-20") ==
        std::set<std::string>{"L2121-20", "L2121-23"});
  CHECK(Articles("CGCT L2121-2") == std::set<std::string>{"L2121-2"});  // not L2121-20
}

}  // namespace delib

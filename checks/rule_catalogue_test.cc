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

}  // namespace delib

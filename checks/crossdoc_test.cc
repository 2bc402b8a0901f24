#include "checks/crossdoc.h"

#include "tests/test_support.h"
#include "extractors/citations.h"
#include "pipeline/model/act_json.h"

namespace delib {
using namespace testing;

namespace {
nlohmann::json RecordOf(const std::string& path, const std::vector<Act>& acts) {
  Record r;
  r.path = path;
  r.acts = acts;
  return RecordToJson(r);
}
}  // namespace

TEST_CASE("citations: Hem and Prémesques cite the SMO's acts of 16 June 2022") {
  auto d2 = SeedDoc("seed_002_hem.txt");
  Act hem = WholeDocAct(*d2);
  ExtractCitations(*d2, &hem);
  REQUIRE(hem.citations.size() == 3);
  CHECK(hem.citations[0].number == std::optional<std::string>("2019-12"));
  CHECK(hem.citations[0].date == std::optional<std::string>("2019-06-26"));
  CHECK(hem.citations[2].number == std::optional<std::string>("2022-15"));
  CHECK(hem.citations[2].date == std::optional<std::string>("2022-06-16"));
  CHECK(hem.citations[2].subject ==
        "la convention de partenariat relative à l'ENT des Hauts-de-France");
  CHECK(hem.evidence.count("/citations/2") == 1);
  auto d3 = SeedDoc("seed_003_premesques.txt");
  Act prem = WholeDocAct(*d3);
  ExtractCitations(*d3, &prem);
  REQUIRE(prem.citations.size() == 3);
  CHECK(prem.citations[2].number == std::optional<std::string>("2022-5"));
  auto d4 = SeedDoc("seed_004_commission_permanente.txt");
  Act cp = WholeDocAct(*d4);
  ExtractCitations(*d4, &cp);
  REQUIRE(cp.citations.size() == 2);
  CHECK(cp.citations[0].number == std::optional<std::string>("2021-257"));
  CHECK(cp.citations[0].body == std::optional<std::string>("Conseil départemental"));
  CHECK(cp.citations[0].date == std::optional<std::string>("2021-07-01"));
  CHECK(cp.citations[0].subject == "Délégation d'attributions à la Commission Permanente");
}

TEST_CASE(
    "crossdoc: 2022-15 (Hem) vs 2022-5 (Prémesques) for the same act; Prémesques pending in 001") {
  REQUIRE(TestGeo());
  auto d1 = SeedDoc("seed_001_comite_syndical.txt");
  auto d2 = SeedDoc("seed_002_hem.txt");
  auto d3 = SeedDoc("seed_003_premesques.txt");
  Act smo = Seed001Act(*d1, TestGeo());
  Act hem = Seed002Act(*d2);
  Act prem = Seed003Act(*d3);
  ExtractCitations(*d2, &hem);
  ExtractCitations(*d3, &prem);
  std::vector<nlohmann::json> records = {RecordOf("in/001_dae6354495356688.pdf", {smo}),
                                         RecordOf("in/002_9fb02b9ef26e46b3.pdf", {hem}),
                                         RecordOf("in/003_2e45c8a2646d4471.pdf", {prem})};
  nlohmann::json found = CrossDocAnomalies(records);
  REQUIRE(found.is_array());
  std::vector<nlohmann::json> ref, pending;
  for (const auto& a : found)
    (a["rule"] == "crossdoc.reference_mismatch" ? ref : pending).push_back(a);
  REQUIRE(ref.size() == 1);
  CHECK(ref[0]["severity"] == "error");
  CHECK(ref[0]["sources"] == nlohmann::json({"002_9fb02b9ef26e46b3", "003_2e45c8a2646d4471"}));
  CHECK(ref[0]["message"].get<std::string>().find("cited as n° 2022-15 by 002_9fb02b9ef26e46b3") !=
        std::string::npos);
  CHECK(ref[0]["evidence"].size() == 2);
  REQUIRE(pending.size() == 1);
  CHECK(pending[0]["rule"] == "crossdoc.membership_pending");
  CHECK(pending[0]["message"].get<std::string>().find(
            "Prémesques is listed as pending (article 1 conditional) in 2024 – 01 of 2024-02-21") !=
        std::string::npos);
  CHECK(pending[0]["message"].get<std::string>().find("approved its adhesion on 2024-02-19") !=
        std::string::npos);
  CHECK(pending[0]["sources"] == nlohmann::json({"001_dae6354495356688", "003_2e45c8a2646d4471"}));
  CHECK(pending[0]["id"].get<std::string>().size() == 16);
}

TEST_CASE("crossdoc: consistent citations and a later adhesion give nothing - stems") {
  auto d2 = SeedDoc("seed_002_hem.txt");
  Act hem = Seed002Act(*d2);
  ExtractCitations(*d2, &hem);
  Act hem2 = hem;
  hem2.dates.session = "2024-03-01";  // Hem's adhesion after the comité: nothing pending
  nlohmann::json r1 = RecordOf("a/hem.pdf", {hem});
  nlohmann::json r2 = RecordOf("b/hem-bis.PDF", {hem2});
  r2["stem"] = "hem-bis-0a1b2c3d";
  CHECK(RecordStem(r1) == "hem");
  CHECK(RecordStem(r2) == "hem-bis-0a1b2c3d");
  CHECK(CrossDocAnomalies({r1, r2}).empty());
}

}  // namespace delib

#include "pipeline/reference/bodies.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE("bodies: every shipped body file validates against schemas/body.schema.json") {
  namespace fs = std::filesystem;
  const std::string root = DELIB_SOURCE_DIR;
  int files = 0;
  for (const auto& e : fs::directory_iterator(root + "/data/bodies")) {
    if (e.path().extension() != ".json") continue;
    ++files;
    std::string cmd = "/usr/bin/python3 -m jsonschema -i '" + e.path().string() + "' '" + root +
                      "/schemas/body.schema.json' >/dev/null 2>&1";
    CHECK_MESSAGE(std::system(cmd.c_str()) == 0, e.path().string());
  }
  CHECK(files >= 1);
}

TEST_CASE("bodies: the registry finds the SMO by each of its names") {
  REQUIRE(TestBodies());
  for (const char* n :
       {"Nord-Pas-de-Calais Numérique", "La Fibre Numérique 59/62",
        "Nord – Pas-de-Calais Numérique", "SYNDICAT MIXTE OUVERT « NORD-PAS-DE-CALAIS NUMÉRIQUE »",
        "SMO La fibre Numérique 59/62"}) {
    const BodyStatutes* b = TestBodies()->Find(n);
    REQUIRE_MESSAGE(b, n);
    CHECK(b->id == "nord-pas-de-calais-numerique");
  }
  CHECK(TestBodies()->Find("Somme Numérique") == nullptr);
  const BodyStatutes* b = TestBodies()->Find("La Fibre Numérique 59/62");
  CHECK(b->TotalSeats() == 24);
  CHECK(b->proxy_limit == 1);
  CHECK(b->convocation.value == 5);
  REQUIRE(b->adhesion);
  CHECK(b->adhesion->newcomer_departement_weight == 3);
  CHECK(b->statutes_date == "2018-11-28");
}

TEST_CASE("bodies: a malformed entry is refused with the field named") {
  auto j =
      nlohmann::json::parse(R"({"id": "x", "names": ["Syndicat X"], "type": "syndicat_mixte_ouvert",
      "seats": [{"group": "A", "delegates": 3}], "quorum": {"numerator": 1, "denominator": 2, "counts": "everyone",
      "comparison": "at_least"}, "proxy_limit": 1, "convocation": {"days": 5}})");
  Result<BodyStatutes> r = BodyFromJson(j);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("quorum.counts") != std::string::npos);
  j["quorum"]["counts"] = "present";
  CHECK(BodyFromJson(j).ok());
  j.erase("proxy_limit");
  CHECK_FALSE(BodyFromJson(j).ok());
  j["proxy_limit"] = 1;
  // The article of the comité's composition is optional, and a string.
  REQUIRE(BodyFromJson(j).ok());
  CHECK(BodyFromJson(j).value().composition_article.empty());
  CHECK(BodyFromJson(j).value().Cited() == "statuts du Syndicat X");
  j["composition_article"] = "art. 6";
  REQUIRE(BodyFromJson(j).ok());
  CHECK(BodyFromJson(j).value().Cited(BodyFromJson(j).value().composition_article) ==
        "statuts du Syndicat X, art. 6");
  j["composition_article"] = 6;
  REQUIRE_FALSE(BodyFromJson(j).ok());
  CHECK(BodyFromJson(j).status().message().find("composition_article") != std::string::npos);
}

}  // namespace delib

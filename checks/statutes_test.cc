#include "checks/statutes.h"

#include "checks/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE(
    "statutes: seed 000, the SMO's statutes read from the text agree with the registry entry") {
  auto doc = SeedDoc("seed_000_statuts.txt");
  Result<BodyStatutes> r = StatutesFromText(*doc, 0, doc->lines().size());
  REQUIRE(r.ok());
  const BodyStatutes& s = r.value();
  REQUIRE(s.names.size() == 2);
  CHECK(s.names[0] == "Nord-Pas-de-Calais Numérique");
  CHECK(s.names[1] == "La Fibre Numérique 59 62");
  CHECK(s.type == "syndicat_mixte_ouvert");
  CHECK(s.quorum.numerator == 1);
  CHECK(s.quorum.denominator == 2);
  CHECK(s.quorum.at_least);
  CHECK_FALSE(s.quorum.present_or_represented);
  CHECK(s.quorum.text == "Le quorum est fixé à la moitié des membres en exercice présents.");
  CHECK(s.second_meeting_without_quorum);
  CHECK(s.proxy_limit == 1);
  CHECK(s.convocation.value == 5);
  CHECK_FALSE(s.convocation.jours_francs);
  REQUIRE(s.seats.size() == 4);
  CHECK(s.TotalSeats() == 24);
  CHECK(s.seats[1].group == "Département du Nord");
  CHECK(s.seats[1].departement == "59");
  CHECK(s.seats[2].departement == "62");
  REQUIRE(s.adhesion);
  CHECK(s.adhesion->numerator == 2);
  CHECK(s.adhesion->denominator == 3);
  CHECK(s.adhesion->newcomer_departement_weight == 3);
  CHECK(s.adhesion->article == "art. 15");
  REQUIRE(s.annexes.size() == 2);
  CHECK(s.annexes[0].entries.size() == 10);
  CHECK(s.annexes[1].entries.size() == 10);
  CHECK(s.annexes[1].entries[0] == "Communications électroniques: Région Hauts-de-France");

  // The same rules as the shipped registry entry.
  REQUIRE(TestBodies());
  const BodyStatutes* reg = TestBodies()->Find("La Fibre Numérique 59/62");
  REQUIRE(reg);
  CHECK(reg->TotalSeats() == s.TotalSeats());
  CHECK(reg->proxy_limit == s.proxy_limit);
  CHECK(reg->quorum.text == s.quorum.text);
  CHECK(reg->annexes[0].entries == s.annexes[0].entries);
  CHECK(reg->annexes[1].entries == s.annexes[1].entries);

  // Usable like a registry entry.
  BodyRegistry local;
  local.Add(s);
  CHECK(local.Find("SMO Nord – Pas-de-Calais Numérique") != nullptr);
}

TEST_CASE("statutes: text without a quorum sentence is refused") {
  auto doc = SeedDoc("seed_003_premesques.txt");
  Result<BodyStatutes> r = StatutesFromText(*doc, 0, doc->lines().size());
  CHECK_FALSE(r.ok());
}

}  // namespace delib

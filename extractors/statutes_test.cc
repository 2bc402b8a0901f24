#include "extractors/statutes.h"

#include "tests/test_support.h"

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

namespace delib {
using namespace testing;

TEST_CASE("statutes: sentences wrapped over lines, with their article and evidence") {
  // As a born-digital PDF lays out art. 8.3 of seed 000 (lines cut mid-sentence).
  auto doc = TextDoc(
      "Statuts du syndicat mixte ouvert Val de Sensée Numérique\n"
      "Article 1 : Composition et dénomination\n"
      "il est créé un syndicat mixte ouvert qui prend la dénomination\n"
      "suivante : Val de Sensée Numérique et la marque : Sensée Fibre (ci-après : le Syndicat)\n"
      "8.3 Fonctionnement\n"
      "Le comité syndical se réunit sur convocation de son Président. La convocation est adressée\n"
      "au moins cinq jours avant la réunion. Le quorum est fixé\n"
      "à la moitié des membres en exercice présents.\n"
      "Un membre absent peut donner procuration à un autre membre. Aucun membre ne peut recevoir\n"
      "plus d'une procuration.\n"
      "A défaut de quorum, une nouvelle réunion est convoquée au moins trois jours plus tard. Aucun\n"
      "quorum n'est exigé lors de cette seconde séance.\n");
  Result<StatutesReading> r = ReadStatutes(*doc, 0, doc->lines().size());
  REQUIRE(r.ok());
  const StatutesRead& s = r.value().read;
  CHECK(s.body.names == std::vector<std::string>{"Val de Sensée Numérique", "Sensée Fibre"});
  CHECK(s.body.type == "syndicat_mixte_ouvert");
  CHECK(s.body.quorum.numerator == 1);
  CHECK(s.body.quorum.denominator == 2);
  CHECK(s.text.at("quorum") == "Le quorum est fixé à la moitié des membres en exercice présents.");
  CHECK(s.article.at("quorum") == "art. 8.3");
  REQUIRE(s.proxy_limit);
  CHECK(*s.proxy_limit == 1);
  CHECK(s.text.at("proxies") == "Aucun membre ne peut recevoir plus d'une procuration.");
  REQUIRE(s.convocation);
  CHECK(s.convocation->value == 5);
  CHECK_FALSE(s.convocation->jours_francs);
  CHECK(s.text.at("convocation") == "La convocation est adressée au moins cinq jours avant la réunion.");
  CHECK(s.body.second_meeting_without_quorum);
  const auto& ev = r.value().evidence;
  REQUIRE(ev.count("/statutes/proxy_limit"));
  CHECK(ev.at("/statutes/proxy_limit").page == 1);
  CHECK(ev.at("/statutes/proxy_limit").text ==
        "Aucun membre ne peut recevoir plus d'une procuration.");
  CHECK(ev.count("/statutes/quorum"));
  CHECK(ev.count("/statutes/names/1"));
}

TEST_CASE("statutes: silent on proxies and convocation, those stay unknown") {
  auto doc = TextDoc(
      "Statuts du syndicat mixte ouvert Val de Sensée Numérique\n"
      "Article 6 : Fonctionnement\n"
      "Le quorum est atteint lorsque la majorité des membres en exercice est présente.\n");
  Result<StatutesReading> r = ReadStatutes(*doc, 0, doc->lines().size());
  REQUIRE(r.ok());
  CHECK_FALSE(r.value().read.proxy_limit);
  CHECK_FALSE(r.value().read.convocation);
  CHECK(r.value().read.article.at("quorum") == "art. 6");
  CHECK_FALSE(r.value().read.body.quorum.at_least);  // the majority: more than half
}

TEST_CASE("statutes: ReadStatutesActs fills the statuts act with its annexes, and deliberations' statements") {
  auto doc = TextDoc(
      "Statuts du syndicat mixte ouvert Val de Sensée Numérique\n"
      "Le quorum est fixé à la moitié des membres en exercice présents.\n"
      "Annexes aux statuts du syndicat mixte ouvert Val de Sensée Numérique\n"
      "Annexe 1 : liste des membres adhérents\n"
      "- Commune d'Arleux\n"
      "- Commune de Bugnicourt\n"
      "EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE SYNDICAL\n"
      "Le quorum n'ayant pas été atteint le 2 mars, le comité est à nouveau réuni.\n");
  std::vector<Act> acts(3);
  acts[0].kind = "statuts";
  acts[0].first_line = 0;
  acts[0].last_line = 2;
  acts[1].kind = "annexe";
  acts[1].first_line = 2;
  acts[1].last_line = 6;
  acts[2].kind = "deliberation";
  acts[2].first_line = 6;
  acts[2].last_line = 8;
  ReadStatutesActs(*doc, &acts);
  REQUIRE(acts[0].statutes);
  const auto& annexes = acts[0].statutes->body.annexes;
  REQUIRE(annexes.size() == 1);
  CHECK(annexes[0].title == "liste des membres adhérents");
  CHECK(annexes[0].entries == std::vector<std::string>{"Commune d'Arleux", "Commune de Bugnicourt"});
  CHECK(acts[0].evidence.count("/statutes/annexes/0/entries/1"));
  CHECK_FALSE(acts[1].statutes);
  REQUIRE(acts[2].stated);
  CHECK(acts[2].stated->second_meeting);
  CHECK_FALSE(acts[2].stated->urgency);
  CHECK_FALSE(acts[0].stated);
}

}  // namespace delib

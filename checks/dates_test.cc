#include "tests/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE("dates: seeds 001 - 002 - 003 respect their delays and order") {
  REQUIRE(TestGeo());
  auto d1 = SeedDoc("seed_001_comite_syndical.txt");
  auto d2 = SeedDoc("seed_002_hem.txt");
  auto d3 = SeedDoc("seed_003_premesques.txt");
  for (const Act& act : {Checked(*d1, Seed001Act(*d1, TestGeo())), Checked(*d2, Seed002Act(*d2)),
                         Checked(*d3, Seed003Act(*d3))}) {
    CHECK_FALSE(HasRule(act, "date.convocation_delay"));
    CHECK_FALSE(HasRule(act, "date.order"));
    CHECK_FALSE(HasRule(act, "date.inconsistent"));
  }
}

TEST_CASE("dates: Hem (18 582 inhabitants) needs 5 jours francs - Prémesques 3") {
  REQUIRE(TestGeo());
  auto d2 = SeedDoc("seed_002_hem.txt");
  Act hem = Seed002Act(*d2);
  hem.dates.convocation = "2023-12-02";  // 4 jf
  auto found = Rules(Checked(*d2, hem), "date.convocation_delay");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find(
            "4 jours francs, at least 5 jours francs required (Hem, 18582 inhabitants)") !=
        std::string::npos);
  CHECK(found[0].legal_basis == "CGCT L2121-12");
  auto d3 = SeedDoc("seed_003_premesques.txt");
  Act prem = Seed003Act(*d3);
  prem.dates.convocation = "2024-02-15";  // 3 jf: fine under 3,500
  CHECK_FALSE(HasRule(Checked(*d3, prem), "date.convocation_delay"));
  prem.dates.convocation = "2024-02-16";  // 2 jf
  CHECK(HasRule(Checked(*d3, prem), "date.convocation_delay"));
}

TEST_CASE("dates: a meeting on the day a decree fixes is not held to the council's delay") {
  // The designation of the senatorial delegates: the decree convening the
  // electoral colleges fixes the day (Code électoral L283, R131).
  struct Row {
    const char* text;
    bool delay_flagged;
  };
  const Row rows[] = {
      {"ELECTION DES DELEGUES POUR LES ELECTIONS SENATORIALES DU 24 SEPTEMBRE 2023\n", false},
      {"Vu le décret n°2023-257 du 6 avril 2023 portant convocation des collèges électoraux pour "
       "l'élection des sénateurs,\n",
       false},
      {"ELECTION DES DELEGUES AU SYNDICAT D'ELECTRICITE\n", true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    auto doc = TextDoc(std::string("Séance du 9 juin 2023\n") + r.text +
                       "Le conseil, après en avoir délibéré, adopte.\n");
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.dates.session = "2023-06-09";
    act.dates.convocation = "2023-06-06";  // 2 jours francs
    CHECK(HasRule(Checked(*doc, act), "date.convocation_delay") == r.delay_flagged);
  }
  // Stated in the session's shared header, it holds for an item whose own
  // lines do not repeat it.
  auto doc = TextDoc(
      "Séance du 9 juin 2023\n"
      "ELECTION DES DELEGUES POUR LES ELECTIONS SENATORIALES DU 24 SEPTEMBRE 2023\n"
      "1. Désignation des délégués\n"
      "Le conseil, après en avoir délibéré, adopte.\n");
  Act item = WholeDocAct(*doc);
  item.body.type = "conseil_municipal";
  item.dates.session = "2023-06-09";
  item.dates.convocation = "2023-06-06";
  item.first_line = 2;
  CHECK(HasRule(Checked(*doc, item), "date.convocation_delay"));
  item.header_first_line = 0;
  item.header_last_line = 2;
  CHECK_FALSE(HasRule(Checked(*doc, item), "date.convocation_delay"));
}

TEST_CASE("dates: SMO statutes - 5 days - commission permanente 12 days") {
  REQUIRE(TestGeo());
  auto d1 = SeedDoc("seed_001_comite_syndical.txt");
  Act smo = Seed001Act(*d1, TestGeo());
  smo.dates.convocation = "2024-02-17";  // 4 days
  auto found = Rules(Checked(*d1, smo), "date.convocation_delay");
  REQUIRE(found.size() == 1);
  CHECK(found[0].legal_basis.find("au moins cinq jours") != std::string::npos);
  auto d4 = SeedDoc("seed_004_commission_permanente.txt");
  Act cp = Seed004Act(*d4);
  cp.dates.convocation = "2022-10-10";
  CHECK(HasRule(Checked(*d4, cp), "date.convocation_delay"));
  cp.dates.convocation = "2022-10-05";
  CHECK_FALSE(HasRule(Checked(*d4, cp), "date.convocation_delay"));
}

TEST_CASE("dates: order and a second statement that disagrees") {
  REQUIRE(TestGeo());
  auto d3 = SeedDoc("seed_003_premesques.txt");
  Act act = Seed003Act(*d3);
  // The header's "Date d'affichage : 14.02.2024" read as the display date:
  // before the session, and disagreeing with "Affiché le 23 Février 2024".
  act.dates.display = "2024-02-14";
  Put(&act, "/dates/display", *d3, "Date d'affichage :\t14.02.2024");
  Put(&act, "/dates/display#2", *d3, "Affiché le 23 Février 2024");
  act = Checked(*d3, act);
  auto order = Rules(act, "date.order");
  REQUIRE(order.size() == 1);
  CHECK(order[0].message == "display date 2024-02-14 is before the session (2024-02-19)");
  auto inc = Rules(act, "date.inconsistent");
  REQUIRE(inc.size() == 1);
  CHECK(inc[0].message.find("stated as 2024-02-14 and as 2024-02-23") != std::string::npos);
  CHECK(inc[0].evidence.size() == 2);
  CHECK(order[0].severity == "error");
  CHECK(inc[0].severity == "error");
  // The earlier date's role told only by its context (a verb in a sentence):
  // it may be another thing's: not ordered, and the disagreement a warning.
  Act inferred = Seed003Act(*d3);
  inferred.dates.display = "2024-02-14";
  Put(&inferred, "/dates/display", *d3, "Date d'affichage :\t14.02.2024");
  inferred.evidence["/dates/display"].inferred = true;
  Put(&inferred, "/dates/display#2", *d3, "Affiché le 23 Février 2024");
  inferred = Checked(*d3, inferred);
  CHECK_FALSE(HasRule(inferred, "date.order"));
  auto warned = Rules(inferred, "date.inconsistent");
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].severity == "warning");
}

TEST_CASE("dates: a scanned date is ordered by how surely its figures were read") {
  // "Date de la convocation : 25.05.2023" read "convocation : 015\" 28.08.2023",
  // after the session: an error only when its figures were read surely.
  const std::string text =
      "Date de la convocation : 015\" 28.08.2023\n"
      "SEANCE DU 2 JUIN 2023\n";
  struct Case {
    float conf;
    const char* severity;  // nullptr: no date.order
  };
  const Case cases[] = {{0.3f, nullptr}, {0.8f, "warning"}, {0.95f, "error"}};
  for (const Case& c : cases) {
    auto scan = ScanDoc(text, 0.95f, {{"28.08.2023", c.conf}, {"015\"", c.conf}});
    const DocText& doc = *scan;
    Act act = WholeDocAct(doc);
    act.body.type = "conseil_municipal";
    act.dates.session = "2023-06-02";
    act.dates.convocation = "2023-08-28";
    Put(&act, "/dates/convocation", doc, "convocation : 015\" 28.08.2023");
    Put(&act, "/dates/session", doc, "SEANCE DU 2 JUIN 2023");
    CAPTURE(c.conf);
    auto order = Rules(Checked(doc, act), "date.order");
    if (!c.severity) {
      CHECK(order.empty());
      continue;
    }
    REQUIRE(order.size() == 1);
    CHECK(order[0].severity == c.severity);
  }
}

TEST_CASE("dates: French date parsing") {
  CHECK(ParseFrenchDate("SEANCE DU 19 FEVRIER 2024") == std::optional<std::string>("2024-02-19"));
  CHECK(ParseFrenchDate("le 1er mars 2023") == std::optional<std::string>("2023-03-01"));
  CHECK(ParseFrenchDate("Date de la convocation : 14.02.2024") ==
        std::optional<std::string>("2024-02-14"));
  CHECK_FALSE(ParseFrenchDate("le vingt-et-un février").has_value());
  CHECK(*DayNumber("2024-02-21") - *DayNumber("2024-02-15") == 6);
}

}  // namespace delib

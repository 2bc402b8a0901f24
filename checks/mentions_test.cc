#include "tests/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE("mentions: Hem names no secrétaire de séance - Prémesques does") {
  REQUIRE(TestGeo());
  auto d2 = SeedDoc("seed_002_hem.txt");
  Act hem = Checked(*d2, Seed002Act(*d2));
  auto found = Rules(hem, "mention.missing_secretary");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "warning");
  CHECK(found[0].legal_basis == "CGCT L2121-15");
  CHECK(found[0].evidence.size() == 1);  // where the act is: its number
  CHECK_FALSE(HasRule(hem, "mention.missing_convocation"));
  auto d3 = SeedDoc("seed_003_premesques.txt");
  Act prem = Checked(*d3, Seed003Act(*d3));
  CHECK_FALSE(HasRule(prem, "mention.missing_secretary"));
  CHECK_FALSE(HasRule(prem, "mention.missing_convocation"));
}

TEST_CASE("mentions: the commission permanente extract gives no convocation date") {
  REQUIRE(TestGeo());
  auto d4 = SeedDoc("seed_004_commission_permanente.txt");
  Act cp = Checked(*d4, Seed004Act(*d4));
  CHECK(HasRule(cp, "mention.missing_convocation"));
  CHECK_FALSE(HasRule(cp, "mention.missing_secretary"));
}

TEST_CASE("anomaly ids are stable and distinct") {
  REQUIRE(TestGeo());
  auto d3 = SeedDoc("seed_003_premesques.txt");
  Act a = Checked(*d3, Seed003Act(*d3));
  Act b = Checked(*d3, Seed003Act(*d3));
  REQUIRE(a.anomalies.size() == b.anomalies.size());
  REQUIRE_FALSE(a.anomalies.empty());
  for (size_t i = 0; i < a.anomalies.size(); ++i) {
    CHECK(a.anomalies[i].id == b.anomalies[i].id);
    CHECK(a.anomalies[i].id.size() == 16);
    for (size_t j = 0; j < i; ++j) CHECK(a.anomalies[i].id != a.anomalies[j].id);
  }
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("mentions: a convocation date stated in words is a mention even when not read") {
  for (const char* text :
       {"Le Conseil Municipal s'est réuni à l'hôtel de Ville, sous la présidence de Monsieur "
        "Francis VERCAMER, Maire, à la suite de la convocation qui lui a été faite\n"
        "le 30 novembre et qui a été affichée à la porte de la mairie conformément à la loi.\n",
        "Le quatorze décembre deux mille vingt-et-un, le comité syndical s'est réuni à Douai, sur "
        "convocation en\ndate du huit décembre deux mille vingt-et-un, sous la présidence de M. "
        "Jérémie DUBOIS\n",
        "Nombre de membres en exercice : 15\nDate de la convocation : : . 29.04.2020\n",
        // The date misread by OCR: the phrase that announces it is there.
        "de la convocation qui lui a été faite le 23 juiet et qui a été affichée à la porte de "
        "la\n",
        "s'est réuni à Douai, sur convocation en date _ dix- . juillet deux mille\n",
        // "le" and the month misread (x13 of draw 11057, x18 of draw 11054).
        "à la suite de la convocation\nqui lui a été faite 1e 24 juin et qui a été affichée\n",
        "à la suite de la convocation qui lui a été.\nfaite le 4 novembre et qui a été affichée\n",
        "s'est réuni à Saint-Omer, sur\nconvocation en date du vingt-cinq nié deux mille "
        "vingt-cinq,\n"}) {
    auto doc = TextDoc(text);
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.secretary = "Francis VERCAMER";
    CHECK_FALSE(HasRule(Checked(*doc, act), "mention.missing_convocation"));
  }
  auto doc = TextDoc(
      "L'an deux mille vingt-cinq et le vingt-sept du mois de Juin, à 18 heures 30, le Conseil "
      "Municipal, régulièrement convoqué, s'est réuni salle du Conseil Municipal.\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  CHECK(HasRule(Checked(*doc, act), "mention.missing_convocation"));
}

TEST_CASE("mentions: a convocation label that OCR read as letters is a date unread") {
  // Prémesques' form, scanned: the label is printed, its date garbled (x03 of
  // draw 11051). Read from a text layer, or with specks only after it, the
  // same label states no date.
  for (const char* text :
       {"Nombre de membres en exercice : 14\nDate de la convocation : DTA PS Se: rl\n",
        "\xE2\x80\x98"
        "Date de la convocation: 2:-16,10:2020\n",
        // The value under its label, in a margin box.
        "Date de la convocation :\nD MAS 21\n"}) {
    auto ocr = TextDoc(text, 0.6f);
    Act act = WholeDocAct(*ocr);
    act.body.type = "conseil_municipal";
    act.secretary = "Francis VERCAMER";
    CAPTURE(std::string(text));
    CHECK_FALSE(HasRule(Checked(*ocr, act), "mention.missing_convocation"));
  }
  for (auto [text, conf] : {std::pair{"Date de la convocation : DTA PS Se: rl\n", 1.0f},
                            std::pair{"Date de la convocation : _ . ,\n", 0.6f}}) {
    auto doc = TextDoc(text, conf);
    Act a = WholeDocAct(*doc);
    a.body.type = "conseil_municipal";
    a.secretary = "Francis VERCAMER";
    CAPTURE(text);
    CHECK(HasRule(Checked(*doc, a), "mention.missing_convocation"));
  }
}

TEST_CASE("mentions: an item of minutes has the mentions its session's header states") {
  auto doc = TextDoc(
      "Séance du 3 mars 2022\nConvocation envoyée le 25 février 2022\n"
      "Secrétaire de séance : Mme Anne PETIT\nTarifs de l'eau\nLe conseil fixe les tarifs.\n",
      1.0f);
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  act.header_first_line = 0;
  act.header_last_line = 3;
  act.first_line = 3;
  CHECK_FALSE(HasRule(Checked(*doc, act), "mention.missing_secretary"));
  CHECK_FALSE(HasRule(Checked(*doc, act), "mention.missing_convocation"));
  // Without its header, the item alone states neither.
  act.header_last_line = 0;
  CHECK(HasRule(Checked(*doc, act), "mention.missing_secretary"));
  CHECK(HasRule(Checked(*doc, act), "mention.missing_convocation"));
}

TEST_CASE("mentions: a secrétaire named but not read as a name is a mention") {
  for (const char* text :
       {"Secrétaire : Mme é Stéphanie LEMAIRE\n",
        "Madame Marie D'HALLUIN a été désignée comme secrétaire de séance.\n",
        "Le Maire propose la candidature de Patricia MICHOT en qualité de\n197 | "
        "secrétaire pour la présente séance\n"}) {
    auto doc = TextDoc(text);
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.dates.convocation = "2020-09-01";
    CAPTURE(text);
    CHECK_FALSE(HasRule(Checked(*doc, act), "mention.missing_secretary"));
  }
  // A label with nothing after it names no one.
  auto doc = TextDoc("Secrétaire :\nÉtaient présents : M. Jean DUPONT\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  act.dates.convocation = "2020-09-01";
  CHECK(HasRule(Checked(*doc, act), "mention.missing_secretary"));
}

TEST_CASE("mentions: a scanned label garbled before a named person may be the secretary's") {
  // x28 of draw 11105: "Secrétaire : Mme Anne-Charlotte MARQUE" read "dns : …".
  const std::string text =
      "dns : Mme Anne-Charlotte MARQUE\n"
      "Étaient présents : Mme Marie HINGREZ-CÉRÉDA, Mme Christine D'HALLUIN\n";
  for (float conf : {0.3f, 0.9f}) {
    auto scan = ScanDoc(text, 0.9f, {{"dns", conf}});
    const DocText& doc = *scan;
    Act act = WholeDocAct(doc);
    act.body.type = "commission_permanente";
    act.dates.convocation = "2020-09-01";
    CAPTURE(conf);
    // Read clearly, "dns" is a label of the document's that names no secretary.
    CHECK(HasRule(Checked(doc, act), "mention.missing_secretary") == (conf > kDoubtBelow));
  }
}

TEST_CASE("anomaly evidence without a page is dropped") {
  auto doc = TextDoc("2024 - 16 : Adhésion\n");
  Act act = WholeDocAct(*doc);
  Put(&act, "/number", *doc, "2024 - 16");
  act.evidence["/title"] = Evidence{};  // page 0: unknown
  Anomaly a =
      MakeAnomaly(act, "mention.missing_secretary", "warning", "m", {"/number", "/title"}, "b");
  REQUIRE(a.evidence.size() == 1);
  CHECK(a.evidence[0].page == 1);
}

}  // namespace delib

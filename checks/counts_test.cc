#include "tests/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE("counts: Prémesques - 3 absents ayant donné pouvoir but 1 named") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = Checked(*doc, Seed003Act(*doc));
  auto mismatch = Rules(act, "count.mismatch");
  // The stated 3 disagrees with the one proxy named and with "ont pris part : 17 + 1".
  REQUIRE(mismatch.size() == 2);
  CHECK(mismatch[0].severity == "error");
  CHECK(mismatch[0].message == "3 proxies (absents ayant donné pouvoir) stated, 1 named");
  REQUIRE(mismatch[0].evidence.size() == 2);
  CHECK(mismatch[0].evidence[0].text.find("3 Absents ayant donné pouvoir") != std::string::npos);
  CHECK(mismatch[1].message == "18 members said to take part, but 17 present + 3 proxies = 20");
  // 17 + 3 > 18 in office rests on the stated 3 that the one name contradicts:
  // the disagreement is the mismatch above, not a second finding (the
  // expected file holds count.exceeds_in_office optional).
  CHECK_FALSE(HasRule(act, "count.exceeds_in_office"));
  // 19 seats is right for 2,031 inhabitants (1,500-2,499: 19).
  CHECK_FALSE(HasRule(act, "seats.population_mismatch"));
}

TEST_CASE("counts: consistent counts pass") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = Seed003Act(*doc);
  act.attendance.proxies_count = 1;
  act = Checked(*doc, act);
  CHECK_FALSE(HasRule(act, "count.mismatch"));
  CHECK_FALSE(HasRule(act, "count.exceeds_in_office"));
}

TEST_CASE("counts: seats differing from the L2121-2 table") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = Seed003Act(*doc);
  act.attendance.seats = 23;
  act.attendance.proxies_count = 1;
  act = Checked(*doc, act);
  auto found = Rules(act, "seats.population_mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("has 19 seats") != std::string::npos);
}

TEST_CASE("counts: the comité of 24 seats - 22 members listed pass, 26 do not") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  // Seats may be vacant: no count is stated against the names.
  Act act = Checked(*doc, Seed001Act(*doc, TestGeo()));
  CHECK_FALSE(HasRule(act, "count.mismatch"));
  CHECK_FALSE(HasRule(act, "count.exceeds_in_office"));
  // Four more members listed than the statutes give seats.
  Act more = Seed001Act(*doc, TestGeo());
  for (const char* n : {"A. AAAA", "B. BBBB", "C. CCCC", "D. DDDD"})
    more.attendance.excused.push_back(n);
  auto found = Rules(Checked(*doc, more), "count.exceeds_in_office");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "warning");
  CHECK(found[0].message.find("lists 26 members, more than the 24 seats") != std::string::npos);
}

// counts.cc cited "art. 8.1" of one syndicat's statutes for every body: the
// article is the body's data, and a body whose data has none is cited by its
// statutes alone.
TEST_CASE("counts: the comité's seats cite the statutes' composition article, when it is known") {
  REQUIRE(TestGeo());
  REQUIRE(TestBodies());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act more = Seed001Act(*doc, TestGeo());
  for (const char* n : {"A. AAAA", "B. BBBB", "C. CCCC", "D. DDDD"})
    more.attendance.excused.push_back(n);
  REQUIRE(TestBodies()->bodies().size() == 1);
  const BodyStatutes& shipped = TestBodies()->bodies().front();
  struct Row {
    const char* article;  // the body's composition_article
    const char* cites;
  } rows[] = {
      {"art. 8.1", "statuts du Nord-Pas-de-Calais Numérique, art. 8.1"},
      {"art. 6", "statuts du Nord-Pas-de-Calais Numérique, art. 6"},
      {"", "statuts du Nord-Pas-de-Calais Numérique"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.article);
    BodyRegistry bodies;
    BodyStatutes body = shipped;
    body.composition_article = row.article;
    bodies.Add(body);
    auto found = Rules(Checked(*doc, more, TestGeo(), &bodies), "count.exceeds_in_office");
    REQUIRE(found.size() == 1);
    CHECK(found[0].legal_basis == row.cites);
  }
  CHECK(shipped.composition_article == "art. 8.1");  // data/bodies says it
}

TEST_CASE("rule data: seats table with Paris - Marseille - Lyon - COVID windows") {
  const RuleData& r = RuleData::Default();
  CHECK(r.SeatsFor("59470", 2031) == 19);
  CHECK(r.SeatsFor("59299", 18582) == 33);
  CHECK(r.SeatsFor("x", 99) == 7);
  CHECK(r.SeatsFor("x", 100) == 11);
  CHECK(r.SeatsFor("x", 3500) == 27);
  CHECK(r.SeatsFor("x", 300000) == 69);
  CHECK(r.SeatsFor("75056", 2100000) == 163);
  CHECK(r.SeatsFor("13055", 870000) == 101);
  CHECK(r.SeatsFor("69123", 520000) == 73);
  CHECK(r.InCovidWindow("2020-03-24"));
  CHECK(r.InCovidWindow("2022-07-31"));
  CHECK_FALSE(r.InCovidWindow("2021-10-15"));
  CHECK_FALSE(r.InCovidWindow("2024-02-19"));
}

TEST_CASE("rule data: a malformed file is rejected with the field's name") {
  Result<RuleData> r =
      RuleData::FromJsonText(R"({"seats_by_population": {"brackets": [{"min": 0, "seats": 8}]}})");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("odd") != std::string::npos);
  Result<RuleData> r2 = RuleData::FromJsonText("{");
  CHECK_FALSE(r2.ok());
}

}  // namespace delib

namespace delib {
using namespace testing;

// Municipal extract of the corpus's first layout (Prémesques' form): the
// extraction lists those who gave a proxy among the absent.
const char* kIllies =
    "Nombre de membres afférents au Conseil Municipal : 19\n"
    "Nombre de membres en exercice : 19\n"
    "Nombre de membres qui ont pris part à la délibération : procurations 13 + 1\n"
    "13 Présents : B. CAUWET - J. DEMEULENAERE – R. MAHTOUR - C. DUPONT - J. DU BUS - J. DEVOS "
    "- J. VANPEENE - J. SAINT-MAXENT - V. BACHELET - A. DE WITTE - M. OUAGUEF - C. PASSEBOSC - "
    "J. BOURGEOIS\n"
    "1 Absents ayant donné pouvoir : L. CAREY à J. BOURGEOIS\n"
    "3 Excusés : M. NOWAK - C. THIEFFRY - H. DELASSUS\n"
    "2 Absents : D. GAUTHIER - É. DUBOIS\n"
    "Monsieur Jean DEVOS a été désigné comme secrétaire de séance.\n";

Act IlliesAct(const DocText& doc) {
  Act act = WholeDocAct(doc);
  act.body.type = "conseil_municipal";
  act.dates.session = "2023-05-10";
  act.dates.convocation = "2023-05-02";
  act.secretary = "Jean DEVOS";
  Attendance& at = act.attendance;
  at.seats = 19;
  at.in_office = 19;
  at.present_count = 13;
  at.voters_count = 14;
  at.proxies_count = 1;
  at.excused_count = 3;
  at.absent_count = 2;
  at.present = {"B. CAUWET", "J. DEMEULENAERE", "R. MAHTOUR",      "C. DUPONT",   "J. DU BUS",
                "J. DEVOS",  "J. VANPEENE",     "J. SAINT-MAXENT", "V. BACHELET", "A. DE WITTE",
                "OUAGUEF",   "C. PASSEBOSC",    "J. BOURGEOIS"};
  at.absent = {"L. CAREY", "D. GAUTHIER", "É. DUBOIS"};  // the giver read among the absent
  at.excused = {"NOWAK", "C. THIEFFRY", "H. DELASSUS"};
  at.proxies = {{"L. CAREY", "J. BOURGEOIS"}};
  Put(&act, "/attendance/absent_count", doc, "2 Absents :");
  return act;
}

TEST_CASE("counts: on a scan, stated figures that add up to those in office outweigh names read") {
  // x04 of draw 11074, scanned: "2 Excusés : M. DU BUS - Z. DUBOIS" read
  // with one name lost. 13 present + 1 proxy + 3 excused + 2 absent = 19 in
  // office: the document agrees with itself; the names read do not.
  auto doc = TextDoc(kIllies, 0.9f);
  Act act = IlliesAct(*doc);
  act.attendance.excused = {"C. THIEFFRY", "H. DELASSUS"};  // NOWAK lost
  Put(&act, "/attendance/present_count", *doc, "13 Présents");
  Put(&act, "/attendance/excused_count", *doc, "3 Excusés");
  Put(&act, "/attendance/proxies_count", *doc, "1 Absents ayant donné pouvoir");
  Put(&act, "/attendance/in_office", *doc, "en exercice : 19");
  CHECK_FALSE(HasRule(Checked(*doc, act), "count.mismatch"));
  // One figure off (20 in office): the figures disagree, the names are believed.
  act.attendance.in_office = 20;
  auto found = Rules(Checked(*doc, act), "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "3 members excused stated, 2 named");
  // A fourteenth name read present ("Conseillers. Se"): 13 present and 1
  // proxy stated make the 14 votants stated, no mismatch of the votants.
  act.attendance.in_office = 19;
  act.attendance.excused = {"NOWAK", "C. THIEFFRY", "H. DELASSUS"};
  act.attendance.present.push_back("Conseillers. Se");
  Put(&act, "/attendance/voters_count", *doc, "procurations 13 + 1");
  CHECK_FALSE(HasRule(Checked(*doc, act), "count.mismatch"));
  act.attendance.voters_count = 16;  // neither 13 + 1 nor 14 + 1
  CHECK(HasRule(Checked(*doc, act), "count.mismatch"));
  // From a text layer the names are the document's: a mismatch however the figures add up.
  auto text = TextDoc(kIllies);
  Act digital = IlliesAct(*text);
  digital.attendance.excused = {"C. THIEFFRY", "H. DELASSUS"};
  Put(&digital, "/attendance/present_count", *text, "13 Présents");
  CHECK(HasRule(Checked(*text, digital), "count.mismatch"));
}

TEST_CASE("counts: 2 absents stated, 3 read of whom 1 gave a proxy - no mismatch") {
  auto doc = TextDoc(kIllies);
  Act act = Checked(*doc, IlliesAct(*doc));
  CHECK_FALSE(HasRule(act, "count.mismatch"));
  CHECK_FALSE(HasRule(act, "count.exceeds_in_office"));
  // Without the proxy, the third absent is one too many.
  Act bad = IlliesAct(*doc);
  bad.attendance.proxies.clear();
  bad.attendance.proxies_count.reset();
  auto found = Rules(Checked(*doc, bad), "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "2 members absent stated, 3 named");
}

TEST_CASE(
    "counts: an OCR-merged 'ont pris part' figure above the members in office is not compared") {
  // Scanned (confidence below 1): "13 + 1" read as 131 is no statement.
  auto scan_ptr = TextDoc(kIllies, 0.93f);
  const DocText& scan = *scan_ptr;
  Act act = IlliesAct(scan);
  Put(&act, "/attendance/voters_count", scan, "procurations 13 + 1");
  act.attendance.voters_count = 131;
  CHECK_FALSE(HasRule(Checked(scan, act), "count.mismatch"));
  act.attendance.voters_count = 15;
  CHECK(HasRule(Checked(scan, act), "count.mismatch"));
  // A text layer's 20 voters for 19 in office is what the document says.
  auto doc = TextDoc(kIllies);
  Act digital = IlliesAct(*doc);
  Put(&digital, "/attendance/voters_count", *doc, "procurations 13 + 1");
  digital.attendance.voters_count = 20;
  CHECK(HasRule(Checked(*doc, digital), "count.mismatch"));
}

TEST_CASE("counts: a name cut at its particle counts once") {
  CHECK(CountPersons({"Zohra DE", "WITTE", "Maxime PACCOU"}) == 2);
  CHECK(CountPersons({"Eugénie BEN", "SAÏD", "Françoise THIEFFRY"}) == 2);
  CHECK(CountPersons({"MAHTOUR", "B. CAUWET"}) == 2);  // a surname alone is a name
  CHECK(CountPersons({"J. DUBOIS", "Y. DUBOIS"}) == 2);
  CHECK(CountPersons({"COLIN", "Elodie COLIN", "Jean-Jacques COLIN"}) == 3);
  CHECK(CountPersons({"COLIN", "Elodie COLIN"}) == 1);
  // Hasnon: 25 entries for 24 present (one name cut), 1 excused, 1 absent, 26 in office.
  auto doc = TextDoc(kIllies);
  Act act = IlliesAct(*doc);
  Attendance& at = act.attendance;
  at = Attendance{};
  at.in_office = 3;
  at.present = {"Eugénie BEN", "SAÏD", "Jérôme DU BUS"};
  at.excused = {"Jean-Pierre FIGOUREUX"};
  at.proxies = {{"Jean-Pierre FIGOUREUX", "Jérôme DU BUS"}};
  act.secretary.reset();
  CHECK_FALSE(HasRule(Checked(*doc, act), "count.exceeds_in_office"));
}

// Municipal extract of the corpus's second layout (Hem's form), whose present
// list the extraction cut after the adjoints.
const char* kDourges =
    "Nombre de conseillers en exercice : 28\n"
    "Nombre de présents : 24 – Nombre de votants : 28\n"
    "PRESENTS\n"
    "Damien DE SMET, Maire,\n"
    "Éric MAHTOUR, Marie-Claude VANDEN DORPE, Élodie LECLERCQ, Brigitte HOCHART, Adjoints au\n"
    "Maire,\n"
    "ABSENTS EXCUSES\n"
    "Eugénie WATTEAU ayant donné procuration à Hélène DESCAMPS\n"
    "Vincent OUAGUEF ayant donné procuration à Laurence DUPONT\n"
    "Jérôme CRÉPIN ayant donné procuration à Éric MAHTOUR\n"
    "Véronique DASSONVILLE ayant donné procuration à Laurence HEUSELE\n"
    "Secrétaire de séance : M. Éric MAHTOUR\n"
    "Par 24 voix pour, 3 voix contre et 1 abstention, le Conseil Municipal approuve le projet\n";

Act DourgesAct(const DocText& doc) {
  Act act = WholeDocAct(doc);
  act.body.type = "conseil_municipal";
  act.president = "Damien DE SMET";
  act.secretary = "Éric MAHTOUR";
  Attendance& at = act.attendance;
  at.in_office = 28;
  at.present_count = 24;
  at.voters_count = 28;
  at.present = {"Damien DE SMET", "Éric MAHTOUR", "Marie-Claude VANDEN DORPE", "Élodie LECLERCQ",
                "Brigitte HOCHART"};
  at.excused = {"Eugénie WATTEAU", "Vincent OUAGUEF", "Jérôme CRÉPIN", "Véronique DASSONVILLE"};
  at.proxies = {{"Eugénie WATTEAU", "Hélène DESCAMPS"},
                {"Vincent OUAGUEF", "Laurence DUPONT"},
                {"Jérôme CRÉPIN", "Éric MAHTOUR"},
                {"Véronique DASSONVILLE", "Laurence HEUSELE"}};
  act.votes.push_back(AdoptedVote(24, 3, 1));
  return act;
}

TEST_CASE("counts: a present list that lost names - holders in no list - is no mismatch") {
  auto doc = TextDoc(kDourges);
  Act act = Checked(*doc, DourgesAct(*doc));
  CHECK(PresentListIncomplete(act));
  CHECK(PresentListLostNames(act));
  CHECK_FALSE(HasRule(act, "count.mismatch"));
  CHECK_FALSE(HasRule(act, "proxy.holder_not_present"));  // the holders may be among the unnamed
  CHECK_FALSE(HasRule(act, "vote.exceeds_voters"));       // 28 = 24 present + 4 proxies
  // The same list with every holder named and two present more stated: a mismatch.
  Act whole = DourgesAct(*doc);
  whole.attendance.present = {"Damien DE SMET", "Éric MAHTOUR", "Hélène DESCAMPS",
                              "Laurence DUPONT", "Laurence HEUSELE"};
  whole.attendance.in_office = 9;
  whole.attendance.present_count = 7;
  whole.attendance.voters_count = 11;
  Act checked = Checked(*doc, whole);
  auto found = Rules(checked, "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "7 members present stated, 5 named");
  CHECK_FALSE(HasRule(checked, "count.exceeds_in_office"));  // 5 named + 4 excused = 9
}

TEST_CASE("counts: one more member than in office, a name of one word listed - a warning") {
  // A name the reading split at a line break or a dash ("M. JALON" /
  // "Benjamin Délégué", "Philippe ROUVIER – COROUGE") counts twice: the
  // excess may be that half, so the total is not sure.
  auto doc = TextDoc(kDourges);
  struct Row {
    std::vector<std::string> present;
    const char* severity;
  };
  const Row rows[] = {
      {{"Damien DE SMET", "Éric MAHTOUR", "Hélène DESCAMPS", "Laurence DUPONT", "M. HEUSELE",
        "Laurence Déléguée"},
       "warning"},
      {{"Damien DE SMET", "Éric MAHTOUR", "Hélène DESCAMPS", "Laurence DUPONT", "Laurence HEUSELE",
        "Paul MARTIN"},
       "error"},
  };
  for (const Row& r : rows) {
    Act act = DourgesAct(*doc);
    act.attendance.present = r.present;
    act.attendance.in_office = 9;
    act.attendance.present_count.reset();
    act.attendance.voters_count.reset();
    CAPTURE(r.severity);
    auto found = Rules(Checked(*doc, act), "count.exceeds_in_office");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == r.severity);
  }
}

TEST_CASE(
    "counts: a sitter named by one word missing from the lists - a surname or initial tells") {
  // "Secrétaire de séance: S.MEARY", "sous la présidence de Monsieur ARMAND":
  // names of one word that say whose they are; a given name alone does not.
  auto doc = TextDoc(kDourges);
  struct Row {
    const char* secretary;
    bool incomplete;
  };
  const Row rows[] = {{"S.MEARY", true}, {"MEARY", true}, {"Hervé", false}};
  for (const Row& r : rows) {
    Act act = DourgesAct(*doc);
    act.attendance.proxies.clear();
    act.attendance.present_count.reset();
    act.attendance.in_office.reset();
    act.secretary = r.secretary;
    CAPTURE(r.secretary);
    CHECK(PresentListIncomplete(act) == r.incomplete);
  }
}

TEST_CASE("counts: a holder present under a given name OCR garbled is no name the list lost") {
  // x15 of draw 11132, scanned: "Michel MAHTOUR" read "DeicHe MAHTOUR", one present too many
  // stated.
  auto doc = TextDoc(kDourges);
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.in_office = 6;
  at.present_count = 5;
  at.present = {"Damien DE SMET", "Éric MAHTOUR", "Élodie LECLERCQ", "DeicHe MAHTOUR"};
  at.excused = {"Eugénie WATTEAU", "Vincent OUAGUEF"};
  at.proxies = {{"Eugénie WATTEAU", "Michel MAHTOUR"}};
  CHECK_FALSE(PresentListLostNames(act));
  Act checked = Checked(*doc, act);
  CHECK(Rules(checked, "count.mismatch").size() == 1);       // 5 stated, 4 named
  CHECK_FALSE(HasRule(checked, "count.exceeds_in_office"));  // 4 named + 2 excused = 6
  // Read whole, another MAHTOUR present is no stand-in: Michel is a name lost.
  act.attendance.present.back() = "Hélène MAHTOUR";
  CHECK(PresentListLostNames(act));
  // Unless read near noise ("Vécauue VANPEENE" at 0, x12 of draw 11153).
  act.evidence["/attendance/present/3"].confidence = 0.0;
  CHECK_FALSE(PresentListLostNames(act));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("counts: a figure OCR could not read (confidence 0) is not built on") {
  REQUIRE(TestGeo());
  // A scan whose "4" (printed 19) was read at confidence 0.
  for (float conf : {0.0f, 0.93f}) {
    auto doc =
        ScanDoc(std::string("Nombre de membres afférents au Conseil Municipal : 4 245\n") + kIllies,
                0.93f, {{"4", conf}});
    Act act = IlliesAct(*doc);
    act.body.insee = "59320";  // Illies, 19 seats by the table
    act.attendance.seats = 4;  // "4 245" for 19
    Put(&act, "/attendance/seats", *doc, "membres afférents au Conseil Municipal : 4");
    CAPTURE(conf);
    REQUIRE(act.evidence["/attendance/seats"].confidence == doctest::Approx(conf));
    Act checked = Checked(*doc, act);
    // Unread, it is built on by no rule; read clearly, both stand.
    CHECK(HasRule(checked, "count.exceeds_in_office") == (conf > 0.5f));
    CHECK(HasRule(checked, "seats.population_mismatch") == (conf > 0.5f));
  }
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("counts: 3 absents ayant donné pouvoir, the third pair cut by a line break") {
  auto doc = TextDoc(
      "Nombre de membres en exercice : 9\n"
      "7 Présents : H GUISLAIN – C. COQUELLE - M. SAINT-MAXENT – B. VANDENBERGHE - V. HONORÉ - É.\n"
      "DELASSUS – N. DEMEULENAERE\n"
      "3 Absents ayant donné pouvoir : D. DECAGNY à V. HONORÉ - C. PACCOU à C. COQUELLE - É. "
      "DELASSUS\nà H GUISLAIN\n"
      "1 Excusés : É. VANDEN DORPE\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.in_office = 9;
  at.present_count = 7;
  at.proxies_count = 3;
  at.excused_count = 1;
  at.present = {"H GUISLAIN", "C. COQUELLE", "SAINT-MAXENT",   "B. VANDENBERGHE",
                "V. HONORÉ",  "É. DELASSUS", "N. DEMEULENAERE"};
  at.absent = {"D. DECAGNY", "C. PACCOU", "É. DELASSUS"};  // the givers, as read
  at.excused = {"É. VANDEN DORPE"};
  at.proxies = {{"D. DECAGNY", "V. HONORÉ"}, {"C. PACCOU", "C. COQUELLE"}};
  Act checked = Checked(*doc, act);
  CHECK_FALSE(HasRule(checked, "count.mismatch"));
  // 7 present + DECAGNY, PACCOU, VANDEN DORPE = 10 people for 9 in office.
  CHECK(HasRule(checked, "count.exceeds_in_office"));
  auto giver = Rules(checked, "proxy.giver_present");  // DELASSUS, present and a giver
  REQUIRE(giver.size() == 1);
  CHECK(giver[0].severity == "warning");
  CHECK(giver[0].message.rfind("É. DELASSUS is listed present and among the 3 absents", 0) == 0);
  // With one absent stated, the third name is that absent: the proxies stated are one too many.
  at.absent_count = 1;
  CHECK(HasRule(Checked(*doc, act), "count.mismatch"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("counts: 13 present stated, 12 read from a list where OCR garbled one name") {
  const std::string text =
      "13 Présents : C. DESCAMPS — C OUAGUEF - I VANDENBERGHE - K. KUCHCINSKI - S. DEVOS\n"
      "- D. LE GUEN - É. DUQUESNOY - J. DU BUS - O. BEAUCAMP - V. RUBIO Le ane re E;\n"
      "DECAGNY - M. CRÉPIN - F. CAREY\n"
      "1 Absents : F. GAUTHIER\n";
  auto make = [&](float garbled_conf) {
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, text, 0.92f));
    for (Line& l : pages[0].lines)
      for (Word& w : l.words)
        if (w.text == "Le" || w.text == "ane" || w.text == "re" || w.text == "E;")
          w.conf = garbled_conf;
    return std::make_unique<DocText>(std::move(pages));
  };
  for (float conf : {0.03f, 0.9f}) {
    auto doc = make(conf);
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    Attendance& at = act.attendance;
    at.present_count = 13;
    at.absent_count = 1;
    at.present = {"C. DESCAMPS", "C OUAGUEF",  "I VANDENBERGHE", "K. KUCHCINSKI",
                  "S. DEVOS",    "D. LE GUEN", "É. DUQUESNOY",   "J. DU BUS",
                  "O. BEAUCAMP", "DECAGNY",    "M. CRÉPIN",      "F. CAREY"};
    at.absent = {"F. GAUTHIER"};
    Put(&act, "/attendance/present_count", *doc, "13 Présents :");
    Put(&act, "/attendance/present/0", *doc, "C. DESCAMPS");
    Put(&act, "/attendance/present/11", *doc, "F. CAREY");
    // Garbled words between the names: the missing one may be there. Read clearly: a mismatch.
    CHECK(HasRule(Checked(*doc, act), "count.mismatch") == (conf > kIllegibleBelow));
    // Unless the reading kept that item as a member it could not name.
    act.attendance.present.unread = 1;
    CHECK_FALSE(HasRule(Checked(*doc, act), "count.mismatch"));
    // One unread, two missing: a mismatch still.
    act.attendance.present.pop_back();
    if (conf > kIllegibleBelow) CHECK(HasRule(Checked(*doc, act), "count.mismatch"));
  }
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE(
    "counts: a grid's proxies column partly unreadable - no proxies mismatch, no exceeded votes") {
  // The grid of a comité syndical, scanned: 3 proxies in the totals row, 2
  // pairs read, the third cell ("Mme\nBOURGEOIS") read as "a".
  auto doc = TextDoc(
      "Noyelles-sur-Selle Mme Marie-Claude CRÉPIN [X] M. DELASSUS\n"
      "Marcq-en-Barœul Mme Marie DEMEULENAERE [X] a\n"
      "Roubaix M. Jean DUBOIS [X] M. LEROY\n"
      "7 0 4 3\n"
      "Adopté par : Voix pour : 10 Voix contre : 0 Abstentions : 0\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "comite_syndical";
  Attendance& at = act.attendance;
  at.present = {"Mireille OUAGUEF", "Bénédicte ANNAERT", "Joël COQUELLE",     "Damien FIGOUREUX",
                "Kamel DELASSUS",   "Olivier LEROY",     "Isabelle BOURGEOIS"};
  at.present_count = 7;
  at.excused = {"Marie-Claude CRÉPIN", "Marie DEMEULENAERE", "Jean DUBOIS", "Jean-Claude DESCAMPS"};
  at.excused_count = 4;
  at.absent_count = 0;
  at.proxies = {{"Marie-Claude CRÉPIN", "DELASSUS"}, {"Jean DUBOIS", "LEROY"}};
  at.proxies_count = 3;
  act.votes.push_back(AdoptedVote(10, 0, 0));
  Act plain = Checked(*doc, act);  // as a text layer would give it: 3 stated, 2 named
  CHECK(HasRule(plain, "count.mismatch"));
  CHECK(HasRule(plain, "vote.exceeds_voters"));
  act.attendance.proxies.unread = 1;
  Act read = Checked(*doc, act);
  CHECK_FALSE(HasRule(read, "count.mismatch"));
  CHECK_FALSE(HasRule(read, "vote.exceeds_voters"));
  // A lost row whose member was ticked present: its proxy would be void.
  act.attendance.proxies.unread = 0;
  act.attendance.proxies.unread_maybe_void = 1;
  Act row = Checked(*doc, act);
  CHECK_FALSE(HasRule(row, "count.mismatch"));
  CHECK(HasRule(row, "vote.exceeds_voters"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("counts: a proxies heading printed with no name is a mismatch, and no excess in office") {
  // A Prémesques-layout extract: "2 Absents ayant donné pouvoir :" and nothing after.
  auto doc = TextDoc(
      "Nombre de membres en exercice : 19\n"
      "18 Présents : V. DECLERCK - B. KOWALSKI - D. THIEFFRY - A. LAMBERT - G. OUAGUEF - F. "
      "SARPAUX - L. DELASSUS - M. ANNAERT - M. LECLERCQ - M. BEN SAÏD - R LEMAIRE - H. "
      "BEAUCAMP - C. MONNET - J. DESCAMPS - S. VANDEN DORPE - A. FLAMENT - G. DEMEULENAERE - "
      "C. MALFAIT\n"
      "2 Absents ayant donné pouvoir :\n"
      "1 Excusés : S. WATTEAU\n"
      "Monsieur Laurent DELASSUS a été désigné comme secrétaire de séance.\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.in_office = 19;
  at.present_count = 18;
  at.present = {"V. DECLERCK", "B. KOWALSKI",     "D. THIEFFRY", "A. LAMBERT",  "G. OUAGUEF",
                "F. SARPAUX",  "L. DELASSUS",     "M. ANNAERT",  "M. LECLERCQ", "M. BEN SAÏD",
                "R LEMAIRE",   "H. BEAUCAMP",     "C. MONNET",   "J. DESCAMPS", "S. VANDEN DORPE",
                "A. FLAMENT",  "G. DEMEULENAERE", "C. MALFAIT"};
  at.proxies_count = 2;
  at.excused_count = 1;
  at.excused = {"S. WATTEAU"};
  Put(&act, "/attendance/proxies_count", *doc, "2 Absents ayant donné pouvoir :");
  Act checked = Checked(*doc, act);
  auto found = Rules(checked, "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "2 proxies (absents ayant donné pouvoir) stated, 0 named");
  CHECK_FALSE(HasRule(checked, "count.exceeds_in_office"));
  // Names that follow on the next line (wrapped, or read there by OCR) are
  // not an empty list: nothing is asserted on a list not read.
  auto wrapped =
      TextDoc("2 Absents ayant donné pouvoir :\nM. ANNAERT à C. MONNET - S. LEROY à J. DESCAMPS\n");
  Act w = WholeDocAct(*wrapped);
  w.body.type = "conseil_municipal";
  w.attendance.proxies_count = 2;
  Put(&w, "/attendance/proxies_count", *wrapped, "2 Absents ayant donné pouvoir :");
  CHECK_FALSE(HasRule(Checked(*wrapped, w), "count.mismatch"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("counts: excused stated above those named, a grid row garbled - no mismatch") {
  // Seed 001's grid, scanned: the row of Mme Bénédicte MESSEANNE-GROBELNY read
  // "NS EANNE cROBeLN", so 10 of the 11 excused are named.
  auto doc = TextDoc("Mme Véronique THIEBAUT [] 1 mess\nNS EANNE cROBeLN mu mu\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "comite_syndical";
  Attendance& at = act.attendance;
  at.present = {"Christophe COULON", "Grégory BARTHOLOMEUS"};
  at.present_count = 2;
  at.excused = {"Valérie BIEGALSKI", "Jean-Claude DISSAUX"};
  at.excused_count = 3;
  CHECK(HasRule(Checked(*doc, act), "count.mismatch"));
  at.rows_unread = 1;
  CHECK_FALSE(HasRule(Checked(*doc, act), "count.mismatch"));
  at.excused_count = 4;  // two missing, one garbled row: still a mismatch
  CHECK(HasRule(Checked(*doc, act), "count.mismatch"));
}

TEST_CASE("counts: a grid's total read above every member it lists is a misread figure") {
  // x20 of draw 11091, scanned: the totals row "7 0 #2 2", excused read "52".
  auto doc = TextDoc("Collectivité Membre Présents Absents Excusés Pouvoir à\n7 0 52 2\n", 0.9f);
  Act act = WholeDocAct(*doc);
  act.body.type = "comite_syndical";
  Attendance& at = act.attendance;
  at.present = {"Chantal PRUVOST", "Corinne DEVOS", "Karima LECLERCQ"};
  at.excused = {"Yannick ANNAERT", "Élodie VANDENBERGHE"};
  for (const std::string& n : at.present) at.groups[n] = "Loos";
  for (const std::string& n : at.excused) at.groups[n] = "Loos";
  Put(&act, "/attendance/excused_count", *doc, "52");
  for (int stated : {52, 3, 6}) {
    at.excused_count = stated;
    CAPTURE(stated);
    // 52 of a grid of five members: no figure of the document. 3: one
    // missing; 6, one more than the grid's members, the document's error.
    CHECK(HasRule(Checked(*doc, act), "count.mismatch") == (stated != 52));
  }
}

}  // namespace delib

namespace delib {
using namespace testing;

// The header of a Prémesques-layout scan with one figure read with doubt: the
// word "2" (printed 15) at 0.61, its neighbours at 0.93. The span's weakest
// word is the figure itself; with a colon the weakest, the figure would stand.
std::unique_ptr<DocText> HeaderScan(const std::string& text, const std::string& doubtful,
                                    float conf) {
  return ScanDoc(text, 0.93f, {{doubtful, conf}});
}

TEST_CASE("counts: seats or members in office read with doubt on the figure's own word") {
  const std::string text =
      "COMMUNE DE QUESQUES\n"
      "Nombre de membres afférents au Conseil Municipal : 2\n"
      "Nombre de membres en exercice : 14\n"
      "Nombre de membres qui ont pris part à la délibération : 9+1\n"
      "9 Présents : A. LEROY - B. DUBOIS - C. MARTIN - D. PETIT - E. DURAND - F. LEFEBVRE\n"
      "- G. MOREAU - H. SIMON - I. LAURENT\n";
  for (float conf : {0.61f, 0.93f}) {
    auto doc = HeaderScan(text, "2", conf);
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.body.insee = "62678";  // Quesques, 720 inhabitants: 15 seats
    Attendance& at = act.attendance;
    at.seats = 2;
    at.in_office = 14;
    Put(&act, "/attendance/seats", *doc, "membres afférents au Conseil Municipal : 2");
    Put(&act, "/attendance/in_office", *doc, "en exercice : 14");
    CAPTURE(conf);
    Act checked = Checked(*doc, act);
    // Read clearly, "2" is what the document says: both findings stand.
    CHECK(HasRule(checked, "count.exceeds_in_office") == (conf > kFigureIllegibleBelow));
    CHECK(HasRule(checked, "seats.population_mismatch") == (conf > kFigureIllegibleBelow));
  }
  // Born-digital: confidence 1, the figure is the document's.
  auto doc = TextDoc(text);
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  act.body.insee = "62678";
  act.attendance.seats = 2;
  act.attendance.in_office = 14;
  Put(&act, "/attendance/seats", *doc, "membres afférents au Conseil Municipal : 2");
  CHECK(HasRule(Checked(*doc, act), "count.exceeds_in_office"));
}

TEST_CASE("counts: a stated present count the votants contradict makes one finding, not two") {
  // x15 of draw 11164, scanned: the present names lost, "présents : 21" stated
  // where 19 sat, "votants : 26" = 19 + 7 proxies, 28 in office.
  auto doc = TextDoc("Nombre de conseillers présents : 21 votants : 26 en exercice : 28\n");
  for (int voters : {26, 28}) {
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    Attendance& at = act.attendance;
    at.in_office = 28;
    at.present_count = 21;
    at.voters_count = voters;
    at.absent = {"Alain LEROY", "Marie DUBOIS"};
    at.excused = {"Jean ANNAERT", "Luc BLANC", "Paul NOIR", "Anne PETIT",
                  "Eve ROUX",     "Guy VERT",  "Lea GRIS"};
    for (const std::string& g : at.excused) at.proxies.push_back({g, "Marc MARTIN"});
    CAPTURE(voters);
    Act checked = Checked(*doc, act);
    // 26 votants: 21 + 7 = 28 disagrees, and 21 + 9 = 30 in office rests on that 21.
    CHECK(HasRule(checked, "count.mismatch") == (voters == 26));
    CHECK(HasRule(checked, "count.exceeds_in_office") == (voters == 28));
  }
}

TEST_CASE("counts: on a scan, seats over twice the members in office gained a digit") {
  // x02 of draws 11150 and 11157, scanned: "23" read "258".
  const std::string text =
      "COMMUNE DE QUESQUES\n"
      "Nombre de membres afférents au Conseil Municipal : 258\n"
      "Nombre de membres en exercice : 14\n";
  for (bool scanned : {true, false}) {
    auto doc = scanned ? HeaderScan(text, "258", 0.93f) : TextDoc(text);
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.body.insee = "62678";  // Quesques, 720 inhabitants: 15 seats
    act.attendance.seats = 258;
    act.attendance.in_office = 14;
    Put(&act, "/attendance/seats", *doc, "membres afférents au Conseil Municipal : 258");
    Put(&act, "/attendance/in_office", *doc, "en exercice : 14");
    CAPTURE(scanned);
    // A text layer's figure is the document's, however absurd.
    CHECK(HasRule(Checked(*doc, act), "seats.population_mismatch") == !scanned);
  }
}

TEST_CASE("counts: the figure's own confidence, not a colon's, decides") {
  const std::string text = "Nombre de membres en exercice : 45\n";
  auto doc = HeaderScan(text, ":", 0.3f);
  Act act = WholeDocAct(*doc);
  Put(&act, "/attendance/in_office", *doc, "en exercice : 45");
  CheckInput in;
  in.doc = doc.get();
  in.act = &act;
  CHECK(act.evidence["/attendance/in_office"].confidence == doctest::Approx(0.3));
  CHECK(FigureTrust(in, "/attendance/in_office") == Trust::kSure);  // its digits read at 0.93
  CHECK(Legible(in, "/attendance/in_office"));
  auto doubt = HeaderScan(text, "45", 0.6f);
  Act act2 = WholeDocAct(*doubt);
  Put(&act2, "/attendance/in_office", *doubt, "en exercice : 45");
  in.doc = doubt.get();
  in.act = &act2;
  CHECK(FigureTrust(in, "/attendance/in_office") == Trust::kIllegible);  // at 0.6
  CHECK_FALSE(Legible(in, "/attendance/in_office"));
}

TEST_CASE("counts: a figure read surely among garbled label words is legible") {
  // A scan's "Conseil Municipal : de 19": the speck "de" read at 0.06 makes
  // the span illegible, the figure itself was read at 0.97. Izel-lès-Équerchin
  // (1 040 inhabitants) has 15 seats, not 19.
  const std::string text = "Nombre de membres afférents au Conseil Municipal : de 19\n";
  for (float figure : {0.97f, 0.8f}) {
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, text, 0.93f));
    std::vector<Word>& words = pages[0].lines[0].words;
    words[words.size() - 2].conf = 0.06f;  // "de"
    words.back().conf = figure;            // "19"
    auto doc = std::make_unique<DocText>(std::move(pages));
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.body.insee = "62476";
    act.attendance.seats = 19;
    Put(&act, "/attendance/seats", *doc, "membres afférents au Conseil Municipal : de 19");
    CAPTURE(figure);
    CheckInput in;
    in.doc = doc.get();
    in.act = &act;
    REQUIRE(act.evidence["/attendance/seats"].confidence < kIllegibleBelow);
    CHECK(Legible(in, "/attendance/seats") == (figure >= kFigureDoubtBelow));
    CHECK(HasRule(Checked(*doc, act), "seats.population_mismatch") ==
          (figure >= kFigureDoubtBelow));
  }
}

TEST_CASE("counts: a present list read with doubt that the stated votants confirm is whole") {
  // Hem's layout scanned: "présents : 4", "votants : 3", three names read, a
  // word among them garbled.
  const std::string text =
      "Nombre de présents : 4 - Nombre de votants : 3\n"
      "PRESENTS\n"
      "Anne LEROY, Jean DUBOIS, Marc PETIT, Conseillers.\n";
  for (bool votants : {false, true}) {
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, text, 0.93f));
    for (Line& l : pages[0].lines)
      for (Word& w : l.words)
        if (w.text == "DUBOIS,") w.conf = 0.05f;
    DocText doc(std::move(pages));
    Act act = WholeDocAct(doc);
    act.body.type = "conseil_municipal";
    Attendance& at = act.attendance;
    at.present_count = 4;
    at.present = {"Anne LEROY", "Jean DUBOIS", "Marc PETIT"};
    Put(&act, "/attendance/present_count", doc, "présents : 4");
    Put(&act, "/attendance/present/0", doc, "Anne LEROY");
    Put(&act, "/attendance/present/1", doc, "Jean DUBOIS");
    Put(&act, "/attendance/present/2", doc, "Marc PETIT");
    if (votants) {
      at.voters_count = 3;
      Put(&act, "/attendance/voters_count", doc, "votants : 3");
    }
    CAPTURE(votants);
    auto found = Rules(Checked(doc, act), "count.mismatch");
    CHECK(found.size() == (votants ? 1u : 0u));
    if (!found.empty()) CHECK(found[0].message == "4 members present stated, 3 named");
  }
}

TEST_CASE("counts: a text layer's grid with empty proxy cells lists no proxy") {
  // The totals row states 2 proxies; no "Pouvoir à" cell holds a name.
  for (float conf : {1.0f, 0.9f}) {
    std::vector<PageText> pages;
    pages.push_back(
        PageFromPlainText(1, "Collectivité Membre Présents Pouvoir à\n5 0 1 2\n", conf));
    DocText doc(std::move(pages));
    Act act = WholeDocAct(doc);
    act.body.type = "comite_syndical";
    Attendance& at = act.attendance;
    at.present = {"A. LEROY", "B. DUBOIS"};
    at.groups = {{"A. LEROY", "Seclin"}, {"B. DUBOIS", "Masny"}};
    at.proxies_count = 2;
    Put(&act, "/attendance/proxies_count", doc, "5 0 1 2");
    CAPTURE(conf);
    // A scan's empty cells may be cells unread.
    CHECK(HasRule(Checked(doc, act), "count.mismatch") == (conf == 1.0f));
  }
}

TEST_CASE("counts: on a scan, votants above present + named proxies may be pairs lost") {
  const std::string text = "Nombre de présents : 21 - Nombre de votants : 24\n";
  for (float conf : {0.9f, 1.0f}) {
    auto doc_ptr = TextDoc(text, conf);
    const DocText& doc = *doc_ptr;
    Act act = WholeDocAct(doc);
    act.body.type = "conseil_municipal";
    Attendance& at = act.attendance;
    at.present_count = 21;
    at.voters_count = 24;
    Put(&act, "/attendance/voters_count", doc, "Nombre de votants : 24");
    at.excused = {"A. UN", "B. DEUX"};
    at.proxies = {{"A. UN", "C. TROIS"}, {"B. DEUX", "D. QUATRE"}};
    CAPTURE(conf);
    CHECK(HasRule(Checked(doc, act), "count.mismatch") == (conf == 1.0f));
    at.voters_count = 22;  // fewer votants than 21 + 2: certain either way
    CHECK(HasRule(Checked(doc, act), "count.mismatch"));
  }
}

TEST_CASE(
    "counts: on a scan, members in office above the seats that the lists contradict were misread") {
  const std::string text =
      "Nombre de membres afférents au Conseil Municipal : 4\nNombre de membres en exercice : 5\n";
  for (float conf : {0.9f, 1.0f}) {
    auto doc_ptr = TextDoc(text, conf);
    const DocText& doc = *doc_ptr;
    Act act = WholeDocAct(doc);
    act.body.type = "conseil_municipal";
    Attendance& at = act.attendance;
    at.seats = 4;
    at.in_office = 5;
    Put(&act, "/attendance/in_office", doc, "en exercice : 5");
    Put(&act, "/attendance/seats", doc, "Conseil Municipal : 4");
    at.present = {"A. LEROY", "B. DUBOIS", "C. MARTIN"};
    at.excused = {"D. PETIT"};
    CAPTURE(conf);
    // 3 present + 1 excused = the 4 seats: a scan's "5" is a misreading.
    CHECK(HasRule(Checked(doc, act), "count.exceeds_in_office") == (conf == 1.0f));
  }
}

TEST_CASE("counts: on a scan, members in office below half those named present lost a digit") {
  // x02 of draw 11061: "23" read "2", 21 named present.
  const std::string text = "Nombre de membres en exercice : 2\n";
  for (float conf : {0.9f, 1.0f}) {
    auto doc_ptr = TextDoc(text, conf);
    const DocText& doc = *doc_ptr;
    Act act = WholeDocAct(doc);
    act.body.type = "conseil_municipal";
    Attendance& at = act.attendance;
    at.in_office = 2;
    Put(&act, "/attendance/in_office", doc, "en exercice : 2");
    at.present = {"A. LEROY", "B. DUBOIS", "C. MARTIN", "E. DURAND", "F. LEFEBVRE"};
    at.excused = {"D. PETIT"};
    CAPTURE(conf);
    CHECK(HasRule(Checked(doc, act), "count.exceeds_in_office") == (conf == 1.0f));
    // One below those listed is a count to report, scanned or not.
    at.in_office = 5;
    CHECK(HasRule(Checked(doc, act), "count.exceeds_in_office"));
  }
}

TEST_CASE("counts: votants against present when the excused listed gave no proxy") {
  // Hem's layout: "présents : 26 – votants : 27", one excused, no procuration.
  auto doc =
      TextDoc("Nombre de présents : 26 - Nombre de votants : 27\nABSENTS EXCUSES\nB. DEUX\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.present_count = 26;
  at.voters_count = 27;
  Put(&act, "/attendance/voters_count", *doc, "Nombre de votants : 27");
  CHECK_FALSE(HasRule(Checked(*doc, act), "count.mismatch"));  // proxies unknown
  at.excused = {"B. DEUX"};
  auto found = Rules(Checked(*doc, act), "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "27 members said to take part, but 26 present + 0 proxies = 26");
  CHECK(found[0].severity == "error");
  // The present count the session's, the votants the item's: a member who
  // arrived between them votes; said, not asserted.
  Put(&act, "/attendance/present_count", *doc, "Nombre de présents : 26");
  act.evidence["/attendance/present_count"].inherited = true;
  found = Rules(Checked(*doc, act), "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "warning");
  CHECK(found[0].message.find("stated for the session at its opening") != std::string::npos);
  // Both the session's: the document disagrees with itself.
  act.evidence["/attendance/voters_count"].inherited = true;
  found = Rules(Checked(*doc, act), "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "error");
}

TEST_CASE("counts: a scan's list read with doubt against its stated count is a warning") {
  // "Absents : 3", two names read, a word among them garbled: the third
  // name may be the reading's loss. On a text layer, an error.
  const std::string text = "Absents : 3\nAbsents : Anne LEROY, Jean DUBOIS\n";
  for (float conf : {0.93f, 1.0f}) {
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, text, conf));
    if (conf < 1.0f)
      for (Line& l : pages[0].lines)
        for (Word& w : l.words)
          if (w.text == "DUBOIS") w.conf = 0.3f;
    DocText doc(std::move(pages));
    Act act = WholeDocAct(doc);
    act.body.type = "conseil_municipal";
    act.attendance.absent_count = 3;
    act.attendance.absent = {"Anne LEROY", "Jean DUBOIS"};
    Put(&act, "/attendance/absent_count", doc, "Absents : 3");
    Put(&act, "/attendance/absent/0", doc, "Anne LEROY");
    Put(&act, "/attendance/absent/1", doc, "Jean DUBOIS");
    CAPTURE(conf);
    auto found = Rules(Checked(doc, act), "count.mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == (conf < 1.0f ? "warning" : "error"));
  }
}

TEST_CASE("counts: votants fewer than present and proxies by the members not taking part") {
  // "présents : 26 - votants : 25", one member "ne prend pas part au vote".
  auto doc = TextDoc(
      "Nombre de présents : 26 - Nombre de votants : 25\nM. Paul DURAND ne prend pas part au "
      "vote.\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.present_count = 26;
  at.voters_count = 25;
  at.proxies_count = 0;
  Put(&act, "/attendance/present_count", *doc, "présents : 26");
  Put(&act, "/attendance/voters_count", *doc, "votants : 25");
  Put(&act, "/attendance/proxies_count", *doc, "Nombre de présents");
  CHECK(HasRule(Checked(*doc, act), "count.mismatch"));
  at.non_voting = {"Paul DURAND"};
  CHECK_FALSE(HasRule(Checked(*doc, act), "count.mismatch"));
  at.voters_count = 24;  // two fewer than those who may vote: one unexplained
  CHECK(HasRule(Checked(*doc, act), "count.mismatch"));
}

TEST_CASE("counts: votants under half those present and represented are another figure's") {
  // "n'ayant pas pris part au vote : 0" read for the votants of 26 present.
  auto doc = TextDoc("Nombre de présents : 26\nNombre de votants : 0\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.present_count = 26;
  at.proxies_count = 0;
  Put(&act, "/attendance/present_count", *doc, "présents : 26");
  Put(&act, "/attendance/voters_count", *doc, "votants : 0");
  Put(&act, "/attendance/proxies_count", *doc, "Nombre de présents");
  struct Case {
    int voters;
    const char* severity;
  };
  for (const Case& c :
       {Case{0, "warning"}, Case{12, "warning"}, Case{13, "error"}, Case{25, "error"}}) {
    CAPTURE(c.voters);
    at.voters_count = c.voters;
    auto found = Rules(Checked(*doc, act), "count.mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == c.severity);
  }
}

}  // namespace delib

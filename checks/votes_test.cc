#include "tests/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE(
    "votes: seed 001, 28 votes for exceed what 11 present and the valid proxies allow, even "
    "weighted") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Checked(*doc, Seed001Act(*doc, TestGeo()));
  auto found = Rules(act, "vote.exceeds_voters");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "error");
  // Art. 15: Nord communes join, the 3 Nord delegates present and the 2 Nord
  // proxies (QUATREBOEUF, SIEGLER) weigh 3: 17 + 10 = 27 < 28.
  CHECK(found[0].message.find("28 votes for, at most 27 weighted votes could be cast") !=
        std::string::npos);
  CHECK(found[0].message.find("3 of them Département du Nord delegates") != std::string::npos);
  CHECK(found[0].message.find("6 valid proxies, 2 of them from Département du Nord delegates") !=
        std::string::npos);
  CHECK(found[0].message.find("unweighted, 17 members could vote") != std::string::npos);
  CHECK(found[0].legal_basis.find("art. 15") != std::string::npos);
  CHECK_FALSE(HasRule(act, "vote.expressed_mismatch"));
  CHECK_FALSE(HasRule(act, "vote.majority_not_reached"));
}

TEST_CASE("votes: seed 001 without the delegates' groups: weights bound the count - a warning") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Seed001Act(*doc, TestGeo());
  act.attendance.groups.clear();
  act = Checked(*doc, act);
  auto found = Rules(act, "vote.exceeds_voters");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "warning");  // 17 + 2 x min(5, 17) = 27 < 28
}

TEST_CASE(
    "votes: 43 for in a commission permanente with 35 present and no proxy stated is a warning") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_004_commission_permanente.txt");
  Act act = Checked(*doc, Seed004Act(*doc));
  auto found = Rules(act, "vote.exceeds_voters");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "warning");
  CHECK(found[0].message.find(
            "43 votes for, 35 members present and no proxy stated; 8 absent or excused members may "
            "have delegated their vote (1 stated not voting)") != std::string::npos);
}

TEST_CASE(
    "votes: more votes than present and absent members together is an error even without proxies "
    "stated") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_004_commission_permanente.txt");
  Act act = Seed004Act(*doc);
  act.votes[0].for_votes = 44;  // 35 present + 8 who could have delegated = 43
  auto found = Rules(Checked(*doc, act), "vote.exceeds_voters");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "error");
  CHECK(found[0].message.find("at most 43 votes") != std::string::npos);
}

TEST_CASE("votes: counts that fit pass - expressed - unanimity and majority errors") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_002_hem.txt");
  Act act = Seed002Act(*doc);
  act.votes[0] = Vote{};
  act.votes[0].for_votes = 30;
  act.votes[0].against = 3;
  act.votes[0].abstentions = 0;
  act.votes[0].expressed = 33;
  act.votes[0].result = "adopted";
  Act ok = Checked(*doc, act);  // 30 present + 3 proxies = 33
  CHECK_FALSE(HasRule(ok, "vote.exceeds_voters"));
  CHECK_FALSE(HasRule(ok, "vote.expressed_mismatch"));
  CHECK_FALSE(HasRule(ok, "vote.majority_not_reached"));

  act.votes[0].for_votes = 31;
  act.votes[0].expressed = 30;
  act.votes[0].unanimous = true;
  Act bad = Checked(*doc, act);
  CHECK(Rules(bad, "vote.exceeds_voters").size() == 1);
  CHECK(Rules(bad, "vote.exceeds_voters")[0].message.find("34 in all") != std::string::npos);
  CHECK(Rules(bad, "vote.expressed_mismatch").size() == 1);
  CHECK(Rules(bad, "vote.unanimous_with_against").size() == 1);

  act.votes[0] = Vote{};
  act.votes[0].for_votes = 10;
  act.votes[0].against = 12;
  act.votes[0].result = "adopted";
  auto maj = Rules(Checked(*doc, act), "vote.majority_not_reached");
  REQUIRE(maj.size() == 1);
  CHECK(maj[0].severity == "error");
}

TEST_CASE("votes: present items read as no name count among those who could vote") {
  // x09 of draw 11085, scanned: "É. RUBIO COQUEMPOT - D. PASSEBOSC" read
  // "É. RUBIO a D. PASSEBOSC", an item that is no name: 11 names read, 2
  // unread, "12 Présents" stated (a count.mismatch of the document), one proxy.
  const std::string text =
      "12 Présents : C. BEN SAÏD - C. NOWAK - V. KUCHCINSKI - S. WATTEAU - J. LAMBERT - V. "
      "VANPEENE - S. NACHEL - G. DASSONVILLE - É. RUBIO a D. PASSEBOSC - A. HINGREZ - Y. DUPONT - "
      "E. DEMEULENAERE\n"
      "1 Absents ayant donné pouvoir : J. DELATTRE à S. WATTEAU\n"
      "Délibération adoptée : Suffrages exprimés : 13 - Pour : 13 - Contre : 0 - Abstention(s) : "
      "1\n";
  auto doc = TextDoc(text, 0.9f);
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.present = {"C. BEN SAÏD", "C. NOWAK",    "V. KUCHCINSKI",  "S. WATTEAU",
                "J. LAMBERT",  "V. VANPEENE", "S. NACHEL",      "G. DASSONVILLE",
                "A. HINGREZ",  "Y. DUPONT",   "E. DEMEULENAERE"};
  at.present_count = 12;
  Put(&act, "/attendance/present/0", *doc, "C. BEN SAÏD");
  Put(&act, "/attendance/present_count", *doc, "12 Présents");
  at.absent = {"J. DELATTRE"};
  at.proxies = {Proxy{"J. DELATTRE", "S. WATTEAU"}};
  at.proxies_count = 1;
  act.votes.push_back(AdoptedVote(13, 0, 1, 13));
  Put(&act, "/votes/0/for", *doc, "Pour : 13");
  // 14 cast; 12 stated present + 1 proxy = 13, but 11 named + 2 unread + 1 = 14.
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  at.present.unread = 2;
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
}

TEST_CASE("votes: a grid's proxy cell read as words but no name is a proxy unread") {
  // x22 of draw 11094, scanned: the "Pouvoir à" cell of an excused member
  // read "SRE" (DECAGNY); 5 present, 6 votes for.
  auto doc = TextDoc("Collectivité Membre Présents Absents Excusés\n5 1 2\n", 0.9f);
  Act act = WholeDocAct(*doc);
  act.body.type = "comite_syndical";
  Attendance& at = act.attendance;
  at.present = {"Jérémie PASSEBOSC", "Véronique THIEFFRY", "Zohra DELATTRE", "Isabelle DECAGNY",
                "Anne-Charlotte DELCOURT"};
  at.present_count = 5;
  at.absent = {"Gérard VANPEENE"};
  at.excused = {"Agnès DASSONVILLE", "Zohra FIGOUREUX"};
  act.votes.push_back(AdoptedVote(6, 0, 0));
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));  // a warning: none stated
  at.proxies.unread = 1;
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  act.votes[0].for_votes = 9;  // more than present and not present together
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  // A grid's total of absent members read "14" (x21 of draw 11007): the
  // grid's eight rows bound those not present to three.
  for (const auto* list : {&at.present, &at.absent, &at.excused})
    for (const std::string& n : *list) at.groups[n] = "Dechy";
  at.absent_count = 14;
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
}

TEST_CASE("votes: SMO adhesion needs 2/3 of expressed votes") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Seed001Act(*doc, TestGeo());
  act.votes[0].for_votes = 9;
  act.votes[0].against = 6;
  act.votes[0].expressed = 15;
  auto found = Rules(Checked(*doc, act), "vote.majority_not_reached");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("9 of 15 expressed votes; the statutes require 2/3") !=
        std::string::npos);
  act.votes[0].for_votes = 10;
  act.votes[0].against = 5;
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.majority_not_reached"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("votes: a commission permanente whose delegations of vote were not read - no warning") {
  auto doc = TextDoc(
      "DELIBERATION DE LA COMMISSION PERMANENTE\n"
      "Secrétaire : Mme Véronique VERHAEGHE\n"
      "Étaient présents : M. Jean-Pierre PACCOU, Mme Marie VANDEN DORPE, Mme Véronique "
      "VERHAEGHE.\n"
      "Excusé(s) : Mme Karima DELATTRE, M. Joël BEAUCAMP.\n"
      "Délégation(s) de vote : M. Joël BEAUCAMP à Mme Marie VANDEN DORPE.\n"
      "Pour : 4 voix Contre : 0 voix Abstention : 0 voix\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "commission_permanente";
  act.secretary = "Véronique VERHAEGHE";
  act.attendance.present = {"Jean-Pierre PACCOU", "Marie VANDEN DORPE", "Véronique VERHAEGHE"};
  act.attendance.excused = {"Karima DELATTRE", "Joël BEAUCAMP"};
  act.votes.push_back(AdoptedVote(4, 0, 0));
  CheckInput in;
  in.act = &act;
  in.text = Fold(doc->folded());
  CHECK(ProxiesUnread(in));
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  act.votes[0].for_votes = 6;  // 3 present + 2 excused at most
  auto found = Rules(Checked(*doc, act), "vote.exceeds_voters");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "error");
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("votes: the unanimity of the second vote read into the first is no contradiction") {
  auto doc = TextDoc(
      "Par 25 voix pour, 5 voix contre et 3 abstentions, le Conseil Municipal fixe les tarifs\n"
      "de la restauration scolaire.\n"
      "A l'unanimité (33 voix pour, 0 voix contre, 0 abstention), le conseil municipal désigne "
      "Olivier DEVOS.\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Vote a, b;
  a.for_votes = 25, a.against = 5, a.abstentions = 3, a.unanimous = true, a.result = "adopted";
  b.for_votes = 33, b.against = 0, b.abstentions = 0, b.unanimous = true, b.result = "adopted";
  act.votes = {a, b};
  Put(&act, "/votes/0/for", *doc, "25 voix pour");
  Put(&act, "/votes/0/against", *doc, "5 voix contre");
  Put(&act, "/votes/0/unanimous", *doc, "A l'unanimité");  // the second vote's words
  Put(&act, "/votes/1/for", *doc, "33 voix pour");
  Put(&act, "/votes/1/against", *doc, "0 voix contre");
  Put(&act, "/votes/1/unanimous", *doc, "A l'unanimité");
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.unanimous_with_against"));
  // Stated on the same line as its own 5 against: a contradiction.
  Put(&act, "/votes/0/unanimous", *doc, "le Conseil Municipal fixe");
  CHECK(HasRule(Checked(*doc, act), "vote.unanimous_with_against"));
}

TEST_CASE("votes: unanimity stated lines apart from the figures is a warning, together an error") {
  // "désigne ... à l'unanimité" in an article, the item's vote below it.
  auto doc = TextDoc(
      "désigne pour siéger à l'Assemblée générale Monsieur le Maire à l'unanimité\n"
      "autorise Monsieur le Maire à prendre toutes les mesures\n"
      "PV l'exécution de la présente délibération\n"
      "conseil municipal du\n"
      "09 juin 2023\n"
      "Vote : 1 contre (Mr ROUVIER)\n"
      "3 abstentions (Mme MARTEL - Mme MICHOT - Mr PLUS)\n"
      "7 pour\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Vote v;
  v.for_votes = 7, v.against = 1, v.abstentions = 3, v.unanimous = true, v.result = "adopted";
  act.votes = {v};
  Put(&act, "/votes/0/unanimous", *doc, "à l'unanimité");
  Put(&act, "/votes/0/against", *doc, "1 contre");
  Put(&act, "/votes/0/for", *doc, "7 pour");
  auto apart = Rules(Checked(*doc, act), "vote.unanimous_with_against");
  REQUIRE(apart.size() == 1);
  CHECK(apart[0].severity == "warning");
  Put(&act, "/votes/0/unanimous", *doc, "Vote :");
  auto together = Rules(Checked(*doc, act), "vote.unanimous_with_against");
  REQUIRE(together.size() == 1);
  CHECK(together[0].severity == "error");
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("votes: proxies beyond what one member may hold do not count toward the votes") {
  // A commission permanente: Nicolas DESCAMPS holds three proxies, one allowed.
  auto doc = TextDoc(
      "Délégation(s) de vote : Mme Hélène ANNAERT à M. Fabrice DUBOIS, Mme Bénédicte MARQUE à M. "
      "Nicolas DESCAMPS, Mme Eugénie MEYFROIDT à M. Nicolas DESCAMPS, Mme Joëlle VANDEN DORPE à "
      "M. Nicolas DESCAMPS.\n"
      "Pour : 5 voix Contre : 2 voix Abstention : 0 voix\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "commission_permanente";
  Attendance& at = act.attendance;
  at.present = {"Fabrice DUBOIS", "Nicolas DESCAMPS", "Alain NOWAK"};
  at.excused = {"Hélène ANNAERT", "Bénédicte MARQUE", "Eugénie MEYFROIDT", "Joëlle VANDEN DORPE"};
  at.proxies = {{"Hélène ANNAERT", "Fabrice DUBOIS"},
                {"Bénédicte MARQUE", "Nicolas DESCAMPS"},
                {"Eugénie MEYFROIDT", "Nicolas DESCAMPS"},
                {"Joëlle VANDEN DORPE", "Nicolas DESCAMPS"}};
  act.votes.push_back(AdoptedVote(5, 2, 0));
  ProxyTally t = TallyProxies(act, 1);
  CHECK(t.valid == 2);
  CHECK(t.void_indices == std::vector<size_t>{2, 3});
  CHECK(TallyProxies(act).valid == 4);  // no limit given: all count
  Act checked = Checked(*doc, act);
  auto found = Rules(checked, "vote.exceeds_voters");
  REQUIRE(found.size() == 1);  // 7 votes, 3 present + 2 valid proxies
  CHECK(found[0].message.find("at most 5 members could vote") != std::string::npos);
  CHECK(HasRule(checked, "proxy.multiple"));
}

TEST_CASE("votes: a figure read near noise does not make votes exceed the voters") {
  // x02 of draw 11157, scanned: "Abstention(s) : 5" read at confidence 0.
  auto doc = ScanDoc(
      "2 Présents : A. LEROY - B. DUBOIS\n"
      "Pour : 2 - Contre : 0 - Abstention(s) : 5\n",
      0.9f, {{"5", 0.0f}});
  for (float conf : {0.0f, 0.9f}) {
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.attendance.present = {"A. LEROY", "B. DUBOIS"};
    act.attendance.present_count = 2;
    act.attendance.proxies_count = 0;
    act.votes.push_back(AdoptedVote(2, 0, 5));
    Put(&act, "/votes/0/abstentions", *doc, "Abstention(s) : 5");
    act.evidence["/votes/0/abstentions"].confidence = conf;
    CAPTURE(conf);
    // Read clearly, 7 votes where 2 could vote.
    CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters") == (conf >= kIllegibleBelow));
  }
}

TEST_CASE("votes: suffrages exprimés read near noise state no mismatch") {
  // x20 of draw 11166, scanned: "Suffrages exprimés : 8" read ":0" at confidence 0.
  auto doc = ScanDoc("Suffrages exprimés :0 Voix pour : 8 Voix contre : 0\n", 0.9f, {{":0", 0.0f}});
  for (float conf : {0.0f, 0.9f}) {
    Act act = WholeDocAct(*doc);
    act.body.type = "comite_syndical";
    act.votes.push_back(AdoptedVote(8, 0, 0, 0));
    Put(&act, "/votes/0/expressed", *doc, "Suffrages exprimés :0");
    act.evidence["/votes/0/expressed"].confidence = conf;
    CAPTURE(conf);
    CHECK(HasRule(Checked(*doc, act), "vote.expressed_mismatch") == (conf >= kIllegibleBelow));
  }
}

TEST_CASE("votes: on a scan, proxies the totals row states beyond those named may count") {
  // A syndicat's grid: 5 present, the totals row states 4 proxies, the
  // reading named 2 (one void); 8 votes for.
  const std::string text =
      "Présents : 5 Pouvoirs : 4\n"
      "Adopté par : Voix pour : 8\n";
  for (float conf : {1.0f, 0.9f}) {
    auto doc_ptr = TextDoc(text, conf);
    const DocText& doc = *doc_ptr;
    Act act = WholeDocAct(doc);
    act.body.type = "comite_syndical";
    Attendance& at = act.attendance;
    at.present = {"A. LEROY", "B. DUBOIS", "C. COTTEL", "D. PETIT", "E. DURAND"};
    at.excused = {"F. LEFEBVRE", "G. MOREAU", "H. SIMON"};
    at.present_count = 5;
    at.proxies_count = 4;
    at.proxies = {{"F. LEFEBVRE", "A. LEROY"}, {"C. COTTEL", "B. DUBOIS"}};
    at.groups = {{"A. LEROY", "Seclin"}, {"B. DUBOIS", "Masny"}};  // read from a grid
    Put(&act, "/attendance/proxies_count", doc, "Pouvoirs : 4");
    Vote v;
    v.for_votes = 8;
    v.result = "adopted";
    act.votes.push_back(v);
    CAPTURE(conf);
    // Born-digital, the names are the document's: 5 + 1 valid < 8. Scanned,
    // two pairs may be unread: 5 + 1 + 2 = 8.
    CHECK(TallyProxies(act).valid == (conf < 1.0f ? 3 : 1));
    CHECK(HasRule(Checked(doc, act), "vote.exceeds_voters") == (conf == 1.0f));
  }
}

TEST_CASE("votes: proxies unread, the stated votants bound the votes") {
  // Hem's layout scanned: the ABSENTS EXCUSES list lost, 32 present, "Nombre
  // de votants : 35", 34 votes cast.
  auto doc = TextDoc(
      "Nombre de présents : 32 - Nombre de votants : 35\n"
      "Par 31 voix pour, 1 voix contre et 2 abstentions\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  act.attendance.present_count = 32;
  act.votes.push_back(AdoptedVote(31, 1, 2));
  // Without the votants, 34 votes for 32 present and no absentee read.
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  act.attendance.voters_count = 35;
  Put(&act, "/attendance/voters_count", *doc, "Nombre de votants : 35");
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  act.votes[0].for_votes = 33;  // 36 votes for 35 votants
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
}

TEST_CASE("votes: a scan's proxies read in part, the stated votants bound the votes") {
  // Hem's layout scanned: 20 present, 3 of the 5 proxies read, "votants : 25", 25 votes.
  const std::string text =
      "Nombre de présents : 20 - Nombre de votants : 25\n"
      "Par 22 voix pour, 3 voix contre et 0 abstention\n";
  for (float conf : {0.9f, 1.0f}) {
    auto doc_ptr = TextDoc(text, conf);
    const DocText& doc = *doc_ptr;
    Act act = WholeDocAct(doc);
    act.body.type = "conseil_municipal";
    act.attendance.present_count = 20;
    act.attendance.voters_count = 25;
    Put(&act, "/attendance/voters_count", doc, "Nombre de votants : 25");
    act.attendance.excused = {"A. UN", "B. DEUX", "C. TROIS", "D. QUATRE", "E. CINQ"};
    act.attendance.present = {"F. SIX", "G. SEPT", "H. HUIT"};
    act.attendance.proxies = {{"A. UN", "F. SIX"}, {"B. DEUX", "G. SEPT"}, {"C. TROIS", "H. HUIT"}};
    act.votes.push_back(AdoptedVote(22, 3, 0));
    CAPTURE(conf);
    // A text layer's three proxies are the document's: 25 > 23.
    CHECK(HasRule(Checked(doc, act), "vote.exceeds_voters") == (conf == 1.0f));
  }
}

TEST_CASE("votes: a stated present count below the names read does not cap the votes") {
  // "13 Présents" with 14 names (count.mismatch), 1 proxy, 15 votes cast.
  auto doc = TextDoc("13 Présents : A - B\nPour : 14 Abstention : 1\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  Attendance& at = act.attendance;
  at.present_count = 13;
  at.present = {"A. LEROY",  "B. DUBOIS", "C. MARTIN",  "D. PETIT",   "E. DURAND",
                "F. MOREAU", "G. SIMON",  "H. LAURENT", "I. ROUX",    "J. DAVID",
                "K. BERTIN", "L. GIRARD", "M. BONNET",  "N. FRANCOIS"};
  at.excused = {"B. CAUWET"};
  at.proxies = {{"B. CAUWET", "A. LEROY"}};
  act.votes.push_back(AdoptedVote(14, 0, 1));
  Act checked = Checked(*doc, act);
  CHECK(HasRule(checked, "count.mismatch"));
  CHECK_FALSE(HasRule(checked, "vote.exceeds_voters"));
  act.votes[0].for_votes = 15;  // 16 votes: more than 14 + 1
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  // A text layer stating 16 present over these 14 names: the names are the
  // record, 14 + 1 could vote.
  act.votes[0].for_votes = 15;
  at.present_count = 16;
  Put(&act, "/attendance/present/0", *doc, "13 Présents");
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
}

TEST_CASE("votes: a proxies heading OCR garbled ('2 Absents donné PVR') still says proxies exist") {
  auto doc = TextDoc(
      "12 Présents : V. SAINT-MAXENT - M FIGOUREUX\n"
      "2 Absents donné PVR Ë ANNAERT à à J. DEVOS - D. MARQUE à à C. VERHAEGHE\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  act.attendance.present_count = 12;
  act.attendance.in_office = 14;
  Vote v;
  v.for_votes = 14;
  v.result = "adopted";
  act.votes.push_back(v);
  CheckInput in;
  in.doc = doc.get();
  in.act = &act;
  in.text = Fold(doc->raw());
  CHECK(ProxiesUnread(in));
  // 14 votes: 12 present and the 2 others in office may have delegated.
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  act.votes[0].for_votes = 15;
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  // Neither the members in office nor the seats read, no one read absent (x04
  // of draw 11060): nothing bounds the proxies unread.
  act.attendance.in_office.reset();
  CHECK_FALSE(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
  act.attendance.seats = 14;
  CHECK(HasRule(Checked(*doc, act), "vote.exceeds_voters"));
}

TEST_CASE("votes: votes beyond an attendance the item inherited from the session are a warning") {
  // Minutes state who sat once, at the opening; members arriving later vote
  // on later items unread. The same excess on the item's own attendance is an
  // error.
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_002_hem.txt");
  Act act = Seed002Act(*doc);
  act.votes[0] = Vote{};
  act.votes[0].for_votes = 40;  // 30 present + 3 proxies = 33
  act.votes[0].result = "adopted";
  auto own = Rules(Checked(*doc, act), "vote.exceeds_voters");
  REQUIRE(own.size() == 1);
  CHECK(own[0].severity == "error");

  Evidence& present = act.evidence["/attendance/present"];
  present.page = 1;
  present.text = "Etaient presents : ...";
  present.inherited = true;
  auto inherited = Rules(Checked(*doc, act), "vote.exceeds_voters");
  REQUIRE(inherited.size() == 1);
  CHECK(inherited[0].severity == "warning");
  CHECK(inherited[0].message.find("stated once for the session") != std::string::npos);
}

TEST_CASE("votes: votes beyond a scan's present names, no count stated, are a warning") {
  // A name the reading lost is a voter unseen; the same on a text layer is
  // an error.
  for (float conf : {0.9f, 1.0f}) {
    CAPTURE(conf);
    auto doc = TextDoc(
        "Présents : M. A. DUPONT, Mme B. MARTIN, M. C. DURAND\nAdopté par 4 voix pour.\n", conf);
    Act act = WholeDocAct(*doc);
    act.body.type = "conseil_municipal";
    act.attendance.present = {"A. DUPONT", "B. MARTIN", "C. DURAND"};
    Put(&act, "/attendance/present/0", *doc, "A. DUPONT");
    act.attendance.proxies_count = 0;
    Put(&act, "/attendance/proxies_count", *doc, "Présents");
    Vote v;
    v.for_votes = 4, v.result = "adopted";
    act.votes = {v};
    Put(&act, "/votes/0/for", *doc, "4 voix pour");
    auto found = Rules(Checked(*doc, act), "vote.exceeds_voters");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == (conf < 1.0f ? "warning" : "error"));
  }
}

}  // namespace delib

#include "tests/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE("proxies: seed 001 - BARTHOLOMEUS present gives a proxy to DISSAUX - who is excused") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Checked(*doc, Seed001Act(*doc, TestGeo()));
  auto giver = Rules(act, "proxy.giver_present");
  REQUIRE(giver.size() == 1);
  CHECK(giver[0].message ==
        "Grégory BARTHOLOMEUS is listed present and also gives a proxy to M. DISSAUX");
  CHECK(giver[0].evidence.size() == 2);
  auto holder = Rules(act, "proxy.holder_not_present");
  REQUIRE(holder.size() == 1);
  CHECK(holder[0].severity == "error");
  CHECK(holder[0].message ==
        "Jean-Claude DISSAUX is listed excused yet holds the proxy of Grégory BARTHOLOMEUS");
  CHECK_FALSE(HasRule(act, "proxy.multiple"));
}

TEST_CASE("proxies: a member listed present and excused holds or gives a proxy lawfully") {
  // Present "en dehors des points 12a et 13a", excused "pour le point 12a et
  // 13a": present for part of the session; the lists do not say for which
  // items, so the proxy is neither void nor an anomaly.
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_002_hem.txt");
  Act act = Seed002Act(*doc);
  const std::string holder = act.attendance.proxies[0].to;
  act.attendance.excused.push_back(holder);
  Act checked = Checked(*doc, act);
  CHECK_FALSE(HasRule(checked, "proxy.holder_not_present"));
  CHECK_FALSE(HasRule(checked, "vote.exceeds_voters"));
  CHECK(TallyProxies(act).void_indices.empty());
  // Listed excused only, the same holder is not present: an error.
  Act gone = Seed002Act(*doc);
  const int at = FindPerson(gone.attendance.present, holder);
  REQUIRE(at >= 0);
  gone.attendance.present.erase(gone.attendance.present.begin() + at);
  gone.attendance.excused.push_back(holder);
  auto found = Rules(Checked(*doc, gone), "proxy.holder_not_present");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "error");
}

TEST_CASE("proxies: Hem's three proxies to three present members pass") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_002_hem.txt");
  Act act = Checked(*doc, Seed002Act(*doc));
  CHECK_FALSE(HasRule(act, "proxy.giver_present"));
  CHECK_FALSE(HasRule(act, "proxy.holder_not_present"));
  CHECK_FALSE(HasRule(act, "proxy.multiple"));
}

TEST_CASE("proxies: two proxies to one member - allowed only in a COVID window") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_002_hem.txt");
  Act act = Seed002Act(*doc);
  act.attendance.proxies[1].to = "F. VERCAMER";
  Act bad = Checked(*doc, act);
  auto found = Rules(bad, "proxy.multiple");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("Francis VERCAMER holds 2 proxies (Pascal NYS, Jérôme MEERSEMAN)") !=
        std::string::npos);
  act.dates.session = "2021-02-04";
  act.dates.convocation = "2021-01-28";
  CHECK_FALSE(HasRule(Checked(*doc, act), "proxy.multiple"));
}

TEST_CASE("persons: surname and initial") {
  CHECK(SamePerson("M. COULON", "Christophe COULON"));
  CHECK(SamePerson("P. VANDEN DORPE", "Pascal VANDEN DORPE"));
  CHECK(SamePerson("Mme VANPEENE", "Anne VANPEENE"));
  CHECK(SamePerson("C LEFEBVRE", "Claire LEFEBVRE"));
  CHECK_FALSE(SamePerson("X. DUBOIS", "G. DUBOIS"));
  CHECK_FALSE(SamePerson("M. DISSAUX", "Claude BACHELET"));
  CHECK(SamePerson("Mireille HINGREZ-CÉRÉDA", "M. HINGREZ-CÉRÉDA"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("proxies: names a badly read table ran together say nothing; a proxy read twice is one") {
  CHECK(ReadableName("M. DISSAUX"));
  CHECK(ReadableName("Mme Bénédicte MONNET"));
  CHECK_FALSE(ReadableName("Brigitte VANPEENE   Mme Bénédicte MONNET"));
  CHECK_FALSE(ReadableName("Véronique SAINT-MAXENT [] Mme Joëlle NOWAK EN [] X []"));
  CHECK_FALSE(ReadableName("Brigitte VANPEENE Mme Bénédicte MONNET"));
  auto doc = TextDoc("Mme Brigitte VANPEENE   Mme Bénédicte MONNET [X] pouvoir à MONNET\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "comite_syndical";
  Attendance& at = act.attendance;
  at.present = {"Brigitte VANPEENE   Mme Bénédicte MONNET", "Mireille CAUWET", "Jérôme OUAGUEF"};
  at.excused = {"Brigitte VANPEENE   Mme Bénédicte MONNET"};
  at.proxies = {{"Brigitte VANPEENE   Mme Bénédicte MONNET", "MONNET"},
                {"Brigitte VANPEENE   Mme Bénédicte MONNET", "MONNET"}};
  Act checked = Checked(*doc, act);
  CHECK_FALSE(HasRule(checked, "proxy.giver_present"));
  CHECK_FALSE(HasRule(checked, "proxy.multiple"));
  at.proxies = {{"Paul ARNAUD", "Jérôme OUAGUEF"}, {"Paul ARNAUD", "Jérôme OUAGUEF"}};
  at.excused = {"Paul ARNAUD"};
  CHECK_FALSE(HasRule(Checked(*doc, act), "proxy.multiple"));
  at.proxies.push_back({"Marc BERTIN", "Jérôme OUAGUEF"});
  CHECK(HasRule(Checked(*doc, act), "proxy.multiple"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("proxies: a president read as a given name alone does not make the present list incomplete") {
  auto doc = TextDoc("sous la présidence de Monsieur Hervé\nGUISLAIN, Maire.\n"
                     "3 Présents : H GUISLAIN – C. COQUELLE - V. HONORÉ\n"
                     "1 Absents ayant donné pouvoir : D. DECAGNY à M. PACCOU\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "conseil_municipal";
  act.president = "Hervé";
  Attendance& at = act.attendance;
  at.in_office = 4;
  at.present_count = 3;
  at.present = {"H GUISLAIN", "C. COQUELLE", "V. HONORÉ"};
  at.proxies = {{"D. DECAGNY", "M. PACCOU"}};
  CHECK_FALSE(PresentListIncomplete(act));
  auto found = Rules(Checked(*doc, act), "proxy.holder_not_present");
  REQUIRE(found.size() == 1);  // PACCOU is in no list of a complete attendance
  CHECK(found[0].severity == "warning");
  act.president = "Hervé GUISLAIN";
  CHECK_FALSE(PresentListIncomplete(act));
  act.president = "Paul MARTINEZ";  // a sitting president missing from the list: it lost names
  CHECK(PresentListIncomplete(act));
  CHECK_FALSE(HasRule(Checked(*doc, act), "proxy.holder_not_present"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("proxies: a holder OCR broke into a fragment of a present member's surname is not asserted absent") {
  // A comité syndical's grid, scanned: the "Pouvoir à" cell "Mme\nANNAERT" read "Fe AERT".
  const std::string text =
      "Marcq-en-Barœul Mme Bénédicte ANNAERT [X]\n"
      "Noyelles-sur-Selle Mme Marie-Claude CRÉPIN [X] Fe AERT\n"
      "Roubaix M. Olivier LEROY [X]\n";
  auto make = [&](float conf) {
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, text, conf));
    return std::make_unique<DocText>(std::move(pages));
  };
  for (float conf : {0.88f, 1.0f}) {
    auto doc = make(conf);
    Act act = WholeDocAct(*doc);
    act.body.type = "comite_syndical";
    Attendance& at = act.attendance;
    at.present = {"Bénédicte ANNAERT", "Olivier LEROY"};
    at.present_count = 2;
    at.excused = {"Marie-Claude CRÉPIN"};
    at.excused_count = 1;
    at.proxies = {{"Marie-Claude CRÉPIN", "Fe AERT"}};
    at.proxies_count = 1;
    Put(&act, "/attendance/proxies/0", *doc, "Mme Marie-Claude CRÉPIN [X] Fe AERT");
    act.votes.push_back(AdoptedVote(3, 0, 0));
    Act checked = Checked(*doc, act);
    if (conf < 1.0f) {  // scanned: the fragment may be ANNAERT, who is present
      CHECK(HolderReadAsFragment(act, 0));
      CHECK_FALSE(HasRule(checked, "proxy.holder_not_present"));
      CHECK_FALSE(HasRule(checked, "vote.exceeds_voters"));
    } else {  // printed so in a text layer: a holder who is not present
      CHECK_FALSE(HolderReadAsFragment(act, 0));
      CHECK(HasRule(checked, "proxy.holder_not_present"));
      CHECK(HasRule(checked, "vote.exceeds_voters"));
    }
  }
}

TEST_CASE("proxies: a scanned grid's holder that the grid lists nowhere is a cell misread") {
  // "Pouvoir à" cell "M. KOWALSKI" read "ARE"; the grid lists every member.
  const std::string text =
      "Illies Mme Catherine ANNAERT [X]\n"
      "Férin M. Nicolas VERHAEGHE [X] ARE\n"
      "Mortagne-du-Nord Mme Laurence KOWALSKI [X]\n";
  for (float conf : {0.88f, 1.0f}) {
    auto doc_ptr = TextDoc(text, conf);
    const DocText& doc = *doc_ptr;
    Act act = WholeDocAct(doc);
    act.body.type = "comite_syndical";
    Attendance& at = act.attendance;
    at.present = {"Catherine ANNAERT", "Laurence KOWALSKI"};
    at.excused = {"Nicolas VERHAEGHE"};
    at.proxies = {{"Nicolas VERHAEGHE", "ARE"}};
    at.groups = {{"Catherine ANNAERT", "Illies"}, {"Nicolas VERHAEGHE", "Férin"},
                 {"Laurence KOWALSKI", "Mortagne-du-Nord"}};
    Put(&act, "/attendance/proxies/0", doc, "M. Nicolas VERHAEGHE [X] ARE");
    CAPTURE(conf);
    CHECK(HasRule(Checked(doc, act), "proxy.holder_not_present") == (conf == 1.0f));
  }
}

// An act of `body_type` whose only proxy, `from` to `to`, is read from the
// document's first line (its evidence is that line, at the document's confidence).
static Act OneProxyAct(const DocText& doc, const char* body_type, std::vector<std::string> present,
                       std::vector<std::string> excused, const std::string& from, const std::string& to) {
  Act act = WholeDocAct(doc);
  act.body.type = body_type;
  Attendance& at = act.attendance;
  at.present = std::move(present);
  at.excused = std::move(excused);
  at.proxies = {{from, to}};
  const std::string& raw = doc.raw();
  Put(&act, "/attendance/proxies/0", doc, raw.substr(0, raw.find('\n')));
  return act;
}

TEST_CASE("proxies: a scanned holder whose given name is garbled, surname of one member present") {
  // x14 of draw 11053: "Nicolas VANDENBERGHE" read "Dhs VANDENBERGHE".
  const std::string text = "Émilie RUBIO COQUEMPOT ayant donné procuration à Dhs VANDENBERGHE\n";
  auto check = [&](float conf, std::vector<std::string> excused) {
    auto doc = TextDoc(text, conf);
    Act act = OneProxyAct(*doc, "conseil_municipal", {"Nicolas VANDENBERGHE", "Marc PETIT"},
                          std::move(excused), "Émilie RUBIO COQUEMPOT", "Dhs VANDENBERGHE");
    act.attendance.present_count = 2;
    return HasRule(Checked(*doc, act), "proxy.holder_not_present");
  };
  CHECK_FALSE(check(0.9f, {"Émilie RUBIO COQUEMPOT"}));
  // Printed so: someone else, not present.
  CHECK(check(1.0f, {"Émilie RUBIO COQUEMPOT"}));
  // Another VANDENBERGHE is listed excused: the holder may be that one.
  CHECK(check(0.9f, {"Émilie RUBIO COQUEMPOT", "Anne VANDENBERGHE"}));
}

TEST_CASE("proxies: a scanned pair read near noise may hold any given name of its surname") {
  // x29 of draw 11072: "Mme Pierrette LAMBERT" read "Mme Piretle LAMBERT", the pair at confidence 0.
  const std::string text = "Mme Marie-Hélène MEYFROIDT à Mme Piretle LAMBERT\n";
  for (float conf : {0.05f, 0.9f}) {
    auto doc = TextDoc(text, conf);
    Act act = OneProxyAct(*doc, "commission_permanente", {"Pierrette LAMBERT", "Marc PETIT"},
                          {"Marie-Hélène MEYFROIDT"}, "Marie-Hélène MEYFROIDT", "Piretle LAMBERT");
    CAPTURE(conf);
    // Read clearly, Piretle is a given name: another LAMBERT, not present.
    CHECK(HasRule(Checked(*doc, act), "proxy.holder_not_present") == (conf > 0.5f));
  }
}

TEST_CASE("proxies: a scanned holder with a given name read whole is not the namesake present") {
  // x15 of draw 11052: Jérémie PASSEBOSC holds a proxy, Bénédicte PASSEBOSC is present.
  for (const char* holder : {"Jérémie PASSEBOSC", "J. PASSEBOSC"}) {
    const std::string text = std::string("Marie-Claude MALFAIT ayant donné procuration à ") + holder + "\n";
    auto doc = TextDoc(text, 0.9f);
    Act act = OneProxyAct(*doc, "conseil_municipal", {"Bénédicte PASSEBOSC", "Marc PETIT"},
                          {"Marie-Claude MALFAIT"}, "Marie-Claude MALFAIT", holder);
    act.attendance.present_count = 2;
    CAPTURE(holder);
    CHECK_FALSE(HolderReadAsFragment(act, 0));
    CHECK(HasRule(Checked(*doc, act), "proxy.holder_not_present"));
  }
}

TEST_CASE("proxies: a pair read near noise whose holder no list names is unread, not an outsider") {
  // x02 of draw 11107: "B. PASSEBOSC à É. GAUTHIER" read "… à É. MOMIE" at 0.13.
  const std::string text = "B. PASSEBOSC à É. MOMIE\n";
  for (float conf : {0.13f, 0.9f}) {
    auto doc = TextDoc(text, conf);
    Act act = OneProxyAct(*doc, "conseil_municipal", {"É. GAUTHIER", "M. WATTEAU"},
                          {"B. PASSEBOSC"}, "B. PASSEBOSC", "É. MOMIE");
    CAPTURE(conf);
    CHECK(HasRule(Checked(*doc, act), "proxy.holder_not_present") == (conf > kIllegibleBelow));
  }
}

TEST_CASE("proxies: a holder read whole, the one present member of that surname read with doubt") {
  // x30 of draw 11097: "Mme Véronique DUBOIS" read "Mme Vaio DUBOIS" (0.28)
  // in the present list; the pair read well.
  const std::string text =
      "Étaient présents : Mme Vaio DUBOIS, M. Marc PETIT\n"
      "Délégation(s) de vote : Mme Catherine CAREY à Mme Véronique DUBOIS\n";
  for (float present_conf : {0.28f, 0.9f}) {
    auto doc = TextDoc(text, 0.9f);
    Act act = WholeDocAct(*doc);
    act.body.type = "commission_permanente";
    Attendance& at = act.attendance;
    at.present = {"Vaio DUBOIS", "Marc PETIT"};
    at.proxies = {{"Catherine CAREY", "Véronique DUBOIS"}};
    Put(&act, "/attendance/present/0", *doc, "Mme Vaio DUBOIS");
    act.evidence["/attendance/present/0"].confidence = present_conf;
    Put(&act, "/attendance/proxies/0", *doc, "Mme Catherine CAREY à Mme Véronique DUBOIS");
    CAPTURE(present_conf);
    // Read clearly, Vaio DUBOIS is another person than the holder.
    CHECK(HasRule(Checked(*doc, act), "proxy.holder_not_present") == (present_conf > kDoubtBelow));
  }
}

TEST_CASE("proxies: a scanned holder named nowhere, sharing a present member's given name, is misread") {
  const std::string text = "Eugénie COTTEL ayant donné procuration à Chantal D' HARAS\n";
  for (float conf : {0.9f, 1.0f}) {
    auto doc = TextDoc(text, conf);
    Act act = OneProxyAct(*doc, "conseil_municipal", {"Chantal D'HALLUIN", "Marc PETIT"},
                          {"Eugénie COTTEL"}, "Eugénie COTTEL", "Chantal D' HARAS");
    act.attendance.present_count = 2;
    CAPTURE(conf);
    CHECK(HasRule(Checked(*doc, act), "proxy.holder_not_present") == (conf == 1.0f));
  }
  // A surname nothing like the member's is another person (x17 of draw 11171):
  // Maxime HINGREZ holds a proxy, Maxime MAHTOUR sat.
  const std::string other = "Laurence PRUVOST ayant donné procuration à Maxime HINGREZ\n";
  auto doc = TextDoc(other, 0.9f);
  Act act = OneProxyAct(*doc, "conseil_municipal", {"Maxime MAHTOUR", "Marc PETIT"},
                        {"Laurence PRUVOST"}, "Laurence PRUVOST", "Maxime HINGREZ");
  act.attendance.present_count = 2;
  CHECK_FALSE(HolderReadAsFragment(act, 0));
  CHECK(HasRule(Checked(*doc, act), "proxy.holder_not_present"));
  // Unless the member's name was read near noise ("Daniel PONRSE" at 0 for
  // Daniel BOURGEOIS, x13 of draw 11126).
  act.evidence["/attendance/present/0"].confidence = 0.0;
  CHECK(HolderReadAsFragment(act, 0));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("proxies: a giver listed present whose holder is not named is a warning") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Seed001Act(*doc, TestGeo());
  for (Proxy& p : act.attendance.proxies) p.to.clear();
  auto giver = Rules(Checked(*doc, act), "proxy.giver_present");
  REQUIRE(giver.size() == 1);
  CHECK(giver[0].severity == "warning");
  CHECK(giver[0].message ==
        "Grégory BARTHOLOMEUS is listed present and also gives a proxy (its holder not named)");
  CHECK_FALSE(HasRule(Checked(*doc, act), "proxy.holder_not_present"));
}

}  // namespace delib

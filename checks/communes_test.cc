#include "tests/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE(
    "commune checks: seed 001, Saily-lez-Lannoy and Chérengh are misspelled; all in the MEL") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Checked(*doc, Seed001Act(*doc, TestGeo()));
  auto found = Rules(act, "commune.misspelled");
  REQUIRE(found.size() == 2);
  std::string all = found[0].message + " | " + found[1].message;
  CHECK(all.find("\"Saily-lez-Lannoy\" (article 1) is not an official commune name; closest: "
                 "Sailly-lez-Lannoy (59522)") != std::string::npos);
  CHECK(all.find("\"Chérengh\" (vu courriers)") != std::string::npos);
  CHECK(found[0].severity == "warning");
  REQUIRE(found[0].evidence.size() == 1);
  CHECK_FALSE(HasRule(act, "commune.unknown"));
  CHECK_FALSE(HasRule(act, "commune.not_member"));
}

TEST_CASE("commune checks: an unknown name and a commune outside the EPCI the title names") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Seed001Act(*doc, TestGeo());
  CommuneRef arras;
  arras.printed = "Arras";
  arras.insee = "62041";
  arras.name = "Arras";
  arras.match = "exact";
  arras.list = "article 1";
  act.communes.push_back(arras);
  CommuneRef ghost;
  ghost.printed = "Zzyzx-sur-Lys";
  ghost.list = "article 1";
  act.communes.push_back(ghost);
  act = Checked(*doc, act);
  auto nm = Rules(act, "commune.not_member");
  REQUIRE(nm.size() == 1);
  CHECK(nm[0].message ==
        "Arras (62041, article 1) is not a member of Métropole Européenne de Lille, whose communes "
        "the act concerns");
  auto unknown = Rules(act, "commune.unknown");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message.find("Zzyzx-sur-Lys") != std::string::npos);
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("commune checks: OCR noise around a commune the act names elsewhere is not unknown") {
  REQUIRE(TestGeo());
  auto doc = TextDoc("Vu les délibérations des communes de Lille, Oisy\nArticle 1 : Lille da Oisy : "
                     "Hondeville\n");
  Act act = WholeDocAct(*doc);
  act.body.type = "comite_syndical";
  auto add = [&](const char* printed, const char* insee, const char* list) {
    CommuneRef c;
    c.printed = printed;
    if (insee) c.insee = insee, c.name = printed, c.match = "exact";
    c.list = list;
    act.communes.push_back(c);
  };
  add("Lille", "59350", "vu deliberations");
  add("Oisy", "59446", "vu deliberations");
  add("Lille da", nullptr, "article 1");
  add("Oisy :", nullptr, "article 1");
  add("Hondeville", nullptr, "article 1");  // no such commune
  auto found = Rules(Checked(*doc, act), "commune.unknown");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("\"Hondeville\"") == 0);
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("commune checks: names OCR damaged are not the document's misspellings") {
  REQUIRE(TestGeo());
  // Article 1 of a comité syndical, scanned: "Aix-en-Pévèle" read with its
  // accent twice, "Illies" with l for I, "Bac" cut from "Aubigny-au-Bac" with
  // a confidence of 0.3; "Auigny-au-Bac" is the document's own misspelling.
  const std::string text =
      "- Aix-en-Pévèêle\n- lllies\n- Bac\n- Auigny-au-Bac\n- Raïillencourt-Sainte-Olle\n- Br\n";
  for (float conf : {0.9f, 1.0f}) {
    auto doc_ptr = TextDoc(text, conf);
    const DocText& doc = *doc_ptr;
    Act act = WholeDocAct(doc);
    auto add = [&](const std::string& printed, const char* insee, const char* name,
                   const char* match) {
      CommuneRef c;
      c.printed = printed;
      if (insee) c.insee = insee, c.name = name;
      c.match = match;
      c.list = "article 1";
      act.evidence["/communes/" + std::to_string(act.communes.size())] = Ev(doc, printed);
      act.communes.push_back(c);
    };
    add("Aix-en-Pévèêle", "59004", "Aix-en-Pévèle", "fuzzy");
    add("lllies", "59320", "Illies", "fuzzy");
    add("Bac", nullptr, nullptr, "none");
    act.evidence["/communes/2"].confidence = conf < 1.0f ? 0.3 : 1.0;
    add("Auigny-au-Bac", "59024", "Aubigny-au-Bac", "fuzzy");
    add("Raïillencourt-Sainte-Olle", "59488", "Raillencourt-Sainte-Olle", "fuzzy");
    // "- Bry" read "- Br" at 0.51 (x20 of draw 11103): two letters OCR kept.
    add("Br", nullptr, nullptr, "none");
    act.evidence["/communes/5"].confidence = conf < 1.0f ? 0.51 : 1.0;
    Act checked = Checked(doc, act);
    auto found = Rules(checked, "commune.misspelled");
    if (conf < 1.0f) {
      REQUIRE(found.size() == 1);
      CHECK(found[0].message.find("\"Auigny-au-Bac\"") == 0);
      CHECK_FALSE(HasRule(checked, "commune.unknown"));
    } else {  // a text layer: every difference is the document's
      CHECK(found.size() == 4);
      CHECK(Rules(checked, "commune.unknown").size() == 2);
    }
  }
}

TEST_CASE("commune checks: a writer's slip read with doubt is still the document's misspelling") {
  REQUIRE(TestGeo());
  // Tesseract reads unusual words with low confidence, slips as misreadings:
  // a letter doubled or dropped is a writer's slip; a doubled accent or a
  // letter OCR inserts is its own.
  const std::string text =
      "- Frelinghiien\n- Saint-Remy-Chausée\n- Quaëédypre\n- Ilwuy\n- Sainte-Marie-Capppel\n"
      "- Hem-Lengjiet\nVu les délibérations de Hem-Lenglet\n- EÉmerchicourt\n- Émerchicourrt\n";
  auto doc_ptr = TextDoc(text, 0.9f);
  const DocText& doc = *doc_ptr;
  Act act = WholeDocAct(doc);
  auto add = [&](const std::string& printed, const char* insee, const char* name, double conf) {
    CommuneRef c;
    c.printed = printed;
    c.insee = insee;
    c.name = name;
    c.match = "fuzzy";
    c.list = "article 1";
    std::string ptr = "/communes/" + std::to_string(act.communes.size());
    act.evidence[ptr] = Ev(doc, printed);
    act.evidence[ptr].confidence = conf;
    act.communes.push_back(c);
  };
  add("Frelinghiien", "59252", "Frelinghien", 0.465);
  add("Saint-Remy-Chausée", "59542", "Saint-Remy-Chaussée", 0.469);
  add("Quaëédypre", "59479", "Quaëdypre", 0.604);
  add("Ilwuy", "59322", "Iwuy", 0.446);
  add("Sainte-Marie-Capppel", "59536", "Sainte-Marie-Cappel", 0.15);  // near noise
  // One accented capital read twice, plain and accented (x24 of draw 11124).
  add("EÉmerchicourt", "59192", "Émerchicourt", 0.398);
  auto found = Rules(Checked(doc, act), "commune.misspelled");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.find("\"Frelinghiien\"") == 0);
  CHECK(found[1].message.find("\"Saint-Remy-Chausée\"") == 0);
  // A letter a writer doubled, read with the same doubt: the document's.
  add("Émerchicourrt", "59192", "Émerchicourt", 0.398);
  found = Rules(Checked(doc, act), "commune.misspelled");
  REQUIRE(found.size() == 3);
  CHECK(found[2].message.find("\"Émerchicourrt\"") == 0);
  act.communes.pop_back();
  // Read right in another list of the act: OCR's, even read with some confidence.
  add("Hem-Lengjiet", "59300", "Hem-Lenglet", 0.51);
  CHECK(Rules(Checked(doc, act), "commune.misspelled").size() == 3);
  add("Hem-Lenglet", "59300", "Hem-Lenglet", 0.33);
  act.communes.back().match = "exact";
  act.communes.back().list = "vu deliberations";
  CHECK(Rules(Checked(doc, act), "commune.misspelled").size() == 2);
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("geography: with a département hint, no fuzzy match in another region") {
  REQUIRE(TestGeo());
  const Geography& geo = *TestGeo();
  // Hondeville is no commune: Mondeville (14, Normandie) is one letter away,
  // Vendeville (59) two, too many for ten letters.
  CommuneMatch m = geo.Match("Hondeville", "59");
  CHECK(m.match == "none");
  CHECK_FALSE(m.commune);
  // Without a hint, the closest commune of France.
  m = geo.Match("Hondeville");
  REQUIRE(m.commune);
  CHECK(m.commune->code == "14437");
  // The hinted département's own misspellings still match, and a neighbour
  // in its region at one letter (Pas-de-Calais from Nord).
  m = geo.Match("Saily-lez-Lannoy", "59");
  REQUIRE(m.commune);
  CHECK(m.commune->code == "59522");
  m = geo.Match("Arrass", "59");
  REQUIRE(m.commune);
  CHECK(m.commune->code == "62041");
}

}  // namespace delib

namespace delib {
using namespace testing;

// The one matcher's levels on the geography: printed, how it was read,
// expected INSEE code ("" for none) and level.
TEST_CASE("geography: confusions of the table cost less than a letter") {
  REQUIRE(TestGeo());
  const Geography& geo = *TestGeo();
  struct Row {
    const char* printed;
    Trust trust;
    const char* insee;
    MatchLevel level;
  };
  const Row rows[] = {
      {"Bierne", Trust::kTextLayer, "59082", MatchLevel::kExact},
      {"BIERNE", Trust::kTextLayer, "59082", MatchLevel::kAccent},
      {"Bieme", Trust::kSure, "59082", MatchLevel::kConfusion},      // m for rn
      {"Bieme", Trust::kTextLayer, "59082", MatchLevel::kConfusion},  // within a letter anyway
      {"lwuy", Trust::kSure, "59322", MatchLevel::kConfusion},        // l for I, under 5 letters
      {"lwuy", Trust::kTextLayer, "", MatchLevel::kNone},             // a text layer's typo: none
      {"S0CX", Trust::kSure, "59570", MatchLevel::kConfusion},        // 0 for O
      {"Saily-lez-Lannoy", Trust::kSure, "59522", MatchLevel::kTypo},
      {"Hondeville", Trust::kSure, "", MatchLevel::kNone},
  };
  for (const Row& r : rows) {
    CAPTURE(r.printed);
    CAPTURE(static_cast<int>(r.trust));
    CommuneMatch m = geo.Match(r.printed, "59", r.trust);
    CHECK((m.commune ? m.commune->code : "") == std::string(r.insee));
    CHECK(m.level == r.level);
  }
}

}  // namespace delib

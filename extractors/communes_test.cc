#include "extractors/communes.h"

#include <map>
#include <set>

#include "checks/test_support.h"

namespace delib {
using namespace testing;

namespace {
std::map<std::string, std::vector<const CommuneRef*>> ByList(const Act& act) {
  std::map<std::string, std::vector<const CommuneRef*>> out;
  for (const CommuneRef& c : act.communes) out[c.list.value_or("")].push_back(&c);
  return out;
}
const CommuneRef* Find(const Act& act, const std::string& list, const std::string& printed) {
  for (const CommuneRef& c : act.communes)
    if (c.list == list && c.printed == printed) return &c;
  return nullptr;
}
}  // namespace

TEST_CASE("communes: seed 001 lists - across a page break and a blank line") {
  REQUIRE(TestGeo());
  // 50 lines a page: the article 1 list is split across pages.
  auto doc = SeedDoc("seed_001_comite_syndical.txt", 50);
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  auto lists = ByList(act);
  CHECK(lists["article 1"].size() == 91);
  CHECK(lists["article 1 conditional"].size() == 21);
  CHECK(lists["vu deliberations"].size() == 70);
  CHECK(lists["vu courriers"].size() == 20);
  CHECK(lists.size() == 4);
  // Both sides of the blank line after "Leers" and of the page break.
  REQUIRE(Find(act, "article 1", "Leers"));
  REQUIRE(Find(act, "article 1", "Lesquin"));
  REQUIRE(Find(act, "article 1", "Willems"));
  REQUIRE(Find(act, "article 1 conditional", "Illies"));
  std::set<int> pages;
  for (size_t i = 0; i < act.communes.size(); ++i)
    pages.insert(act.evidence.at("/communes/" + std::to_string(i)).page);
  CHECK(pages.size() >= 2);

  const CommuneRef* saily = Find(act, "article 1", "Saily-lez-Lannoy");
  REQUIRE(saily);
  CHECK(saily->match == "fuzzy");
  CHECK(saily->insee == std::optional<std::string>("59522"));
  CHECK(saily->name == std::optional<std::string>("Sailly-lez-Lannoy"));
  const CommuneRef* cherengh = Find(act, "vu courriers", "Chérengh");
  REQUIRE(cherengh);
  CHECK(cherengh->match == "fuzzy");
  CHECK(cherengh->insee == std::optional<std::string>("59146"));
  const CommuneRef* prem = Find(act, "vu courriers", "Prêmesques");
  REQUIRE(prem);
  CHECK(prem->match == "accent");
  CHECK(prem->insee == std::optional<std::string>("59470"));
  const CommuneRef* villeneuve = Find(act, "vu deliberations", "Villeneuve-d'Ascq");
  REQUIRE(villeneuve);
  CHECK(villeneuve->match == "exact");
  CHECK(Find(act, "vu deliberations", "Wicres"));  // last before "(ci-après"
  CHECK(Find(act, "vu deliberations", "Allennes-les-Marais"));
  // Evidence text is the name as printed.
  CHECK(act.evidence.at("/communes/0").text == act.communes[0].printed);
  for (const CommuneRef& c : act.communes) CHECK_MESSAGE(c.match != "none", c.printed);
}

TEST_CASE("communes: inline enumeration with 'et' and an annex list") {
  REQUIRE(TestGeo());
  std::vector<PageText> pages = {
      PageFromPlainText(1,
                        "Vu les délibérations prises par les communes de Hem, Croix et Roubaix ;\n"
                        "Annexe 1 : liste des membres adhérents\n"
                        "- Région Hauts-de-France\n"
                        "- Hem\n"
                        "- Croix\n")};
  DocText doc(std::move(pages));
  Act act = WholeDocAct(doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["vu deliberations"].size() == 3);
  CHECK(lists["vu deliberations"][2]->printed == "Roubaix");
  REQUIRE(lists["annexe 1"].size() == 2);  // the Région is not a commune
  CHECK(lists["annexe 1"][0]->name == std::optional<std::string>("Hem"));
}

TEST_CASE("communes: no list - no communes") {
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  CHECK(act.communes.empty());
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("communes: the header's département decides between homonyms") {
  // Two communes named "Bourghelles-Test": one in the Nord, one elsewhere and more populous.
  Commune nord{"59999", "Bourghelles-Test", "59", "", 100, ""};
  Commune other{"80999", "Bourghelles-Test", "80", "", 5000, ""};
  Geography geo = Geography::FromLists({nord, other}, {});
  geo.AddDepartement("59", "Nord");
  std::vector<PageText> pages = {
      PageFromPlainText(1,
                        "République Française\n"
                        "Département du Nord\n"
                        "Article 1 : APPROUVE l'adhésion des communes suivantes :\n"
                        "- Bourghelles-Test\n")};
  DocText doc(std::move(pages));
  Act act = WholeDocAct(doc);
  ExtractContext ctx{&geo};
  ExtractCommunes(doc, ctx, &act);
  REQUIRE(act.communes.size() == 1);
  CHECK(act.communes[0].insee == std::optional<std::string>("59999"));
  CHECK(act.communes[0].list == std::optional<std::string>("article 1"));
  REQUIRE(TestGeo());
  CHECK(TestGeo()->DepartementCode("Pas-de-Calais") == "62");
  CHECK(TestGeo()->DepartementCode("nord") == "59");
}

}  // namespace delib

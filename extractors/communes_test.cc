#include "extractors/communes.h"

#include <map>
#include <set>

#include "tests/test_support.h"

namespace delib {
using namespace testing;

namespace {
std::map<std::string, std::vector<const CommuneRef*>> ByList(const Act& act) {
  std::map<std::string, std::vector<const CommuneRef*>> out;
  for (const CommuneRef& c : act.communes) out[c.list.value_or("")].push_back(&c);
  return out;
}
// The entries of one list extracted from `text` (a plain text layer, or an
// OCR reading at `conf` below 1).
std::vector<CommuneRef> ListOf(const std::string& text, const std::string& list,
                               float conf = 1.0f) {
  auto doc = TextDoc(text, conf);
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  std::vector<CommuneRef> out;
  for (const CommuneRef& c : act.communes)
    if (c.list == list) out.push_back(c);
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

TEST_CASE("communes: lists whose announcing sentence wraps, as the seed 001 PDF reads") {
  REQUIRE(TestGeo());
  // The text layer of the seed 001 PDF: "communes de" ends a line, and the
  // sentence before the bullets runs on two more lines.
  std::vector<PageText> pages = {PageFromPlainText(
      1,
      "Vu les délibérations pour l'adhésion au Syndicat mixte au titre de sa compétence « usages\n"
      "numériques / NTIC en matière de numérique éducatif » prises par les communes de\n"
      "Allennes-les-Marais, Anstaing, Armentières, Aubers, Bauvin,\n"
      "Wervicq-Sud, Wicres (ci-après « les communes du premier groupe ») ;\n"
      "Article 1 : APPROUVE l'adhésion des communes suivantes au Syndicat mixte Nord – "
      "Pas-de-Calais\n"
      "Numérique au titre de la compétence « usages numériques / NTIC en matière de numérique\n"
      "éducatif ».\n"
      "- Baisieux\n"
      "- Hantay\n"
      "L'effectivité de cette adhésion est conditionnée, pour les communes suivantes, à l'adoption "
      "d'une\n"
      "délibération approuvant leur adhésion :\n"
      "- Illies\n"
      "Article 2 : INVITE les communes n'ayant pas encore délibéré à se prononcer.\n")};
  DocText doc(std::move(pages));
  Act act = WholeDocAct(doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["vu deliberations"].size() == 7);
  CHECK(lists["vu deliberations"][0]->insee == std::optional<std::string>("59005"));
  CHECK(lists["vu deliberations"][6]->printed == "Wicres");
  REQUIRE(lists["article 1"].size() == 2);
  CHECK(lists["article 1"][1]->insee == std::optional<std::string>("59281"));  // Hantay
  REQUIRE(lists["article 1 conditional"].size() == 1);
  CHECK(lists["article 1 conditional"][0]->printed == "Illies");
  CHECK(lists.size() == 3);
}

TEST_CASE(
    "communes: a commune of another département one letter from one cited is it, misspelled") {
  REQUIRE(TestGeo());
  // x18 of draw 11070 (a text layer): a syndicat of the Nord approves
  // "Ledinghem" (a commune of the Pas-de-Calais) and cites Ledringhem (Nord).
  auto doc = TextDoc(
      "Département du Nord\n"
      "Vu les délibérations pour l'adhésion au Syndicat prises par les communes de Ledringhem, "
      "Bierne (ci-après « les communes du premier groupe ») ;\n"
      "Article 1 : APPROUVE l'adhésion des communes suivantes au SIAVL.\n"
      "- Bierne\n"
      "- Ledinghem\n");
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["article 1"].size() == 2);
  CHECK(lists["article 1"][1]->printed == "Ledinghem");
  CHECK(lists["article 1"][1]->name == std::optional<std::string>("Ledringhem"));
  CHECK(lists["article 1"][1]->match == "fuzzy");
  // Named alone, it is the commune of the Pas-de-Calais it spells.
  auto alone = TextDoc(
      "Département du Nord\n"
      "Article 1 : APPROUVE l'adhésion des communes suivantes au SIAVL.\n"
      "- Bierne\n"
      "- Ledinghem\n");
  Act a2 = WholeDocAct(*alone);
  ExtractCommunes(*alone, ctx, &a2);
  auto l2 = ByList(a2);
  REQUIRE(l2["article 1"].size() == 2);
  CHECK(l2["article 1"][1]->match == "exact");
  CHECK(l2["article 1"][1]->name == std::optional<std::string>("Ledinghem"));
}

TEST_CASE("communes: a bullet read before the end of the sentence announcing the list") {
  REQUIRE(TestGeo());
  // x23 of draw 11053, scanned: the conditional list's announcing sentence
  // ends on a line that OCR opened with a dash.
  auto doc = TextDoc(
      "L'effectivité de cette adhésion est conditionnée, pour les communes suivantes, à\n"
      "- l'adoption d'une délibération approuvant leur adhésion :\n"
      "- Bondues\n"
      "- Cerfontaine\n"
      // A speck read as a dash before the next article (x21 of draw 11060).
      "- Article 2 : AUTORISE Monsieur le Président à signer tout document.\n");
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["list conditional"].size() == 2);
  CHECK(lists.size() == 1);
  CHECK(lists["list conditional"][0]->printed == "Bondues");
  CHECK(lists["list conditional"][1]->printed == "Cerfontaine");
}

TEST_CASE("communes: OCR of a bulleted list across a page, some dashes lost") {
  REQUIRE(TestGeo());
  // As Tesseract reads the scan of a comité syndical's article 1: the second
  // page opens with a blank line, three items lost their dash.
  std::vector<PageText> pages = {
      PageFromPlainText(1,
                        "Article 1 : APPROUVE l'adhésion des communes suivantes au SIECF.\n"
                        "- Aniche\n"
                        "- Bierne\n",
                        0.9f),
      PageFromPlainText(
          2,
          " \n"
          "- Potelle\n"
          "Proville\n"
          "- Raucourt-au-Bois\n"
          "Tourmignies\n"
          "Vieux-Reng\n"
          "- Oisy :\n"
          "- Lille da\n"
          "‘ Estaires\n"
          "Le Syndicat certifie\n"
          "L'effectivité de cette adhésion est conditionnée, pour les communes suivantes, à\n",
          0.9f)};
  DocText doc(std::move(pages));
  Act act = WholeDocAct(doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["article 1"].size() == 10);
  CHECK(lists["article 1"][3]->printed == "Proville");
  CHECK(lists["article 1"][3]->insee == std::optional<std::string>("59476"));
  CHECK(lists["article 1"][6]->printed == "Vieux-Reng");
  // Specks of OCR at either end of a name.
  CHECK(lists["article 1"][7]->printed == "Oisy");
  CHECK(lists["article 1"][7]->insee == std::optional<std::string>("59446"));
  CHECK(lists["article 1"][8]->printed == "Lille");
  CHECK(lists["article 1"][8]->insee == std::optional<std::string>("59350"));
  CHECK(lists["article 1"][9]->insee == std::optional<std::string>("59212"));  // Estaires
  CHECK_FALSE(Find(act, "article 1", "Le Syndicat certifie"));  // no commune of that name
}

TEST_CASE("communes: OCR reads some dashes of a list as '=', '<', '_-'") {
  REQUIRE(TestGeo());
  // As Tesseract reads a comité syndical's article 1 (a scan at 200 dpi): the
  // list must not end at the first misread dash, nor at a speck before one
  // opening the next page.
  std::vector<PageText> pages = {
      PageFromPlainText(1,
                        "Article 1 : APPROUVE l'adhésion des communes suivantes au SIDEN.\n"
                        "- Bambecque\n"
                        "= Hardifort\n"
                        "< Hornaing\n"
                        "_- Bellaing\n"
                        "- Iwuy\n",
                        0.9f),
      PageFromPlainText(
          2,
          ":- Moncheaux\n"
          "= - Ebblinghem\n"
          ": - Quesnoy-sur-Deûle\n"
          "-_ Troisvilles\n"
          "-__Rumilly-en-Cambrésis\n"
          "_ Sailly-lez-Lannoy\n"
          "= Le Syndicat certifie\n"
          "L'effectivité de cette adhésion est conditionnée, pour les communes suivantes, à\n",
          0.9f)};
  DocText doc(std::move(pages));
  Act act = WholeDocAct(doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["article 1"].size() == 11);
  CHECK(lists["article 1"][1]->printed == "Hardifort");
  CHECK(lists["article 1"][1]->match == "exact");
  CHECK(lists["article 1"][2]->printed == "Hornaing");
  CHECK(lists["article 1"][3]->printed == "Bellaing");
  CHECK(lists["article 1"][5]->printed == "Moncheaux");
  CHECK(lists["article 1"][6]->printed == "Ebblinghem");
  CHECK(lists["article 1"][7]->printed == "Quesnoy-sur-Deûle");
  CHECK(lists["article 1"][8]->printed == "Troisvilles");
  CHECK(lists["article 1"][9]->printed == "Rumilly-en-Cambrésis");
  CHECK(lists["article 1"][10]->printed == "Sailly-lez-Lannoy");
  CHECK_FALSE(Find(act, "article 1", "Le Syndicat certifie"));
}

TEST_CASE("communes: specks read in a bullet's place keep the list going, a commune only") {
  REQUIRE(TestGeo());
  // Tesseract read "- Ors" as "» + Ors" in a comité syndical's article 1 (a
  // scan, x20 of draw 11050): the list went on after it, five items lost.
  auto doc = TextDoc(
      "Article 1 : APPROUVE l'adhésion des communes suivantes au SIECF.\n"
      "- Mérignies\n"
      "» + Ors\n"
      "- Romeries\n"
      "' ~ Wahagnies\n"
      "\" + Le Syndicat certifie\n"
      "- Preux-au-Bois\n"
      "=: S0CX\n"
      // A speck read as a short word before the name, marks after it.
      "ie Quérénaing\n"
      "0 Wicres\n"
      "oe Féchain |\n"
      "- Le Doulieu\n"
      // A speck read as a word of two letters and a period (x23 of draw 11087).
      "En. Lannoy\n"
      "- Hornaing\n",
      0.9f);
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["article 1"].size() == 12);
  CHECK(lists["article 1"][10]->printed == "Lannoy");
  CHECK(lists["article 1"][11]->printed == "Hornaing");
  CHECK(lists["article 1"][6]->printed == "Quérénaing");
  CHECK(lists["article 1"][7]->printed == "Wicres");
  CHECK(lists["article 1"][8]->printed == "Féchain");
  CHECK(lists["article 1"][9]->printed == "Le Doulieu");
  CHECK(lists["article 1"][1]->printed == "Ors");
  CHECK(lists["article 1"][1]->insee == std::optional<std::string>("59450"));
  CHECK(lists["article 1"][2]->printed == "Romeries");
  CHECK(lists["article 1"][3]->printed == "Wahagnies");
  // A line so read that names no commune is dropped; the list goes on.
  CHECK_FALSE(Find(act, "article 1", "Le Syndicat certifie"));
  CHECK(lists["article 1"][4]->printed == "Preux-au-Bois");
  // A zero for the O: the matcher's confusion.
  CHECK(lists["article 1"][5]->printed == "S0CX");
  CHECK(lists["article 1"][5]->insee == std::optional<std::string>("59570"));
}

TEST_CASE("communes: a Vu clause after an OCR speck of punctuation still opens its list") {
  REQUIRE(TestGeo());
  auto doc = TextDoc(
      "Vu les délibérations pour l'adhésion au Syndicat prises par les communes de Auberchicourt, "
      "Baisieux ;\n"
      ": Vu les courriers adressés au Syndicat. par les maires des communes de Bas-Lieu, Crochte,\n"
      "Linselles (ci-après « les communes du second groupe ») ;\n");
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  auto lists = ByList(act);
  CHECK(lists["vu deliberations"].size() == 2);
  REQUIRE(lists["vu courriers"].size() == 3);
  CHECK(lists["vu courriers"][0]->printed == "Bas-Lieu");
  CHECK(lists["vu courriers"][2]->printed == "Linselles");
  // Its next line opening on a speck read as a sign ("= Quesnoy-sur-Deûle").
  auto doc2 = TextDoc(
      "Vu les courriers adressés au Syndicat par les maires des communes de Bachy, Bauvin, "
      "Morbecque,\n"
      "= Quesnoy-sur-Deûle, Wavrechain-sous-Faulx (ci-après « les communes du second groupe ») "
      "faisant\n");
  Act act2 = WholeDocAct(*doc2);
  ExtractCommunes(*doc2, ctx, &act2);
  auto lists2 = ByList(act2);
  REQUIRE(lists2["vu courriers"].size() == 5);
  CHECK(lists2["vu courriers"][3]->printed == "Quesnoy-sur-Deûle");
  // A "(" read from a speck before a name does not end the list; "(ci-après" does.
  auto doc3 = TextDoc(
      "Vu les délibérations pour l'adhésion au Syndicat prises par les communes de\n"
      "Bantigny, Bierne, (Comines, Ramillies, Rœulx (ci-après « les communes du premier\n"
      "groupe ») ;\n");
  Act act3 = WholeDocAct(*doc3);
  ExtractCommunes(*doc3, ctx, &act3);
  auto lists3 = ByList(act3);
  REQUIRE(lists3["vu deliberations"].size() == 5);
  CHECK(lists3["vu deliberations"][2]->printed == "Comines");
  CHECK(lists3["vu deliberations"][4]->printed == "Rœulx");
}

TEST_CASE("communes: OCR specks inside a Vu heading or before a bullet keep the list") {
  REQUIRE(TestGeo());
  // x19 of draw 11116 and x22 of draw 11117, scanned.
  auto doc = TextDoc(
      "Vu les. courriers adressés au Syndicat par les maires des communes de Brouckerque, Loffre,\n"
      "Toufflers (ci-après « les communes du second groupe ») ;\n"
      "Article 1 : APPROUVE l'adhésion des communes suivantes au SIDEN.\n"
      "- Brouckerque\n"
      "© - Loffre\n"
      "- Toufflers\n"
      "Article 2 : AUTORISE Monsieur le Président à signer tout document.\n");
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["vu courriers"].size() == 3);
  CHECK(lists["vu courriers"][1]->printed == "Loffre");
  REQUIRE(lists["article 1"].size() == 3);
  CHECK(lists["article 1"][1]->printed == "Loffre");
  // A line read without its bullet is kept when it names a commune, or a
  // name another list of the act prints as an item (x19 of draw 11135).
  const std::string kArticle1 =
      "Article 1 : APPROUVE l'adhésion des communes suivantes au SIDEN.\n";
  auto loose = ListOf(
      "Vu les délibérations pour l'adhésion au Syndicat prises par les communes de Hecq, "
      "Les Trois-Moulins (ci-après « les communes du premier groupe ») ;\n" +
          kArticle1 + "- Brouckerque\nHecq\nLes Trois-Moulins\nLes Deux-Moulins\n- Loffre\n",
      "article 1");
  REQUIRE(loose.size() == 4);
  CHECK(loose[2].printed == "Les Trois-Moulins");
  CHECK_FALSE(loose[2].insee.has_value());
  CHECK(loose[3].printed == "Loffre");
  // Its bullet read as a quote and a confusion of data/confusions.tsv in it:
  // the commune the matcher finds, printed as read.
  auto rn = ListOf(kArticle1 + "- Brouckerque\n“ Bieme\n- Loffre\n", "article 1", 0.9f);
  REQUIRE(rn.size() == 3);
  CHECK(rn[1].printed == "Bieme");
  CHECK(rn[1].name == std::optional<std::string>("Bierne"));
  // A name under five letters read by OCR matches by confusions alone.
  auto iwuy = ListOf(kArticle1 + "- Brouckerque\n- lwuy\n- lxyz\n", "article 1", 0.9f);
  REQUIRE(iwuy.size() == 3);
  CHECK(iwuy[1].printed == "lwuy");
  CHECK(iwuy[1].insee == std::optional<std::string>("59322"));
  CHECK(iwuy[2].printed == "lxyz");  // no commune either way: as read
  // A speck read alone on a line at the page break, inside the list (x20 of draw 11122).
  CHECK(ListOf(kArticle1 + "- Brouckerque\na\n- Loffre\n- Toufflers\n"
                           "Article 2 : AUTORISE Monsieur le Président.\n",
               "article 1")
            .size() == 3);
  // A copyright sign alone before a word is no bullet.
  CHECK(ListOf(kArticle1 + "- Brouckerque\n© Loffre et autres\n", "article 1").size() == 1);
}

TEST_CASE("communes: a Vu clause cut by lines read out of order gives no list") {
  REQUIRE(TestGeo());
  // A scan whose first Vu line Tesseract set above the attendance grid: the
  // clause stops on a comma, its other names come later, orphaned.
  auto doc = TextDoc(
      "Vu les délibérations pour l'adhésion au Syndicat prises par les communes de Beaufort, "
      "Bousignies, Capinghem,\n"
      "»\n"
      "Le douze novembre deux mille dix-neuf, le comité syndical s'est réuni à Saint-Omer.\n"
      " \n"
      "Montigny-en-Ostrevent M. Joël COQUELLE E4 (5 Écl\n"
      "Vu les statuts du Syndicat ;\n"
      "Erquinghem-Lys, Salomé, Viesly, Élesmes (ci-après « les communes du premier groupe ») ;\n"
      "Vu les courriers adressés au Syndicat par les maires des communes de Lambersart, "
      "Lez-Fontaine,\n"
      "Moustier-en-Fagne, Volckerinckhove (ci-après « les communes du second groupe ») faisant "
      "état\n");
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  auto lists = ByList(act);
  CHECK(lists.count("vu deliberations") == 0);
  REQUIRE(lists["vu courriers"].size() == 4);
  CHECK(lists["vu courriers"][3]->printed == "Volckerinckhove");
}

TEST_CASE("communes: OCR sets a bullet inside the sentence announcing the list") {
  REQUIRE(TestGeo());
  // Tesseract on a scanned comité syndical: the first item comes before the
  // end of the sentence, a name from the attendance table strays in.
  std::vector<PageText> pages = {PageFromPlainText(
      2,
      ": L'effectivité de cette adhésion est conditionnée, pour les communes suivantes, à "
      "l'adoption d'une délibération\n"
      "  - Illies .\n"
      "approuvant leur adhésion :\n"
      "- Capinghem\n"
      "  Mme Véronique SAINT-MAXENT\n"
      "- Hondeghem\n"
      "Article 2 : AUTORISE Monsieur le Président à signer tout document.\n",
      0.8f)};
  DocText doc(std::move(pages));
  Act act = WholeDocAct(doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(doc, ctx, &act);
  auto lists = ByList(act);
  REQUIRE(lists["list conditional"].size() == 3);
  CHECK(lists["list conditional"][0]->printed == "Illies");
  CHECK(lists["list conditional"][2]->printed == "Hondeghem");
  CHECK(lists.size() == 1);
  // The bullet before the sentence's end, a bar read after its colon (x19 of
  // draw 11114): the end of the sentence, no item.
  std::vector<PageText> pages2 = {PageFromPlainText(
      2,
      "L'effectivité de cette adhésion est conditionnée, pour les communes suivantes, à "
      "l'adoption d'une délibération\n"
      "- approuvant leur adhésion : |\n"
      "- Eswars\n"
      "- Maurois\n"
      "Article 2 : AUTORISE Monsieur le Président à signer tout document.\n",
      0.8f)};
  DocText doc2(std::move(pages2));
  Act act2 = WholeDocAct(doc2);
  ExtractCommunes(doc2, ctx, &act2);
  auto lists2 = ByList(act2);
  REQUIRE(lists2["list conditional"].size() == 2);
  CHECK(lists2["list conditional"][0]->printed == "Eswars");
}

TEST_CASE("communes: a sentence that has ended before a non-bullet line announces no list") {
  REQUIRE(TestGeo());
  std::vector<PageText> pages = {
      PageFromPlainText(1,
                        "Le Président rappelle la situation des communes suivantes.\n"
                        "Le comité syndical délibère.\n"
                        "- Hem\n")};
  DocText doc(std::move(pages));
  Act act = WholeDocAct(doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(doc, ctx, &act);
  CHECK(act.communes.empty());
}

TEST_CASE("communes: no list - only the communes its sentences name, not its letterhead") {
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = WholeDocAct(*doc);
  ExtractContext ctx{TestGeo()};
  ExtractCommunes(*doc, ctx, &act);
  // "la commune de Prêmesques" in the recitals, printed alike each time;
  // "COMMUNE DE PREMESQUES" heads the page.
  REQUIRE(act.communes.size() == 1);
  CHECK(act.communes[0].printed == "Prêmesques");
  CHECK(act.communes[0].list == std::optional<std::string>("mention"));
}

}  // namespace delib

namespace delib {
using namespace testing;

TEST_CASE("communes: the header's département decides between homonyms") {
  // Two communes named "Bourghelles-Test": one in the Nord, one elsewhere and more populous.
  Commune nord{"59999", "Bourghelles-Test", "59", "", 100, "", "", ""};
  Commune other{"80999", "Bourghelles-Test", "80", "", 5000, "", "", ""};
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

TEST_CASE("communes: a commune named in a sentence after its lead, not in a letterhead") {
  if (!TestGeo()) {
    MESSAGE("geography not installed (scripts/setup): skipped");
    return;
  }
  struct Row {
    const char* text;
    std::vector<std::string> printed;
  };
  const Row kRows[] = {
      {"La commune de Hem a sollicité une subvention.", {"Hem"}},
      {"Sont concernées les communes de Hem, Croix et Roubaix pour 2025.",
       {"Hem", "Croix", "Roubaix"}},
      {"La Ville de Lille, représentée par son maire, signe la convention.", {"Lille"}},
      {"COMMUNE DE HEM\nLe conseil municipal approuve.", {}},
      {"La commune de Nulle-Part-Ici adhère.", {}},
      {"la commune de rattachement est consultée.", {}},
  };
  for (const Row& r : kRows) {
    CAPTURE(r.text);
    std::vector<std::string> got;
    for (const CommuneRef& c : ListOf(r.text, "mention")) got.push_back(c.printed);
    CHECK(got == r.printed);
  }
}

}  // namespace delib

namespace delib {
using namespace testing;

// A commune named as a place in a sentence, in the body's département, one
// row each: the sentence, then the names read (printed), "|"-joined.
TEST_CASE("communes: places named after 'à', 'de' or a postal code (table)") {
  REQUIRE(TestGeo());
  struct Row {
    const char* form;
    const char* text;
    const char* read;
  };
  const Row rows[] = {
      {"after 'à', an address", "La société, dont le siège est situé à Roubaix, sollicite.\n",
       "Roubaix"},
      {"after a postal code", "domicilié ZA LES SURCENS 59100 ROUBAIX au prix de\n", "ROUBAIX"},
      {"after 'de' and a place's noun", "la maison de santé de Roubaix souhaite\n", "Roubaix"},
      {"no capital: a word, not a place", "il a été décidé de croix et de bannière\n", ""},
      {"an area's name is not the place", "le SIAEP de la région de Roubaix\n", ""},
      {"a longer proper name", "la Communauté de Communes de Roubaix Sud Touraine\n", ""},
      {"a signature is no mention", "Fait à Roubaix, le 3 mars 2024\n", ""},
      {"outside the body's département", "situé à Lyon, sollicite\n", ""},
  };
  for (const Row& r : rows) {
    INFO(std::string(r.form));
    auto doc = TextDoc(std::string("Séance\n") + r.text);
    Act act = WholeDocAct(*doc);
    act.body.insee = "59299";  // Hem, Nord
    ExtractContext ctx{TestGeo()};
    ExtractCommunes(*doc, ctx, &act);
    std::string read;
    for (const CommuneRef& c : act.communes) read += (read.empty() ? "" : "|") + c.printed;
    CHECK(read == r.read);
  }
}

}  // namespace delib

// SegmentActs on the layouts of the seeds: 000 (convention, statutes, their
// annexes, the conditions of the compétence), 004 (deliberation, convention,
// report), 002 (number and body before the register header: one act), and
// sessions holding several deliberations.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/extract.h"

namespace delib {
namespace {

std::vector<PageText> Pages(const std::vector<std::string>& texts) {
  std::vector<PageText> pages;
  for (size_t i = 0; i < texts.size(); ++i) {
    pages.push_back(PageFromPlainText(static_cast<int>(i + 1), texts[i]));
  }
  return pages;
}

std::string FirstLine(const DocText& doc, const Act& act) {
  const DocText::LineRef& l = doc.lines()[act.first_line];
  return doc.raw().substr(l.raw_begin, l.raw_end - l.raw_begin);
}

}  // namespace

TEST_CASE("segment: 000 convention, statuts, annexes, conditions") {
  DocText doc(Pages({
      R"(**Convention de partenariat pour la mise en œuvre d'un
environnement numérique de travail (ENT) dans les écoles
Entre :
L'ACADEMIE DE LILLE, représentée par le Recteur d'Académie, Madame VALERIE CABUIL,
ARTICLE 1 – Objet de la convention
La présente convention a pour objet de définir le cadre général.)",
      R"(Convention de partenariat pour la mise en œuvre d'un ENT
ARTICLE 7 – Durée de la convention
A Lille
Le 27 Novembre 2019
SIRET - 20003938600020
Statuts du syndicat mixte ouvert Nord-Pas-de-Calais Numérique
Article 1 : Composition et dénomination
il est créé un syndicat mixte ouvert à la carte)",
      R"(Article 18 : Dissolution
Annexes aux Statuts du syndicat mixte ouvert Nord-Pas-de-Calais Numérique
Annexe 1 : liste des membres adhérents
- Région Hauts-de-France
Annexe 2 : compétences transférées par chaque membre
COMPETENCE USAGES NUMERIQUES / NTIC EN MATIERE DE NUMERIQUE EDUCATIF
**CONDITIONS ADMINISTRATIVES, TECHNIQUES ET FINANCIERES D'EXERCICE DE LA
COMPETENCE NUMERIQUE EDUCATIF PAR LE SYNDICAT NORD-PAS-DE-CALAIS NUMERIQUE**
Version 5 – 12/05/2021
Article 1 : Objet)",
  }));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 4);
  CHECK(acts[0].kind == "convention");
  // The running title on page 2 does not start another convention.
  CHECK(acts[0].pages == std::vector<int>{1, 2});
  CHECK(acts[1].kind == "statuts");
  CHECK(FirstLine(doc, acts[1]) == "Statuts du syndicat mixte ouvert Nord-Pas-de-Calais Numérique");
  CHECK(acts[1].pages == std::vector<int>{2, 3});
  CHECK(acts[2].kind == "annexe");
  CHECK(FirstLine(doc, acts[2]).rfind("Annexes aux Statuts", 0) == 0);
  CHECK(acts[3].kind == "annexe");
  CHECK(FirstLine(doc, acts[3]).rfind("**CONDITIONS ADMINISTRATIVES", 0) == 0);
  CHECK(acts[3].pages == std::vector<int>{3});
  // The acts tile the document.
  CHECK(acts[0].first_line == 0);
  for (size_t i = 1; i < acts.size(); ++i) CHECK(acts[i].first_line == acts[i - 1].last_line);
  CHECK(acts.back().last_line == doc.lines().size());
}

TEST_CASE("segment: 004 deliberation, convention, report with its letterhead") {
  DocText doc(Pages({
      R"(Envoi au contrôle de légalité le : 3 novembre 2022
DEPARTEMENT DU PAS-DE-CALAIS
**DELIBERATION DE LA COMMISSION PERMANENTE
DU CONSEIL DEPARTEMENTAL**
REUNION DU 17 OCTOBRE 2022
**SIGNATURE DE LA CONVENTION DE PARTENARIAT RELATIVE À
L'ENVIRONNEMENT NUMÉRIQUE DE TRAVAIL DES HAUTS-DE-FRANCE**
(N°2022-394)
D'adopter la convention de partenariat liée au déploiement.
(Adopté)
ARRAS, le 17 octobre 2022
Maryline VINCLAIRE)",
      R"(Convention de partenariat relative à l'Environnement Numérique de Travail des Hauts-de-France
Entre :
Il est convenu ce qui suit :
ARTICLE 1 – Objet de la convention
**Pour le Syndicat Mixte Ouvert
« Nord-Pas-de-Calais Numérique »,
Le Président,**
DEPARTEMENT DU PAS-DE-CALAIS
Pôle Réussites Citoyennes
Direction de l'Education et des Collèges
Service Réussites Educatives et Prospectives
RAPPORT N°18
COMMISSION PERMANENTE DU CONSEIL DEPARTEMENTAL
REUNION DU 17 OCTOBRE 2022)",
  }));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 3);
  CHECK(acts[0].kind == "deliberation");
  CHECK(acts[0].first_line == 0);  // the transmission note above the header
  CHECK(acts[0].pages == std::vector<int>{1});
  CHECK(acts[1].kind == "convention");
  CHECK(acts[1].pages == std::vector<int>{2});
  CHECK(acts[2].kind == "rapport");
  CHECK(FirstLine(doc, acts[2]) == "DEPARTEMENT DU PAS-DE-CALAIS");
  CHECK(FirstLine(doc, acts[1]).rfind("Convention de partenariat", 0) == 0);
}

TEST_CASE("segment: 002 Hem, title lines and body before the register header") {
  DocText doc(Pages({R"(**DEL/2023/AE/135**
**ENVIRONNEMENT NUMERIQUE DE TRAVAIL SCOLAIRE**
**ADHESION AU SMO LA FIBRE NUMERIQUE 59/62**
Le Syndicat Mixte Ouvert (SMO) La Fibre Numérique 59/62 a pour but d'apporter le très haut débit.
*Direction Générale des Services*
**EXTRAIT DU REGISTRE DES DELIBERATIONS
DU CONSEIL MUNICIPAL**
**L'AN DEUX MILLE VINGT-TROIS,
Le sept décembre,**
Ainsi délibéré en séance les jour, mois et an susdits,)"}));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 1);
  CHECK(acts[0].kind == "deliberation");
  CHECK(acts[0].first_line == 0);
  CHECK(acts[0].last_line == doc.lines().size());
}

TEST_CASE("segment: a convention title under the number, before the register header") {
  // Generated municipalb layout (002's order) whose title names a convention.
  DocText doc(Pages({R"(**DEL/2020/ST/023**
**CONVENTION DE MISE À DISPOSITION DE LA SALLE DES SPORTS AU PROFIT DU
COLLÈGE**
Une convention tripartite fixe les conditions d'utilisation.
**Vu** le Code Général des Collectivités Territoriales ;
Direction Générale des Services
EXTRAIT DU REGISTRE DES DELIBERATIONS
DU CONSEIL MUNICIPAL
L'AN DEUX MILLE VINGT,
Ainsi délibéré en séance les jour, mois et an susdits,)"}));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 1);
  CHECK(acts[0].kind == "deliberation");
  CHECK(acts[0].first_line == 0);
  // Without a register header after it, the block is the convention it names.
  DocText conv(Pages({R"(CONV/2020/12
CONVENTION DE PARTENARIAT ENTRE LA COMMUNE ET L'ASSOCIATION
Article 1 : objet.)"}));
  std::vector<Act> c = SegmentActs(conv);
  REQUIRE(c.size() == 1);
  CHECK(c[0].kind == "convention");
}

TEST_CASE("segment: a title line naming a convention stays in its open deliberation") {
  DocText doc(Pages({R"(EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
SEANCE DU 19 FEVRIER 2024
Objet :
CONVENTION DE PARTENARIAT AVEC LA COMMUNE DE HEM
Le conseil municipal approuve.
Délibération adoptée à l'unanimité.)"}));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 1);
  CHECK(acts[0].kind == "deliberation");
}

TEST_CASE("segment: a heading word opening a line of a sentence starts nothing") {
  // Minutes of several items: "convention de ..." and "délibération du
  // conseil ..." wrapped to a line start are the sentence's, not a heading's.
  DocText doc(Pages({R"(Commune de Pierrefonds
Conseil Municipal du 26 avril 2018
1. Conclusion avec ENEDIS d'une convention
Madame le maire demande aux membres du conseil s'ils sont d'accord pour conclure avec ENEDIS une
convention de mise à disposition pour l'occupation du terrain ci-dessus détaillé.
Vote : Pour à l'unanimité
2. Approbation du règlement intérieur
Vu la
délibération du conseil municipal du 3 mars 2015,
Vote : Pour à l'unanimité
3. Tarifs de la cantine
Vote : Pour à l'unanimité)"}));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 3);
  for (const Act& a : acts) CHECK(a.kind == "deliberation");
  CHECK(FirstLine(doc, acts[1]) == "2. Approbation du règlement intérieur");
}

TEST_CASE(
    "segment: items split the minutes; a convention inside an item is its text, one on a new page "
    "after them is a document") {
  const std::string minutes = R"(COMPTE RENDU DU CONSEIL MUNICIPAL DU 22 JANVIER 2020
1. DECISIONS DU MAIRE
Le 17/01/2020 : CABINET CHAMPAUZAC
Convention d'honoraires Fond TA Grenoble 2.898 € TTC
2. TARIFS DE LA CANTINE
Accord du conseil à l'unanimité.
3. VENTE PARCELLE COMMUNALE
Accord du conseil à l'unanimité.)";
  {
    DocText doc(Pages({minutes}));
    std::vector<Act> acts = SegmentActs(doc);
    REQUIRE(acts.size() == 2);  // item 1 is the session's business
    CHECK(FirstLine(doc, acts[0]) == "2. TARIFS DE LA CANTINE");
    CHECK(acts[1].kind == "deliberation");
  }
  {
    DocText doc(Pages({minutes, R"(Convention de partenariat avec le CSI
Article 1 : Objet
La présente convention a pour objet la taille des haies.)"}));
    std::vector<Act> acts = SegmentActs(doc);
    REQUIRE(acts.size() == 3);
    CHECK(acts[1].kind == "deliberation");
    CHECK(acts[1].pages == std::vector<int>{1});
    CHECK(acts[2].kind == "convention");
    CHECK(acts[2].pages == std::vector<int>{2});
  }
}

TEST_CASE("segment: a heading behind a speck OCR read from the margin ('| DELIBERATION')") {
  DocText doc(Pages({R"(Envoi au contrôle de légalité le : 2 mars 2021
| DEPARTEMENT DU PAS-DE-CALAIS
| DELIBERATION DE LA COMMISSION PERMANENTE
DU CONSEIL DEPARTEMENTAL
REUNION DU 23 FEVRIER 2021
CONVENTION DE PARTENARIAT RELATIVE À L'ENVIRONNEMENT NUMÉRIQUE DE TRAVAIL
(N°2021-142)
Pour : 4 voix Contre : 5 voix Abstention : 0 voix
(Adopté))"}));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 1);
  CHECK(acts[0].kind == "deliberation");
}

TEST_CASE("segment: a number line with a speck after it still owns the title below") {
  DocText doc(Pages({R"(DEL/2022/F1/035 |
CONVENTION DE MISE À DISPOSITION DE LA SALLE DES SPORTS AU PROFIT DU COLLÈGE
Le collège du secteur ne dispose pas d'équipement sportif couvert suffisant.
EXTRAIT DU REGISTRE DES DELIBERATIONS
DU CONSEIL MUNICIPAL
Par 35 voix pour, le Conseil Municipal approuve la convention.
Ainsi délibéré en séance les jour, mois et an susdits,)"}));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 1);
  CHECK(acts[0].kind == "deliberation");
}

TEST_CASE("segment: several deliberations of one session") {
  DocText doc(Pages({
      R"(COMMUNE DE PREMESQUES
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
SEANCE DU 19 FEVRIER 2024
sous la présidence de Monsieur Yvan HUTCHINSON, Maire.
2024 - 16 : Adhésion à la Fibre Numérique 59/62
Le conseil municipal décide l'adhésion.
Délibération adoptée à l'unanimité.)",
      R"(2024 - 17 : Tarifs de la restauration scolaire
Le conseil municipal fixe les tarifs.
Délibération adoptée à l'unanimité.
2024 - 18 : Subvention au club de football
Le conseil municipal attribue la subvention.
Délibération adoptée par 15 voix pour.)",
      R"(République Française
COMMUNE DE PREMESQUES
EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
SEANCE DU 25 MARS 2024
2024 - 19 : Budget primitif
Délibération adoptée à l'unanimité.)",
  }));
  std::vector<Act> acts = SegmentActs(doc);
  REQUIRE(acts.size() == 4);
  for (const Act& a : acts) CHECK(a.kind == "deliberation");
  CHECK(acts[0].first_line == 0);
  CHECK(acts[0].header_last_line == acts[0].header_first_line);  // has its own header
  CHECK(FirstLine(doc, acts[1]) == "2024 - 17 : Tarifs de la restauration scolaire");
  CHECK(acts[1].pages == std::vector<int>{2});
  // The shared header: from the session's start to its first item.
  CHECK(acts[1].header_first_line == 0);
  CHECK(acts[1].header_last_line == 4);
  CHECK(FirstLine(doc, acts[2]) == "2024 - 18 : Subvention au club de football");
  CHECK(acts[2].header_last_line == 4);
  // A new register header after a closed deliberation: a new session, with
  // its letterhead.
  CHECK(FirstLine(doc, acts[3]) == "République Française");
  CHECK(acts[3].pages == std::vector<int>{3});
  CHECK(acts[3].header_last_line == acts[3].header_first_line);
}

TEST_CASE("segment: no text, no act; text without headings, one act") {
  DocText empty(std::vector<PageText>{});
  CHECK(SegmentActs(empty).empty());
  DocText plain(Pages({"Note de service\nRien à signaler."}));
  std::vector<Act> acts = SegmentActs(plain);
  REQUIRE(acts.size() == 1);
  CHECK(acts[0].kind == "other");
  CHECK(acts[0].pages == std::vector<int>{1});
}

TEST_CASE("segment: an extract's several votes stay one act; minutes' items split at their votes") {
  DocText extract(Pages({R"(EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
SEANCE DU 19 FEVRIER 2024
Objet : Election des adjoints
Premier tour de scrutin
Vote : 10 pour, 2 contre
Second tour de scrutin
Vote : 11 pour, 1 contre
Troisième tour
Vote : à l'unanimité
Pour extrait conforme.)"}));
  CHECK(SegmentActs(extract).size() == 1);
  DocText minutes(Pages({R"(COMPTE RENDU DU CONSEIL MUNICIPAL
Séance du 11 mars 2021
Présents : Denis JUVIN, Muriel NIGGEL
Nomination du secrétaire : Catherine VINAS est désignée secrétaire de séance
Vote : à l'unanimité
M14 - compte de gestion
Le compte est présenté.
Vote : à l'unanimité
Emprunt à court terme
Le Maire propose un emprunt.
Vote : 10 pour, 1 contre)"}));
  std::vector<Act> acts = SegmentActs(minutes);
  REQUIRE(acts.size() == 2);
  CHECK(FirstLine(minutes, acts[0]) == "M14 - compte de gestion");
  CHECK(FirstLine(minutes, acts[1]) == "Emprunt à court terme");
  // The session's header is shared: its attendance holds for both.
  CHECK(acts[1].header_last_line == acts[0].first_line);
}

}  // namespace delib

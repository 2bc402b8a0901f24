// FindActHeadings on the numbering schemes of real minutes and registers,
// written as their general forms: each row is a layout with the acts'
// headings, the lists that repeat them, and what must not be taken for one.
#include "extractors/act_headings.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/pdf/page_text.h"

namespace delib {
namespace {

struct Layout {
  const char* why;
  const char* text;
  std::vector<std::string> numbers;  // as printed ("" for an item's heading: no act number)
  std::vector<std::string> titles;   // first words of each title
};

std::string Span(const DocText& doc, size_t b, size_t e) {
  return doc.raw().substr(doc.RawOffset(b), doc.RawOffset(e) - doc.RawOffset(b));
}

const Layout kLayouts[] = {
    {"year numbers with a letter prefix, an agenda of themes above them",
     "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE\nEtaient présents : M. A, Mme B\n"
     "1. FINANCES\nDEL2025-02 : Vote du compte financier unique\nLe conseil approuve.\n"
     "DELIBERATION\nAdopté à l'unanimité.\nDEL2025-03 : Vote du budget annexe\nLe conseil.\n"
     "Adopté.\n2. PERSONNEL\nDEL 2025-04 : Création de poste\nAdopté.\n",
     {"DEL2025-02", "DEL2025-03", "DEL 2025-04"},
     {"Vote du compte", "Vote du budget", "Création de poste"}},
    {"year numbers with the title on the same line, and the register's closing index",
     "SEANCE DU 23 JUILLET 2020\nPrésents : 14\n"
     "2020-038 SUBVENTION EXCEPTIONNELLE\nLe conseil vote.\nAdopté.\n"
     "2020-039 DESIGNATION DES MEMBRES\nLe conseil désigne.\n"
     "2020-040 CANTINE TARIFS\n1) Il propose les tarifs enfants\n2) Il propose les tarifs "
     "adultes\nAdopté.\n"
     "Liste des délibérations\n2020-038 Subvention\n2020-039 Désignation\n2020-040 Cantine\n",
     {"2020-038", "2020-039", "2020-040"},
     {"SUBVENTION", "DESIGNATION", "CANTINE"}},
    {"agenda items with no act number, the agenda printed first",
     "Ordre du jour :\n1. Conclusion d'un contrat\n2. Convention de l'orgue\n3. Création d'un "
     "emploi\n"
     "Le quorum est atteint.\n"
     "1. Conclusion d'un contrat de sous-location\nLe maire expose.\nAdopté à l'unanimité.\n"
     "2. Convention d'utilisation de l'orgue\nLe maire expose.\nAdopté.\n"
     "3. Création d'un emploi d'agent\nLe maire expose.\nAdopté.\n",
     {"", "", ""},
     {"Conclusion d'un contrat de", "Convention d'utilisation", "Création d'un emploi d'agent"}},
    {"a list of decisions reported under bullets is no act; 'Objet :' before the title",
     "Décisions prises par délégation :\n- DM2025-07 : Convention de barnums\n- DM2025-08 : "
     "Virement de crédit\n"
     "- DM2025-09 : Concession funéraire\nI. FINANCES\nD2025-030 - Objet : Admission en "
     "non-valeur\n"
     "Le conseil décide.\nII. PERSONNEL\nD2025-031- Objet : Mise à jour du tableau des emplois\nLe "
     "conseil.\n",
     {"D2025-030", "D2025-031"},
     {"Admission en", "Mise à jour"}},
    {"the session's date written YYYYMMDD, then the item",
     "SEANCE DU 25 MARS 2024\n20240325 1 Approbation du compte de gestion 2023\nAdopté.\n"
     "20240325 2 Approbation du compte administratif\nAdopté.\n",
     {"20240325 1", "20240325 2"},
     {"Approbation du compte de", "Approbation du compte adm"}},
    {"a number cited in a recital is no heading",
     "2021-07 Tarifs de la cantine\nVu la délibération\n2019-070 du 3 juin 2019 approuvant la "
     "cession\n"
     "Adopté.\n2021-08 Travaux de voirie\nAdopté.\n",
     {"2021-07", "2021-08"},
     {"Tarifs", "Travaux"}},
    {"a numbered list of names on consecutive lines (a ballot's candidates) is no act",
     "1 - Election des délégués\nSont élus :\n1. GUILLOUET Jeanne\n2. LEROUX Sébastien\n3. GAUDIN "
     "Sylvain\n"
     "Adopté.\n2 - Tarifs de la cantine\nLe conseil fixe les tarifs.\nAdopté.\n",
     {"", ""},
     {"Election des", "Tarifs de la"}},
    {"item numbers with a dash, numbers skipped (a withdrawn item)",
     "Séance du 5 juillet\n1 - Subvention à l'association\nAdopté.\n2 - Les Tardives\nAdopté.\n"
     "4 - Vente de documents\nAdopté.\n",
     {"", "", ""},
     {"Subvention", "Les Tardives", "Vente de documents"}},
    {"item numbers closed by '-)', a label before the title, an information item between",
     "DECISIONS DU CONSEIL MUNICIPAL\n2-) Délibération : approbation du procès-verbal\n"
     "Approbation par 22 voix pour.\n3-) Information : actualités\nAucun vote.\n"
     "4-) Délibération : tarif de location\nApprobation par 21 voix pour.\n",
     {"", "", ""},
     {"Délibération : approbation", "Information", "Délibération : tarif"}},
    {"act numbers with no year after 'Délibération n°', the title after a colon",
     "SEANCE DU 3 MARS\nDélibération n° 12 : Tarifs de la cantine\nLe conseil fixe.\n"
     "Adopté.\nDélibération n°13 : Travaux de voirie\nAdopté.\nN° 14 - Subvention\nAdopté.\n",
     {"12", "13", "14"},
     {"Tarifs", "Travaux", "Subvention"}},
    {"year numbers written with underscores",
     "SEANCE DU 3 MARS 2023\nDEL_2023_045 : Tarifs de la cantine\nAdopté.\n"
     "DEL_2023_046 : Travaux de voirie\nAdopté.\nDEL_2023_047 : Subvention\nAdopté.\n",
     {"DEL_2023_045", "DEL_2023_046", "DEL_2023_047"},
     {"Tarifs", "Travaux", "Subvention"}},
    {"year numbers written with dots, 'Délibération' and no 'n°'",
     "SEANCE DU 3 MARS 2023\nDélibération 2023.45 - Tarifs de la cantine\nAdopté.\n"
     "Délibération 2023.46 - Travaux de voirie\nAdopté.\n",
     {"2023.45", "2023.46"},
     {"Tarifs", "Travaux"}},
    {"the act's number before its year",
     "SEANCE DU 3 MARS 2023\nN° 12/2023 : Tarifs de la cantine\nAdopté.\n"
     "N° 13/2023 : Travaux de voirie\nAdopté.\nN° 14/2023 : Subvention\nAdopté.\n",
     {"12/2023", "13/2023", "14/2023"},
     {"Tarifs", "Travaux", "Subvention"}},
    {"a two-digit year and month before the act's number",
     "SEANCE DU 13 FEVRIER 2023\n23-02/001 : Tarifs de la cantine\nAdopté.\n"
     "23-02/002 : Travaux de voirie\nAdopté.\n23-02/003 : Subvention\nAdopté.\n",
     {"23-02/001", "23-02/002", "23-02/003"},
     {"Tarifs", "Travaux", "Subvention"}},
    {"agenda items called 'Point n°'",
     "SEANCE DU 3 MARS\nPOINT N°1 : Tarifs de la cantine\nAdopté.\n"
     "POINT N° 2 - Travaux de voirie\nAdopté.\nPoint n°3 : Subvention\nAdopté.\n",
     {"", "", ""},
     {"Tarifs", "Travaux", "Subvention"}},
    {"the number on its own line, the title on the next after 'Objet :'",
     "SEANCE DU 3 MARS 2023\nDELIBERATION N° 2023-045\nOBJET : Tarifs de la cantine\nAdopté.\n"
     "DELIBERATION N° 2023-046\nOBJET : Travaux de voirie\nAdopté.\n",
     {"2023-045", "2023-046"},
     {"OBJET : Tarifs", "OBJET : Travaux"}},
    {"a letter prefix, spaces around the dash",
     "SEANCE DU 3 MARS 2023\nDCM 2023 - 045 : Tarifs de la cantine\nAdopté.\n"
     "DCM 2023 - 046 : Travaux de voirie\nAdopté.\n",
     {"DCM 2023 - 045", "DCM 2023 - 046"},
     {"Tarifs", "Travaux"}},
    {"'Délib. n°' abbreviated, a slash",
     "SEANCE DU 3 MARS 2023\nDélib. n° 2023/045 - Tarifs de la cantine\nAdopté.\n"
     "Délib. n° 2023/046 - Travaux de voirie\nAdopté.\n",
     {"2023/045", "2023/046"},
     {"Tarifs", "Travaux"}},
    {"agenda items called 'Question n°'",
     "SEANCE DU 3 MARS\nQuestion n° 1 : Tarifs de la cantine\nAdopté.\n"
     "Question n° 2 : Travaux de voirie\nAdopté.\n",
     {"", ""},
     {"Tarifs", "Travaux"}},
    {"a prefix joined by a dash",
     "SEANCE DU 3 MARS 2023\nCM-2023-045 Tarifs de la cantine\nAdopté.\n"
     "CM-2023-046 Travaux de voirie\nAdopté.\nCM-2023-047 Subvention\nAdopté.\n",
     {"CM-2023-045", "CM-2023-046", "CM-2023-047"},
     {"Tarifs", "Travaux", "Subvention"}},
    {"a plain number on its own line, the title on the next",
     "SEANCE DU 3 MARS\nDELIBERATION N°1\nTarifs de la cantine\nAdopté.\n"
     "DELIBERATION N°2\nTravaux de voirie\nAdopté.\n",
     {"1", "2"},
     {"Tarifs", "Travaux"}},
    {"a letter prefix and a two-digit year",
     "SEANCE DU 3 MARS 2023\nD23-045 Tarifs de la cantine\nAdopté.\n"
     "D23-046 Travaux de voirie\nAdopté.\n",
     {"D23-045", "D23-046"},
     {"Tarifs", "Travaux"}},
    {"a year and sequence joined by an underscore, no prefix",
     "SEANCE DU 3 MARS 2023\n2023_045 - Tarifs de la cantine\nAdopté.\n"
     "2023_046 - Travaux de voirie\nAdopté.\n",
     {"2023_045", "2023_046"},
     {"Tarifs", "Travaux"}},
};

}  // namespace

TEST_CASE("act headings: each layout's acts, and nothing else") {
  for (const Layout& l : kLayouts) {
    INFO(std::string(l.why));
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, l.text));
    DocText doc(std::move(pages));
    std::vector<ActHeading> h = FindActHeadings(doc);
    CHECK(h.size() == l.numbers.size());
    if (h.size() != l.numbers.size()) continue;
    for (size_t i = 0; i < h.size(); ++i) {
      std::string number = Span(doc, h[i].number_begin, h[i].number_end);
      if (l.numbers[i].empty()) {
        CHECK(h[i].scheme == HeadingScheme::kItemNumber);
      } else {
        CHECK(number == l.numbers[i]);
      }
      std::string title = Span(doc, h[i].title_begin, h[i].title_end);
      CHECK(title.rfind(l.titles[i], 0) == 0);
    }
  }
}

TEST_CASE("act headings: the session's own items are marked, acts are not") {
  struct Row {
    const char* title;
    bool session_item;
  };
  const Row kRows[] = {
      {"Désignation d'un secrétaire de séance", true},
      {"Nomination du secrétaire", true},
      {"Election d'un secrétaire de séance", true},
      {"Secrétaire de séance", true},
      {"Questions diverses", true},
      {"Information : actualités de la communauté", true},
      {"Communications du maire", true},
      {"Décisions prises par délégation du conseil", true},
      {"Compte rendu des décisions du maire", true},
      {"Délibération : approbation du procès-verbal", false},
      {"Approbation du compte rendu du conseil du 15 décembre", true},
      {"APPROBATION COMPTE RENDU PRECEDENT", true},
      {"Approbation du procès-verbal de la séance du 3 mars 2025", true},
      {"Approbation des procès-verbaux des séances précédentes", true},
      {"Rendu acte des décisions du maire", true},
      {"Approbation du compte de gestion 2023 – commune", false},
      {"Approbation du compte administratif 2023", false},
      {"Approbation du compte rendu annuel d'activité du concessionnaire", false},
      {"Tarifs de la cantine", false},
      {"Informatisation de la mairie : achat de matériel", false},
      {"Désignation des délégués au syndicat", false},
  };
  for (const Row& r : kRows) {
    CAPTURE(r.title);
    std::string text = std::string("SEANCE\n1. ") + r.title + "\nAdopté.\n2. Travaux\nAdopté.\n";
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, text));
    DocText doc(std::move(pages));
    std::vector<ActHeading> h = FindActHeadings(doc);
    REQUIRE(h.size() == 2);
    CHECK(h[0].session_item == r.session_item);
    CHECK_FALSE(h[1].session_item);
  }
}

TEST_CASE("act headings: the numbered articles of one decision are no acts") {
  std::vector<PageText> pages;
  pages.push_back(PageFromPlainText(
      1,
      "EXTRAIT DU REGISTRE\nVote du compte administratif\nLe conseil municipal,\n"
      "1. Lui donne acte de la présentation faite du compte administratif\n"
      "2. Constate les identités de valeurs\n\n3. Reconnait la sincérité des restes\n\n"
      "4. Vote et arrête les résultats définitifs\n"));
  DocText doc(std::move(pages));
  CHECK(FindActHeadings(doc).empty());
}

TEST_CASE("act headings: one numbered item is no scheme") {
  std::vector<PageText> pages;
  pages.push_back(
      PageFromPlainText(1, "EXTRAIT DU REGISTRE\n2024-16 Adhésion au syndicat\nAdopté.\n"));
  DocText doc(std::move(pages));
  CHECK(FindActHeadings(doc).empty());
}

TEST_CASE("act headings: a register's closing index ends the last act") {
  std::vector<PageText> pages;
  pages.push_back(PageFromPlainText(1, kLayouts[1].text));
  DocText doc(std::move(pages));
  std::vector<ActHeading> h = FindActHeadings(doc);
  REQUIRE(h.size() == 3);
  LineSpan index = TrailingIndex(doc, h);
  REQUIRE(index.last > index.first);
  CHECK(doc.FoldedLine(index.first).substr(0, 8) == "2020-038");
}

TEST_CASE("act headings: unnumbered items, each closed by the line stating its vote") {
  struct Row {
    const char* why;
    const char* text;
    std::vector<std::string> titles;  // first words of each act's title, session items aside
  };
  const Row kRows[] = {
      {"a label and its result, the secretary designated first",
       "COMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du 11 mars 2021\nPrésents : Denis JUVIN\n"
       "Objet : Nomination du secrétaire\nLe Maire propose Catherine VINAS comme secrétaire de "
       "séance\nVote : à l'unanimité\nApprobation du compte rendu du conseil du 15 décembre\n"
       "Il est passé au vote\nVote : à l'unanimité\nM14 - compte de gestion\nLe compte est "
       "présenté.\nVote : à Punanimité\nEmprunt à court terme\nLe Maire propose un emprunt.\n"
       "Vote : 10 pour, 1 contre\nFait et délibéré les jour, mois et an susdits.\n",
       {"M14 - compte", "Emprunt à court"}},
      {"a participle and its result, the first item an act",
       "PROCES-VERBAL DE LA REUNION DU COMITE SYNDICAL\nRéunion du 3 février 2022\n"
       "Tarifs de l'eau 2022\nLe comité fixe les tarifs.\nAdopté à l'unanimité\n"
       "Travaux de la station\nLe comité approuve le devis.\nAdoptée à l'unanimité des membres "
       "présents\nAdhésion au groupement\nLe comité adhère.\nApprouvé à l'unanimité\n",
       {"", "Travaux de la", "Adhésion au"}},
  };
  for (const Row& r : kRows) {
    CAPTURE(r.why);
    std::vector<PageText> pages;
    pages.push_back(PageFromPlainText(1, r.text));
    DocText doc(std::move(pages));
    std::vector<std::string> titles;
    for (const ActHeading& h : FindActHeadings(doc)) {
      CHECK(h.scheme == HeadingScheme::kAfterVote);
      CHECK(h.number_begin == h.number_end);
      if (!h.session_item) titles.push_back(Span(doc, h.title_begin, h.title_end));
    }
    REQUIRE(titles.size() == r.titles.size());
    for (size_t i = 0; i < titles.size(); ++i) CHECK(titles[i].rfind(r.titles[i], 0) == 0);
  }
  // A sentence deciding after its vote is no vote line; two votes make no file of items.
  std::vector<PageText> pages;
  pages.push_back(PageFromPlainText(
      1,
      "Séance du 3 mars\nTarifs\nÀ l'unanimité, DÉCIDE :\nde fixer les tarifs\nVote : à "
      "l'unanimité\nTravaux\nVote : à l'unanimité\n"));
  DocText doc(std::move(pages));
  CHECK(FindActHeadings(doc).empty());
}

}  // namespace delib

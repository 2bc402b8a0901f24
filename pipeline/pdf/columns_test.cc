#include "pipeline/pdf/columns.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace delib {
namespace {

// A row of the page at `y`: each part is a run of words starting at its x,
// words 30 pt apart on a 595 pt wide page.
Line Row(double y, const std::vector<std::pair<double, std::string>>& parts) {
  Line l;
  for (const auto& [x0, text] : parts) {
    double x = x0;
    size_t at = 0;
    while (at < text.size()) {
      size_t sp = text.find(' ', at);
      if (sp == std::string::npos) sp = text.size();
      Word w;
      w.text = text.substr(at, sp - at);
      w.box = {x, y, x + 26, y + 10};
      l.box.Extend(w.box);
      l.words.push_back(w);
      x += 30;
      at = sp + 1;
    }
  }
  return l;
}

std::vector<std::string> Texts(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) out.push_back(l.Text());
  return out;
}

}  // namespace

TEST_CASE("A margin column beside running text is read as a block before the body") {
  std::vector<Line> page = {
      Row(20, {{48, "Extrait du registre"}, {200, "Convoqué le lundi 31 mars 2014, le Conseil"}}),
      Row(34,
          {{48, "des délibérations"}, {200, "Municipal de la Ville de Montpellier s'est réuni"}}),
      Row(48,
          {{48, "Ville de Montpellier"}, {200, "en mairie, sous la présidence de Max LEVITA."}}),
      Row(62, {{48, "Général"}}),
      Row(76, {{48, "n° 2014 / 131"}, {200, "Présents : Fabien ABERT, Lorraine ACQUIER,"}}),
      Row(90, {{200, "Luc ALBERNHE, Rémi ASSIE, Guy BARRAL, Maud"}}),
      Row(104, {{48, "Le Conseil, après en avoir délibéré, adopte à l'unanimité."}}),
  };
  std::vector<std::string> got = Texts(SplitMarginColumn(page, 595, {}));
  const std::vector<std::string> want = {
      "Extrait du registre",
      "des délibérations",
      "Ville de Montpellier",
      "Général",
      "n° 2014 / 131",
      "Convoqué le lundi 31 mars 2014, le Conseil",
      "Municipal de la Ville de Montpellier s'est réuni",
      "en mairie, sous la présidence de Max LEVITA.",
      "Présents : Fabien ABERT, Lorraine ACQUIER,",
      // Below the column's last row, the page reads on as before.
      "Luc ALBERNHE, Rémi ASSIE, Guy BARRAL, Maud",
      "Le Conseil, après en avoir délibéré, adopte à l'unanimité.",
  };
  CHECK(got == want);
}

TEST_CASE("Rows a margin column does not explain keep their words together") {
  struct Case {
    const char* name;
    std::vector<Line> page;
    std::vector<Table> tables;
  };
  Table grid;
  grid.box = {40, 10, 560, 80};
  grid.rows = 4;
  grid.cols = 3;
  const std::vector<Case> cases = {
      // A form: labels on the left, short values on the right.
      {"form",
       {Row(20, {{48, "Date de convocation :"}, {300, "12/03/2021"}}),
        Row(34, {{48, "Membres en exercice :"}, {300, "15"}}),
        Row(48, {{48, "Présents :"}, {300, "13"}}), Row(62, {{48, "Votants :"}, {300, "14"}})},
       {}},
      // Too few rows split for a column.
      {"three rows",
       {Row(20, {{48, "Extrait du"}, {200, "Convoqué le lundi 31 mars 2014, le Conseil"}}),
        Row(34, {{48, "registre"}, {200, "Municipal de la Ville de Montpellier s'est réuni"}}),
        Row(48, {{48, "n° 131"}, {200, "en mairie, sous la présidence de Max LEVITA."}}),
        Row(62, {{48, "Le Conseil Municipal, après en avoir délibéré, adopte."}})},
       {}},
      // The gutter of a ruled table the page holds there.
      {"table",
       {Row(20, {{48, "Jean DUPONT"}, {200, "présent présent présent présent présent"}}),
        Row(34, {{48, "Anne MARTIN"}, {200, "présent présent présent présent présent"}}),
        Row(48, {{48, "Paul DURAND"}, {200, "présent présent présent présent présent"}}),
        Row(62, {{48, "Léa PETIT"}, {200, "présent présent présent présent présent"}})},
       {grid}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(Texts(SplitMarginColumn(c.page, 595, c.tables)) == Texts(c.page));
  }
}

TEST_CASE("A column centred in part, or framed by the page's rules, is still a column") {
  // A scanned page ruled in two columns: the count box and the minutes'
  // title down the left, some of its rows centred, the body on the right.
  const std::vector<Line> page = {
      Row(20, {{48, "Nombre de membres"}, {200, "Le Médiateur de l'eau satisfait aux exigences"}}),
      Row(34, {{48, "en exercice : 11"}, {200, "En passant cette convention avec la Médiation"}}),
      Row(48,
          {{48, "dont 2 procurations"}, {200, "garantit à tout consommateur relevant du service"}}),
      Row(62, {{80, "Compte rendu"}, {200, "le recours à un dispositif de règlement amiable"}}),
      Row(76, {{48, "Date de convocation"},
               {200, "La convention est conclue pour une durée indéterminée."}}),
  };
  Table frame;
  frame.box = {40, 10, 560, 100};
  frame.rows = 1;
  frame.cols = 2;
  TableCell margin, body;
  margin.box = {40, 10, 190, 100};
  body.box = {190, 10, 560, 100};
  body.col = 1;
  frame.cells = {margin, body};
  Table grid = frame;  // the same rules, but each row a cell of its own
  grid.rows = 5;
  grid.cells.clear();
  for (int r = 0; r < 5; ++r) {
    TableCell c;
    c.row = r;
    c.box = {40, 15.0 + 14 * r, 190, 29.0 + 14 * r};
    grid.cells.push_back(c);
  }
  for (const auto& tables : {std::vector<Table>{}, std::vector<Table>{frame}}) {
    const std::vector<std::string> got = Texts(SplitMarginColumn(page, 595, tables));
    REQUIRE(got.size() == 10);
    CHECK(got[0] == "Nombre de membres");
    CHECK(got[3] == "Compte rendu");
    CHECK(got[5] == "Le Médiateur de l'eau satisfait aux exigences");
  }
  CHECK(Texts(SplitMarginColumn(page, 595, {grid})) == Texts(page));
}

}  // namespace delib

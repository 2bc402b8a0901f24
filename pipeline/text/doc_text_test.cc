#include "pipeline/text/doc_text.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("DocText joins pages and maps folded spans to evidence") {
  std::vector<PageText> pages;
  pages.push_back(PageFromPlainText(1, "COMMUNE DE PREMESQUES\nSÉANCE DU 19 FÉVRIER 2024", 0.9f));
  pages.push_back(PageFromPlainText(2, "Affiché le 23 Février 2024", 0.8f));
  DocText doc(std::move(pages));
  REQUIRE(doc.lines().size() == 3);
  CHECK(doc.lines()[2].page == 2);
  size_t b = doc.folded().find("seance du 19 fevrier 2024");
  REQUIRE(b != std::string::npos);
  Evidence ev = doc.EvidenceForFolded(b, b + std::string("seance du 19 fevrier 2024").size());
  CHECK(ev.page == 1);
  CHECK(ev.text == "SÉANCE DU 19 FÉVRIER 2024");
  CHECK(ev.confidence == doctest::Approx(0.9));
  CHECK_FALSE(ev.box.empty());
  // The box covers the words of that line only (second line: y from 54).
  CHECK(ev.box.y0 == doctest::Approx(54));

  size_t a = doc.folded().find("affiche");
  Evidence ev2 = doc.EvidenceForFolded(a, a + 7);
  CHECK(ev2.page == 2);
  CHECK(ev2.text == "Affiché");
  CHECK(doc.LineAtFolded(a) == 2);
}

TEST_CASE("Evidence of a part of a line covers only the words it touches") {
  std::vector<PageText> pages{PageFromPlainText(1, "Date de la convocation : 14.02.2024")};
  DocText doc(std::move(pages));
  size_t b = doc.folded().find("14.02.2024");
  Evidence ev = doc.EvidenceForFolded(b, b + 10);
  const Line& line = *doc.lines()[0].line;
  CHECK(ev.box.x0 == doctest::Approx(line.words.back().box.x0));
  CHECK(ev.box.x1 == doctest::Approx(line.words.back().box.x1));
}

TEST_CASE("MergeRowLines joins a label and its far-right value") {
  Line label, value, next;
  label.words = {{"Membres", {50, 100, 120, 112}, 1}, {"en", {125, 100, 140, 112}, 1}};
  label.box = {50, 100, 140, 112};
  value.words = {{"18", {500, 101, 515, 113}, 1}};
  value.box = {500, 101, 515, 113};
  next.words = {{"Suite", {50, 120, 90, 132}, 1}};
  next.box = {50, 120, 90, 132};
  std::vector<Line> rows = MergeRowLines({next, value, label});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].Text() == "Membres en 18");
  CHECK(rows[1].Text() == "Suite");
}

TEST_CASE("MergeRowLines drops a blank word that would drag its line to the page's top") {
  // Tesseract read a scan's dark margin as " " boxed from y 0 to 665, in
  // the line of a list's continuation at y 323 (municipala scanned).
  Line header, list, after;
  header.words = {{"COMMUNE", {70, 65, 120, 75}, 0.96f}};
  header.box = {70, 65, 120, 75};
  list.words = {{" ", {0, 0, 16, 665}, 0.95f},
                {"M.", {69, 323, 79, 330}, 0.92f},
                {"CAUWET", {82, 323, 125, 330}, 0.9f}};
  list.box = {0, 0, 125, 665};
  after.words = {{"0", {69, 343, 73, 350}, 0.83f}, {"Absents", {77, 343, 112, 350}, 0.92f}};
  after.box = {69, 343, 112, 350};
  Line above;
  above.words = {{"DECLERCK", {69, 311, 122, 318}, 0.67f}};
  above.box = {69, 311, 122, 318};
  std::vector<Line> rows = MergeRowLines({list, header, above, after});
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].Text() == "COMMUNE");
  CHECK(rows[1].Text() == "DECLERCK");
  CHECK(rows[2].Text() == "M. CAUWET");
  CHECK(rows[2].box.y0 == doctest::Approx(323));
  CHECK(rows[3].Text() == "0 Absents");
}

}  // namespace delib

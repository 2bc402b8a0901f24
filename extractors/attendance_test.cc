#include "extractors/attendance.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extractors/extract.h"
#include "extractors/names.h"
#include "extractors/seed_excerpts_test.h"

namespace delib {
namespace {

using testdata::kSeed001Table;
using testdata::kSeed002;
using testdata::kSeed003;
using testdata::kSeed004;

// Runs ExtractAttendance over a whole one-page plain-text document.
Act Attend(const std::string& text, std::vector<Table> tables = {}) {
  PageText page = PageFromPlainText(1, text, 0.9f);
  page.tables = std::move(tables);
  DocText doc({page});
  Act act;
  act.kind = "deliberation";
  act.pages = {1};
  act.first_line = 0;
  act.last_line = doc.lines().size();
  ExtractAttendance(doc, &act);
  return act;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool HasProxy(const Attendance& at, const std::string& from, const std::string& to) {
  for (const Proxy& p : at.proxies)
    if (p.from == from && p.to == to) return true;
  return false;
}

// Builds a grid by hand: `rows` of cell texts; a cell "[x]" is a checked
// checkbox, "[ ]" an unchecked one.
Table MakeTable(const std::vector<std::vector<std::string>>& rows) {
  Table t;
  t.rows = static_cast<int>(rows.size());
  t.cols = 0;
  for (const auto& r : rows) t.cols = std::max(t.cols, static_cast<int>(r.size()));
  for (int r = 0; r < t.rows; ++r) {
    for (int c = 0; c < static_cast<int>(rows[r].size()); ++c) {
      TableCell cell;
      cell.row = r;
      cell.col = c;
      cell.box = {40.0 + 80 * c, 100.0 + 16 * r, 118.0 + 80 * c, 114.0 + 16 * r};
      const std::string& s = rows[r][c];
      if (s == "[x]" || s == "[ ]") {
        cell.checkbox = true;
        cell.checked = s == "[x]";
        cell.ink = cell.checked ? 0.4 : 0.05;
      } else {
        cell.text = s;
      }
      t.cells.push_back(cell);
    }
  }
  t.box = {40, 100, 40.0 + 80 * t.cols, 100.0 + 16 * t.rows};
  return t;
}

TEST_CASE("attendance: 003 Prémesques dash list, stated counts, one named proxy") {
  Act act = Attend(kSeed003);
  const Attendance& at = act.attendance;
  CHECK(at.seats == 19);
  CHECK(at.in_office == 18);
  CHECK(at.present_count == 17);
  CHECK(at.proxies_count == 3);  // stated; only one is named (the checks flag it)
  CHECK(at.voters_count == 18);  // "procurations 17 + 1"
  CHECK(at.excused_count == 0);
  REQUIRE(at.present.size() == 17);
  CHECK(at.present.front() == "Y. HUTCHINSON");
  CHECK(Has(at.present, "P. VANDEN DORPE"));
  CHECK(Has(at.present, "C LEFEBVRE"));
  CHECK(Has(at.present, "X. DUBOIS"));
  CHECK(at.present.back() == "G. DUBOIS");
  REQUIRE(at.proxies.size() == 1);
  CHECK(at.proxies[0].from == "P. JOURDAIN");
  CHECK(at.proxies[0].to == "P. VANDEN DORPE");
  // "Absents ayant donné pouvoir": absent, not excused.
  CHECK(at.absent == std::vector<std::string>{"P. JOURDAIN"});
  CHECK(at.excused.empty());
  // The secretary line after "0 Excusés :" is not a name of the list.
  CHECK_FALSE(Has(at.excused, "Nathalie GUISLAIN"));
  CHECK(at.non_voting.empty());
  // Evidence for every value.
  REQUIRE(act.evidence.count("/attendance/present/16"));
  CHECK(act.evidence["/attendance/present/16"].text == "G. DUBOIS");
  CHECK(act.evidence["/attendance/present/16"].page == 1);
  CHECK_FALSE(act.evidence["/attendance/present/16"].box.empty());
  CHECK(act.evidence["/attendance/in_office"].text.find("18") != std::string::npos);
  CHECK(act.evidence["/attendance/voters_count"].text.find("17 + 1") != std::string::npos);
  CHECK(act.evidence["/attendance/proxies_count"].text.find("3 Absents ayant donn") == 0);
  CHECK(act.evidence["/attendance/proxies/0"].text == "P. JOURDAIN à P. VANDEN DORPE");
  CHECK(act.evidence.count("/attendance/present_count"));
  CHECK(act.evidence.count("/attendance/seats"));
}

TEST_CASE("attendance: 002 Hem lists under roles, excused with proxies") {
  Act act = Attend(kSeed002);
  const Attendance& at = act.attendance;
  CHECK(at.in_office == 33);
  REQUIRE(at.present.size() == 30);
  CHECK(at.present.front() == "Francis VERCAMER");
  CHECK(at.present.back() == "Jacques DUPONT");
  CHECK(Has(at.present, "Barbara RUBIO COQUEMPOT"));
  CHECK(Has(at.present, "Sana EL AMRANI"));
  CHECK(Has(at.present, "Anne-Charlotte DEMEULENAERE"));
  CHECK(Has(at.present, "Saïd LAOUADI"));
  for (const char* role : {"Maire", "Adjoints au Maire", "Conseillers délégués", "Conseillers"})
    CHECK_FALSE(Has(at.present, role));
  CHECK(at.excused ==
        std::vector<std::string>{"Pascal NYS", "Jérôme MEERSEMAN", "Gaëtan DECOSTER"});
  REQUIRE(at.proxies.size() == 3);
  CHECK(HasProxy(at, "Pascal NYS", "Francis VERCAMER"));
  CHECK(HasProxy(at, "Jérôme MEERSEMAN", "Saïd LAOUADI"));
  CHECK(HasProxy(at, "Gaëtan DECOSTER", "Thibaut THIEFFRY"));
  CHECK(at.absent.empty());
  CHECK_FALSE(at.present_count.has_value());  // not stated
  CHECK(act.evidence["/attendance/present/29"].text.find("Jacques DUPONT") != std::string::npos);
  CHECK(act.evidence["/attendance/proxies/2"].text ==
        "Gaëtan DECOSTER ayant donné procuration à Thibaut THIEFFRY");
}

TEST_CASE("attendance: 004 commission permanente, civilities, non-voting") {
  Act act = Attend(kSeed004);
  const Attendance& at = act.attendance;
  REQUIRE(at.present.size() == 35);
  CHECK(at.present.front() == "Jean-Claude LEROY");
  CHECK(Has(at.present, "Mireille HINGREZ-CÉRÉDA"));
  CHECK(at.present.back() == "Marie-Line PLOUVIEZ");
  REQUIRE(at.excused.size() == 8);
  CHECK(at.excused.front() == "Ludovic LOQUET");
  CHECK(at.excused.back() == "Ludovic PAJOT");
  CHECK(at.absent == std::vector<std::string>{"Steeve BRIOIS"});
  CHECK(at.non_voting == std::vector<std::string>{"Jean-Louis COTTIGNY", "Emmanuelle LEVEUGLE"});
  // "Excusé(s) sans voix délibérative": not a member, kept as evidence only.
  CHECK_FALSE(Has(at.excused, "Michel DAGBERT"));
  CHECK_FALSE(Has(at.non_voting, "Michel DAGBERT"));
  REQUIRE(act.evidence.count("/attendance/excused_non_voting/0"));
  CHECK(act.evidence["/attendance/excused_non_voting/0"].text == "M. Michel DAGBERT");
  CHECK(at.proxies.empty());
  CHECK_FALSE(at.present_count.has_value());
}

TEST_CASE("attendance: 001 checkbox grid exported as text") {
  Act act = Attend(kSeed001Table);
  const Attendance& at = act.attendance;
  CHECK(at.present.size() == 11);
  CHECK(at.excused.size() == 11);
  CHECK(at.absent.empty());
  CHECK(Has(at.present, "Christophe COULON"));
  CHECK(Has(at.present, "Grégory BARTHOLOMEUS"));
  CHECK(Has(at.present, "Jean-Louis DAUCHY"));
  CHECK(Has(at.excused, "Valérie BIEGALSKI"));  // first row, after the collectivité
  CHECK(Has(at.excused, "Bénédicte MESSEANNE-GROBELNY"));
  CHECK(at.present_count == 11);
  CHECK(at.absent_count == 0);
  CHECK(at.excused_count == 11);
  CHECK(at.proxies_count == 7);
  REQUIRE(at.proxies.size() == 7);
  CHECK(HasProxy(at, "Valérie BIEGALSKI", "COULON"));
  CHECK(HasProxy(at, "Emilie BOMMART", "HEUSELE"));
  CHECK(HasProxy(at, "Jean-Michel MICHALAK", "TETARD"));
  CHECK(HasProxy(at, "Grégory BARTHOLOMEUS", "DISSAUX"));  // ticked present too: both kept
  CHECK(HasProxy(at, "Marie-Hélène QUATREBOEUF", "VANPEENE"));
  CHECK(HasProxy(at, "Nicolas SIEGLER", "MONNET"));
  CHECK(HasProxy(at, "Véronique THIEBAUT", "BACHELET"));
  CHECK(act.evidence["/attendance/proxies_count"].text == "7");
  CHECK(act.evidence["/attendance/excused/0"].text == "Valérie BIEGALSKI");
  // Each holder links to the one member of that surname.
  std::vector<std::string> members = at.present;
  members.insert(members.end(), at.excused.begin(), at.excused.end());
  for (const Proxy& p : at.proxies) CHECK(FindPerson(p.to, members) >= 0);
}

TEST_CASE("attendance: grid found on a scan (PageText::tables)") {
  Table t = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Conseil régional des Hauts de France", "Mme Valérie BIEGALSKI", "[ ]", "[ ]", "[x]",
       "M. COULON"},
      {"", "M. Christophe COULON", "[x]", "[ ]", "[ ]", ""},
      {"Département du Nord", "M. Grégory BARTHOLOMEUS", "[x]", "[ ]", "[ ]", "M. DISSAUX"},
      {"", "M. Luc FOUTRY", "[ ]", "[x]", "[ ]", ""},
      {"Département du Pas-de-Calais", "M. Jean-Claude DISSAUX", "[ ]", "[ ]", "[x]", ""},
      {"", "", "2", "1", "2", "2"},
  });
  // The page's text layer holds the OCR of the grid without any box glyph:
  // the grid is read once, from the table.
  Act act = Attend(
      "Collectivité Membre Présents Absents Excusés Pouvoir à\n"
      "Conseil régional des Hauts de France Mme Valérie BIEGALSKI M. COULON\n"
      "M. Christophe COULON\n",
      {t});
  const Attendance& at = act.attendance;
  CHECK(at.present == std::vector<std::string>{"Christophe COULON", "Grégory BARTHOLOMEUS"});
  CHECK(at.absent == std::vector<std::string>{"Luc FOUTRY"});
  CHECK(at.excused == std::vector<std::string>{"Valérie BIEGALSKI", "Jean-Claude DISSAUX"});
  REQUIRE(at.proxies.size() == 2);
  CHECK(HasProxy(at, "Valérie BIEGALSKI", "COULON"));
  CHECK(HasProxy(at, "Grégory BARTHOLOMEUS", "DISSAUX"));
  CHECK(at.present_count == 2);
  CHECK(at.absent_count == 1);
  CHECK(at.excused_count == 2);
  CHECK(at.proxies_count == 2);
  REQUIRE(act.evidence.count("/attendance/absent/0"));
  CHECK(act.evidence["/attendance/absent/0"].text == "M. Luc FOUTRY");
  CHECK(act.evidence["/attendance/absent/0"].box.y0 == doctest::Approx(100 + 16 * 4));
  // Each delegate's collectivité, carried down a merged cell (for weighted votes).
  CHECK(at.groups.at("Christophe COULON") == "Conseil régional des Hauts de France");
  CHECK(at.groups.at("Luc FOUTRY") == "Département du Nord");
  CHECK(at.groups.at("Jean-Claude DISSAUX") == "Département du Pas-de-Calais");

  // A column header OCR set on a line of its own ("Absent", x23 of draw
  // 11097) opens no list of absent members over the grid's rows.
  Act header = Attend(
      "Collectivité Membre Présents Excusés Pouvoir à\n"
      "Absents\n"
      "Volckerinckhove M. Christophe COULON (E2| 0 O\n"
      "Leffrinckoucke Mme Valérie BIEGALSKI Ea] (e) [ee]\n",
      {t});
  CHECK(header.attendance.absent == std::vector<std::string>{"Luc FOUTRY"});

  // A grid that is not an attendance table is left alone.
  Act other;
  CHECK_FALSE(AttendanceFromTable(MakeTable({{"Commune", "Population"}, {"Hem", "18000"}}), 1, 1.0,
                                  &other));
  CHECK(other.attendance.present.empty());
}

TEST_CASE("attendance: a grid's holder wrapped inside the word by a narrow column") {
  Table t = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Mons-en-Barœul", "Mme Ghislaine RUBIO COQUEMPOT", "[x]", "[ ]", "[ ]", ""},
      {"Mairieux", "M. Gérard SARPAUX", "[ ]", "[ ]", "[x]", "Mme RUBIO COQ UEMPOT"},
  });
  Act act = Attend("Collectivité Membre Présents Absents Excusés Pouvoir à\n", {t});
  CHECK(HasProxy(act.attendance, "Gérard SARPAUX", "RUBIO COQUEMPOT"));
  // Broken into pieces that read as a name: the member it spells.
  Table u = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Saint-Sylvestre-Cappel", "Mme Marie-Claude HINGREZ-CÉRÉDA", "[x]", "[ ]", "[ ]", ""},
      {"Wasquehal", "M. Yannick DU BUS", "[ ]", "[ ]", "[x]", "HING REZ-CÉRÉD A"},
  });
  Act b = Attend("Collectivité Membre Présents Absents Excusés Pouvoir à\n", {u});
  CHECK(HasProxy(b.attendance, "Yannick DU BUS", "Marie-Claude HINGREZ-CÉRÉDA"));
}

TEST_CASE("attendance: a scanned grid's proxy cells that hold no readable name are pairs lost") {
  // A comité syndical's grid read by Tesseract: "Mme\nBOURGEOIS" became "a",
  // and a row whose member cell is noise ("A M D") had "|prrassus" for its holder.
  Table t = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Carnières", "Mme Mireille OUAGUEF", "[x]", "[ ]", "[ ]", ""},
      {"Noyelles-sur-Selle", "Mme Marie-Claude CRÉPIN", "[ ]", "[ ]", "[x]", "M. DELASSUS"},
      {"Marcq-en-Barœul", "Mme Marie DEMEULENAERE", "[ ]", "[ ]", "[x]", "a"},
      {"Preux-au-Bois", "M. Kamel DELASSUS", "[x]", "[ ]", "[ ]", ""},
      {"Quérénaing", "A M D", "[x]", "[ ]", "[ ]", "|prrassus"},
      {"", "", "3", "0", "2", "3"},
  });
  Act act = Attend("Collectivité Membre Présents Absents Excusés Pouvoir à\n", {t});
  const Attendance& at = act.attendance;
  REQUIRE(at.proxies.size() == 1);
  CHECK(HasProxy(at, "Marie-Claude CRÉPIN", "DELASSUS"));
  CHECK(at.proxies_count == 3);
  CHECK(at.proxies.unread == 1);             // DEMEULENAERE, excused, to someone unread
  CHECK(at.proxies.unread_maybe_void == 1);  // a row read as noise
  CHECK(at.rows_unread == 1);                // "A M D": three letters of a member's name
  // A speck left alone in a name cell is no garbled member.
  Table specks = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Carnières", "Mme Mireille OUAGUEF", "[x]", "[ ]", "[ ]", ""},
      {"", "a", "", "", "", ""},
      {"Seclin", "NS EANNE cROBeLN", "", "", "", ""},
  });
  Act act2 = Attend("Collectivité Membre Présents Absents Excusés Pouvoir à\n", {specks});
  CHECK(act2.attendance.rows_unread == 1);
  // But a speck beside the collectivité of its own row is its member, unread
  // (x22 of draw 11114: "Mme Christine RUBIO COQUEMPOT" read "ÉD" beside Loffre).
  Table beside = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Carnières", "Mme Mireille OUAGUEF", "[x]", "[ ]", "[ ]", ""},
      {"Loffre", "ÉD", "(", "(I", "Le]", "ne"},
  });
  Act beside_act = Attend("Collectivité Membre Présents Absents Excusés Pouvoir à\n", {beside});
  CHECK(beside_act.attendance.rows_unread == 1);
  CHECK(beside_act.attendance.present == std::vector<std::string>{"Mireille OUAGUEF"});
  // A member named but whose boxes none read as ticked ("“2]" for a tick).
  Table undecided = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Carnières", "Mme Mireille OUAGUEF", "[x]", "[ ]", "[ ]", ""},
      {"Vertain", "Mme Mireille BEAUCAMP", "“2]", "O0", "O1", ""},
      {"Masny", "M. Jérôme ANNAERT", "[x]", "[ ]", "[ ]", ""},
  });
  Act act3 = Attend("Collectivité Membre Présents Absents Excusés Pouvoir à\n", {undecided});
  CHECK(act3.attendance.present == std::vector<std::string>{"Mireille OUAGUEF", "Jérôme ANNAERT"});
  CHECK(act3.attendance.rows_unread == 1);
  // A member ticked in two columns, specks read as ticks (x22 of draw 11122).
  Table twice = MakeTable({
      {"Collectivité", "Membre", "Présents", "Absents", "Excusés", "Pouvoir à"},
      {"Carnières", "Mme Mireille OUAGUEF", "[x]", "[ ]", "[ ]", ""},
      {"Wattrelos", "M. Rachid OUAGUEF", "[x]", "[x]", "[ ]", ""},
  });
  Act act4 = Attend("Collectivité Membre Présents Absents Excusés Pouvoir à\n", {twice});
  CHECK(act4.attendance.present == std::vector<std::string>{"Mireille OUAGUEF"});
  CHECK(act4.attendance.absent.empty());
  CHECK(act4.attendance.rows_unread == 1);
}

TEST_CASE("attendance: scanned grid with headers broken in narrow columns and OCR noise") {
  // As OCR reads a t2x-syndicat scan: bold headers wrapped inside the word
  // ("Présen" over "ts", the tail misread), a stray rule under some header
  // words making a second header row that shares the Membre cell, specks
  // read as "|" and ":", a name cell holding only noise, and the totals row
  // with a speck in its name cell.
  Table t = MakeTable({
      {"Collectivité -", "Membre :", "Présen ts", "Absent s", "Excusé rs", "Pouvoir à"},
      {"Collectivité -", "Membre :", "", "", "", "Pouvoir à"},
      {"Lannoy", "M. Gérard COTTEL", "[x]", "[ ]", "[ ]", ""},
      {"Montigny-en-Ostrevent", "| Mme Isabelle : VANDENBERGHE", "[ ]", "[x]", "[ ]", ""},
      {"Fretin", "M. Gérard VANDEN DORPE", "[ ]", "[ ]", "[x]", "| M. COTTEL"},
      {"Bellaing", "a", "[x]", "[ ]", "[ ]", ""},
      {"", "cr", "2", "1", "1", "1"},
  });
  // The second header row is the header's lower part: same Membre box.
  t.cells[1 * t.cols + 1].box = t.cells[1].box;
  Act act = Attend("Le comité syndical s'est réuni.\n", {t});
  const Attendance& at = act.attendance;
  CHECK(at.present == std::vector<std::string>{"Gérard COTTEL"});
  CHECK(at.absent == std::vector<std::string>{"Isabelle VANDENBERGHE"});
  CHECK(at.excused == std::vector<std::string>{"Gérard VANDEN DORPE"});
  REQUIRE(at.proxies.size() == 1);
  CHECK(HasProxy(at, "Gérard VANDEN DORPE", "COTTEL"));
  CHECK(at.present_count == 2);
  CHECK(at.absent_count == 1);
  CHECK(at.excused_count == 1);
  CHECK(at.proxies_count == 1);
  CHECK(at.groups.at("Isabelle VANDENBERGHE") == "Montigny-en-Ostrevent");
  CHECK(at.groups.count("Membre") == 0);
  CHECK(at.groups.count("a") == 0);
  CHECK(at.groups.count("cr") == 0);
}

TEST_CASE("attendance: grid as text with box glyphs") {
  Act act = Attend(
      "Membre Présents Absents Excusés Pouvoir à\n"
      "M. Christophe COULON ☒ ☐ ☐\n"
      "Mme Valérie BIEGALSKI ☐ ☐ ☑ M. COULON\n"
      "M. Luc FOUTRY □ ■ □\n"
      "1 1 1 1\n"
      "Le quorum étant atteint, le comité syndical peut valablement délibérer.\n");
  const Attendance& at = act.attendance;
  CHECK(at.present == std::vector<std::string>{"Christophe COULON"});
  CHECK(at.excused == std::vector<std::string>{"Valérie BIEGALSKI"});
  CHECK(at.absent == std::vector<std::string>{"Luc FOUTRY"});
  REQUIRE(at.proxies.size() == 1);
  CHECK(at.proxies[0].to == "COULON");
  CHECK(at.proxies_count == 1);
}

TEST_CASE("attendance: grid as text with a lone X under its column") {
  // Word boxes place each X under its header word.
  PageText page;
  page.number = 1;
  auto word = [](const std::string& s, double x0, double y) {
    Word w;
    w.text = s;
    w.box = {x0, y, x0 + 6.0 * s.size(), y + 10};
    return w;
  };
  auto line = [](std::vector<Word> ws) {
    Line l;
    for (Word& w : ws) {
      l.box.Extend(w.box);
      l.words.push_back(w);
    }
    return l;
  };
  page.lines.push_back(line({word("Membre", 40, 100), word("Présents", 200, 100),
                             word("Absents", 280, 100), word("Excusés", 360, 100)}));
  page.lines.push_back(line(
      {word("M.", 40, 120), word("Luc", 56, 120), word("MONNET", 80, 120), word("X", 220, 120)}));
  page.lines.push_back(line({word("Mme", 40, 140), word("Anne", 64, 140), word("VANPEENE", 92, 140),
                             word("X", 375, 140)}));
  DocText doc({page});
  Act act;
  act.pages = {1};
  act.last_line = doc.lines().size();
  ExtractAttendance(doc, &act);
  CHECK(act.attendance.present == std::vector<std::string>{"Luc MONNET"});
  CHECK(act.attendance.excused == std::vector<std::string>{"Anne VANPEENE"});
}

TEST_CASE("attendance: other headings and proxy phrasings") {
  SUBCASE("Pouvoirs : X à Y ; Z à W, and Votants") {
    Act act = Attend(
        "Présents : M. Jean DUPONT, Mme Marie MARTIN et M. Paul LE GALL\n"
        "Pouvoirs : M. Pierre DURAND à M. Jean DUPONT ; Mme Anne PETIT à Mme Marie MARTIN\n"
        "Votants : 5\n");
    const Attendance& at = act.attendance;
    CHECK(at.present == std::vector<std::string>{"Jean DUPONT", "Marie MARTIN", "Paul LE GALL"});
    REQUIRE(at.proxies.size() == 2);
    CHECK(HasProxy(at, "Pierre DURAND", "Jean DUPONT"));
    CHECK(HasProxy(at, "Anne PETIT", "Marie MARTIN"));
    // A bare "Pouvoirs" heading does not say absent or excused.
    CHECK(at.absent.empty());
    CHECK(at.excused.empty());
    CHECK(at.voters_count == 5);
  }
  SUBCASE("donne pouvoir à, absent sans pouvoir, counts after the colon") {
    Act act = Attend(
        "Nombre de conseillers municipaux en exercice : 15\n"
        "Présents : 12\n"
        "Excusés : Mme Claire ROUX donne pouvoir à M. Marc BLANC, M. Luc NOIR\n"
        "Absent : M. Yves VERT\n");
    const Attendance& at = act.attendance;
    CHECK(at.in_office == 15);
    CHECK(at.present_count == 12);
    CHECK(at.present.empty());
    CHECK(at.excused == std::vector<std::string>{"Claire ROUX", "Luc NOIR"});
    CHECK(HasProxy(at, "Claire ROUX", "Marc BLANC"));
    CHECK(at.absent == std::vector<std::string>{"Yves VERT"});
  }
  SUBCASE("a list wrapped over lines, with a name cut between given name and surname") {
    Act act = Attend(
        "Étaient présents : M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, M. Daniel\n"
        "MACIEJASZ, Mme Valérie CUVILLIER.\n"
        "Vu le Code Général des Collectivités Territoriales ;\n");
    CHECK(act.attendance.present ==
          std::vector<std::string>{"Jean-Claude LEROY", "Mireille HINGREZ-CÉRÉDA",
                                   "Daniel MACIEJASZ", "Valérie CUVILLIER"});
  }
  SUBCASE("OCR damage: accents lost, heading in capitals, a wrong letter") {
    Act act = Attend(
        "Nombre de membres en exercice : 18\n"
        "ETAIENT PRESENTS : Y. HUTCHINSON - A. MARQUE - P. ALLIOT\n"
        "Absents excuses : N. GUISLIN, X. DUBOIS\n");
    const Attendance& at = act.attendance;
    CHECK(at.present == std::vector<std::string>{"Y. HUTCHINSON", "A. MARQUE", "P. ALLIOT"});
    CHECK(at.excused == std::vector<std::string>{"N. GUISLIN", "X. DUBOIS"});
    // Names stay as read; linking finds the person despite the lost letter.
    CHECK(FindPerson(at.excused[0], {"Nathalie GUISLAIN", "Xavier DUBOIS", "Gérard DUBOIS"}) == 0);
    CHECK(FindPerson(at.excused[1], {"Nathalie GUISLAIN", "Xavier DUBOIS", "Gérard DUBOIS"}) == 1);
  }
  SUBCASE("X, pouvoir à Y and X (procuration à Y) inside a list") {
    Act act = Attend(
        "Absents excusés : Mme Claire ROUX, pouvoir à M. Marc BLANC ; M. Luc NOIR (procuration à "
        "Mme Anne PETIT)\n");
    const Attendance& at = act.attendance;
    CHECK(at.excused == std::vector<std::string>{"Claire ROUX", "Luc NOIR"});
    REQUIRE(at.proxies.size() == 2);
    CHECK(HasProxy(at, "Claire ROUX", "Marc BLANC"));
    CHECK(HasProxy(at, "Luc NOIR", "Anne PETIT"));
  }
  SUBCASE("a title in capitals after the list is not a name") {
    Act act = Attend(
        "Excusé(s) : M. Ludovic LOQUET, Mme Caroline MATRAT\n"
        "**ADHESION AU SMO LA FIBRE**\n");
    CHECK(act.attendance.excused == std::vector<std::string>{"Ludovic LOQUET", "Caroline MATRAT"});
  }
  SUBCASE("staff attending, absent without delegation") {
    Act act = Attend(
        "Présents : M. Jean DUPONT, Mme Marie MARTIN\n"
        "Absent sans délégation de vote : M. Yves VERT\n"
        "Assistaient également à la séance : M. Hugo BRUN, directeur général des services\n");
    CHECK(act.attendance.absent == std::vector<std::string>{"Yves VERT"});
    CHECK(act.attendance.non_voting == std::vector<std::string>{"Hugo BRUN"});
  }
  SUBCASE("a year after 'en exercice' is not a headcount") {
    Act act = Attend("Le conseiller en exercice 2020 a démissionné.\n");
    CHECK_FALSE(act.attendance.in_office.has_value());
  }
  SUBCASE("prose without headings gives nothing") {
    Act act = Attend(
        "Jusqu'à présent, le syndicat mixte assurait le portage de l'ENT.\n"
        "Considérant que les conseils municipaux ont approuvé l'adhésion ;\n");
    CHECK(act.attendance.present.empty());
    CHECK(act.attendance.proxies.empty());
    CHECK_FALSE(act.attendance.present_count.has_value());
  }
}

TEST_CASE("attendance: the Prémesques list as Tesseract reads it from a scan") {
  // Real OCR output of seed 003 rendered and scanned at 200 dpi: dashes lose
  // their spaces or double up, an initial becomes a digit, an accent appears.
  Act act = Attend(
      "17 Présents : Y. HUTCHINSON - À. MARQUE - P. ALLIOT - P. VANDEN DORPE — N. GUISLAIN — L. "
      "BASECQ\n"
      "- P. CAREY -S. VAN EECKE - D. DUMONT — C LEFEBVRE -— X. DUBOIS - F. BOULANGER - 5. MOUVEAUX "
      "-\n"
      "C. ANNAERT -— P. PACCOU - J. TYBOU - G. DUBOIS\n"
      "3 Absents ayant donné pouvoir : P. JOURDAIN à P. VANDEN DORPE\n");
  REQUIRE(act.attendance.present.size() == 17);
  CHECK(act.attendance.present[6] == "P. CAREY");
  CHECK(act.attendance.present[7] == "S. VAN EECKE");
  CHECK(act.attendance.present[9] == "C LEFEBVRE");
  CHECK(act.attendance.present[10] == "X. DUBOIS");
  CHECK(act.attendance.present[12] == "S. MOUVEAUX");
  CHECK(act.attendance.present[16] == "G. DUBOIS");
  CHECK(act.attendance.proxies.size() == 1);
}

TEST_CASE("attendance: 'ont pris part : procurations' read without its '+ N' is unknown") {
  // The Prémesques header, scanned: "procurations 11 + 2" read as "procurations 11".
  Act act = Attend(
      "Nombre de membres en exercice : 15\n"
      "Nombre de membres qui ont pris part à la délibération : procurations 11\n");
  CHECK(act.attendance.in_office == 15);
  CHECK_FALSE(act.attendance.voters_count);
  act = Attend("Nombre de membres qui ont pris part à la délibération : procurations 11 + 2\n");
  CHECK(act.attendance.voters_count == 13);
  CHECK(act.attendance.proxies_count == 2);
  act = Attend("Nombre de membres qui ont pris part au vote : 13\n");
  CHECK(act.attendance.voters_count == 13);
}

TEST_CASE("attendance: Hem layout, OCR split a compound given name with a stray hyphen") {
  // Somain (Hem layout), scanned: "Jean-Claude" read "Jean- -Claude".
  Act act = Attend(
      "Nombre de conseillers en exercice : 32\n"
      "PRESENTS\n"
      "Jean- -Claude GUISLAIN, Maire,\n"
      "Rachid FLAMENT, Agnès CAUWET, Véronique PRUVOST, Corinne BEN SAÏD, Guillaume\n"
      "MAHTOUR, Kamel COQUELLE, Adjoints au Maire,\n"
      "Guillaume MONNET, Élodie CAREY, Bénédicte HINGREZ, Bénédicte VERMEERSCH,\n"
      "_ Kamel LEROY, Françoise DEVOS, Nicolas VANDENBERGHE, Daniel DECAGNY, Élodie\n"
      "GAUTHIER, Gérard KOWALSKI, Véronique PACCOU, Marie THIEFFRY, Zohra DELATTRE,\n"
      "Rachid DE SMET, Agnès PASSEBOSC, Yannick DECLERCK, Conseillers.\n"
      "ABSENTS EXCUSES\n"
      "Françoise VANDEN DORPE\n"
      "Hervé RUBIO COQUEMPOT ayant donné procuration à Agnès PASSEBOSC\n"
      "Laurent LEPLAT\n");
  const Attendance& at = act.attendance;
  REQUIRE(at.present.size() == 23);
  CHECK(at.present[0] == "Jean-Claude GUISLAIN");
  CHECK(at.present[11] == "Kamel LEROY");
}

TEST_CASE("attendance: Hem layout, OCR put a space after the hyphen of a compound name") {
  // Hasnon (Hem layout), scanned: "HINGREZ-CÉRÉDA" read "HINGREZ- CÉRÉDA"
  // (one member counted twice: 23 present + 5 excused above the 27 in office).
  Act act = Attend(
      "Nombre de conseillers en exercice : 27\n"
      "PRESENTS\n"
      "Agnès DUQUESNOY, Maire,\n"
      "Gérard LEROY, Hélène MALFAIT, Françoise HINGREZ- CÉRÉDA, Kamel LEPLAT, Marie- Hélène RUBIO\n"
      "COQUEMPOT, Ghislaine VERHAEGHE, Adjoints au Maire,\n"
      "Kamel CAREY, Conseillers délégués,\n"
      "Olivier DECLERCK, Marie ANNAERT, Laurent FIGOUREUX- Mireille MARQUE, Conseillers.\n"
      "Françoise DECAGNY. Marie SAINT-MAXENT, Jean- Claude\n"
      ": FIGOUREUX, Conseillers.\n"
      "ABSENTS EXCUSES\n"
      "Yannick KUCHCINSKI\n");
  const Attendance& at = act.attendance;
  REQUIRE(at.present.size() == 15);
  // A comma read as a period between two names (Neuville-en-Ferrain, scanned).
  CHECK(at.present[12] == "Françoise DECAGNY");
  CHECK(at.present[13] == "Marie SAINT-MAXENT");
  CHECK(at.present[3] == "Françoise HINGREZ-CÉRÉDA");
  CHECK(at.present[5] == "Marie-Hélène RUBIO COQUEMPOT");
  // A dash ending a name before the next one still separates them.
  CHECK(at.present[10] == "Laurent FIGOUREUX");
  CHECK(at.present[11] == "Mireille MARQUE");
}

TEST_CASE("attendance: lists wrapped by the page, role lines, proxies over two lines") {
  // Generated municipalb layout: roles on lines of their own, names cut
  // after a particle or inside a compound surname.
  Act b = Attend(
      "PRESENTS\n"
      "Damien DE SMET, Maire,\n"
      "Éric MAHTOUR, Marie-Claude VANDEN DORPE, Élodie LECLERCQ, Brigitte HOCHART, Adjoints au\n"
      "Maire,\n"
      "Marc-Antoine KOWALSKI, Zohra DE\n"
      "WITTE, Conseillers délégués,\n"
      "Catherine ANNAERT, Yannick RUBIO\n"
      "COQUEMPOT, Joël LEPLAT, Corinne\n"
      "DU BUS, Conseillers.\n"
      "ABSENTS EXCUSES\n"
      "Eugénie WATTEAU ayant donné procuration à Hélène DESCAMPS\n"
      "Secrétaire de séance : M. Éric MAHTOUR\n");
  const Attendance& at = b.attendance;
  CHECK(at.present ==
        std::vector<std::string>{"Damien DE SMET", "Éric MAHTOUR", "Marie-Claude VANDEN DORPE",
                                 "Élodie LECLERCQ", "Brigitte HOCHART", "Marc-Antoine KOWALSKI",
                                 "Zohra DE WITTE", "Catherine ANNAERT", "Yannick RUBIO COQUEMPOT",
                                 "Joël LEPLAT", "Corinne DU BUS"});
  CHECK(at.excused == std::vector<std::string>{"Eugénie WATTEAU"});
  CHECK(HasProxy(at, "Eugénie WATTEAU", "Hélène DESCAMPS"));
  // Scanned (x15 of draw 11087): specks around the role, ". Conseillers. Se,".
  Act specks = Attend(
      "PRESENTS\n"
      "Damien DE SMET, Maire,\n"
      "Catherine ANNAERT, Joël LEPLAT, Corinne\n"
      "DU BUS,\n"
      ". Conseillers. Se,\n"
      "ABSENTS EXCUSES\n"
      "Eugénie WATTEAU ayant donné procuration à Joël LEPLAT\n");
  CHECK(specks.attendance.present == std::vector<std::string>{"Damien DE SMET", "Catherine ANNAERT",
                                                              "Joël LEPLAT", "Corinne DU BUS"});

  // Generated municipala layout: "à" opens the next line.
  Act a = Attend(
      "7 Présents : H GUISLAIN – C. COQUELLE - M. SAINT-MAXENT – É. DELASSUS\n"
      "3 Absents ayant donné pouvoir : D. DECAGNY à V. HONORÉ - C. PACCOU à C. COQUELLE - É. "
      "DELASSUS\n"
      "à H GUISLAIN\n"
      "1 Excusés : É. VANDEN DORPE\n");
  CHECK(a.attendance.proxies.size() == 3);
  CHECK(HasProxy(a.attendance, "É. DELASSUS", "H GUISLAIN"));
  CHECK(a.attendance.excused == std::vector<std::string>{"É. VANDEN DORPE"});

  // Generated commission permanente layout: "Délégation(s) de vote", a giver
  // cut after the given name; a present line ending on a given name.
  Act c = Attend(
      "Étaient présents : Mme Zohra COTTEL, Mme Fatima\n"
      "AIT-CHIKHEBBIH, Mme Carole DUBOIS, M. Olivier BARBARIN, Mme Zohra\n"
      "OUAGUEF, M. Etienne PERIN.\n"
      "Excusé(s) : Mme Zohra DECLERCK, Mme Véronique MONNET.\n"
      "Délégation(s) de vote : Mme Zohra DECLERCK à Mme Corinne MAHTOUR, Mme Véronique\n"
      "MONNET à Mme Mireille LEROY, M. Serge HINGREZ-CÉRÉDA à M.\n"
      "Jean-Claude DE WITTE.\n"
      "Assistant également sans voix délibérative : M. Jean-Pierre DELASSUS\n");
  CHECK(c.attendance.present.size() == 6);
  CHECK(Has(c.attendance.present, "Fatima AIT-CHIKHEBBIH"));
  CHECK(Has(c.attendance.present, "Etienne PERIN"));
  CHECK(c.attendance.proxies.size() == 3);
  CHECK(HasProxy(c.attendance, "Véronique MONNET", "Mireille LEROY"));
  CHECK(HasProxy(c.attendance, "Serge HINGREZ-CÉRÉDA", "Jean-Claude DE WITTE"));

  // A holder cut after the given name at a line's end, two lines below a
  // giver cut the same way (Département du Nord, commission permanente).
  Act n = Attend(
      "Délégation(s) de vote : M. Maxime DUQUESNOY à M. Jean-Claude PRUVOST,\n"
      "Mme Stéphanie HINGREZ-CÉRÉDA à M. Serge KOWALSKI, M. Jérémie\n"
      "VANPEENE à M. Yannick HEUSELE, Mme Corinne DELCOURT à Mme Zohra\n"
      "DELATTRE, M. Guillaume DUBOIS à M. Jean-Pierre DU BUS.\n"
      "AIDE DÉPARTEMENTALE À L'INVESTISSEMENT DES COMMUNES\n");
  CHECK(n.attendance.proxies.size() == 5);
  CHECK(HasProxy(n.attendance, "Jérémie VANPEENE", "Yannick HEUSELE"));
  CHECK(HasProxy(n.attendance, "Corinne DELCOURT", "Zohra DELATTRE"));
  CHECK(HasProxy(n.attendance, "Guillaume DUBOIS", "Jean-Pierre DU BUS"));
  // Scanned, "L' INVESTISSEMENT" cut apart and specks after the period
  // (x29 of draw 11103): the title is no proxy.
  Act title = Attend(
      "Délégation(s) de vote : M. Maxime CRÉPIN à Mme Véronique DELATTRE. :\n"
      "AIDE DÉPARTEMENTALE À L' INVESTISSEMENT DES COMMUNES RURALES\n");
  CHECK(title.attendance.proxies.size() == 1);
  // An initial's period at a line's end is no end of the list: the line of
  // names in capitals after it goes on (x03 of draw 11001).
  Act initial = Attend(
      "7 Présents : K. VERHAEGHE – H. FIGOUREUX – C. COQUELLE – J. OUAGUEF - G. VANDEN DORPE – C.\n"
      "THIEFFRY - V BEN SAÏD\n"
      "0 Absents ayant donné pouvoir :\n");
  CHECK(initial.attendance.present.size() == 7);

  // OCR noise after the list's final period (cp layout scanned).
  Act d = Attend(
      "Délégation(s) de vote : M. Jérémie ANNAERT à Mme Isabelle BACHELET, Mme Eugénie LEMAIRE à "
      "Mme Ghislaine D'HALLUIN. Fe\n");
  CHECK(HasProxy(d.attendance, "Eugénie LEMAIRE", "Ghislaine D'HALLUIN"));
  // Marks OCR reads inside a name (seed 004 scanned).
  Act q =
      Attend("Étaient présents : M. Olivier BARBARIN, Mme Zohra OUAGUE?F, M. | Etienne PERIN.\n");
  CHECK(q.attendance.present ==
        std::vector<std::string>{"Olivier BARBARIN", "Zohra OUAGUEF", "Etienne PERIN"});

  // A role ending with a period before the next line's name (municipalb
  // scanned, "délégués" misread).
  Act e = Attend(
      "PRESENTS\n"
      "Françoise THIEFFRY, Marc-Antoine PASSEBOSC, Conseillers doués.\n"
      "Jérôme DU BUS, Jérémie GUISLAIN, Conseillers.\n");
  CHECK(e.attendance.present == std::vector<std::string>{"Françoise THIEFFRY",
                                                         "Marc-Antoine PASSEBOSC", "Jérôme DU BUS",
                                                         "Jérémie GUISLAIN"});
}

TEST_CASE("attendance: OCR specks inside proxies and a doubled initial (scans)") {
  // A speck read as ':' opens the line where the holder's surname went on.
  Act c = Attend(
      "Délégation(s) de vote : M. Joël DESCAMPS à M. Guillaume GUISLAIN, Mme Marie-Hélène CRÉPIN à "
      "M. Jérémie\n"
      ": VANDENBERGHE, M. Nicolas DELCOURT à M. Joël DESCAMPS.\n");
  CHECK(c.attendance.proxies.size() == 3);
  CHECK(HasProxy(c.attendance, "Marie-Hélène CRÉPIN", "Jérémie VANDENBERGHE"));
  CHECK(HasProxy(c.attendance, "Nicolas DELCOURT", "Joël DESCAMPS"));
  // A speck after the "à" that ends a line (x08 of draw 11115); an initial
  // "A." is no "à".
  Act dot = Attend(
      "2 Absents ayant donné pouvoir : O. VANDENBERGHE à É. RUBIO - J. DESCAMPS à.\n"
      "É. COQUELLE - J. PRUVOST à M. LEROY\n"
      "1 Absents : B. ANNAERT\n");
  CHECK(dot.attendance.proxies.size() == 3);
  CHECK(HasProxy(dot.attendance, "J. DESCAMPS", "É. COQUELLE"));
  CHECK(dot.attendance.absent ==
        std::vector<std::string>{"O. VANDENBERGHE", "J. DESCAMPS", "J. PRUVOST", "B. ANNAERT"});
  Act initial = Attend("Absents ayant donné pouvoir : J. DESCAMPS A. COQUELLE\n");
  CHECK(initial.attendance.proxies.empty());
  // A CP's pairs scanned (x30 of draws 11040, 11062, 11075): the "à" read
  // "el", a speck read as a dash before the "à", an underscore in the heading.
  Act cp = Attend(
      "Délégation(s) de _vote : Mme Zohra VANPEENE el M. Jean DE SMET, Mme\n"
      "Véronique BEAUCAMP à M. Serge MALFAIT, Mme Brigitte DELATTRE\n"
      "- à Mme Hélène VANDENBERGHE.\n");
  CHECK(cp.attendance.proxies.size() == 2);
  CHECK(HasProxy(cp.attendance, "Brigitte DELATTRE", "Hélène VANDENBERGHE"));
  CHECK(cp.attendance.proxies.unread == 1);
  // The "à" read as a sign between initials (x04 of draw 11147): a pair unread, no name.
  Act sign = Attend(
      "3 Absents ayant donné pouvoir : J. PACCOU à M. BEAUCAMP - D. GUISLAIN Ê L SAINT-MAXENT - "
      "A.\n"
      "MALFAIT à G D'HALLUIN\n");
  CHECK(sign.attendance.proxies.size() == 2);
  CHECK(sign.attendance.proxies.unread == 1);
  CHECK(sign.attendance.absent == std::vector<std::string>{"J. PACCOU", "A. MALFAIT"});
  // A dash run into the word before it still separates (x05 of draw 11085).
  Act run = Attend("3 Présents : M LE GUEN - M. HINGREZ- à E. FIGOUREUX - J. FLAMENT\n");
  CHECK(run.attendance.present.size() == 4);
  // Specks read as short words after the last name (x03 of draw 11064).
  Act specks = Attend("2 Excusés : H. MAHTOUR - I LEPLAT ee it\n");
  CHECK(specks.attendance.excused == std::vector<std::string>{"H. MAHTOUR", "I LEPLAT"});
  // A compound surname read with a space after its hyphen, in a list of
  // initials (x01 of draw 11063).
  Act hyph = Attend("4 Présents : B. CAREY - N. NOWAK - K. HINGREZ- CÉRÉDA - D. LEROY\n");
  CHECK(hyph.attendance.present ==
        std::vector<std::string>{"B. CAREY", "N. NOWAK", "K. HINGREZ-CÉRÉDA", "D. LEROY"});
  // A compound surname cut by the line's end after its hyphen.
  Act wrap = Attend(
      "Etaient présents : M. Thomas PAULMIER, Mme Dorothée PITOIS-\nBLESTEAU, M. Gérard VARLET.\n");
  CHECK(wrap.attendance.present ==
        std::vector<std::string>{"Thomas PAULMIER", "Dorothée PITOIS-BLESTEAU", "Gérard VARLET"});
  // A separating dash read as ':' between two names (x01 of draw 11054).
  Act colon = Attend(
      "10 Présents : I. THIEFFRY - K. RUBIO COQUEMPOT : J. DUQUESNOY - M. LAMBERT - C. PACCOU -\n"
      "C. LEMAIRE\n");
  CHECK(colon.attendance.present == std::vector<std::string>{"I. THIEFFRY", "K. RUBIO COQUEMPOT",
                                                             "J. DUQUESNOY", "M. LAMBERT",
                                                             "C. PACCOU", "C. LEMAIRE"});
  // "à S. GUISLAIN" read "à5. GUISLAIN" (x04 of draw 11054).
  Act glued = Attend(
      "3 Absents ayant donné pouvoir : K. WATTEAU à J. COQUELLE - B. DECLERCK à O. DE SMET - F\n"
      "ANNAERT à5. GUISLAIN\n");
  CHECK(glued.attendance.proxies.size() == 3);
  CHECK(HasProxy(glued.attendance, "F ANNAERT", "S. GUISLAIN"));
  // Initials read "1e" and "]." (x03 of draw 11055): a proxy given, its pair unread.
  Act lost = Attend(
      "8 Présents : É. DUPONT - J CAREY - B. BACHELET - J. LAMBERT\n"
      "2 Absents ayant donné pouvoir : J. COQUELLE à J. LAMBERT - 1e HOCHART à ].\n"
      "DUBOIS\n"
      "1 Excusés : C D'HALLUIN |\n");
  CHECK(lost.attendance.proxies.size() + lost.attendance.proxies.unread == 2);
  CHECK(HasProxy(lost.attendance, "J. COQUELLE", "J. LAMBERT"));
  // "= FLAMENT": a speck before the holder's surname on the next line (x08).
  Act eq = Attend(
      "2 Absents ayant donné pouvoir : K. DUBOIS à G. GUISLAIN - É PRUVOST à V.\n"
      "= FLAMENT :\n"
      "1 Excusés : C. COTTEL\n");
  CHECK(HasProxy(eq.attendance, "É PRUVOST", "V. FLAMENT"));
  // A speck read "Le" after it (x02 of draw 11087): no absent member "THIEFFRY Le".
  Act le = Attend(
      "2 Absents ayant donné pouvoir : H. CAUWET à M. PASSEBOSC - I. OUAGUEF à N.\n"
      "THIEFFRY Le\n"
      "3 Excusés : K. BOURGEOIS - É. SARPAUX - K DECLERCK\n");
  CHECK(HasProxy(le.attendance, "I. OUAGUEF", "N. THIEFFRY"));
  CHECK(le.attendance.absent.size() == 2);
  // A lone "à" after it, specks after that (x02 of draw 11105).
  Act a_last = Attend(
      "2 Absents ayant donné pouvoir : F. VERHAEGHE à M BEN SAÏD - K. PRUVOST à C\n"
      "OUAGUEF à :\n"
      "0 Excusés :\n");
  CHECK(HasProxy(a_last.attendance, "K. PRUVOST", "C OUAGUEF"));
  CHECK(a_last.attendance.proxies.size() == 2);
  // "ee" after it (x02 of draw 11060).
  Act ee = Attend(
      "12 Présents : C. MARQUE - S. FLAMENT - L. KUCHCINSKI\n"
      "2 Absents ayant donné pouvoir : M VERMEERSCH à L. KUCHCINSKI - D. GAUTHIER à S.\n"
      "FLAMENT ee\n"
      "0 Excusés :\n"
      "1 Absents : J. DASSONVILLE\n");
  CHECK(HasProxy(ee.attendance, "D. GAUTHIER", "S. FLAMENT"));
  CHECK(ee.attendance.proxies.size() == 2);
  // A speck read as '.' opens the line where the proxy's "à" goes on (x27 of
  // draw 11051), a doubled "à" before the holder.
  Act p = Attend(
      "Délégation(s) de vote : Mme Émilie VERHAEGHE à M. Serge BOURGEOIS, M. Olivier VANDEN DORPE\n"
      ". à Mme Marie COTTEL, Mme Françoise CAUWET à Mme Stéphanie DU BUS, M. Alain OUAGUEF à à M.\n"
      "Fabrice CRÉPIN.\n");
  CHECK(p.attendance.proxies.size() == 4);
  CHECK(HasProxy(p.attendance, "Olivier VANDEN DORPE", "Marie COTTEL"));
  CHECK(HasProxy(p.attendance, "Alain OUAGUEF", "Fabrice CRÉPIN"));
  // "S." read "Ss." before a line break: neither a sentence end nor a stranger.
  Act d = Attend(
      "2 Absents ayant donné pouvoir : L. DUPONT à L. DECLERCK - C. MEYFROIDT à Ss.\n"
      "SAINT-MAXENT\n"
      "2 Excusés : K. MARQUE - V. MONNET\n");
  CHECK(d.attendance.proxies.size() == 2);
  CHECK(HasProxy(d.attendance, "C. MEYFROIDT", "S. SAINT-MAXENT"));
  CHECK(d.attendance.excused == std::vector<std::string>{"K. MARQUE", "V. MONNET"});
}

TEST_CASE("attendance: present items OCR garbled count as members unread") {
  // x06 of draw 11065: "Y. CAUWET - J. CRÉPIN" read "Y. CAUWET mé CRÉPIN".
  Act a = Attend(
      "6 Présents : N LEMAIRE - É. LECLERCQ - Z. DELCOURT - Y. CAUWET mé CRÉPIN -\n"
      "J. RUBIO COQUEMPOT\n");
  CHECK(a.attendance.present.size() + a.attendance.present.unread == 6);
  // x08 of draw 11131: a surname garbled into the next member's initial.
  Act initials = Attend(
      "6 Présents : J DELCOURT - A. MAHTOUR - I. KOWALSKI - É. nant O. BEAUCAMP - H. DEVOS\n");
  CHECK(initials.attendance.present.size() == 4);
  CHECK(initials.attendance.present.unread == 2);
  // x15 of draw 11065: given names garbled, one in lower case.
  Act b = Attend(
      "PRESENTS\n"
      "Olivier THIEFFRY, Jean RUBIO COQUEMPOT, Éric FLAMENT, bañien DELASSUS, Marc-Antoine\n"
      "FIGOUREUX, Alain DECLERCK, Adjoints au Maire,\n"
      "Marie-Claude PRUVOST, Alain VERMEERSCH, Gérard CRÉPIN, dm tnt LEROY, Maxime\n"
      "DELCOURT, Conseillers.\n");
  CHECK(b.attendance.present.size() + b.attendance.present.unread == 11);
  // A heading read with a space before its plural (x13 of draw 11061) is one.
  Act c = Attend(
      "PRESENTS\n"
      "Olivier THIEFFRY, Jean RUBIO COQUEMPOT, Conseillers.\n"
      "ABSENT S EXCUSES\n"
      "Laurence PACCOU ayant donné procuration à Olivier THIEFFRY\n"
      "Jérémie MONNET\n");
  CHECK(c.attendance.present ==
        std::vector<std::string>{"Olivier THIEFFRY", "Jean RUBIO COQUEMPOT"});
  CHECK(c.attendance.excused == std::vector<std::string>{"Laurence PACCOU", "Jérémie MONNET"});
  // Or with a speck read "Le" after it, below a proxy (x15 of draw 11076):
  // the heading, not the holder's surname wrapped.
  Act d = Attend(
      "ABSENTS EXCUSES\n"
      ": Agnès COQUELLE ayant donné procuration à Émilie LEMAIRE\n"
      "ABSENTS Le\n"
      "Jean LECLERCQ, Hélène DESCAMPS\n");
  CHECK(HasProxy(d.attendance, "Agnès COQUELLE", "Émilie LEMAIRE"));
  CHECK(d.attendance.absent == std::vector<std::string>{"Jean LECLERCQ", "Hélène DESCAMPS"});
  // A speck before the plural's "s", bars and a colon after it (draw 11116).
  for (const char* heading : {"ABSENT. S EXCUSES", "ABSENTS EXCUSES | | :"}) {
    Act e = Attend(std::string("PRESENTS\nOlivier THIEFFRY, Jean RUBIO COQUEMPOT, Conseillers.\n") +
                   heading + "\nLaurence PACCOU ayant donné procuration à Olivier THIEFFRY\n");
    CAPTURE(heading);
    CHECK(e.attendance.present ==
          std::vector<std::string>{"Olivier THIEFFRY", "Jean RUBIO COQUEMPOT"});
    CHECK(e.attendance.excused == std::vector<std::string>{"Laurence PACCOU"});
  }
}

TEST_CASE("attendance: Hem layout, a holder's compound surname wrapped to the next line") {
  // x10 of draw 11057 (a text layer): "RUBIO COQUEMPOT" cut at the line's end.
  // A speck before the next heading (x16 of draw 11055, scanned) does not hide
  // it, nor a speck read as a word after a holder (x15 of draw 11051) end the list.
  Act a = Attend(
      "ABSENTS EXCUSES\n"
      "Jean FLAMENT ayant donné procuration à Brigitte GUISLAIN nat\n"
      "Marc-Antoine MEYFROIDT ayant donné procuration à Brigitte RUBIO\n"
      "COQUEMPOT\n"
      "Bénédicte DUQUESNOY\n"
      "Serge DE WITTE ayant donné procuration à Gérard\n"
      "VANDENBERGHE\n"
      "Agnès MONNET\n"
      ":ABSENTS\n"
      "Joël LE GUEN\n");
  CHECK(a.attendance.proxies.size() == 3);
  CHECK(HasProxy(a.attendance, "Jean FLAMENT", "Brigitte GUISLAIN"));
  CHECK(HasProxy(a.attendance, "Marc-Antoine MEYFROIDT", "Brigitte RUBIO COQUEMPOT"));
  CHECK(HasProxy(a.attendance, "Serge DE WITTE", "Gérard VANDENBERGHE"));
  CHECK(a.attendance.excused == std::vector<std::string>{"Jean FLAMENT", "Marc-Antoine MEYFROIDT",
                                                         "Bénédicte DUQUESNOY", "Serge DE WITTE",
                                                         "Agnès MONNET"});
  CHECK(a.attendance.absent == std::vector<std::string>{"Joël LE GUEN"});
}

TEST_CASE("attendance: Hem layout, 'procuration' garbled by OCR ('ayant donné bc à')") {
  Act a = Attend(
      "ABSENTS EXCUSES\n"
      "Corinne LAMBERT ayant donné procuration à Jean MAHTOUR\n"
      "Karima WATTEAU\n"
      "Véronique THIEFFRY ayant donné bc à Catherine CAREY\n"
      "Hervé LEPLAT\n"
      "Joël DEMEULENAERE ayant donné procuration à Daniel PRUVOST\n"
      "Serge DUQUESNOY ayane donné procuration à Marc-Antoine NACHEL\n"
      "ABSENTS\n"
      "Isabelle NOWAK\n");
  CHECK(a.attendance.proxies.size() == 4);
  CHECK(HasProxy(a.attendance, "Véronique THIEFFRY", "Catherine CAREY"));
  CHECK(HasProxy(a.attendance, "Joël DEMEULENAERE", "Daniel PRUVOST"));
  CHECK(HasProxy(a.attendance, "Serge DUQUESNOY", "Marc-Antoine NACHEL"));
  CHECK(a.attendance.excused.size() == 6);
  CHECK(a.attendance.absent == std::vector<std::string>{"Isabelle NOWAK"});
  // A speck after a heading alone on its line.
  Act b = Attend(
      "PRESENTS\n"
      "Stéphanie SARPAUX, Maire,\n"
      "Gérard DUQUESNOY, Conseillers.\n"
      "ABSENTS EXCUSES .\n"
      "Isabelle MAHTOUR ayant donné procuration à Stéphanie SARPAUX :\n"
      "Kamel NACHEL\n"
      "ABSENTS\n"
      "Chantal LE GUEN, Zohra LEMAIRE\n");
  CHECK(b.attendance.present == std::vector<std::string>{"Stéphanie SARPAUX", "Gérard DUQUESNOY"});
  CHECK(b.attendance.excused == std::vector<std::string>{"Isabelle MAHTOUR", "Kamel NACHEL"});
  // A heading word split by OCR.
  Act c = Attend("PRESENTS\nStéphanie SARPAUX, Maire.\nABSENTS EXC USES\nKamel NACHEL\n");
  CHECK(c.attendance.excused == std::vector<std::string>{"Kamel NACHEL"});
  CHECK(HasProxy(b.attendance, "Isabelle MAHTOUR", "Stéphanie SARPAUX"));
}

TEST_CASE("attendance: a proxy whose names OCR garbled counts as a lost pair") {
  Act a = Attend(
      "Délégation(s) de vote : M. Michel LEPLAT à M. Olivier HINGREZ-CÉRÉDA, M. Hervé LEMAIRE à à "
      "Mme ie\n"
      "CAREY. :\n"
      "Assistant également sans voix délibérative : M. Éric DEMEULENAERE\n");
  // The "à" read twice, the given name garbled: the holder's surname is read.
  CHECK(a.attendance.proxies.size() == 2);
  CHECK(HasProxy(a.attendance, "Hervé LEMAIRE", "CAREY"));
  CHECK(a.attendance.proxies.unread == 0);
  Act b = Attend(
      "Délégation(s) de vote : M. Michel LEPLAT à M. Olivier HINGREZ-CÉRÉDA, M. Hervé LEMAIRE à "
      "Mme Agnès\n"
      "CAREY.\n"
      "Assistant également sans voix délibérative : M. Éric DEMEULENAERE\n");
  CHECK(b.attendance.proxies.size() == 2);
  CHECK(b.attendance.proxies.unread == 0);
  // Two pairs run into one item by a lost comma, their names garbled.
  Act c = Attend(
      "Délégation(s) de vote : Mine Zohra  oacut à M. Guillaume De Mme Marie-Hélène\n"
      "DEMEULENAERE à Mme Karima DESCAMPS, M. Marc-Antoine COTTEL à Mme Chantal DUPONT.\n"
      "Assistant également sans voix délibérative : M. Éric HEUSELE\n");
  CHECK(c.attendance.proxies.size() == 1);
  CHECK(c.attendance.proxies.unread == 2);
  // The act's title after the list, in capitals with an "À", is no pair.
  Act d = Attend(
      "Délégation(s) de vote : Mme Agnès MONNET à M. Jean-Pierre ANNAERT, M. Vincent MALFAIT à "
      "Mme\n"
      "Isabelle DELATTRE, Mme Mireille VERHAEGHE à M. Damien HONORÉ.\n"
      "AVENANT À LA CONVENTION AVEC LA CAISSE D'ALLOCATIONS FAMILIALES RELATIVE AU\n"
      "FONDS DE SOLIDARITÉ LOGEMENT\n");
  CHECK(d.attendance.proxies.size() == 3);
  CHECK(d.attendance.proxies.unread == 0);
}

TEST_CASE("attendance: Prémesques layout, a giver's compound surname cut by the line's end") {
  Act a = Attend(
      "12 Présents : O VANDEN DORPE - Y. ANNAERT - É. D'HALLUIN - A LE GUEN - A. HONORÉ\n"
      "4 Absents ayant donné pouvoir : M. KOWALSKI à É. D'HALLUIN - M. HINGREZ à A. HONORÉ - G "
      "RUBIO\n"
      "COQUEMPOT à Y. ANNAERT - Y DEMEULENAERE à A LE GUEN\n"
      "2 Excusés : V. GAUTHIER - É. MONNET\n");
  CHECK(a.attendance.proxies.size() == 4);
  CHECK(HasProxy(a.attendance, "G RUBIO COQUEMPOT", "Y. ANNAERT"));
  CHECK(a.attendance.absent.size() == 4);
  CHECK(std::find(a.attendance.absent.begin(), a.attendance.absent.end(), "G RUBIO") ==
        a.attendance.absent.end());
}

TEST_CASE(
    "attendance: members in office read from a scan as more than twice the seats are unknown") {
  const std::string text =
      "Nombre de membres afférents au Conseil Municipal : 23\n"
      "Nombre de membres en exercice : 729)\n"
      "15 Présents : C CAREY - É. NOWAK\n";
  Act scan = Attend(text);  // Attend reads it as OCR at confidence 0.9
  CHECK(scan.attendance.seats == 23);
  CHECK_FALSE(scan.attendance.in_office.has_value());
  CHECK(scan.evidence.count("/attendance/in_office") == 0);
  Act speck = Attend("Nombre de membres en exercice : | 12\n");
  CHECK(speck.attendance.in_office == 12);
  Act letters = Attend("Nombre de membres en exercice : SE 14\n");
  CHECK(letters.attendance.in_office == 14);
  Act colons = Attend("Nombre de membres en exercice : : 13\n");
  CHECK(colons.attendance.in_office == 13);
  // Seats read below the members named lost a digit: the seats are unknown,
  // the members in office stay.
  Act seats = Attend(
      "Nombre de membres afférents au Conseil Municipal : 1%\n"
      "Nombre de membres en exercice : 9\n"
      "5 Présents : C CAREY - É. NOWAK - A. MARTIN - B. PETIT - D. DURAND\n"
      "Absents : F. LEROY - G. SIMON - H. LAURENT - J. MOREAU\n");
  CHECK(seats.attendance.in_office == 9);
  CHECK_FALSE(seats.attendance.seats.has_value());
  CHECK(seats.evidence.count("/attendance/seats") == 0);
  PageText page = PageFromPlainText(1, text, 1.0f);
  DocText doc({page});
  Act digital;
  digital.kind = "deliberation";
  digital.pages = {1};
  digital.last_line = doc.lines().size();
  ExtractAttendance(doc, &digital);
  CHECK(digital.attendance.in_office == 729);
}

TEST_CASE("attendance: specks read as short lower-case words before a name") {
  Act a = Attend(
      "ABSENTS EXCUSES\n"
      "Olivier HEUSELE\n"
      "Zohra NACHEL ayant donné procuration à os DU BUS\n"
      "Alain WATTEAU ayant donné procuration à Laurent CRÉPIN\n"
      "ABSENTS\n"
      "Nicolas COQUELLE\n");
  CHECK(HasProxy(a.attendance, "Zohra NACHEL", "DU BUS"));
  CHECK(HasProxy(a.attendance, "Alain WATTEAU", "Laurent CRÉPIN"));
  CHECK(a.attendance.excused.size() == 3);
  // A particle stays: it is the name's.
  Act b = Attend("Étaient présents : M. Jean de LATTRE, Mme Anne van DAMME.\n");
  CHECK(b.attendance.present == std::vector<std::string>{"Jean de LATTRE", "Anne van DAMME"});
}

TEST_CASE("attendance: Prémesques layout scanned, a doubled 'à' and a dangling one") {
  Act a = Attend(
      "11 Présents : É. MEYFROIDT - D. DE WITTE - J. FLAMENT - B. VANPEENE - F. HINGREZ\n"
      "3 Absents ayant donné pouvoir : B. CAUWET à J. FLAMENT - N. OUAGUEF à à B. VANPEENE - L:\n"
      "KUCHCINSKI à F. HINGREZ\n"
      "0 Excusés :\n"
      "1 Absents : J. SARPAUX à\n"
      "Madame Brigitte VANPEENE a été désignée comme secrétaire de séance.\n");
  CHECK(a.attendance.proxies.size() == 3);
  CHECK(HasProxy(a.attendance, "N. OUAGUEF", "B. VANPEENE"));
  CHECK(std::find(a.attendance.absent.begin(), a.attendance.absent.end(), "J. SARPAUX") !=
        a.attendance.absent.end());
}

TEST_CASE(
    "attendance: Prémesques layout scanned, an initial read as a digit and a speck line start") {
  Act a = Attend(
      "12 Présents : D. KOWALSKI - G. DESCAMPS - É. DE SMET - D. FLAMENT - 5\n"
      "D'HALLUIN\n"
      "3 Absents ayant donné pouvoir : S. CAREY à D. FLAMENT\n");
  CHECK(a.attendance.present.size() == 5);
  CHECK(a.attendance.present.back() == "S D'HALLUIN");
  Act b = Attend(
      "12 Présents : G. DUPONT - G. LEROY - J DELATTRE - J. DE WITTE\n"
      ". - Z. CRÉPIN - V. PACCOU\n"
      "2 Absents ayant donné pouvoir : D. GAUTHIER à G. LEROY\n");
  CHECK(b.attendance.present.size() == 6);
  CHECK(b.attendance.present.back() == "V. PACCOU");
}

TEST_CASE("attendance: Prémesques layout scanned, a sign read before the count of a heading") {
  // x08 of draw 11115: "© 12 Présents :" read from a speck.
  Act a = Attend(
      "© 3 Présents : C. FIGOUREUX - C. DUBOIS - M. LEROY\n"
      "1 Absents ayant donné pouvoir : J. PRUVOST à M. LEROY\n"
      "1 Absents : B. ANNAERT |\n");
  CHECK(a.attendance.present == std::vector<std::string>{"C. FIGOUREUX", "C. DUBOIS", "M. LEROY"});
  CHECK(a.attendance.present_count == 3);
  // The proxy's giver is absent too.
  CHECK(a.attendance.absent == std::vector<std::string>{"J. PRUVOST", "B. ANNAERT"});
  // The count 1 read "L" (x04 of draw 11135): the heading still opens its list, no count.
  Act ell = Attend(
      "7 Présents : Z. VANPEENE - M. VERHAEGHE\n"
      "L Excusés : M. D'HALLUIN\n"
      "2 Absents : Z. MARQUE - J. VERMEERSCH\n");
  CHECK(ell.attendance.excused == std::vector<std::string>{"M. D'HALLUIN"});
  CHECK_FALSE(ell.attendance.excused_count.has_value());
  CHECK(ell.attendance.absent == std::vector<std::string>{"Z. MARQUE", "J. VERMEERSCH"});
  // A dash run into a heading alone on its line (x17 of draw 11164).
  Act dash = Attend(
      "PRESENTS\n"
      "Anne-Charlotte LECLERCQ, Maire, Hervé MONNET, Conseillers.\n"
      "-ABSENTS EXCUSES\n"
      "Laurence HOCHART\n"
      "Fabrice DEVOS\n");
  CHECK(dash.attendance.present ==
        std::vector<std::string>{"Anne-Charlotte LECLERCQ", "Hervé MONNET"});
  CHECK(dash.attendance.excused == std::vector<std::string>{"Laurence HOCHART", "Fabrice DEVOS"});
  // A speck run into the heading's first letter (x30 of draw 11123).
  Act glued = Attend(
      "Étaient présents : Mme Isabelle DUPONT, M. Laurent LAMBERT.\n"
      "ÆExcusé(s) : M. Laurent DECAGNY, M. Ludovic NOWAK.\n");
  CHECK(glued.attendance.present == std::vector<std::string>{"Isabelle DUPONT", "Laurent LAMBERT"});
  CHECK(glued.attendance.excused == std::vector<std::string>{"Laurent DECAGNY", "Ludovic NOWAK"});
  // A sign inside a line is no heading's speck: "Présents" is not its first word.
  Act b = Attend("Le maire © 3 présents ce soir.\n");
  CHECK(b.attendance.present.empty());
}

TEST_CASE(
    "attendance: Prémesques layout scanned, an initial's period read as a comma, a semicolon or "
    "'!'") {
  Act a = Attend(
      "13 Présents : A. DE WITTE - É PASSEBOSC - É. FLAMENT\n"
      "- J, DEVOS -— É. MONNET - M. DEMEULENAERE :- 1!\n"
      "VERMEERSCH - L HINGREZ\n"
      "0 Absents ayant donné pouvoir :\n");
  CHECK(a.attendance.present.size() == 8);
  CHECK(std::find(a.attendance.present.begin(), a.attendance.present.end(), "J. DEVOS") !=
        a.attendance.present.end());
  CHECK(std::find(a.attendance.present.begin(), a.attendance.present.end(), "I VERMEERSCH") !=
        a.attendance.present.end());
  // The dash lost between two names (x07 of draw 11115).
  Act run = Attend("3 Présents : L. DECLERCK - É. MARQUE F. HONORÉ\n");
  CHECK(run.attendance.present ==
        std::vector<std::string>{"L. DECLERCK", "É. MARQUE", "F. HONORÉ"});
  // A comma lost before a civility (x26 of draw 11114, the first name garbled).
  Act civ = Attend(
      "Étaient présents : M. Alain LEROY, Mme Élodie ÉERLEREN Mme Françoise FLAMENT, M. Jean "
      "DUPONT.\n");
  CHECK(civ.attendance.present == std::vector<std::string>{"Alain LEROY", "Élodie ÉERLEREN",
                                                           "Françoise FLAMENT", "Jean DUPONT"});
  // An initial read as a bar before a surname wrapped over two lines (x07 of draw 11155).
  Act bar = Attend("4 Présents : A. DEVOS - |. RUBIO\nCOQUEMPOT -— G. MALFAIT - L LE GUEN\n");
  CHECK(bar.attendance.present.size() == 4);
  // A civility's period read three times at a line's end (x29 of draw 11153).
  Act dots = Attend(
      "Délégation(s) de vote : Mme Véronique NOWAK à M. Laurent DELASSUS, Mme Élodie SARPAUX à "
      "M...\n"
      "Vincent MEYFROIDT.\n");
  CHECK(dots.attendance.proxies.size() == 2);
  CHECK(HasProxy(dots.attendance, "Élodie SARPAUX", "Vincent MEYFROIDT"));
  // A speck read as three capitals after a role (x17 of draw 11146).
  Act speck = Attend(
      "PRESENTS\n"
      "Agnès D'HALLUIN, Maire, SRE\n"
      "Hervé KUCHCINSKI, Françoise LECLERCQ, Adjoints au Maire.\n");
  CHECK(speck.attendance.present ==
        std::vector<std::string>{"Agnès D'HALLUIN", "Hervé KUCHCINSKI", "Françoise LECLERCQ"});
  // An initial read as "M." before a surname run into the next member (x07 of draw 11145).
  Act initial =
      Attend("4 Présents : J. COQUELLE - S. LEPLAT -— M.  MENEROIES G. MAHTOUR - F COTTEL\n");
  CHECK(initial.attendance.present.size() == 5);
  CHECK(initial.attendance.present[3] == "G. MAHTOUR");
  // A speck read as an opening parenthesis that nothing closes (x25 of draw 11141).
  Act paren = Attend(
      "Étaient présents : Mme Véronique NOWAK, Mme\n"
      "Mireille RUBIO (COQUEMPOT, Mme Zohra CRÉPIN, M. Daniel\n"
      "HINGREZ-CÉRÉDA, M. Olivier NACHEL.\n"
      "Excusé(s) : Mme Christine BACHELET (pouvoir à M. Olivier NACHEL) ;\n");
  CHECK(paren.attendance.present.size() == 5);
  CHECK(paren.attendance.present[2] == "Zohra CRÉPIN");
  CHECK(HasProxy(paren.attendance, "Christine BACHELET", "Olivier NACHEL"));
  // The comma and the end of a surname read as a speck (x17 of draw 11122).
  Act given = Attend(
      "Étaient présents : Vincent VANPEENE, Daniel RUBIO RE Éric OUAGUEF, Jean de LA FONTAINE, "
      "Marie-Hélène DE SMET, DUPONT Jean.\n");
  CHECK(given.attendance.present ==
        std::vector<std::string>{"Vincent VANPEENE", "Daniel RUBIO RE", "Éric OUAGUEF",
                                 "Jean de LA FONTAINE", "Marie-Hélène DE SMET", "DUPONT Jean"});
  // A dash read "+" between two names (x06 of draw 11107).
  Act plus = Attend("3 Présents : L. DECLERCK - D. LEPLAT + É. DESCAMPS\n");
  CHECK(plus.attendance.present ==
        std::vector<std::string>{"L. DECLERCK", "D. LEPLAT", "É. DESCAMPS"});
  // As a semicolon, in a proxy's holder (x01 of draw 11043).
  Act semi = Attend(
      "2 Présents : K. PASSEBOSC - D. DEVOS\n"
      "2 Absents ayant donné pouvoir : M. HONORÉ à K; PASSEBOSC - C. DELASSUS à D. DEVOS\n"
      "0 Excusés :\n");
  CHECK(semi.attendance.proxies.size() == 2);
  CHECK(HasProxy(semi.attendance, "M. HONORÉ", "K. PASSEBOSC"));
  CHECK(semi.attendance.absent.size() == 2);
}

TEST_CASE("attendance: in a list written with initials, 'M.' is an initial") {
  Act a = Attend(
      "18 Présents : V. HINGREZ-CÉRÉDA - L. PASSEBOSC - M. CAUWET - G. GUISLAIN\n"
      "1 Absents ayant donné pouvoir : L. MALFAIT à I. CAUWET\n"
      "0 Excusés :\n"
      "Madame Agnès BEN SAÏD a été désignée comme secrétaire de séance.\n");
  CHECK(a.attendance.present ==
        std::vector<std::string>{"V. HINGREZ-CÉRÉDA", "L. PASSEBOSC", "M. CAUWET", "G. GUISLAIN"});
  CHECK(HasProxy(a.attendance, "L. MALFAIT", "I. CAUWET"));
  // With civilities in the list, "M." is Monsieur.
  Act b = Attend("Étaient présents : M. Jean CAUWET, Mme Anne LEROY, M. Paul DURAND.\n");
  CHECK(b.attendance.present ==
        std::vector<std::string>{"Jean CAUWET", "Anne LEROY", "Paul DURAND"});
}

TEST_CASE("attendance: a surname that reads as a role ('LEMAIRE' is no 'le maire')") {
  Act a = Attend(
      "PRESENTS\n"
      "Marie-Claude DEMEULENAERE, Maire,\n"
      "Françoise HONORÉ, Véronique GAUTHIER, Daniel\n"
      "LEMAIRE, Conseillers.\n"
      "ABSENTS EXCUSES\n"
      "Brigitte DESCAMPS\n");
  CHECK(a.attendance.present == std::vector<std::string>{"Marie-Claude DEMEULENAERE",
                                                         "Françoise HONORÉ", "Véronique GAUTHIER",
                                                         "Daniel LEMAIRE"});
}

TEST_CASE("attendance: a present list ending in a civility and a given name lost a surname") {
  // OCR moved the line holding "D'HALLUIN." to the top of the page.
  Act a = Attend(
      "Étaient présents : M. Michel VANDENBERGHE, M. Jérémie DELATTRE, Mme Françoise\n"
      "Excusé(s) : Mme Christine DU BUS.\n");
  CHECK(a.attendance.present ==
        std::vector<std::string>{"Michel VANDENBERGHE", "Jérémie DELATTRE"});
  CHECK(a.attendance.present.unread == 1);
  Act b = Attend(
      "Étaient présents : M. Michel VANDENBERGHE, M. Jérémie DELATTRE, Mme Françoise D'HALLUIN.\n"
      "Excusé(s) : Mme Christine DU BUS.\n");
  CHECK(b.attendance.present.size() == 3);
  CHECK(b.attendance.present.unread == 0);
}

// Forms of headings and lists, one row each: the text, then the names read
// present, absent, excused, and the proxies as "giver>holder".
struct ListFormRow {
  const char* form;
  const char* text;
  std::vector<std::string> present, absent, excused, proxies;
};

TEST_CASE("attendance: heading and list forms (table)") {
  const ListFormRow rows[] = {
      {"sub-headings of the members' kind inside a list",
       "Étaient présents :\nTitulaires :\nMme Agnès BOULAT, M. Eric BRUN\nSuppléants :\n"
       "M. Paul VERT (3)\n",
       {"Agnès BOULAT", "Eric BRUN", "Paul VERT"},
       {},
       {},
       {}},
      {"a delegate's kind before the colon on the names' line",
       "Présents : Délégués titulaires : M. Jean DUPONT, Mme Marie MARTIN\n",
       {"Jean DUPONT", "Marie MARTIN"},
       {},
       {},
       {}},
      {"a heading ending in the preposition of its pairs",
       "Absents ayant donné procuration à :\nM. Laurent BARRE donne procuration à M. Jean "
       "LECLERC,\n"
       "Mme Julie BRASSE donne procuration à M. Louis GOURDIN (2)\n",
       {},
       {"Laurent BARRE", "Julie BRASSE"},
       {},
       {"Laurent BARRE>Jean LECLERC", "Julie BRASSE>Louis GOURDIN"}},
      {"the verb of the heading mistyped",
       "Etaients présents : MM. Serge DROUIN, Roland LEFORT.\nAbsents : Mme Anne HEE\n",
       {"Serge DROUIN", "Roland LEFORT"},
       {"Anne HEE"},
       {},
       {}},
      {"who is counted between the count and the heading, inside a sentence",
       "22 Conseillers étaient Présents et Représentés et 02 conseillers étaient Absents : "
       "Jean-Toussaint ALBERTINI et Elodie BAGHIONI.\n",
       {},
       {"Jean-Toussaint ALBERTINI", "Elodie BAGHIONI"},
       {},
       {}},
      {"initials without civilities, hyphenated initials, pairs after 'Pouvoirs'",
       "Pouvoirs : A. LEGRAND à P. MOREAU, B. DUVAL à J-P BERTRAND\n",
       {},
       {},
       {},
       {"A. LEGRAND>P. MOREAU", "B. DUVAL>J-P BERTRAND"}},
      {"initials without civilities, the proxy in brackets after an excused member",
       "Excusés : A. LEGRAND (pouvoir à P. MOREAU), B. DUVAL (procuration à J-M BERTRAND), C. "
       "PETIT\n",
       {},
       {},
       {"A. LEGRAND", "B. DUVAL", "C. PETIT"},
       {"A. LEGRAND>P. MOREAU", "B. DUVAL>J-M BERTRAND"}},
      {"'donne pouvoir à' sentences, one a line, under a heading",
       "Procurations :\nA. LEGRAND donne pouvoir à P. MOREAU\nB. DUVAL donne pouvoir à "
       "J.P. BERTRAND\n",
       {},
       {},
       {},
       {"A. LEGRAND>P. MOREAU", "B. DUVAL>J.P. BERTRAND"}},
      {"a list of civilities wrapping inside a name, surname first",
       "Présents :\nM. THOREAU Gérard, Mme STAMFELJ Marie-José, M. ROBERT Henri, Mme DEBERNE "
       "Yolande, M. JALON\nBenjamin Délégué, Mme PÉROT Dorothée, Mme MERCIER Marion.\n",
       {"THOREAU Gérard", "STAMFELJ Marie-José", "ROBERT Henri", "DEBERNE Yolande",
        "JALON Benjamin", "PÉROT Dorothée", "MERCIER Marion"},
       {},
       {},
       {}},
      {"two names joined by 'et', initials before surnames",
       "Absents : JT Albertini et E. Baghioni.\n",
       {},
       {"JT Albertini", "E. Baghioni"},
       {},
       {}},
      {"absent and absent excused together, plurals in brackets",
       "Absents et absent(s) excusé(s) :\nMme Michelle BEAUDOIN, M. Michel KLEIN (2)\n",
       {},
       {},
       {"Michelle BEAUDOIN", "Michel KLEIN"},
       {}},
      {"proxies as 'giver à holder' pairs under their heading",
       "Pouvoirs : M. Jean DUPONT à Mme Marie MARTIN, M. Paul DURAND à M. Luc PETIT\n",
       {},
       {},
       {},
       {"Jean DUPONT>Marie MARTIN", "Paul DURAND>Luc PETIT"}},
      {"the proxy in brackets after the represented member",
       "Absents représentés : M. Jean DUPONT (pouvoir à Mme Marie MARTIN), Mme Anne LEROY "
       "(procuration à M. Luc PETIT)\n",
       {},
       {"Jean DUPONT", "Anne LEROY"},
       {},
       {"Jean DUPONT>Marie MARTIN", "Anne LEROY>Luc PETIT"}},
      {"'représenté par' after the member",
       "Absents : M. Jean DUPONT représenté par Mme Marie MARTIN, M. Paul DURAND\n",
       {},
       {"Jean DUPONT", "Paul DURAND"},
       {},
       {"Jean DUPONT>Marie MARTIN"}},
      {"an excused member who gave a proxy, inside the excused list",
       "Excusés : M. Jean DUPONT qui a donné pouvoir à Mme Marie MARTIN, Mme Anne LEROY\n",
       {},
       {},
       {"Jean DUPONT", "Anne LEROY"},
       {"Jean DUPONT>Marie MARTIN"}},
      {"counts before the headings, the proxies in brackets without their holders",
       "25 Conseillers étaient Présents ou Représentés (03 Procurations : ML Castelli, A. "
       "Orsini et MC Ruiz) et 02 Absents : JT Albertini et E. Baghioni.\n",
       {},
       {"JT Albertini", "E. Baghioni"},
       {},
       {"ML Castelli>", "A. Orsini>", "MC Ruiz>"}},  // no holder named: the givers alone
  };
  auto join = [](const auto& names) {
    std::string s;
    for (const std::string& n : names) s += (s.empty() ? "" : "|") + n;
    return s;
  };
  for (const ListFormRow& row : rows) {
    CAPTURE(std::string(row.form));
    Act act = Attend(row.text);
    const Attendance& at = act.attendance;
    CHECK(join(at.present) == join(row.present));
    CHECK(join(at.absent) == join(row.absent));
    CHECK(join(at.excused) == join(row.excused));
    std::vector<std::string> proxies;
    for (const Proxy& p : at.proxies) proxies.push_back(p.from + ">" + p.to);
    CHECK(join(proxies) == join(row.proxies));
  }
}

}  // namespace
}  // namespace delib

namespace delib {
namespace {

// Counts stated in other ways than after a label's colon, one row each.
TEST_CASE(
    "attendance: counts stated after a list, without a colon, without 'en exercice' (table)") {
  struct Row {
    const char* form;
    const char* text;
    int in_office, present, voters;  // -1: not stated
  };
  const Row rows[] = {
      {"the list's count in brackets after its last name",
       "Étaient présents : M. Jean DUPONT, Mme Marie MARTIN, M. Paul DURAND (3)\n", -1, 3, -1},
      {"labels and figures run on one line, no colon",
       "Nombre de Conseillers en exercice : 15- Présents 14 - Votants 14-Le quorum étant atteint\n",
       15, 14, 14},
      {"'Nombre de conseillers' alone is those in office",
       "Nombre de conseillers : 33\nNombre de présents : 21\nQuorum : 17\n", 33, 21, -1},
  };
  for (const Row& r : rows) {
    INFO(std::string(r.form));
    Act act = Attend(r.text);
    const Attendance& at = act.attendance;
    CHECK(at.in_office.value_or(-1) == r.in_office);
    CHECK(at.present_count.value_or(-1) == r.present);
    CHECK(at.voters_count.value_or(-1) == r.voters);
  }
}

}  // namespace
}  // namespace delib

namespace delib {

TEST_CASE("attendance: any heading may open with its verb") {
  struct Case {
    const char* heading;
    bool excused;  // the givers listed as excused, else as absent
  };
  // One proxy clause per line under the heading, as two bodies print them.
  const Case cases[] = {{"Etaient absents :", false},
                        {"Étaient excusés :", true},
                        {"Sont absents :", false},
                        {"Etait absent :", false}};
  for (const Case& c : cases) {
    CAPTURE(std::string(c.heading));
    Act act = Attend(
        std::string("Etaient présents :\n"
                    "M. Gurvan KERLOC'H, M. Georges CASTEL, Mme Joëlle MOALIC-VERECCHIA.\n") +
        c.heading +
        "\n"
        "M. Éric KERDRANVAT a donné procuration à M. Georges CASTEL\n"
        "M. Tony VORMS a donné procuration à Mme Joëlle MOALIC-VERECCHIA\n"
        "Quorum : atteint\n"
        "Secrétaire de séance : M. Georges CASTEL\n");
    const Attendance& at = act.attendance;
    CHECK(at.present.size() == 3);
    const std::vector<std::string> givers = {"Éric KERDRANVAT", "Tony VORMS"};
    CHECK((c.excused ? at.excused : at.absent) == givers);
    CHECK(HasProxy(at, "Éric KERDRANVAT", "Georges CASTEL"));
    CHECK(HasProxy(at, "Tony VORMS", "Joëlle MOALIC-VERECCHIA"));
  }
}

TEST_CASE("attendance: a line opening with an initial run into its surname starts an item") {
  Act act = Attend(
      "Etaient présents : C.FOROT - T.BUSIN - N.VERDON\n"
      "Etaient absents excusés :\n"
      "I.MEJEAN : procuration à N.VERDON\n"
      "F.RUSSO - C.BOURRETTE - M.DENISE\n"
      "Etaient absents non excusés : P.MATHIAS - B.DUBOIS\n");
  // The last pair's holder, then a name alone on the next line.
  Act alone = Attend(
      "Etaient présents : C.FOROT - T.BUSIN - Y. ARMAND\n"
      "Etaient absents excusés :\n"
      "P.MATHIAS : procuration à Y. ARMAND\n"
      "B.DUBOIS\n"
      "Secrétaire de séance : C.FOROT\n");
  REQUIRE(alone.attendance.proxies.size() == 1);
  CHECK(HasProxy(alone.attendance, "P.MATHIAS", "Y. ARMAND"));
  CHECK(alone.attendance.excused == std::vector<std::string>{"P.MATHIAS", "B.DUBOIS"});
  const Attendance& at = act.attendance;
  REQUIRE(at.proxies.size() == 1);
  CHECK(HasProxy(at, "I.MEJEAN", "N.VERDON"));
  CHECK(at.excused == std::vector<std::string>{"I.MEJEAN", "F.RUSSO", "C.BOURRETTE", "M.DENISE"});
  CHECK(at.absent == std::vector<std::string>{"P.MATHIAS", "B.DUBOIS"});
}

TEST_CASE("attendance: a scan's count printed with letters for digits is read with doubt") {
  struct Case {
    const char* text;
    std::optional<int> in_office, voters;
  };
  // A register's margin box as OCR reads it; "il" for 11, "{1" for 11.
  const Case cases[] = {
      {"Nombre de membres\nen exercice : il\nqui ont pris part à la\ndélibération : {1\n", 11, 11},
      {"Nombre de membres\nen exercice : 11\nqui ont pris part à la\ndélibération : il\n", 11, 11},
      // No colon before it: "il" is a word.
      {"Membres en exercice il y a onze\n", std::nullopt, std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    Act act = Attend(c.text);
    CHECK(act.attendance.in_office == c.in_office);
    CHECK(act.attendance.voters_count == c.voters);
    if (c.voters) CHECK(act.evidence["/attendance/voters_count"].confidence <= 0.8);
  }
  // The same on a text layer is the document's text, not a figure.
  PageText page = PageFromPlainText(1, "Membres en exercice : il\n", 1.0f);
  DocText doc({page});
  Act act;
  act.kind = "deliberation";
  act.last_line = doc.lines().size();
  ExtractAttendance(doc, &act);
  CHECK_FALSE(act.attendance.in_office.has_value());
}

}  // namespace delib
namespace delib {

TEST_CASE("attendance: proxies in the forms secretaries print them (table)") {
  struct Row {
    const char* form;
    const char* list;    // after "Présents : M. Jean DUPONT, Mme Marie MARTIN"
    bool givers_listed;  // the givers are also listed absent or excused
  };
  const Row rows[] = {
      {"a proxies heading, pairs with 'à', a dash between them",
       "Pouvoirs : Mme Anne PETIT à M. Jean DUPONT – M. Luc NOIR à Mme Marie MARTIN\n", false},
      {"pairs under 'Absents représentés', with 'par'",
       "Absents représentés : Mme Anne PETIT par M. Jean DUPONT, M. Luc NOIR par Mme Marie "
       "MARTIN\n",
       true},
      {"pairs after a heading that says they gave a proxy",
       "Absents ayant donné procuration : Mme Anne PETIT à M. Jean DUPONT ; M. Luc NOIR à Mme "
       "Marie MARTIN\n",
       true},
      {"brackets after each excused member",
       "Excusés : Mme Anne PETIT (procuration donnée à M. Jean DUPONT), M. Luc NOIR (pouvoir à Mme "
       "Marie MARTIN)\n",
       true},
      {"brackets with no 'à'",
       "Excusés : Mme Anne PETIT (pouvoir M. Jean DUPONT), M. Luc NOIR (pouvoir Mme Marie "
       "MARTIN)\n",
       true},
      {"the holder alone in brackets under a heading of pairs",
       "Absents excusés ayant donné pouvoir : Mme Anne PETIT (M. Jean DUPONT), M. Luc NOIR (Mme "
       "Marie MARTIN)\n",
       true},
      {"one pair per line under the heading",
       "Procurations :\nMme Anne PETIT à M. Jean DUPONT\nM. Luc NOIR à Mme Marie MARTIN\n", false},
      {"'à' printed without its accent",
       "Pouvoirs : Mme Anne PETIT a M. Jean DUPONT, M. Luc NOIR a Mme Marie MARTIN\n", false},
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.form));
    Act act = Attend(std::string("Présents : M. Jean DUPONT, Mme Marie MARTIN\n") + r.list);
    const Attendance& at = act.attendance;
    CHECK(at.proxies.size() == 2);
    CHECK(HasProxy(at, "Anne PETIT", "Jean DUPONT"));
    CHECK(HasProxy(at, "Luc NOIR", "Marie MARTIN"));
    CHECK(at.present.size() == 2);
    if (r.givers_listed) CHECK(at.absent.size() + at.excused.size() == 2);
  }
}

TEST_CASE(
    "attendance: givers named without holders, their list wrapped into the next heading's line") {
  // A sentence of counts: the proxies' list wraps after an initial, and the
  // next heading stands after its last names on the line below.
  Act act = Attend(
      "25 Conseillers étaient Présents ou Représentés (07 Procurations : ML Castelli, M. Luciani, "
      "JF Orsatelli J.\nOrsatelli, A. Orsini, F. Ruggeri et MC Ruiz) et 04 Absents : JT Albertini, "
      "E. Baghioni, F. Luciani et\nAJ Nicolini.\n");
  const Attendance& at = act.attendance;
  std::vector<std::string> givers;
  for (const Proxy& p : at.proxies) {
    CHECK(p.to.empty());
    givers.push_back(p.from);
  }
  CHECK(givers == std::vector<std::string>{"ML Castelli", "JF Orsatelli", "J. Orsatelli",
                                           "A. Orsini", "F. Ruggeri", "MC Ruiz"});
  CHECK(at.proxies.unread == 1);  // "M. Luciani": a civility or an initial, unread
  CHECK(at.proxies_count == 7);
  CHECK(at.absent ==
        std::vector<std::string>{"JT Albertini", "E. Baghioni", "F. Luciani", "AJ Nicolini"});
  // In a list of pairs a name alone is no giver; nor is a member listed present.
  Act pairs = Attend(
      "Présents : M. Jean DUPONT, Mme Marie MARTIN\n"
      "Procurations : Philippe ROUVIER - COROUGE donne procuration à Jean DUPONT\n");
  CHECK(pairs.attendance.proxies.size() == 1);
  Act present = Attend(
      "Présents : M. Jean DUPONT, Mme Marie MARTIN\nProcurations : Mme Marie MARTIN, M. Luc "
      "NOIR\n");
  REQUIRE(present.attendance.proxies.size() == 1);
  CHECK(present.attendance.proxies[0].from == "Luc NOIR");
}

}  // namespace delib

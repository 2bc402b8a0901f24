#include "extractors/votes.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "extractors/seed_excerpts_test.h"

namespace delib {
namespace {

using testdata::kSeed001Vote;
using testdata::kSeed002;
using testdata::kSeed003;
using testdata::kSeed004;

Act Votes(const std::string& text) {
  DocText doc({PageFromPlainText(1, text, 0.95f)});
  Act act;
  act.kind = "deliberation";
  act.pages = {1};
  act.last_line = doc.lines().size();
  ExtractVotes(doc, &act);
  return act;
}

TEST_CASE("votes: 004 Pour/Contre/Abstention with groups, absent without delegation, (Adopté)") {
  Act act = Votes(kSeed004);
  REQUIRE(act.votes.size() == 1);
  const Vote& v = act.votes[0];
  CHECK(v.for_votes == 43);
  CHECK(v.against == 0);
  CHECK(v.abstentions == 0);
  CHECK_FALSE(v.expressed.has_value());
  CHECK(v.not_voting == 1);     // "Absent sans délégation de vote : 1"
  CHECK(v.unanimous == false);  // counts stated, no word of unanimity
  CHECK(v.result == "adopted");
  CHECK(act.evidence["/votes/0/for"].text == "Pour : 43");
  CHECK(act.evidence["/votes/0/not_voting"].text == "Absent sans délégation de vote : 1");
  CHECK(act.evidence["/votes/0/result"].text == "(Adopté)");
  CHECK(act.evidence["/votes/0/for"].confidence == doctest::Approx(0.95));
}

TEST_CASE("votes: 001 Adopté par : - Voix pour - Voix contre - Abstentions - Suffrages exprimés") {
  Act act = Votes(kSeed001Vote);
  REQUIRE(act.votes.size() == 1);
  const Vote& v = act.votes[0];
  CHECK(v.for_votes == 28);
  CHECK(v.against == 0);
  CHECK(v.abstentions == 0);
  CHECK(v.expressed == 28);
  CHECK(v.result == "adopted");
  CHECK(act.evidence["/votes/0/expressed"].text == "Suffrages exprimés : 28");
}

TEST_CASE("votes: 002 Hem decides twice, both unanimous") {
  Act act = Votes(kSeed002);
  REQUIRE(act.votes.size() == 2);
  for (const Vote& v : act.votes) {
    CHECK(v.unanimous == true);
    CHECK_FALSE(v.for_votes.has_value());
    CHECK(v.result == "adopted");  // "le Conseil Municipal décide", "désigne"
  }
  CHECK(act.evidence["/votes/1/unanimous"].text == "A l'unanimité");
  CHECK(act.evidence["/votes/0/result"].text == "décide");
  CHECK(act.evidence["/votes/1/result"].text == "désigne");
}

TEST_CASE("votes: 003 unanimity stated twice for one decision counts once") {
  Act act = Votes(kSeed003);
  REQUIRE(act.votes.size() == 1);
  CHECK(act.votes[0].unanimous == true);
  CHECK(act.votes[0].result == "adopted");
  CHECK(act.evidence["/votes/0/unanimous"].text == "à l'unanimité");
  CHECK(act.evidence["/votes/0/result"].text == "Délibération adoptée à l'unanimité");
}

TEST_CASE("votes: 001 Adopté par, a bullet read as 0 before a label and its figure") {
  // x22 of draw 11051, scanned: "- Suffrages exprimés : 6" read with its dash as "0".
  Act act = Votes(
      "Adopté par :\n"
      "- Voix pour : 6\n"
      "- Voix contre : 0\n"
      "-_ Abstentions : 0\n"
      "0 Suffrages exprimés : 6\n"
      "soit à l'unanimité des suffrages exprimés.\n");
  REQUIRE(act.votes.size() == 1);
  CHECK(act.votes[0].for_votes == 6);
  CHECK(act.votes[0].expressed == 6);
  // The figure before its label stays the reading where no figure follows.
  Act inline_count =
      Votes("Adopté par 25 voix pour et 2 abstentions, soit 25 suffrages exprimés.\n");
  REQUIRE(inline_count.votes.size() == 1);
  CHECK(inline_count.votes[0].expressed == 25);
}

TEST_CASE("votes: other phrasings") {
  SUBCASE("inline counts") {
    Act act = Votes(
        "Après en avoir délibéré, le conseil municipal,\n"
        "Adopté par 25 voix pour, 3 voix contre et 2 abstentions.\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].for_votes == 25);
    CHECK(act.votes[0].against == 3);
    CHECK(act.votes[0].abstentions == 2);
    CHECK(act.votes[0].result == "adopted");
  }
  SUBCASE("unanimity of expressed votes, members not taking part named") {
    Act act = Votes(
        "M. Paul LE GALL ne prend pas part au vote.\n"
        "Le conseil, à l'unanimité des suffrages exprimés, approuve le rapport.\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].not_voting == 1);
    CHECK(act.votes[0].unanimous == true);
    CHECK(act.evidence["/votes/0/not_voting"].text.find("LE GALL") != std::string::npos);
    CHECK(act.evidence["/votes/0/unanimous"].text == "à l'unanimité des suffrages exprimés");
  }
  SUBCASE("ne prennent pas part au vote : A, B") {
    Act act = Votes(
        "Ne prennent pas part au vote : Mme Anne PETIT, M. Luc NOIR\n"
        "Pour : 20 Contre : 1 Abstentions : 0\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].not_voting == 2);
    CHECK(act.votes[0].for_votes == 20);
    CHECK(act.votes[0].against == 1);
  }
  SUBCASE("rejected") {
    Act act = Votes("Pour : 10\nContre : 14\nAbstentions : 3\nLa délibération est rejetée.\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].result == "rejected");
    CHECK(act.votes[0].against == 14);
  }
  SUBCASE("two counted votes in one act") {
    Act act = Votes(
        "Voix pour : 20 - Voix contre : 2 - Abstentions : 1\n"
        "Voix pour : 23 - Voix contre : 0 - Abstentions : 0\n");
    REQUIRE(act.votes.size() == 2);
    CHECK(act.votes[0].for_votes == 20);
    CHECK(act.votes[1].for_votes == 23);
    CHECK(act.evidence["/votes/1/against"].text == "Voix contre : 0");
  }
  SUBCASE("rules stated in statutes are not votes") {
    Act act = Votes(
        "Les délibérations sont adoptées à la majorité absolue des suffrages exprimés.\n"
        "Toute modification du présent document sera adoptée par délibération du Comité.\n"
        "Les décisions sont prises à l'unanimité des membres.\n");
    CHECK(act.votes.empty());
  }
  SUBCASE("a vote line: Unanimité, néant") {
    Act act = Votes(
        "Vote : Unanimité\n"
        "Pour : 27 Contre : néant Abstentions : aucune\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].unanimous == true);
    CHECK(act.votes[0].for_votes == 27);
    CHECK(act.votes[0].against == 0);
    CHECK(act.votes[0].abstentions == 0);
  }
  SUBCASE("OCR text without accents") {
    Act act = Votes("Deliberation adoptee a l'unanimite.\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].unanimous == true);
    CHECK(act.votes[0].result == "adopted");
  }
  SUBCASE("Abstention(s), counts then a second decision adopted unanimously") {
    Act act = Votes(
        "Délibération adoptée : Suffrages exprimés : 14 – Pour : 14 – Contre : 0 – "
        "Abstention(s) : 0.\n"
        "Désignation du délégué – Délibération adoptée à l'unanimité.\n");
    REQUIRE(act.votes.size() == 2);
    CHECK(act.votes[0].abstentions == 0);
    CHECK(act.votes[0].expressed == 14);
    CHECK(act.votes[0].unanimous == false);  // counts, no word of unanimity
    CHECK(act.evidence["/votes/0/abstentions"].text == "Abstention(s) : 0");
    CHECK(act.evidence["/votes/0/unanimous"].text == "Pour : 14");
    CHECK(act.votes[1].unanimous == true);
    CHECK(act.votes[1].result == "adopted");
  }
  SUBCASE("counts, then a unanimous decision with its counts: two decisions") {
    Act act = Votes(
        "Par 25 voix pour, 5 voix contre et 3 abstentions, le Conseil Municipal fixe les taux\n"
        "d'imposition pour l'année.\n"
        "A l'unanimité (33 voix pour, 0 voix contre, 0 abstention), le conseil municipal désigne\n"
        "Gérard BOUCHER en tant que représentant de la ville.\n");
    REQUIRE(act.votes.size() == 2);
    CHECK(act.votes[0].for_votes == 25);
    CHECK(act.votes[0].abstentions == 3);
    CHECK(act.votes[0].unanimous == false);
    CHECK(act.votes[0].result == "adopted");
    CHECK(act.evidence["/votes/0/result"].text == "fixe");
    CHECK(act.votes[1].unanimous == true);
    CHECK(act.votes[1].for_votes == 33);
    CHECK(act.votes[1].against == 0);
    CHECK(act.votes[1].result == "adopted");
  }
  SUBCASE("a decision verb far from any vote sets nothing; the figures decide") {
    Act act = Votes(
        "Le conseil municipal approuve le compte rendu de la séance précédente.\n"
        "Pour : 12 Contre : 3 Abstentions : 0.\n"
        "Le Maire rappelle que le conseil municipal décide chaque année des tarifs.\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].result == "adopted");
    CHECK(act.evidence["/votes/0/result"].text.find("12") != std::string::npos);
  }
  SUBCASE("the body rejects, or does not approve") {
    Act act = Votes(
        "Par 8 voix pour, 12 voix contre et 1 abstention, le conseil municipal rejette la motion.\n"
        "Par 9 voix pour, 11 voix contre, le conseil municipal n'approuve pas le projet.\n");
    REQUIRE(act.votes.size() == 2);
    CHECK(act.votes[0].result == "rejected");
    CHECK(act.evidence["/votes/0/result"].text == "rejette");
    CHECK(act.votes[1].result == "rejected");
  }
  SUBCASE("soit à l'unanimité sums up the counts just read") {
    Act act = Votes(
        "Adopté par :\n- Voix pour : 3\n- Voix contre : 0\n- Abstentions : 0\n"
        "- Suffrages exprimés : 3\n\nsoit à l'unanimité des suffrages exprimés.\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].unanimous == true);
    CHECK(act.votes[0].result == "adopted");
    CHECK(act.evidence["/votes/0/unanimous"].text == "soit à l'unanimité des suffrages exprimés");
  }
  SUBCASE("OCR reads a zero as O after a label") {
    Act act = Votes("Pour : 43 voix Contre : O voix Abstention : O voix\n(Adopté)\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].for_votes == 43);
    CHECK(act.votes[0].against == 0);
    CHECK(act.votes[0].abstentions == 0);
  }
  SUBCASE("OCR zeros before the label and doubled (Tesseract on the tune scans)") {
    Act act = Votes(
        "A l'unanimité (28 voix pour, O voix contre, O abstention), le Conseil Municipal approuve "
        "la\n"
        "convention de mise à disposition de la salle des sports.\n"
        "Adopté par :\nVoix pour : 3\n- Voix contre : O0\n- Abstentions : 1\n");
    REQUIRE(act.votes.size() == 2);
    CHECK(act.votes[0].for_votes == 28);
    CHECK(act.votes[0].against == 0);
    CHECK(act.votes[0].abstentions == 0);
    CHECK(act.evidence["/votes/0/against"].text == "O voix contre");
    CHECK(act.votes[0].result == "adopted");
    CHECK(act.votes[1].against == 0);
    CHECK(act.evidence["/votes/1/against"].text == "Voix contre : O0");
    CHECK(act.votes[1].abstentions == 1);
  }
  SUBCASE("numbers in words are not read (no French number parser in this tree)") {
    Act act = Votes("Adopté par vingt-cinq voix pour et trois voix contre.\n");
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].result == "adopted");
    CHECK_FALSE(act.votes[0].for_votes.has_value());
  }
}

}  // namespace
}  // namespace delib

namespace delib {
namespace {

// The result a vote's words or figures state, when no "adopté" is printed.
TEST_CASE("votes: the result follows from unanimity, figures, or a decision refused") {
  struct Row {
    const char* text;
    const char* result;  // "" : stays null
  };
  const Row rows[] = {
      {"Vote : Pour à l'unanimité.\n", "adopted"},
      {"Après en avoir délibéré, le Conseil Municipal, à l'unanimité des Membres présents ;\n",
       "adopted"},
      {"Pour : 12 Contre : 3 Abstentions : 1\n", "adopted"},
      {"Pour : 2 Contre : 11 Abstention : 1\n", "rejected"},
      {"Pour : 7 Contre : 7\n", ""},
      {"Le conseil municipal, à l'unanimité, n'approuve pas la proposition.\n", "rejected"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    Act act = Votes(r.text);
    REQUIRE(act.votes.size() == 1);
    if (*r.result) {
      CHECK(act.votes[0].result == std::optional<std::string>(r.result));
      CHECK(act.evidence.count("/votes/0/result") == 1);
    } else {
      CHECK(!act.votes[0].result);
    }
  }
}

TEST_CASE("votes: a unanimous decision, then counts in the next sentence for another") {
  // Lambersart (Hem layout): two decisions in one act.
  Act act = Votes(
      "A l'unanimité, le Conseil Municipal décide le transfert de la compétence « Usages "
      "numériques /\n"
      "NTIC en matière de numérique éducatif » au syndicat mixte ouvert et autorise le Maire à "
      "signer\n"
      "la convention d'adhésion au groupement de commandes.\n"
      "Par 29 voix pour, 1 voix contre et 1 abstention, le conseil municipal désigne Rachid "
      "MONNET\n"
      "en tant que représentant de la ville.\n");
  REQUIRE(act.votes.size() == 2);
  CHECK(act.votes[0].unanimous == true);
  CHECK_FALSE(act.votes[0].against);
  CHECK(act.votes[1].unanimous == false);
  CHECK(act.votes[1].for_votes == 29);
  CHECK(act.votes[1].against == 1);
  CHECK(act.votes[1].abstentions == 1);
  // Counts in the same sentence as the unanimity belong to it.
  Act one = Votes("Adopté à l'unanimité des membres présents, soit 25 voix pour.\n");
  REQUIRE(one.votes.size() == 1);
  CHECK(one.votes[0].for_votes == 25);
}

}  // namespace
}  // namespace delib

namespace delib {

TEST_CASE("votes: a result the figures decide when none is printed") {
  struct Case {
    const char* text;
    std::optional<int> voters;
    std::optional<std::string> result;
  };
  const Case cases[] = {
      {"Vote :\n- Abstentions : 2\n- Pour : 16\n", 18, "adopted"},  // more than half the votants
      {"Vote :\n- Abstentions : 2\n- Pour : 16\n", std::nullopt, std::nullopt},  // nothing to weigh
      {"Pour : 8 Contre : 3\n", std::nullopt, "adopted"},
      {"Pour : 3 Contre : 8\n", std::nullopt, "rejected"},
      {"Pour : 5 Contre : 5\n", std::nullopt, std::nullopt},  // the chair's casting vote
      {"Pour : 7 Abstentions : 9\n", 16, std::nullopt},       // under half, against unknown
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    DocText doc({PageFromPlainText(1, c.text, 0.95f)});
    Act act;
    act.kind = "deliberation";
    act.pages = {1};
    act.last_line = doc.lines().size();
    if (c.voters) act.attendance.voters_count = *c.voters;
    ExtractVotes(doc, &act);
    REQUIRE(act.votes.size() == 1);
    CHECK(act.votes[0].result == c.result);
    if (c.voters && c.result) CHECK(act.evidence["/votes/0/result"].inferred);
  }
}

}  // namespace delib

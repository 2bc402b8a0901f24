#include "pipeline/text/matcher.h"

#include <doctest/doctest.h>

#include <string>

#include "pipeline/text/lexicon.h"

namespace delib {

// Tolerance as a table: printed, meant, how it was read, expected level.
TEST_CASE("matcher: the level of a reading against a word") {
  struct Row {
    const char* printed;
    const char* meant;
    Trust trust;
    MatchLevel level;
  };
  const Row rows[] = {
      {"Bierne", "Bierne", Trust::kSure, MatchLevel::kExact},
      {"PRÉSENTS", "presents", Trust::kTextLayer, MatchLevel::kAccent},
      {"Bieme", "Bierne", Trust::kSure, MatchLevel::kConfusion},      // m printed for rn
      {"Harnel", "Hamel", Trust::kSure, MatchLevel::kConfusion},      // rn printed for m
      {"Wi|lems", "Willems", Trust::kSure, MatchLevel::kConfusion},   // | for l
      {"LER0Y", "Leroy", Trust::kSure, MatchLevel::kConfusion},       // 0 for o
      {"fevrler", "fevrier", Trust::kDoubt, MatchLevel::kConfusion},  // l for i
      {"Calonnr", "Calonne", Trust::kTextLayer, MatchLevel::kTypo},   // one slip in 7 letters
      {"Hondeville", "Vendeville", Trust::kSure,
       MatchLevel::kNone},  // two edits in 10: another name
      {"Lille", "Lillo", Trust::kTextLayer, MatchLevel::kTypo},
      {"Mons", "Mont", Trust::kTextLayer, MatchLevel::kNone},  // under 5 letters: exact only
      {"pour", "contre", Trust::kDoubt, MatchLevel::kNone},
  };
  for (const Row& r : rows) {
    CAPTURE(r.printed);
    CAPTURE(r.meant);
    CHECK(MatchWord(r.printed, r.meant, r.trust).level == r.level);
  }
}

TEST_CASE("matcher: doubt allows one more edit from eight letters") {
  CHECK(Allowance(4, Trust::kIllegible) == 0);
  CHECK(Allowance(5, Trust::kTextLayer) == 1);
  CHECK(Allowance(8, Trust::kSure) == 1);
  CHECK(Allowance(8, Trust::kDoubt) == 2);
  CHECK(Allowance(12, Trust::kTextLayer) == 2);
}

TEST_CASE("matcher: digits scope repairs letters read in a number") {
  CHECK(MatchWord("2o24", "2024", Trust::kSure, ConfusionScope::kDigits).level ==
        MatchLevel::kConfusion);
  CHECK(MatchWord("2o24", "2024", Trust::kSure, ConfusionScope::kLetters).level ==
        MatchLevel::kNone);
  CHECK(ConfusionTable::Default().Repair("l9.o2.2o24", ConfusionScope::kDigits) == "19.02.2024");
}

TEST_CASE("confusions: an initial printed as a digit or a mark") {
  struct Row {
    char printed;
    char meant;  // 0: no initial
  } rows[] = {
      {'5', 's'}, {'0', 'o'}, {'1', 'i'},              // "5. MOUVEAUX" for S. Mouveaux
      {'|', 'i'}, {'!', 'i'}, {'[', 'i'}, {']', 'i'},  // "|. LEPLAT" for I. Leplat
      {'-', 0},   {'.', 0},                            // a dash or a period is no initial
  };
  for (const Row& r : rows) {
    CAPTURE(r.printed);
    CHECK(ConfusionTable::Default().MeantFor(r.printed, ConfusionScope::kInitial) == r.meant);
  }
}

TEST_CASE("matcher: one slip from a name") {
  struct Row {
    const char* read;
    const char* meant;
    bool slip;
  } rows[] = {
      {"lille", "lille", true},   // the name
      {"bieme", "bierne", true},  // a confusion of the table
      {"lile", "lille", true},    // a letter dropped from five
      {"lil", "lill", false},     // not under five letters
      {"lilas", "lille", false},  // two edits
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.read));
    CHECK(OneSlipFrom(r.read, r.meant) == r.slip);
  }
}

TEST_CASE("matcher: a lexicon says which entry and how") {
  LexiconMatch m = MatchLexicon("fevrler", Words(WordClass::kMonth), Trust::kDoubt);
  CHECK(m.index == 1);
  CHECK(m.match.level == MatchLevel::kConfusion);
  CHECK(MatchLexicon("decembre", Words(WordClass::kMonth)).index == 11);
  CHECK(MatchLexicon("mardi", Words(WordClass::kMonth)).index == -1);
}

TEST_CASE("confusions: the table is validated row by row") {
  CHECK(ConfusionTable::FromText("m\trn\t0.4\tletters\t\"Bieme\" for Bierne\n").ok());
  struct Bad {
    const char* tsv;
    const char* says;
  };
  const Bad bad[] = {
      {"m\trn\t0.4\tletters\n", "5 tab-separated"},
      {"m\trn\t1.5\tletters\tx\n", "cost"},
      {"m\trn\tabc\tletters\tx\n", "cost"},
      {"m\trn\t0.4\twords\tx\n", "scope"},
      {"M\trn\t0.4\tletters\tx\n", "folded"},
      {"m\tm\t0.4\tletters\tx\n", "differ"},
      {"# only a comment\n", "no rows"},
  };
  for (const Bad& b : bad) {
    Result<ConfusionTable> r = ConfusionTable::FromText(b.tsv);
    CAPTURE(b.tsv);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find(b.says) != std::string::npos);
  }
  // The shipped table loads and every row has its example.
  for (const Confusion& c : ConfusionTable::Default().rows()) CHECK_FALSE(c.example.empty());
}

TEST_CASE("matcher: an accented letter read twice is one") {
  struct Row {
    const char* printed;
    const char* meant;
  };
  const Row rows[] = {
      {"Pévèêle", "Pévèle"},              // two accents on one letter
      {"Raïillencourt", "Raïllencourt"},  // the letter again without its accent
      {"Deüûlémont", "Deülémont"},
      {"Chaussée", "Chaussé"},  // an official "ée" shortens alike: apply to both sides
      {"Bierne", "Bierne"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.printed);
    CHECK(OneAccentPerLetter(r.printed) == std::string(r.meant));
  }
}

}  // namespace delib

#include <doctest/doctest.h>

#include "pipeline/text/figure_damage.h"
#include "pipeline/text/name_damage.h"
#include "pipeline/text/tokens.h"

namespace delib {

TEST_CASE("name damage: a piece of a surname the scan cut") {
  struct Row {
    const char* piece;
    const char* whole;
    bool fragment;
  } rows[] = {
      {"aert", "annaert", true},             // the end ("Fe AERT" beside ANNAERT)
      {"hingrez", "hingrez-chereda", true},  // the start
      {"are", "kowalski", false},            // three letters stand for no one
      {"ert", "annaert", false},             // too short, though the end
      {"annaert", "annaert", false},         // the whole name is no piece
      {"naer", "annaert", false},            // inside: no cut leaves it
  };
  for (const Row& r : rows) {
    CAPTURE(r.piece);
    CAPTURE(r.whole);
    CHECK(FragmentOf(r.piece, r.whole) == r.fragment);
  }
}

TEST_CASE("name damage: a surname alike a member's") {
  struct Row {
    const char* read;
    const char* member;
    bool alike;
  } rows[] = {
      {"dharas", "dhalluin", true},                                 // the same first two letters
      {"passebos", "passebosc", true}, {"dubols", "dubois", true},  // one confusion
      {"hingrez", "mahtour", false},                                // another man
      {"h", "halluin", false},                                      // one letter is no start
  };
  for (const Row& r : rows) {
    CAPTURE(r.read);
    CHECK(SurnamesAlike(r.read, r.member) == r.alike);
  }
}

TEST_CASE("name damage: a given name that reads as one") {
  struct Row {
    const char* given;
    bool reads;
  } rows[] = {{"jeremie", true}, {"marie-claude", true}, {"d'artagnan", true},     {"fe", false},
              {"xrt", false},    {"j1e", false},         {"anne charlotte", true}, {"", false}};
  for (const Row& r : rows) {
    CAPTURE(r.given);
    CHECK(ReadsAsGivenName(r.given) == r.reads);
  }
}

TEST_CASE("name damage: a capital after a small letter breaks a printed word") {
  struct Row {
    const char* word;
    bool broken;
  } rows[] = {{"ChrIstine", true},       {"VÉRONIQUE", false}, {"Christine", false},
              {"Anne-Charlotte", false}, {"DUBOIS", false},    {"maXime", true}};
  for (const Row& r : rows) {
    CAPTURE(r.word);
    CHECK(CaseBroken(r.word) == r.broken);
  }
}

TEST_CASE("figure damage: told by scale, on a scan only") {
  struct Row {
    int figure, count;
    Trust trust;
    bool added, lost, run_together;
  } rows[] = {
      {45, 15, Trust::kSure, true, false, true},
      {30, 15, Trust::kSure, false, false, true},  // twice: may be the document's
      {45, 15, Trust::kTextLayer, false, false, false},
      {2, 23, Trust::kDoubt, false, true, false},
      {12, 23, Trust::kSure, false, false, false},
      {5, 0, Trust::kSure, false, false, true},  // no count, no scale
  };
  for (const Row& r : rows) {
    CAPTURE(r.figure);
    CAPTURE(r.count);
    CHECK(DigitAdded(r.figure, r.count, r.trust) == r.added);
    CHECK(DigitLost(r.figure, r.count, r.trust) == r.lost);
    CHECK(RunTogether(r.figure, r.count, r.trust) == r.run_together);
  }
}

TEST_CASE("tokens: specks only, or a word printed") {
  struct Row {
    const char* text;
    bool specks;
  } rows[] = {{"_ . ,", true},          {"", true},  {"l .", true}, {"DTA PS Se: rl", false},
              {"2:-16,10:2020", false}, {"i1", true}};
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(SpecksOnly(r.text) == r.specks);
  }
}

}  // namespace delib
